// What each version of ConvTranspose3d's counting rules changed, in words: the changelog page
// reads it (the versions themselves are in the definition, src/estimator/convtranspose3d/index.ts).
// Kept apart so that the words never ship to the browser, where only the numbers are needed.
export const changes: Readonly<Record<number, readonly string[]>> = {
  1: [
    'First published rules: output sizes, validation and error messages as in PyTorch 1.13, and the exact count of a direct scatter, N·C_out·(C_in/groups)·M multiplications (= MACs) and N·C_out·((C_in/groups)·M − P + b·P) additions, with M = M_D·M_H·M_W and P = P_D·P_H·P_W taken from the per-axis ConvTranspose1d counts. There is no documented count, because moduleprofiler 0.0.4 documents no method for ConvTranspose3d and has no function for it. The dense convention counts N·D_in·H_in·W_in·(C_in·C_out/groups)·K_D·K_H·K_W MACs and twice as many FLOPs, bias left out.',
  ],
};
