// torch.nn.AvgPool2d: the pool family's definition with its parameters (src/estimator/pool/).
import { definePool } from '../pool/define.ts';
import { avgParams2d, type AvgPool2dParams } from '../pool/params.ts';

export type { AvgPool2dParams };

export const definition = definePool<AvgPool2dParams>({
  title: 'AvgPool2d',
  kind: 'avg',
  nd: 2,
  params: avgParams2d,
  summary: 'The mean of each window of an image, channel by channel: additions over the real elements, then one division per output.',
  date: '2026-12-01',
});
