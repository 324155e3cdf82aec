// torch.nn.Softplus: log(1 + e^(beta·x)) / beta, or x where beta·x passes the threshold.
import { defineElementwise } from '../elementwise/define.ts';

export interface SoftplusParams {
  beta: number;
  threshold: number;
  input_shape: readonly bigint[];
}

export const definition = defineElementwise<SoftplusParams>({
  title: 'Softplus',
  summary: 'A smooth rectifier, log(1 + e^(beta·x)) / beta, which returns x itself where beta·x is above the threshold.',
  args: [
    { name: 'beta', kind: 'float', label: 'beta', symbol: '\\beta', help: 'The sharpness of the curve; it changes the values, not the count.', torchDefault: 1, initial: 1 },
    { name: 'threshold', kind: 'float', label: 'threshold', symbol: 't', help: 'Above this value of beta·x the module returns x itself, for numerical stability.', torchDefault: 20, initial: 20 },
  ],
  inplace: false,
  kinds: [
    { key: 'multiplications', label: 'Multiplications (beta·x)', unit: 'multiplications', perElement: 1n },
    { key: 'comparisons', label: 'Comparisons (with the threshold)', unit: 'comparisons', perElement: 1n },
    { key: 'exponentials', label: 'Exponentials', unit: 'exponentials', perElement: 1n },
    { key: 'additions', label: 'Additions (the 1 +)', unit: 'additions', perElement: 1n },
    { key: 'logarithms', label: 'Logarithms', unit: 'logarithms', perElement: 1n },
    { key: 'divisions', label: 'Divisions (by beta)', unit: 'divisions', perElement: 1n },
  ],
  exactSummary: 'Per element, beta·x, its comparison with the threshold, and the curve log(1 + e^(beta·x)) / beta: an exponential, an addition, a logarithm and a division.',
  documented: null,
  date: '2026-12-01',
});
