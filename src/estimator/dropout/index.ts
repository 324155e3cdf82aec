// torch.nn.Dropout: in training, zero each element with probability p and scale the survivors by
// 1/(1 − p); in evaluation mode the identity. PyTorch 1.13's CPU path (ATen's _dropout_impl): p = 0,
// evaluation mode or an empty input return the input; p = 1 multiplies by a zero scalar; otherwise a
// Bernoulli(1 − p) mask is drawn, divided by 1 − p and multiplied into the input.
import { genericTorchExpression } from '../core/define.ts';
import type { InvalidInput, ModuleDefinition } from '../core/module.ts';
import type { BoolParam, FloatParam, ParamSpec } from '../core/params.ts';
import { defineElementwise } from '../elementwise/define.ts';

export interface DropoutParams {
  p: number;
  inplace: boolean;
  training: boolean;
  input_shape: readonly bigint[];
}

/** Python's str() of a float: 0.5, 1.5, -0.1, 2.0, 1e-05, 1e+20. */
export function pyFloat(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (Number.isInteger(x) && Math.abs(x) < 1e16) return x.toFixed(1);
  const a = Math.abs(x);
  if (a >= 1e-4 && a < 1e16) return String(x);
  const [m, e] = x.toExponential().split('e');
  const exp = Number(e);
  return `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
}

const P: FloatParam = {
  name: 'p',
  kind: 'float',
  label: 'p',
  symbol: 'p',
  help: 'The probability that an element is zeroed, from 0 to 1. It changes which kinds of operation run only at its ends: 0 (nothing) and 1 (a multiplication by zero).',
  torchDefault: 0.5,
  initial: 0.5,
};

const TRAINING: BoolParam = {
  name: 'training',
  kind: 'bool',
  label: 'training',
  symbol: '',
  help: 'The module’s mode at the forward pass: true after .train() (PyTorch’s default), false after .eval(), where Dropout returns its input. Not a constructor argument.',
  torchDefault: true,
  initial: true,
};

type Q = Record<string, unknown>;
/** Whether a mask is drawn: training with 0 < p < 1. */
const masked = (q: Q) => q.training === true && (q.p as number) > 0 && (q.p as number) < 1;
/** Whether the input is multiplied (by the scaled mask, or by zero when p = 1). */
const multiplied = (q: Q) => q.training === true && (q.p as number) > 0;

/** eq-dropout: what dropout performs on `elements` values (also on MultiheadAttention's weights), by kind. */
export function dropoutCounts(training: boolean, p: number, elements: bigint) {
  const q = { training, p };
  return { random_draws: masked(q) ? elements : 0n, divisions: masked(q) ? elements : 0n, multiplications: multiplied(q) ? elements : 0n };
}

function probabilityRule(q: Q): InvalidInput | null {
  const p = q.p as number;
  if (!(p < 0 || p > 1)) return null;
  return {
    rule: 'p_range',
    param: 'p',
    message: `p is a probability, so it must lie between 0 and 1; here it is ${pyFloat(p)}.`,
    torch: { stage: 'construct', type: 'ValueError', message: `dropout probability has to be between 0 and 1, but got ${pyFloat(p)}` },
  };
}

const base = defineElementwise<DropoutParams>({
  title: 'Dropout',
  summary: 'Zeroes each element with probability p during training and scales the rest by 1/(1 − p); the identity in evaluation mode.',
  args: [P],
  inplace: true,
  kinds: [
    { key: 'random_draws', label: 'Random draws', unit: 'draws', perElement: (q) => (masked(q) ? 1n : 0n) },
    { key: 'divisions', label: 'Divisions', unit: 'divisions', perElement: (q) => (masked(q) ? 1n : 0n) },
    { key: 'multiplications', label: 'Multiplications', unit: 'multiplications', perElement: (q) => (multiplied(q) ? 1n : 0n) },
  ],
  exactSummary:
    'In training with 0 < p < 1, per element one Bernoulli draw, one division of the mask by 1 − p and one multiplication into the input; with p = 1 one multiplication by zero; in evaluation mode or with p = 0 nothing.',
  documented: null,
  date: '2026-12-01',
  rules: { construct: probabilityRule },
});

const params: readonly ParamSpec[] = [...base.params.filter((s) => s.name !== 'input_shape'), TRAINING, base.params.find((s) => s.name === 'input_shape')!];

/** PyTorch's call with the mode: nn.Dropout(p=0.1), or nn.Dropout().eval(). */
const torchExpression = (p: DropoutParams) =>
  `${genericTorchExpression({ params: params.filter((s) => s.name !== 'training'), title: 'Dropout' }, p)}${p.training ? '' : '.eval()'}`;

export const definition: ModuleDefinition<DropoutParams> = { ...base, family: 'Dropout', params, torchExpression };
