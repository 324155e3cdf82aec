// torch.nn.ConvTranspose2d: the family's definition with its layout, parameters and examples.
import { defineConvTranspose } from '../convtranspose/define.ts';
import { layout2d } from '../convtranspose/layout.ts';
import { params2d, type ConvTranspose2dParams } from '../convtranspose/params.ts';

export type { ConvTranspose2dParams };

export const definition = defineConvTranspose<ConvTranspose2dParams>({
  layout: layout2d,
  params: params2d,
  summary: 'Transposed 2-d convolution: every input pixel scatters a kernel-sized patch into the output.',
  documentedSource: { url: 'https://eagomez2.github.io/moduleprofiler/modules/convtranspose2d/' },
  date: '2026-12-01',
});
