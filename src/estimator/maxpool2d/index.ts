// torch.nn.MaxPool2d: the pool family's definition with its parameters (src/estimator/pool/).
import { definePool } from '../pool/define.ts';
import { maxParams2d, type MaxPool2dParams } from '../pool/params.ts';

export type { MaxPool2dParams };

export const definition = definePool<MaxPool2dParams>({
  title: 'MaxPool2d',
  kind: 'max',
  nd: 2,
  params: maxParams2d,
  summary: 'The largest value in each window of an image, channel by channel: comparisons only, over the real elements a window covers.',
  date: '2026-12-01',
});
