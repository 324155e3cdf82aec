// The calculator's examples, the first the worked example: words for the page (the registry
// collects them and the islands get them as props), never in the module's script.
import type { Preset } from '../core/module.ts';

export const presets: readonly Preset[] = [
  { label: 'Worked example: BatchNorm1d(128) on (32, 128, 100), evaluation', values: { num_features: '128', training: 'false', input_shape: '(32,128,100)' } },
  { label: 'The same layer in training (batch statistics, running-statistics update)', values: { num_features: '128', training: 'true', input_shape: '(32,128,100)' } },
  { label: 'After a Linear layer: BatchNorm1d(1024) on (64, 1024), training', values: { num_features: '1024', training: 'true', input_shape: '(64,1024)' } },
  { label: 'momentum=None (cumulative average), training', values: { num_features: '128', momentum: 'none', training: 'true', input_shape: '(32,128,100)' } },
  { label: 'No running statistics: batch statistics in evaluation too', values: { num_features: '128', track_running_stats: 'false', training: 'false', input_shape: '(32,128,100)' } },
  { label: 'affine=False, evaluation', values: { num_features: '128', affine: 'false', training: 'false', input_shape: '(32,128,100)' } },
];
