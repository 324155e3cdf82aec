// The clamp family: Hardtanh and ReLU6, which is Hardtanh(0, 6) in PyTorch 1.13 (a subclass that
// passes min_val=0, max_val=6 to Hardtanh's constructor). Both run aten::hardtanh, which calls
// aten::clamp: on CPU min(max(x, min_val), max_val) per element, two comparisons. One definition
// function for both; a module gives its title, words and whether the bounds are arguments.
import { defineElementwise, type ElementwiseParams } from '../elementwise/define.ts';
import type { InvalidInput, ModuleDefinition } from '../core/module.ts';
import type { FloatParam } from '../core/params.ts';

export interface ClampSpec {
  title: string;
  summary: string;
  /** Whether min_val and max_val are constructor arguments (Hardtanh) or fixed by the class (ReLU6: 0 and 6). */
  bounds: 'arguments' | 'fixed';
  exactSummary: string;
  date: string;
}

const MIN_VAL: FloatParam = {
  name: 'min_val',
  kind: 'float',
  label: 'min_val',
  symbol: 'a',
  help: 'The lower bound: smaller elements become min_val. It changes the values, not the count.',
  torchDefault: -1.0,
  initial: -1.0,
};

const MAX_VAL: FloatParam = {
  name: 'max_val',
  kind: 'float',
  label: 'max_val',
  symbol: 'b',
  help: 'The upper bound: larger elements become max_val. PyTorch requires it to exceed min_val.',
  torchDefault: 1.0,
  initial: 1.0,
};

/** Hardtanh's constructor ends with `assert self.max_val > self.min_val`: an AssertionError with no message, before any input exists. */
function construct(p: ElementwiseParams & Record<string, unknown>): InvalidInput | null {
  const lo = p.min_val as number;
  const hi = p.max_val as number;
  if (hi > lo) return null;
  return {
    rule: 'max_not_above_min',
    param: 'max_val',
    message: `max_val = ${hi} must be greater than min_val = ${lo}: PyTorch's constructor asserts max_val > min_val.`,
    torch: { stage: 'construct', type: 'AssertionError', message: '' },
  };
}

/** The definition of one clamp module: two comparisons per element, no documented method. */
export function defineClamp<P extends ElementwiseParams>(spec: ClampSpec): ModuleDefinition<P> {
  const args = spec.bounds === 'arguments';
  return defineElementwise<P>({
    title: spec.title,
    summary: spec.summary,
    args: args ? [MIN_VAL, MAX_VAL] : [],
    inplace: true,
    kinds: [{ key: 'comparisons', label: 'Comparisons', unit: 'comparisons', perElement: 2n }],
    exactSummary: spec.exactSummary,
    documented: null,
    date: spec.date,
    rules: args ? { construct } : undefined,
  });
}
