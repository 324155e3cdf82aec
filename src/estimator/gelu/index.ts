// torch.nn.GELU: x·Φ(x), exactly with erf (approximate='none') or through tanh (approximate='tanh').
import { defineElementwise, type ElementwiseParams } from '../elementwise/define.ts';
import type { InvalidInput } from '../core/module.ts';

export interface GELUParams {
  approximate: string;
  input_shape: readonly bigint[];
}

const tanhForm = (p: ElementwiseParams & Record<string, unknown>) => (p as unknown as GELUParams).approximate === 'tanh';

/** PyTorch 1.13 accepts any string at construction; the forward pass (get_gelutype_enum) refuses all but two. */
function forward(p: ElementwiseParams & Record<string, unknown>): InvalidInput | null {
  const a = (p as unknown as GELUParams).approximate;
  if (a === 'none' || a === 'tanh') return null;
  return {
    rule: 'approximate_unknown',
    param: 'approximate',
    message: `approximate = '${a}' is not one of PyTorch's two forms: 'none' (with erf) or 'tanh'.`,
    torch: { stage: 'forward', type: 'RuntimeError', message: 'approximate argument must be either none or tanh.' },
  };
}

export const definition = defineElementwise<GELUParams>({
  title: 'GELU',
  summary: 'The Gaussian error linear unit: each element times the probability that a standard normal variable is below it, exactly with erf or through a tanh approximation.',
  args: [
    {
      name: 'approximate',
      kind: 'enum',
      label: 'approximate',
      symbol: '',
      help: "'none' computes the Gaussian's cumulative distribution with erf; 'tanh' uses the tanh approximation, with a different count.",
      options: ['none', 'tanh'],
      torchDefault: 'none',
      initial: 'none',
    },
  ],
  inplace: false,
  kinds: [
    { key: 'multiplications', label: 'Multiplications', unit: 'multiplications', perElement: (p) => (tanhForm(p) ? 6n : 3n) },
    { key: 'additions', label: 'Additions', unit: 'additions', perElement: (p) => (tanhForm(p) ? 2n : 1n) },
    { key: 'erf', label: 'erf evaluations', unit: 'erf evaluations', perElement: (p) => (tanhForm(p) ? 0n : 1n) },
    { key: 'tanh', label: 'tanh evaluations', unit: 'tanh evaluations', perElement: (p) => (tanhForm(p) ? 1n : 0n) },
  ],
  exactSummary:
    "Per element, with approximate='none': 0.5·x·(1 + erf(x·(1/√2))), three multiplications, one addition and one erf; with 'tanh': 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x·x·x))), six multiplications, two additions and one tanh.",
  documented: null,
  date: '2026-12-01',
  rules: { forward },
});
