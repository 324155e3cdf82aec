// torch.nn.Sigmoid: 1 / (1 + exp(−x)) on every element.
import { defineElementwise } from '../elementwise/define.ts';

export interface SigmoidParams {
  input_shape: readonly bigint[];
}

export const definition = defineElementwise<SigmoidParams>({
  title: 'Sigmoid',
  summary: 'The logistic function 1 / (1 + e^(−x)) on every element, squashing it into (0, 1).',
  inplace: false,
  kinds: [
    { key: 'exponentials', label: 'Exponentials', unit: 'exponentials', perElement: 1n },
    { key: 'additions', label: 'Additions', unit: 'additions', perElement: 1n },
    { key: 'divisions', label: 'Divisions', unit: 'divisions', perElement: 1n },
  ],
  exactSummary: 'Per element, one exponential of −x, one addition of 1 and one division of 1 by the sum.',
  documented: { perElement: 3n, url: 'https://eagomez2.github.io/moduleprofiler/modules/sigmoid/' },
  date: '2026-12-01',
});
