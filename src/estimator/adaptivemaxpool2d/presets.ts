// The calculator's examples, the first the worked example: words for the page.
import type { Preset } from '../core/module.ts';

export const presets: readonly Preset[] = [
  { label: 'Worked example: one image, 512 × 10 × 10 to 7 × 7 (overlapping windows)', values: { batch: '', channels: '512', height_in: '10', width_in: '10', output_size: '(7,7)' } },
  { label: 'Global max pool: 8 × 2,048 × 7 × 7 to 1 × 1', values: { batch: '8', channels: '2048', height_in: '7', width_in: '7', output_size: '1' } },
  { label: 'With return_indices=True: 1 × 256 × 13 × 13 to 6 × 6', values: { batch: '1', channels: '256', height_in: '13', width_in: '13', output_size: '(6,6)', return_indices: 'true' } },
  { label: 'Keep the width: output (1, None) on 2 × 64 × 12 × 20', values: { batch: '2', channels: '64', height_in: '12', width_in: '20', output_size: '(1,None)' } },
  { label: 'Even split: 1 × 64 × 56 × 56 to 7 × 7 (no overlap)', values: { batch: '1', channels: '64', height_in: '56', width_in: '56', output_size: '(7,7)' } },
];
