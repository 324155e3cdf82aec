// What each version of SELU's counting rules changed, in words: the changelog page reads it.
export const changes: Readonly<Record<number, readonly string[]>> = {
  1: ['First published rules: an input of any shape, 0-d included, refused only where PyTorch cannot create it. The exact count is one comparison, one exponential, one subtraction and two multiplications per element, both branches evaluated everywhere with the constants folded; moduleprofiler documents no method (its code charges seven operations per element).'],
};
