// The calculator's examples, the first the worked example: words for the page.
import type { Preset } from '../core/module.ts';

export const presets: readonly Preset[] = [
  { label: 'Worked example: global average over time, 512 channels × 100 steps (one sample), output 1', values: { batch: '', channels: '512', length_in: '100', output_size: '1' } },
  { label: 'Overlapping windows: length 10 to 3 (windows of 4 sharing ends)', values: { batch: '1', channels: '1', length_in: '10', output_size: '3' } },
  { label: 'Longer output than input: length 4 to 7 (windows repeat elements)', values: { batch: '1', channels: '1', length_in: '4', output_size: '7' } },
  { label: 'Even split: length 1,000 to 10 (no overlap)', values: { batch: '8', channels: '64', length_in: '1000', output_size: '10' } },
  { label: 'The survey’s layer: batch 8 × 512 × 100 to 1', values: { batch: '8', channels: '512', length_in: '100', output_size: '1' } },
];
