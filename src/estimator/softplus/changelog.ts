// What each version of Softplus's counting rules changed, in words: the changelog page reads it.
export const changes: Readonly<Record<number, readonly string[]>> = {
  1: ['First published rules: an input of any shape, 0-d included, refused only where PyTorch cannot create it. The exact count is, per element, one multiplication (beta·x), one comparison with the threshold, one exponential, one addition, one logarithm and one division, the curve evaluated everywhere; moduleprofiler documents no method (its code charges five operations per element).'],
};
