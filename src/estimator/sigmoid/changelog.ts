// What each version of Sigmoid's counting rules changed, in words: the changelog page reads it.
export const changes: Readonly<Record<number, readonly string[]>> = {
  1: ['First published rules: an input of any shape, 0-d included, refused only where PyTorch cannot create it (a negative size, or 2^61 float32 elements or more). The exact count is one exponential, one addition and one division per element, for 1 / (1 + e^(−x)); the documented method is moduleprofiler 0.0.4’s three operations per element.'],
};
