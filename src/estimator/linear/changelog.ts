// What each version of Linear's counting rules changed, in words: the changelog page reads it.
export const changes: Readonly<Record<number, readonly string[]>> = {
  1: [
    'First published rules: input of any rank ≥ 1 with its last size equal to in_features, output (*, out_features), and PyTorch 1.13’s errors for a negative or oversized weight or input, a 0-d input and a mismatched last size. The exact count is β·H_out·H_in multiplications (= MACs) and β·H_out·max(H_in + b − 1, 0) additions, β being the product of the leading sizes; the documented method is moduleprofiler 0.0.4’s formula, 2·β·H_out·H_in with a bias and β·H_out·(2·H_in − 1) without, reproduced as published (negative when H_in = 0 without a bias); the counters’ convention is β·H_in·H_out MACs and twice as many FLOPs, bias left out.',
  ],
};
