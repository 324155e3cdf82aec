// What each version of GRUCell's counting rules changed, in words: the changelog page reads it.
export const changes: Readonly<Record<number, readonly string[]>> = {
  1: ['First published rules: one step on a batched (N, H_in) or unbatched (H_in,) input, with or without h_0, output h_1, and PyTorch 1.13’s errors. The exact count executes PyTorch’s documented equations directly: two products of 3H rows with both biases, the gate sums, r ⊙ (W_hn h + b_hn), 2H sigmoids, H tanh, and h′ = (1 − z) ⊙ n + z ⊙ h with one subtraction, two products and one addition per element. The documented method is moduleprofiler 0.0.4’s N·H·(6·H_in + 6·H + 21), 15 without bias, as published (its code ignores bias=False; the counters page shows that figure).'],
};
