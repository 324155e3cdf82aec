// Why other counting tools report different numbers for Conv2d: short notes the counters page
// (/modules/conv2d/counters/) shows under its table. Words only; every number on that page is
// computed from each tool's formula (src/estimator/peers/conv.ts).
export const notes: readonly { title: string; text: string }[] = [
  {
    title: 'The same products, padding included',
    text:
      'Every tool that counts this layer charges one product per kernel tap of every output, N·H_out·W_out·C_out·(C_in/groups)·K_H·K_W, so on the products they agree with each other and with the dense convention. None of them leaves out the taps that fall on zero padding, which the exact count skips; the gap is largest on small inputs under wide or dilated kernels.',
  },
  {
    title: 'MACs, FLOPs and the bias',
    text:
      'fvcore, thop, ultralytics-thop and torchprofile report multiply–accumulates under various names; FlopCounterMode reports two FLOPs per MAC, and calflops and DeepSpeed give both figures. ptflops and torchinfo add one unit per output element for the bias, calflops and DeepSpeed add it to their FLOPs only, and the others leave it out. moduleprofiler counts multiplications and additions one by one: twice the products with a bias, one operation per output element fewer without.',
  },
  {
    title: "String padding counted as nothing",
    text:
      "With padding='same' or 'valid' in the default zeros mode, PyTorch records the call as a different operator, aten::_convolution_mode, which neither fvcore nor torchprofile handles: both report 0 for the whole layer. In the other modes the module pads the input itself and passes numeric padding, so they count it normally. calflops and DeepSpeed rebuild 'same' as a symmetric padding, which comes out one row or column short where d·(K − 1) is odd.",
  },
  {
    title: 'Whole batch or one sample',
    text:
      'ptflops’ default backend divides its total by the size of the first dimension of the model’s first input, so it reports the cost of one sample; its aten backend and every other tool count the whole batch. Multiply a ptflops figure by the batch before comparing it.',
  },
  {
    title: 'Unbatched inputs',
    text:
      'A (C_in, H, W) input trips several tools. moduleprofiler’s function tests for a two-dimensional input to recognise the unbatched case, so it takes C_in for the batch and reports C_in times its own documented formula. thop 0.1.1 reads the channels from the input’s second dimension, which is then the height; torchinfo multiplies by C_out and the width where it means the batch and both sizes; ptflops takes C_in as the batch, divides by it and drops the height; calflops and DeepSpeed usually fail an assertion that stops the forward pass.',
  },
];
