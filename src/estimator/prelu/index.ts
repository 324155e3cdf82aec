// torch.nn.PReLU: x where x ≥ 0, a·x elsewhere, with one learned slope a shared by every
// element or one per channel (dim 1 of the input).
import { defineElementwise, type ElementwiseParams } from '../elementwise/define.ts';
import type { InvalidInput } from '../core/module.ts';
import { creationError } from '../core/tensors.ts';

export interface PReLUParams {
  num_parameters: bigint;
  init: number;
  input_shape: readonly bigint[];
}

/** The size PyTorch compares with num_parameters: dim 1 of the input, or 1 for a 1-d input. */
export const channelSize = (shape: readonly bigint[]): bigint => (shape.length >= 2 ? shape[1] : 1n);

/** PyTorch 1.13's rules, in its order: the weight is created at construction (one entry per slope). */
function construct(p: ElementwiseParams & Record<string, unknown>): InvalidInput | null {
  return creationError([(p as unknown as PReLUParams).num_parameters], 'construct', 'num_parameters', 'The weight (num_parameters slopes)');
}

/** …then the forward pass (prelu_cpu): with more or fewer than one slope, the input needs a dimension, and its channel size must match. */
function forward(p: ElementwiseParams & Record<string, unknown>): InvalidInput | null {
  const { num_parameters: k, input_shape: x } = p as unknown as PReLUParams;
  if (k === 1n) return null;
  if (x.length === 0) {
    return {
      rule: 'zero_dim_input',
      param: 'input_shape',
      message: `With num_parameters = ${k} (not 1) PyTorch needs an input with at least one dimension to read a channel size from; a 0-d input has none.`,
      torch: { stage: 'forward', type: 'RuntimeError', message: 'Not allow zero-dim input tensor.' },
    };
  }
  const c = channelSize(x);
  if (c !== k) {
    return {
      rule: 'num_parameters_mismatch',
      param: 'num_parameters',
      message:
        x.length === 1
          ? `num_parameters = ${k}, but PyTorch takes the channel size of a 1-d input to be 1: use num_parameters = 1.`
          : `num_parameters = ${k}, but the input has ${c} channels (its dimension 1): they must be equal, or num_parameters 1.`,
      torch: { stage: 'forward', type: 'RuntimeError', message: `Mismatch of parameter numbers and input channel size. Found parameter numbers = ${k} and channel size = ${c}.` },
    };
  }
  return null;
}

export const definition = defineElementwise<PReLUParams>({
  title: 'PReLU',
  summary: 'The parametric ReLU: x above zero, a learned slope a times x below, with one slope for all elements or one per channel.',
  args: [
    {
      name: 'num_parameters',
      kind: 'int',
      label: 'num_parameters',
      symbol: 'k',
      help: 'How many slopes PReLU learns: 1 (shared by every element) or the number of channels, dimension 1 of the input.',
      torchDefault: 1n,
      initial: 1n,
      min: 0n,
    },
    { name: 'init', kind: 'float', label: 'init', symbol: 'a_0', help: 'The slopes’ starting value; it changes the values, not the count.', torchDefault: 0.25, initial: 0.25 },
  ],
  inplace: false,
  kinds: [
    { key: 'comparisons', label: 'Comparisons', unit: 'comparisons', perElement: 1n },
    { key: 'multiplications', label: 'Multiplications', unit: 'multiplications', perElement: 1n },
  ],
  exactSummary: 'Per element, one comparison with zero and one multiplication by its slope, computed for every element and kept where the element is negative.',
  documented: null,
  date: '2026-12-01',
  rules: { construct, forward },
});
