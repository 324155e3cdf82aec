// torch.nn.Hardtanh: each element clamped to [min_val, max_val]; two comparisons each.
import { defineClamp } from '../clamp/define.ts';

export interface HardtanhParams {
  min_val: number;
  max_val: number;
  inplace: boolean;
  input_shape: readonly bigint[];
}

export const definition = defineClamp<HardtanhParams>({
  title: 'Hardtanh',
  summary: 'A clamp: every element below min_val becomes min_val, every element above max_val becomes max_val, the rest pass unchanged.',
  bounds: 'arguments',
  exactSummary: 'Per element, a maximum with min_val and then a minimum with max_val (PyTorch’s clamp): two comparisons.',
  date: '2026-12-01',
});
