// The 3-d member of the family built from the family's own data, so the family's tests cover
// three dimensions without depending on any module folder (src/estimator/conv3d/ declares the
// module itself with the same factory and data).
import { defineConv } from './define.ts';
import { layout3d } from './layout.ts';
import { params3d, type Conv3dParams } from './params.ts';

export const familyDefinition3d = defineConv<Conv3dParams>({
  layout: layout3d,
  params: params3d,
  summary: 'Convolution over depth, height and width, as the family factory builds it for its tests.',
  documentedSource: null,
  date: '2026-12-01',
});
