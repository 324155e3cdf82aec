// torch.nn.Flatten: merges the dimensions start_dim … end_dim of the input into one, a view of the
// same elements (input.flatten(start_dim, end_dim)); no arithmetic. PyTorch's rules, in ATen's order:
// start_dim, then end_dim, wrapped into [−R, R − 1] (R = the rank, 1 for a 0-d input), then start
// not after end. A 0-d input becomes a 1-element vector.
import type { InvalidInput, ModuleDefinition, Outcome } from '../core/module.ts';
import { INT64_MIN, type IntParam, type ParamSpec } from '../core/params.ts';
import { numel } from '../core/tensors.ts';
import { defineElementwise } from '../elementwise/define.ts';

export interface FlattenParams {
  start_dim: bigint;
  end_dim: bigint;
  input_shape: readonly bigint[];
}

const dimParam = (name: 'start_dim' | 'end_dim', d: bigint, help: string): IntParam => ({
  name,
  kind: 'int',
  label: name,
  symbol: name === 'start_dim' ? 's' : 'e',
  help,
  torchDefault: d,
  initial: d,
  min: INT64_MIN,
});

/** A dimension wrapped as ATen's maybe_wrap_dim does, or PyTorch's IndexError. */
function wrap(dim: bigint, rank: number, param: string): bigint | InvalidInput {
  const r = BigInt(Math.max(rank, 1));
  if (dim >= -r && dim <= r - 1n) return dim < 0n ? dim + r : dim;
  return {
    rule: 'dim_range',
    param,
    message: `${param} must name a dimension of the ${rank}-d input, from ${-r} to ${r - 1n}; it is ${dim}.`,
    torch: { stage: 'forward', type: 'IndexError', message: `Dimension out of range (expected to be in range of [${-r}, ${r - 1n}], but got ${dim})` },
  };
}

/** The flattened shape, or PyTorch's error. */
export function flattenShape(p: FlattenParams): bigint[] | InvalidInput {
  const x = p.input_shape;
  const s = wrap(p.start_dim, x.length, 'start_dim');
  if (typeof s !== 'bigint') return s;
  const e = wrap(p.end_dim, x.length, 'end_dim');
  if (typeof e !== 'bigint') return e;
  if (s > e) {
    return {
      rule: 'start_after_end',
      param: 'start_dim',
      message: `start_dim names dimension ${s} and end_dim dimension ${e}: the first dimension to merge cannot come after the last.`,
      torch: { stage: 'forward', type: 'RuntimeError', message: 'flatten() has invalid args: start_dim cannot come after end_dim' },
    };
  }
  if (x.length === 0) return [1n];
  const i = Number(s);
  const j = Number(e);
  return [...x.slice(0, i), numel(x.slice(i, j + 1)), ...x.slice(j + 1)];
}

const base = defineElementwise<FlattenParams>({
  title: 'Flatten',
  summary: 'Merges a range of dimensions into one, start_dim to end_dim: a reshape, with no arithmetic.',
  args: [
    dimParam('start_dim', 1n, 'The first dimension to merge; negative counts from the end.'),
    dimParam('end_dim', -1n, 'The last dimension to merge; negative counts from the end, −1 being the last.'),
  ],
  inplace: false,
  kinds: [],
  exactSummary: 'Nothing: the output is a view of the input’s elements under a new shape; no element is read or computed.',
  documented: null,
  date: '2026-12-01',
  rules: {
    forward: (q) => {
      const r = flattenShape(q as unknown as FlattenParams);
      return Array.isArray(r) ? null : (r as InvalidInput);
    },
  },
});

const estimate = (p: FlattenParams): Outcome<FlattenParams> => {
  const r = base.estimate(p);
  if (!r.ok) return r;
  return { ...r, output_shapes: [flattenShape(p) as bigint[]] } as Outcome<FlattenParams>;
};

const params: readonly ParamSpec[] = base.params;

export const definition: ModuleDefinition<FlattenParams> = {
  ...base,
  family: 'Utilities',
  params,
  estimate,
  versions: [{ version: 1, date: '2026-12-01', estimate }],
};
