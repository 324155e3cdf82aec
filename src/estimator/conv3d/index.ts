// torch.nn.Conv3d: the family's definition with its layout, parameters and examples.
// moduleprofiler documents no Conv3d page, so the module has no documented method.
import { defineConv } from '../conv/define.ts';
import { layout3d } from '../conv/layout.ts';
import { params3d, type Conv3dParams } from '../conv/params.ts';

export type { Conv3dParams };

export const definition = defineConv<Conv3dParams>({
  layout: layout3d,
  params: params3d,
  summary: 'Convolution over depth, height and width: each output voxel is a weighted sum over a kernel-sized block of its group’s channels.',
  documentedSource: null,
  date: '2026-12-01',
});
