// What each version of Conv2d's counting rules changed, in words: the changelog page reads it
// (the versions themselves are in the definition, src/estimator/conv2d/index.ts). Kept apart so
// that the words never ship to the browser, where only the numbers are needed.
export const changes: Readonly<Record<number, readonly string[]>> = {
  1: [
    "First published rules: output sizes, padding amounts (numeric, 'same', 'valid' and every padding_mode, including PyTorch's 'same' bug with a one-entry dilation tuple), validation and error messages as in PyTorch 1.13. The exact count is that of a direct implementation that skips taps on zero padding, N·C_out·(C_in/groups)·T multiplications (= MACs) and N·C_out·((C_in/groups)·T − P + b·P) additions, with T = T_H·T_W and P = P_H·P_W from per-axis closed forms, both dense outside 'zeros' mode. The documented method follows moduleprofiler 0.0.4's documentation, N·(ψ·H_out·W_out·(2·K_H·K_W − 1) + C_out·H_out·W_out·(C_in/groups − 1 + b)) with an unbatched input counted as N = 1, and the dense convention counts N·C_out·H_out·W_out·(C_in/groups)·K_H·K_W MACs and twice as many FLOPs, bias left out.",
  ],
};
