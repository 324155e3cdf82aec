// torch.nn.BatchNorm2d: per channel, (x − mean)/√(var + eps)·γ + β, with the batch's statistics
// (training, or no running statistics) or the running ones (evaluation). Family code: ../batchnorm/.
import { defineBatchNorm, type BatchNormParams, type BatchNormVariant } from '../batchnorm/define.ts';

export type BatchNorm2dParams = BatchNormParams;

export const variant: BatchNormVariant = {
  title: 'BatchNorm2d',
  ranks: [4],
  rankText: '4D',
  summary: 'Normalises each channel of an (N, C, H, W) input with the batch’s mean and variance in training, or with running statistics in evaluation, then scales and shifts it.',
  shapeHelp: 'The input’s whole shape, (N, C, H, W): batch, channels (num_features), height, width. PyTorch 1.13 refuses an unbatched (C, H, W) input.',
  initialFeatures: 64n,
  initialShape: [8n, 64n, 56n, 56n],
  date: '2026-12-01',
};

export const definition = defineBatchNorm(variant);
