// What each version of RNNCell's counting rules changed, in words: the changelog page reads it.
export const changes: Readonly<Record<number, readonly string[]>> = {
  1: ['First published rules: one step on a batched (N, H_in) or unbatched (H_in,) input, with or without h_0, output h_1 of shape (N, H) or (H,), and PyTorch 1.13’s errors for a negative weight or input, an input of the wrong rank or width, a mismatched h_0 and an unknown nonlinearity (refused at the first step). The exact count executes PyTorch’s equation directly: two matrix products with their biases added separately, their sum, then H tanh evaluations or, for relu, H comparisons, per batch element. moduleprofiler documents no method for RNNCell; the counters’ convention is the two products’ MACs, FLOPs twice that.'],
};
