// torch.nn.MaxPool1d: the pool family's definition with its parameters (src/estimator/pool/).
import { definePool } from '../pool/define.ts';
import { maxParams1d, type MaxPool1dParams } from '../pool/params.ts';

export type { MaxPool1dParams };

export const definition = definePool<MaxPool1dParams>({
  title: 'MaxPool1d',
  kind: 'max',
  nd: 1,
  params: maxParams1d,
  summary: 'The largest value in each window along one axis, channel by channel: comparisons only, over the real elements a window covers.',
  date: '2026-12-01',
});
