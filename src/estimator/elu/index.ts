// torch.nn.ELU: x where x > 0, alpha·(e^x − 1) elsewhere.
import { defineElementwise } from '../elementwise/define.ts';

export interface ELUParams {
  alpha: number;
  inplace: boolean;
  input_shape: readonly bigint[];
}

export const definition = defineElementwise<ELUParams>({
  title: 'ELU',
  summary: 'The exponential linear unit: x above zero, alpha·(e^x − 1) below, a smooth curve towards −alpha.',
  args: [{ name: 'alpha', kind: 'float', label: 'alpha', symbol: '\\alpha', help: 'The value negative elements approach; it changes the values, not the count.', torchDefault: 1, initial: 1 }],
  inplace: true,
  kinds: [
    { key: 'comparisons', label: 'Comparisons', unit: 'comparisons', perElement: 1n },
    { key: 'exponentials', label: 'Exponentials', unit: 'exponentials', perElement: 1n },
    { key: 'additions', label: 'Additions (the − 1)', unit: 'additions', perElement: 1n },
    { key: 'multiplications', label: 'Multiplications', unit: 'multiplications', perElement: 1n },
  ],
  exactSummary: 'Per element, one comparison with zero and the negative branch alpha·(e^x − 1): one exponential, one subtraction and one multiplication.',
  documented: null,
  date: '2026-12-01',
});
