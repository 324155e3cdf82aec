// What each version of Flatten's counting rules changed, in words: the changelog page reads it.
export const changes: Readonly<Record<number, readonly string[]>> = {
  1: ['First published rules: start_dim and end_dim wrapped as PyTorch wraps a dimension (IndexError outside the input’s range), start not after end (RuntimeError otherwise), a 0-d input flattened to one element. The exact count is zero operations; moduleprofiler documents no method.'],
};
