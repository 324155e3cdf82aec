// torch.nn.LeakyReLU: x where x ≥ 0, negative_slope·x elsewhere; a comparison and a multiplication per element.
import { defineElementwise } from '../elementwise/define.ts';

export interface LeakyReLUParams {
  negative_slope: number;
  inplace: boolean;
  input_shape: readonly bigint[];
}

export const definition = defineElementwise<LeakyReLUParams>({
  title: 'LeakyReLU',
  summary: 'A rectifier that lets a fraction of each negative element through: x, or negative_slope·x below zero.',
  args: [
    { name: 'negative_slope', kind: 'float', label: 'negative_slope', symbol: 'a', help: 'The factor applied to negative elements; it changes the values, not the count.', torchDefault: 0.01, initial: 0.01 },
  ],
  inplace: true,
  kinds: [
    { key: 'comparisons', label: 'Comparisons', unit: 'comparisons', perElement: 1n },
    { key: 'multiplications', label: 'Multiplications', unit: 'multiplications', perElement: 1n },
  ],
  exactSummary: 'Per element, one comparison with zero and one multiplication by the slope, whose result is kept for negative elements.',
  documented: null,
  date: '2026-12-01',
});
