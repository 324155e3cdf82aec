// Why other counting tools report different numbers for Linear: notes for /modules/linear/counters/.
// Words only; every number on that page is computed from each tool's formula (src/estimator/peers/layers.ts).
export const notes: readonly { title: string; text: string }[] = [
  {
    title: 'One product per weight per row',
    text:
      'Every tool agrees on the products: each row of the input meets every weight once, β·H_in·H_out in all, where β multiplies every size but the last. They differ only in what they add to it: FlopCounterMode, calflops and DeepSpeed double it into FLOPs, torchinfo and ptflops add one unit per output for the bias, moduleprofiler counts multiplications and additions one by one, and the rest report the products alone.',
  },
  {
    title: 'torchinfo 1.8.0 forgets the sequence',
    text:
      'The release of torchinfo on PyPI multiplies the parameters by the first size of the output only. On a (batch, tokens, features) input it therefore counts one token per sample: 128 times too few for 128 tokens. The unreleased head of the repository multiplies by every leading size.',
  },
  {
    title: 'ptflops divides by the first size',
    text:
      'ptflops’ default backend divides its total by the first size of the model’s input, meaning to report one sample. For a 1-d input that first size is in_features itself, so the figure is neither per sample nor for the whole input.',
  },
  {
    title: 'A negative count',
    text:
      'With in_features = 0 and no bias, moduleprofiler’s formula β·H_out·(2·H_in − 1) goes below zero, and its code returns the same negative number, although PyTorch just returns zeros.',
  },
];
