// The definition shared by AdaptiveAvgPool1d/2d and AdaptiveMaxPool1d/2d: their arguments,
// PyTorch 1.13's rules in its order and words, and the exact count in closed form.
//
// PyTorch 1.13's path, read from torch/nn/functional.py (adaptive_*_pool*, _list_with_default),
// aten/src/ATen/native/AdaptiveAveragePooling.cpp (adaptive_avg_pool1d, adaptive_avg_pool2d,
// _adaptive_avg_pool2d), AdaptiveMaxPooling2d.cpp (TORCH_META_FUNC(adaptive_max_pool2d)) and
// AdaptivePooling.h, and checked against torch 1.13 itself (tests/fixtures/golden/adaptive*.json,
// written by tools/golden/adaptivepool.py):
//  - the 1d pools insert a height of 1 (input.unsqueeze(-2)) and run the 2d pool with output (1, O);
//  - adaptive_avg_pool2d checks output_size has 2 entries, each ≥ 0, and for an output of (1, 1)
//    returns input.mean((-1, -2)) without any other check (so an empty height or width passes);
//  - otherwise the average pool wants a 3-d or 4-d input with non-empty height and width, and the
//    max pool a 3-d or 4-d input with every size but the first non-empty (so a batched input
//    needs channels; an unbatched one may have none), then the output is created.
import type { InvalidInput, MethodSpec, ModuleDefinition, Outcome, TorchError } from '../core/module.ts';
import { INT64_MAX, type IntsValue, type ParamSpec, type ParamValues } from '../core/params.ts';
import { creationError, listText, numel } from '../core/tensors.ts';
import { sharedBoundaries, windowTotal } from './windows.ts';

export type PoolKind = 'avg' | 'max';

export interface AdaptiveLayout {
  kind: PoolKind;
  dims: 1 | 2;
  /** 'AdaptiveAvgPool2d'. */
  title: string;
}

/** The arguments as parsed: output_size is an int for the 1d pools, an int or tuple (None entries kept as text) for the 2d ones. */
export interface AdaptivePoolParams {
  batch: bigint | null;
  channels: bigint;
  length_in?: bigint;
  height_in?: bigint;
  width_in?: bigint;
  output_size: IntsValue;
  return_indices?: boolean;
}

export interface AdaptivePoolResult {
  ok: true;
  params: AdaptivePoolParams;
  output_shapes: bigint[][];
  /** Output sizes along each pooled axis (length_out, or height_out and width_out). */
  [size: string]: unknown;
  /** Planes pooled: N·C (C for an unbatched input). */
  planes: bigint;
  /** Input elements the windows of one plane read together, counting an element once per window that reads it. */
  window_elements: bigint;
  /** Windows per plane: the output positions of one plane. */
  windows_per_plane: bigint;
  /** moduleprofiler documents no method for the adaptive pools. */
  documented: null;
  exact: Record<string, bigint>;
}

const batch = (initial: bigint | null) => ({
  name: 'batch', kind: 'int', label: 'batch', symbol: 'N', role: 'input', initial, min: 0n,
  nullable: { meaning: 'unbatched input without the N dimension, counted as N = 1' },
  help: 'Batch size N; none for an unbatched input. 0 is allowed (no operations).',
}) as const;

const channels = (initial: bigint) =>
  ({ name: 'channels', kind: 'int', label: 'channels', symbol: 'C', role: 'input', initial, min: 0n, help: 'Channels C: each channel of each sample is pooled on its own.' }) as const;

const size = <N extends string>(name: N, symbol: string, initial: bigint, help: string) =>
  ({ name, kind: 'int', label: name, symbol, role: 'input', initial, min: 0n, help }) as const;

const returnIndices = {
  name: 'return_indices', kind: 'bool', label: 'return_indices', symbol: '', torchDefault: false, initial: false,
  help: 'Also return where each maximum was found (a second output, indices, of the output’s shape). Costs no extra comparisons.',
} as const;

export const params1d = (kind: PoolKind, initial: { N: bigint | null; C: bigint; L: bigint; O: bigint }) =>
  [
    batch(initial.N),
    channels(initial.C),
    size('length_in', 'L_{in}', initial.L, 'Input length L_in = x.size(-1).'),
    {
      name: 'output_size', kind: 'int', label: 'output_size', symbol: 'L_{out}', initial: initial.O, min: 0n,
      help: 'The output length L_out; PyTorch picks the windows to fit it. 0 gives an empty output.',
    },
    ...(kind === 'max' ? [returnIndices] : []),
  ] as const;

export const params2d = (kind: PoolKind, initial: { N: bigint | null; C: bigint; H: bigint; W: bigint; O: bigint | readonly bigint[] }) =>
  [
    batch(initial.N),
    channels(initial.C),
    size('height_in', 'H_{in}', initial.H, 'Input height H_in = x.size(-2).'),
    size('width_in', 'W_{in}', initial.W, 'Input width W_in = x.size(-1).'),
    {
      name: 'output_size', kind: 'ints', dims: 2, label: 'output_size', symbol: '(H_{out}, W_{out})', initial: initial.O, min: 0n, noneEntries: true,
      help: 'The output size: one number for a square output, or (H_out, W_out), where None keeps that size of the input, e.g. (None, 7).',
    },
    ...(kind === 'max' ? [returnIndices] : []),
  ] as const;

const fnName = (l: AdaptiveLayout) => `adaptive_${l.kind}_pool${l.dims}d`;
const spatialNames = (dims: 1 | 2) => (dims === 1 ? ['length_in'] : ['height_in', 'width_in']);
const outNames = (dims: 1 | 2) => (dims === 1 ? ['length_out'] : ['height_out', 'width_out']);

/** The input's shape: (N, C, *spatial), or (C, *spatial) unbatched. */
export function inputShape(l: AdaptiveLayout, p: AdaptivePoolParams): bigint[] {
  const spatial = spatialNames(l.dims).map((n) => (p as unknown as Record<string, bigint>)[n]);
  return [...(p.batch === null ? [] : [p.batch]), p.channels, ...spatial];
}

/** The entries of output_size as written: an int, or a tuple whose entries may be None (null). */
export function outputEntries(v: IntsValue): { int: bigint } | { tuple: (bigint | null)[] } {
  if (typeof v === 'bigint') return { int: v };
  if (typeof v === 'string') {
    const body = v.replace(/^\(|\)$/g, '').split(',').filter((s) => s !== '');
    return { tuple: body.map((s) => (/^none$/i.test(s.trim()) ? null : BigInt(s.trim()))) };
  }
  return { tuple: [...v] };
}

/** Python's spelling of output_size: 7, (None, 7), (5,). */
export function outputSizeText(v: IntsValue): string {
  const e = outputEntries(v);
  if ('int' in e) return String(e.int);
  const parts = e.tuple.map((x) => (x === null ? 'None' : String(x)));
  return parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
}

const fwd = (type: string, message: string): TorchError => ({ stage: 'forward', type, message });
const invalid = (rule: string, param: string, message: string, torch: TorchError | null): InvalidInput => ({ rule, param, message, torch });

const U64 = 1n << 64n;
/** PyTorch's numel check (c10::multiply_integers with overflow detection) for a new tensor. */
const numelOverflows = (sizes: readonly bigint[]) => {
  let prod = 1n;
  for (const s of sizes) {
    prod *= s;
    if (prod > INT64_MAX || prod >= U64) return true;
  }
  return false;
};

/**
 * PyTorch's checks for this layer in its order, and the output sizes along the pooled axes
 * (the 1d pools as the 2d pool they run, with a height of 1), or the first rule broken.
 */
export function resolve(l: AdaptiveLayout, p: AdaptivePoolParams): { ok: true; out: bigint[]; meanPath: boolean } | { ok: false; error: InvalidInput } {
  const x = inputShape(l, p);
  const names = [...(p.batch === null ? [] : ['batch']), 'channels', ...spatialNames(l.dims)];
  const created = creationError(x, 'input', names[Math.max(0, x.findIndex((s) => s < 0n))], 'The input');
  if (created) return { ok: false, error: created };
  return resolveOn(l, p.output_size, x, names);
}

/** The same checks on an input of any shape (the CLI's input_shape, for PyTorch's rank errors). */
export function resolveOn(
  l: AdaptiveLayout,
  outputSize: IntsValue,
  x: readonly bigint[],
  names: readonly string[],
): { ok: true; out: bigint[]; meanPath: boolean } | { ok: false; error: InvalidInput } {
  const rank = x.length;
  const fn = fnName(l);
  const shapeParam = (i: number) => names[i] ?? 'input_shape';
  let out2: bigint[];
  // The 2d pools: torch.nn.functional fills None entries from the input's last sizes (_list_with_default).
  if (l.dims === 2) {
    const e = outputEntries(outputSize);
    if ('int' in e) out2 = [e.int, e.int];
    else {
      if (rank <= e.tuple.length) {
        const need = e.tuple.length + 1;
        return { ok: false, error: invalid('output_size_rank', 'output_size', `output_size has ${e.tuple.length} entries, so PyTorch wants an input of at least ${need} dimensions to fill them from; the input has ${rank}.`, fwd('ValueError', `Input dimension should be at least ${need}`)) };
      }
      const tail = x.slice(rank - e.tuple.length);
      out2 = e.tuple.map((v, i) => (v === null ? tail[i] : v));
    }
  } else {
    out2 = [1n, outputSize as bigint];
  }
  // What the 2d kernel sees: the 1d pools' input with a height of 1 inserted.
  const seen = l.dims === 1 ? [...x.slice(0, -1), 1n, ...x.slice(-1)] : [...x];
  const seenRank = seen.length;

  if (l.kind === 'avg') {
    if (l.dims === 1 && (rank < 2 || rank > 3)) return { ok: false, error: rankInvalid(l, rank, x) };
    if (out2.length !== 2) return { ok: false, error: invalid('output_size_length', 'output_size', `output_size must give 2 sizes, (H_out, W_out); it gives ${out2.length}.`, fwd('RuntimeError', 'adaptive_avg_pool2d: output_size must be 2')) };
    if (out2.some((o) => o < 0n)) {
      return { ok: false, error: invalid('output_size_negative', 'output_size', `output_size must be 0 or more; got ${l.dims === 1 ? out2[1] : `(${out2.join(', ')})`}.`, fwd('RuntimeError', `adaptive_avg_pool2d: elements of output_size must be greater than or equal to 0 but received {${out2.join(', ')}}`)) };
    }
    if (out2[0] === 1n && out2[1] === 1n) {
      // input.mean((-1, -2), keepdim=True): no rank or emptiness check (an empty window averages to NaN).
      if (seenRank < 2) return { ok: false, error: invalid('input_rank', 'input_shape', `${l.title} with an output of 1 × 1 takes the mean over the last two dimensions, which a ${rank}-d input does not have.`, fwd('IndexError', 'Dimension out of range (expected to be in range of [-1, 0], but got -2)')) };
      if (seenRank !== 3 && seenRank !== 4) {
        return { ok: false, error: invalid('input_rank', 'input_shape', `PyTorch 1.13 averages this ${rank}-d input over its last two dimensions without complaint, but this calculator models inputs of shape (N, C, ${l.dims === 1 ? 'L' : 'H, W'}) or (C, ${l.dims === 1 ? 'L' : 'H, W'}) only.`, null) };
      }
      return { ok: true, out: l.dims === 1 ? [1n] : [1n, 1n], meanPath: true };
    }
    if (seenRank !== 3 && seenRank !== 4) return { ok: false, error: rankInvalid(l, rank, x) };
    for (const i of [seenRank - 2, seenRank - 1]) {
      if (seen[i] === 0n) {
        const param = l.dims === 1 ? shapeParam(rank - 1) : shapeParam(i);
        return { ok: false, error: invalid('empty_input', param, `The ${wordOf(param)} of the input is 0; ${l.title} needs at least one element to pool along it (only an output of ${l.dims === 1 ? '1' : '1 × 1'}, a plain mean, lets it pass).`, fwd('RuntimeError', `adaptive_avg_pool2d(): Expected input to have non-zero size for non-batch dimensions, but input has sizes ${listText(seen)} with dimension ${i} being empty`)) };
      }
    }
    const outShape = [...seen.slice(0, -2), ...out2];
    const overflow = outputOverflow(l, outShape, numelOverflows(outShape) ? 'RuntimeError:numel' : null);
    if (overflow) return { ok: false, error: overflow };
    return { ok: true, out: l.dims === 1 ? [out2[1]] : out2, meanPath: false };
  }

  // Max pools: the structured meta function of adaptive_max_pool2d.
  if (l.dims === 1 && (rank < 2 || rank > 3)) return { ok: false, error: rankInvalid(l, rank, x) };
  if (seenRank !== 3 && seenRank !== 4) return { ok: false, error: rankInvalid(l, rank, x) };
  for (let i = 1; i < seenRank; i++) {
    if (seen[i] === 0n) {
      const param = l.dims === 1 ? (i === seenRank - 1 ? shapeParam(rank - 1) : shapeParam(i)) : shapeParam(i);
      const why = param === 'channels' ? 'a batched input must have at least one channel' : `${l.title} needs at least one element to pool along it`;
      return { ok: false, error: invalid('empty_input', param, `The ${wordOf(param)} of the input is 0; ${why}.`, fwd('RuntimeError', `adaptive_max_pool2d(): Expected input to have non-zero size for non-batch dimensions, but input has sizes ${listText(seen)} with dimension ${i} being empty`)) };
    }
  }
  if (out2.length !== 2) return { ok: false, error: invalid('output_size_length', 'output_size', `output_size must give 2 sizes, (H_out, W_out); it gives ${out2.length}.`, fwd('RuntimeError', 'adaptive_max_pool2d(): internal error: output_size.size() must be 2')) };
  const outShape = [...seen.slice(0, -2), ...out2];
  const negative = out2.find((o) => o < 0n);
  if (negative !== undefined) {
    return { ok: false, error: invalid('output_size_negative', 'output_size', `output_size must be 0 or more; got ${l.dims === 1 ? out2[1] : `(${out2.join(', ')})`}, so the output would have a negative size.`, fwd('RuntimeError', `Trying to create tensor with negative dimension ${negative}: ${listText(outShape)}`)) };
  }
  const overflow = outputOverflow(l, outShape, null);
  if (overflow) return { ok: false, error: overflow };
  return { ok: true, out: l.dims === 1 ? [out2[1]] : out2, meanPath: false };
}

function outputOverflow(l: AdaptiveLayout, outShape: bigint[], numelFirst: string | null): InvalidInput | null {
  const storage = creationError(outShape, 'input', 'output_size', 'The output');
  if (!storage) return null;
  if (numelFirst) {
    return invalid('output_overflow', 'output_size', `The output would hold ${numel(outShape)} elements, more than a 64-bit count can hold.`, fwd('RuntimeError', 'numel: integer multiplication overflow'));
  }
  return invalid('output_overflow', 'output_size', `The output of ${l.title} would hold ${numel(outShape)} float32 elements, more bytes than a 64-bit size can count.`, fwd('RuntimeError', storage.torch!.message));
}

const WORDS: Record<string, string> = { batch: 'batch size', channels: 'number of channels', length_in: 'length', height_in: 'height', width_in: 'width' };
const wordOf = (param: string) => WORDS[param] ?? 'size';

function rankInvalid(l: AdaptiveLayout, rank: number, x: readonly bigint[]): InvalidInput {
  const want = l.dims === 1 ? '(N, C, L) or (C, L)' : '(N, C, H, W) or (C, H, W)';
  const message = `${l.title} takes an input of shape ${want}; this one has ${rank} dimension${rank === 1 ? '' : 's'}.`;
  if (l.dims === 1) return invalid('input_rank', 'input_shape', message, fwd('RuntimeError', `Expected 2 to 3 dimensions, but got ${rank}-dimensional tensor for argument #1 'self' (while checking arguments for ${fnName(l)})`));
  const sep = l.kind === 'max' ? ': ' : ' ';
  return invalid('input_rank', 'input_shape', message, fwd('RuntimeError', `${fnName(l)}(): Expected 3D or 4D tensor, but got${sep}${listText(x)}`));
}

export const exactMethod = (kind: PoolKind): MethodSpec =>
  kind === 'max'
    ? {
        id: 'exact',
        label: 'Exact count, by kind (running maximum over each window)',
        summary: 'One comparison per window element after the first: a window of n elements costs n − 1 comparisons.',
        quantities: [
          { key: 'comparisons', label: 'Comparisons', unit: 'comparisons', equation: 'eq-exact' },
          { key: 'total_ops', label: 'Total operations', unit: 'operations', equation: 'eq-exact' },
        ],
      }
    : {
        id: 'exact',
        label: 'Exact count, by kind (sum of each window, then one division)',
        summary: 'A window of n elements costs n − 1 additions and one division by n.',
        quantities: [
          { key: 'additions', label: 'Additions', unit: 'additions', equation: 'eq-exact' },
          { key: 'divisions', label: 'Divisions', unit: 'divisions', equation: 'eq-exact' },
          { key: 'total_ops', label: 'Total operations', unit: 'operations', equation: 'eq-exact' },
        ],
      };

/** The closed-form count of a valid layer. */
export function estimateAdaptive(l: AdaptiveLayout, p: AdaptivePoolParams): Outcome<AdaptivePoolParams> {
  const r = resolve(l, p);
  if (!r.ok) return { ok: false, error: r.error };
  const x = inputShape(l, p);
  const spatial = x.slice(-l.dims);
  const planes = (p.batch ?? 1n) * p.channels;
  const perAxis = spatial.map((L, i) => windowTotal(L, r.out[i]));
  const elements = perAxis.reduce((a, b) => a * b, 1n);
  const windows = r.out.reduce((a, b) => a * b, 1n);
  const shape = [...x.slice(0, -l.dims), ...r.out];
  const result: AdaptivePoolResult = {
    ok: true,
    params: p,
    output_shapes: [shape],
    // return_indices=True: a second tensor, the indices, of the output's shape (the registry's
    // output list is fixed per module, so its shape is a field of its own).
    ...(l.kind === 'max' ? { indices_shape: p.return_indices ? [...shape] : null } : {}),
    planes,
    window_elements: elements,
    windows_per_plane: windows,
    shared_boundaries: spatial.reduce((a, L, i) => a + sharedBoundaries(L, r.out[i]), 0n),
    documented: null,
    exact: {},
  };
  outNames(l.dims).forEach((n, i) => (result[n] = r.out[i]));
  // Every window holds at least one element except on the mean path over an empty axis, where all are empty.
  const steps = elements > 0n ? planes * (elements - windows) : 0n;
  if (l.kind === 'max') result.exact = { comparisons: steps, total_ops: steps };
  else result.exact = { additions: steps, divisions: planes * windows, total_ops: steps + planes * windows };
  return result as unknown as Outcome<AdaptivePoolParams>;
}

export interface AdaptiveSpec {
  layout: AdaptiveLayout;
  params: readonly ParamSpec[];
  summary: string;
  date: string;
}

/** The module definition of one adaptive pool. */
export function defineAdaptive(spec: AdaptiveSpec): ModuleDefinition<AdaptivePoolParams> {
  const { layout: l, params } = spec;
  const estimate = (p: AdaptivePoolParams) => estimateAdaptive(l, p);
  const symbols = l.dims === 1 ? ['L_{in}'] : ['H_{in}', 'W_{in}'];
  const outSymbols = l.dims === 1 ? ['L_{out}'] : ['H_{out}', 'W_{out}'];
  const words = l.dims === 1 ? ['length'] : ['height', 'width'];
  return {
    id: l.title.toLowerCase(),
    torchName: `torch.nn.${l.title}`,
    title: l.title,
    family: 'Pooling',
    summary: spec.summary,
    params,
    fromValues: (v: ParamValues) => ({ ...v }) as unknown as AdaptivePoolParams,
    inputs: [
      {
        name: 'input',
        dims: [{ param: 'batch', symbol: 'N' }, { param: 'channels', symbol: 'C' }, ...spatialNames(l.dims).map((param, i) => ({ param, symbol: symbols[i] }))],
        batchOptional: true,
      },
    ],
    outputs: ['output'],
    methods: [exactMethod(l.kind)],
    sizes: [
      ...outNames(l.dims).map((key, i) => ({ key, label: `Output ${words[i]} ${outSymbols[i]}`, unit: 'positions' })),
      { key: 'window_elements', label: 'Window elements per plane (an element read by two windows counts twice)', unit: 'elements', equation: 'eq-window-total' },
      { key: 'windows_per_plane', label: 'Windows per plane', unit: 'windows' },
      { key: 'shared_boundaries', label: 'Window boundaries shared by two windows (overlaps)', unit: 'boundaries', equation: 'eq-window-total' },
      { key: 'planes', label: 'Planes pooled (N·C)', unit: 'planes' },
    ],
    headline: l.kind === 'max' ? [{ method: 'exact', key: 'comparisons' }] : [{ method: 'exact', key: 'total_ops' }, { method: 'exact', key: 'additions' }, { method: 'exact', key: 'divisions' }],
    estimate,
    versions: [{ version: 1, date: spec.date, estimate }],
    documentedSource: null,
    torchExpression: (p: AdaptivePoolParams) => {
      const extra = l.kind === 'max' && p.return_indices ? ', return_indices=True' : '';
      return `nn.${l.title}(${outputSizeText(p.output_size)}${extra})`;
    },
    rankError: (p: AdaptivePoolParams, shape: readonly bigint[]) => {
      const created = creationError(shape, 'input', 'input_shape', 'The input');
      if (created) return created;
      const r = resolveOn(l, p.output_size, shape, []);
      return r.ok ? null : r.error;
    },
  };
}
