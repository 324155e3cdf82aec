// The calculator's examples, the first the worked example: words for the page (the registry
// collects them and the islands get them as props), never in the module's script.
import type { Preset } from '../core/module.ts';

export const presets: readonly Preset[] = [
  { label: 'Worked example: ResNet stage 1, BatchNorm2d(64) on (8, 64, 56, 56), evaluation', values: { num_features: '64', training: 'false', input_shape: '(8,64,56,56)' } },
  { label: 'The same layer in training (batch statistics, running-statistics update)', values: { num_features: '64', training: 'true', input_shape: '(8,64,56,56)' } },
  { label: 'ResNet-50 stem, BatchNorm2d(64) on (32, 64, 112, 112), training', values: { num_features: '64', training: 'true', input_shape: '(32,64,112,112)' } },
  { label: 'ResNet-50 last stage, BatchNorm2d(2048) on (32, 2048, 7, 7), evaluation', values: { num_features: '2048', training: 'false', input_shape: '(32,2048,7,7)' } },
  { label: 'momentum=None (cumulative average), training', values: { num_features: '64', momentum: 'none', training: 'true', input_shape: '(8,64,56,56)' } },
  { label: 'No running statistics: batch statistics in evaluation too', values: { num_features: '64', track_running_stats: 'false', training: 'false', input_shape: '(8,64,56,56)' } },
];
