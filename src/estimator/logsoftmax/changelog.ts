// What each version of LogSoftmax's counting rules changed, in words: the changelog page reads it.
export const changes: Readonly<Record<number, readonly string[]>> = {
  1: ['First published rules: Softmax’s, an input of any shape, dim negative or None (PyTorch’s deprecated implicit choice, with its warning naming log_softmax), PyTorch 1.13’s errors for a dim out of range and an input it cannot create. The exact count is that of the max-subtracted log-sum-exp, per row of n elements n − 1 comparisons, 3n − 1 additions and subtractions, n exponentials and one logarithm; moduleprofiler has no method for LogSoftmax, in its documentation or its code.'],
};
