// What each version of GELU's counting rules changed, in words: the changelog page reads it.
export const changes: Readonly<Record<number, readonly string[]>> = {
  1: ["First published rules: an input of any shape, 0-d included; approximate 'none' or 'tanh', any other string refused as PyTorch 1.13 refuses it in the forward pass. The exact count is, per element, three multiplications, one addition and one erf for the erf form (the division by √2 as a multiplication by the constant 1/√2), and six multiplications, two additions and one tanh for the tanh form; moduleprofiler has no method for GELU, in its documentation or its code."],
};
