// What each version of Softmax's counting rules changed, in words: the changelog page reads it.
export const changes: Readonly<Record<number, readonly string[]>> = {
  1: ['First published rules: an input of any shape, dim negative or None (PyTorch’s deprecated implicit choice, with its warning), PyTorch 1.13’s errors for a dim out of range and an input it cannot create. The exact count is that of the max-subtracted softmax, per row of n elements n − 1 comparisons, 2n − 1 additions and subtractions, n exponentials and n divisions; the documented method is moduleprofiler 0.0.4’s M·(4n − 1), reproduced as published (along the implicit dim for dim=None, with n = M = 1 for a 0-d input, and negative over an empty dimension).'],
};
