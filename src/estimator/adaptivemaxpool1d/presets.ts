// The calculator's examples, the first the worked example: words for the page.
import type { Preset } from '../core/module.ts';

export const presets: readonly Preset[] = [
  { label: 'Worked example: global max over time, 256 channels × 1,000 steps (one sample), output 1', values: { batch: '', channels: '256', length_in: '1000', output_size: '1' } },
  { label: 'Overlapping windows: length 10 to 3 (windows of 4 sharing ends)', values: { batch: '1', channels: '1', length_in: '10', output_size: '3' } },
  { label: 'With return_indices=True (a second output, no extra comparisons)', values: { batch: '8', channels: '256', length_in: '1000', output_size: '1', return_indices: 'true' } },
  { label: 'Even split: length 1,000 to 10 (no overlap)', values: { batch: '8', channels: '64', length_in: '1000', output_size: '10' } },
  { label: 'Batched: 8 × 256 × 1,000 to 1', values: { batch: '8', channels: '256', length_in: '1000', output_size: '1' } },
];
