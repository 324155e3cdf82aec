// What each version of ConvTranspose2d's counting rules changed, in words: the changelog page
// reads it (the versions themselves are in the definition, src/estimator/convtranspose2d/index.ts).
// Kept apart so that the words never ship to the browser, where only the numbers are needed.
export const changes: Readonly<Record<number, readonly string[]>> = {
  1: [
    'First published rules: output sizes, validation and error messages as in PyTorch 1.13, and the exact count of a direct scatter, N·C_out·(C_in/groups)·M multiplications (= MACs) and N·C_out·((C_in/groups)·M − P + b·P) additions, with M = M_H·M_W and P = P_H·P_W taken from the per-axis ConvTranspose1d counts. The documented method follows moduleprofiler 0.0.4: N·(ψ·(H_out·W_out·K_H·K_W + A) + C_out·H_out·W_out·(C_in/groups − 1 + b)), with A the all-ones probe sum built without output_padding and an unbatched input counted as N = 1, undefined where that probe cannot run. The dense convention counts N·H_in·W_in·(C_in·C_out/groups)·K_H·K_W MACs and twice as many FLOPs, bias left out.',
  ],
};
