// What each version of Tanh's counting rules changed, in words: the changelog page reads it.
export const changes: Readonly<Record<number, readonly string[]>> = {
  1: ['First published rules: an input of any shape, 0-d included, refused only where PyTorch cannot create it (a negative size, or 2^61 float32 elements or more). The exact count is one tanh evaluation per element; the documented method is moduleprofiler 0.0.4’s seven operations per element (four exponentials, an addition, a subtraction and a division).'],
};
