// Example layers offered as one-click starting points (inputs only; every count is computed).
export const presets: { label: string; values: Record<string, string> }[] = [
  { label: 'Seed example', values: { in_channels: '1', out_channels: '1', length_in: '2', kernel_size: '3', bias: 'false' } },
  {
    label: 'Vocoder upsampler ×8',
    values: { in_channels: '512', out_channels: '256', length_in: '100', kernel_size: '16', stride: '8', padding: '4', batch: '16' },
  },
  { label: 'Outputs with no tap', values: { in_channels: '104', out_channels: '104', length_in: '1', kernel_size: '3', stride: '7', dilation: '3', bias: 'false' } },
  {
    label: 'Beyond 2^53',
    values: { batch: '64', in_channels: '4096', out_channels: '4096', length_in: '1000000', kernel_size: '16', stride: '4', padding: '6' },
  },
];
