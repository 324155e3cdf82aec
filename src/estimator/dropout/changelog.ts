// What each version of Dropout's counting rules changed, in words: the changelog page reads it.
export const changes: Readonly<Record<number, readonly string[]>> = {
  1: ['First published rules: p must lie in [0, 1] (PyTorch’s ValueError otherwise), an input of any shape. In training with 0 < p < 1 the exact count is one random draw, one division and one multiplication per element, as PyTorch 1.13’s CPU path performs them; p = 1 costs one multiplication by zero per element; p = 0 and evaluation mode cost nothing. moduleprofiler documents no method.'],
};
