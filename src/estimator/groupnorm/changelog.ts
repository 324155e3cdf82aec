// What each version of GroupNorm's counting rules changed, in words: the changelog page reads it.
export const changes: Readonly<Record<number, readonly string[]>> = {
  1: [
    'First published rules: num_groups, num_channels, eps, affine and an input (N, C, *); PyTorch 1.13’s errors for zero groups, num_channels not divisible by num_groups, an input of fewer than two dimensions, a single value per group, input channels not divisible by num_groups, and (with affine) input channels other than num_channels. The exact count is that of a two-pass mean and biased variance per sample and group with one square root and one reciprocal each, then the per-channel scale and shift: (6 + 2a)·N·C·S + 3·N·G. moduleprofiler documents no method for GroupNorm.',
  ],
};
