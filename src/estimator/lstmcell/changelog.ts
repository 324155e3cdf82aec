// What each version of LSTMCell's counting rules changed, in words: the changelog page reads it.
export const changes: Readonly<Record<number, readonly string[]>> = {
  1: ['First published rules: one step on a batched (N, H_in) or unbatched (H_in,) input, with both states or neither, outputs h_1 and c_1, and PyTorch 1.13’s errors. The exact count executes PyTorch’s documented equations directly: two products of 4H rows with both biases, the gate sums, 3H sigmoids and H tanh for the gates, c′ = f ⊙ c + i ⊙ g, then tanh(c′) and o ⊙ tanh(c′). The documented method is moduleprofiler 0.0.4’s N·H·(8·H_in + 8·H + 31), 23 without bias, as published (its code crashes on LSTMCell).'],
};
