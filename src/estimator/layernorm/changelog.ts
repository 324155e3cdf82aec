// What each version of LayerNorm's counting rules changed, in words: the changelog page reads it.
export const changes: Readonly<Record<number, readonly string[]>> = {
  1: [
    'First published rules: normalized_shape of one to three sizes (an integer is one size), elementwise_affine, eps, and an input of any rank ending with normalized_shape; PyTorch 1.13’s errors for an empty normalized_shape, an input that does not end with it, and a weight or input it cannot create. PyTorch 1.13 has no bias argument, so none is offered. The exact count is that of a two-pass mean and biased variance with one square root and one reciprocal per row, η·((6 + 2a)·D + 3) in all; the documented method is moduleprofiler 0.0.4’s η·(7D + 4) with the affine parameters and η·(5D + 4) without.',
  ],
};
