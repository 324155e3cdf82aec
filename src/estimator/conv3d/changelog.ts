// What each version of Conv3d's counting rules changed, in words: the changelog page reads it
// (the versions themselves are in the definition, src/estimator/conv3d/index.ts). Kept apart so
// that the words never ship to the browser, where only the numbers are needed.
export const changes: Readonly<Record<number, readonly string[]>> = {
  1: [
    "First published rules: output sizes, padding amounts (numeric, 'same', 'valid' and every padding_mode, including PyTorch's 'same' bug with a one-entry dilation tuple), validation and error messages as in PyTorch 1.13. The exact count is that of a direct implementation that skips taps on zero padding, N·C_out·(C_in/groups)·T multiplications (= MACs) and N·C_out·((C_in/groups)·T − P + b·P) additions, with T = T_D·T_H·T_W and P = P_D·P_H·P_W from per-axis closed forms, both dense outside 'zeros' mode. There is no documented count, because moduleprofiler 0.0.4 documents no method for Conv3d and has no function for it; the dense convention counts N·C_out·D_out·H_out·W_out·(C_in/groups)·K_D·K_H·K_W MACs and twice as many FLOPs, bias left out.",
  ],
};
