// torch.nn.ReLU6: min(max(0, x), 6) on every element, PyTorch's Hardtanh(0, 6); two comparisons each.
import { defineClamp } from '../clamp/define.ts';

export interface ReLU6Params {
  inplace: boolean;
  input_shape: readonly bigint[];
}

export const definition = defineClamp<ReLU6Params>({
  title: 'ReLU6',
  summary: 'A rectifier capped at six: negative elements become 0, elements above 6 become 6, the rest pass unchanged.',
  bounds: 'fixed',
  exactSummary: 'Per element, a maximum with 0 and then a minimum with 6 (PyTorch’s clamp, through Hardtanh): two comparisons.',
  date: '2026-12-01',
});
