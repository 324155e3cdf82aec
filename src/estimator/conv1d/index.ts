// torch.nn.Conv1d: the family's definition with its layout, parameters and examples.
import { defineConv } from '../conv/define.ts';
import { layout1d } from '../conv/layout.ts';
import { params1d, type Conv1dParams } from '../conv/params.ts';

export type { Conv1dParams };

export const definition = defineConv<Conv1dParams>({
  layout: layout1d,
  params: params1d,
  summary: 'Convolution along one axis: each output is a weighted sum over a window of every input channel in its group.',
  documentedSource: { url: 'https://eagomez2.github.io/moduleprofiler/modules/conv1d/' },
  date: '2026-12-01',
});
