// torch.nn.ConvTranspose3d: the family's definition with its layout, parameters and examples.
// moduleprofiler documents no method for it, so its results have no documented count.
import { defineConvTranspose } from '../convtranspose/define.ts';
import { layout3d } from '../convtranspose/layout.ts';
import { params3d, type ConvTranspose3dParams } from '../convtranspose/params.ts';

export type { ConvTranspose3dParams };

export const definition = defineConvTranspose<ConvTranspose3dParams>({
  layout: layout3d,
  params: params3d,
  summary: 'Transposed 3-d convolution: every input voxel scatters a kernel-sized block into the output volume.',
  documentedSource: null,
  date: '2026-12-01',
});
