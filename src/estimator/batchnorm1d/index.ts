// torch.nn.BatchNorm1d: per channel, (x − mean)/√(var + eps)·γ + β, with the batch's statistics
// (training, or no running statistics) or the running ones (evaluation). Family code: ../batchnorm/.
import { defineBatchNorm, type BatchNormParams, type BatchNormVariant } from '../batchnorm/define.ts';

export type BatchNorm1dParams = BatchNormParams;

export const variant: BatchNormVariant = {
  title: 'BatchNorm1d',
  ranks: [2, 3],
  rankText: '2D or 3D',
  summary: 'Normalises each channel of an (N, C) or (N, C, L) input with the batch’s mean and variance in training, or with running statistics in evaluation, then scales and shifts it.',
  shapeHelp: 'The input’s whole shape, (N, C) or (N, C, L): batch, channels (num_features), then length.',
  initialFeatures: 128n,
  initialShape: [32n, 128n, 100n],
  date: '2026-12-01',
};

export const definition = defineBatchNorm(variant);
