// torch.nn.Tanh: the hyperbolic tangent of every element, one tanh evaluation each.
import { defineElementwise } from '../elementwise/define.ts';

export interface TanhParams {
  input_shape: readonly bigint[];
}

export const definition = defineElementwise<TanhParams>({
  title: 'Tanh',
  summary: 'The hyperbolic tangent of every element, squashing it into (−1, 1).',
  inplace: false,
  kinds: [{ key: 'tanh', label: 'tanh evaluations', unit: 'tanh evaluations', perElement: 1n }],
  exactSummary: 'One evaluation of the hyperbolic tangent per element, as PyTorch’s kernels call it.',
  documented: { perElement: 7n, url: 'https://eagomez2.github.io/moduleprofiler/modules/tanh/' },
  date: '2026-12-01',
});
