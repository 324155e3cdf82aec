// torch.nn.Conv2d: the family's definition with its layout, parameters and examples.
import { defineConv } from '../conv/define.ts';
import { layout2d } from '../conv/layout.ts';
import { params2d, type Conv2dParams } from '../conv/params.ts';

export type { Conv2dParams };

export const definition = defineConv<Conv2dParams>({
  layout: layout2d,
  params: params2d,
  summary: 'Convolution over height and width: each output pixel is a weighted sum over a kernel-sized patch of its group’s channels.',
  documentedSource: { url: 'https://eagomez2.github.io/moduleprofiler/modules/conv2d/' },
  date: '2026-12-01',
});
