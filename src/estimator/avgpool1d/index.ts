// torch.nn.AvgPool1d: the pool family's definition with its parameters (src/estimator/pool/).
import { definePool } from '../pool/define.ts';
import { avgParams1d, type AvgPool1dParams } from '../pool/params.ts';

export type { AvgPool1dParams };

export const definition = definePool<AvgPool1dParams>({
  title: 'AvgPool1d',
  kind: 'avg',
  nd: 1,
  params: avgParams1d,
  summary: 'The mean of each window along one axis, channel by channel: additions over the real elements, then one division per output.',
  date: '2026-12-01',
});
