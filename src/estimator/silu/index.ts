// torch.nn.SiLU: x·σ(x), the sigmoid-weighted linear unit (Swish with β = 1).
import { defineElementwise } from '../elementwise/define.ts';

export interface SiLUParams {
  inplace: boolean;
  input_shape: readonly bigint[];
}

export const definition = defineElementwise<SiLUParams>({
  title: 'SiLU',
  summary: 'The sigmoid linear unit (Swish): each element times its own sigmoid, a smooth ReLU that dips slightly below zero.',
  inplace: true,
  kinds: [
    { key: 'exponentials', label: 'Exponentials', unit: 'exponentials', perElement: 1n },
    { key: 'additions', label: 'Additions', unit: 'additions', perElement: 1n },
    { key: 'divisions', label: 'Divisions', unit: 'divisions', perElement: 1n },
    { key: 'multiplications', label: 'Multiplications', unit: 'multiplications', perElement: 1n },
  ],
  exactSummary: 'Per element, the sigmoid 1 / (1 + e^(−x)), one exponential, one addition and one division, then one multiplication by the element.',
  documented: null,
  date: '2026-12-01',
});
