// The calculator's examples, the first the worked example: words for the page.
import type { Preset } from '../core/module.ts';

export const presets: readonly Preset[] = [
  { label: 'Worked example: ResNet-50 head, one image, 2,048 × 7 × 7 to 1 × 1', values: { batch: '', channels: '2048', height_in: '7', width_in: '7', output_size: '1' } },
  { label: 'VGG-16 at 320 px: 512 × 10 × 10 to 7 × 7 (overlapping windows)', values: { batch: '1', channels: '512', height_in: '10', width_in: '10', output_size: '(7,7)' } },
  { label: 'VGG-16 at 224 px: 512 × 7 × 7 to 7 × 7 (windows of one element)', values: { batch: '1', channels: '512', height_in: '7', width_in: '7', output_size: '(7,7)' } },
  { label: 'Keep the height: output (None, 1) on 2 × 64 × 12 × 20', values: { batch: '2', channels: '64', height_in: '12', width_in: '20', output_size: '(None,1)' } },
  { label: 'The survey’s layer: batch 8 × 2,048 × 7 × 7 to 1 × 1', values: { batch: '8', channels: '2048', height_in: '7', width_in: '7', output_size: '1' } },
];
