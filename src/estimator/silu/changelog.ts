// What each version of SiLU's counting rules changed, in words: the changelog page reads it.
export const changes: Readonly<Record<number, readonly string[]>> = {
  1: ['First published rules: an input of any shape, 0-d included, refused only where PyTorch cannot create it. The exact count is that of x·σ(x) with σ(x) = 1 / (1 + e^(−x)): one exponential, one addition, one division and one multiplication per element; moduleprofiler has no method for SiLU, in its documentation or its code.'],
};
