// torch.nn.SELU: scale·(x where x > 0, alpha·(e^x − 1) elsewhere), with PyTorch's fixed alpha and scale.
import { defineElementwise } from '../elementwise/define.ts';

export interface SELUParams {
  inplace: boolean;
  input_shape: readonly bigint[];
}

export const definition = defineElementwise<SELUParams>({
  title: 'SELU',
  summary: 'The scaled exponential linear unit: ELU with fixed constants, multiplied by a fixed scale, so activations keep zero mean and unit variance.',
  inplace: true,
  kinds: [
    { key: 'comparisons', label: 'Comparisons', unit: 'comparisons', perElement: 1n },
    { key: 'exponentials', label: 'Exponentials', unit: 'exponentials', perElement: 1n },
    { key: 'additions', label: 'Additions (the − 1)', unit: 'additions', perElement: 1n },
    { key: 'multiplications', label: 'Multiplications', unit: 'multiplications', perElement: 2n },
  ],
  exactSummary: 'Per element, one comparison with zero, the scaled positive branch (one multiplication) and the scaled negative branch (one exponential, one subtraction, one multiplication by the product of the constants).',
  documented: null,
  date: '2026-12-01',
});
