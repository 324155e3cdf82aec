// Why other counting tools report different numbers for Conv3d: short notes the counters page
// (/modules/conv3d/counters/) shows under its table. Words only; every number on that page is
// computed from each tool's formula (src/estimator/peers/conv.ts).
export const notes: readonly { title: string; text: string }[] = [
  {
    title: 'The same products, padding included',
    text:
      'Every tool that counts this layer charges one product per kernel tap of every output voxel, N·D_out·H_out·W_out·C_out·(C_in/groups)·K_D·K_H·K_W, so on the products they agree with each other and with the dense convention. None of them leaves out the taps that fall on zero padding, which the exact count skips; a volume has more border than an image, so the gap is wider than for Conv2d on inputs of similar side.',
  },
  {
    title: 'No rule in moduleprofiler',
    text:
      'moduleprofiler has neither a documentation page nor a function for Conv3d, and the module is missing from its table of counters, so it reports nothing for the layer. The site shows no documented count for it either, rather than inventing one.',
  },
  {
    title: 'MACs, FLOPs and the bias',
    text:
      'fvcore, thop, ultralytics-thop and torchprofile report multiply–accumulates under various names; FlopCounterMode reports two FLOPs per MAC, and calflops and DeepSpeed give both figures. ptflops and torchinfo add one unit per output element for the bias, calflops and DeepSpeed add it to their FLOPs only, and the others leave it out.',
  },
  {
    title: "String padding counted as nothing",
    text:
      "With padding='same' or 'valid' in the default zeros mode, PyTorch records the call as a different operator, aten::_convolution_mode, which neither fvcore nor torchprofile handles: both report 0 for the whole layer. In the other modes the module pads the input itself and passes numeric padding, so they count it normally. calflops and DeepSpeed rebuild 'same' as a symmetric padding, which comes out one slice short along an axis where d·(K − 1) is odd.",
  },
  {
    title: 'Whole batch, one sample, or no batch',
    text:
      'ptflops’ default backend divides its total by the size of the first dimension of the model’s first input, so it reports the cost of one sample; every other tool counts the whole batch. An unbatched (C_in, D, H, W) input trips several of them: thop 0.1.1 reads the channels from the depth, torchinfo multiplies by C_out where it means the batch and drops the depth, ptflops takes C_in as the batch and also drops the depth, and calflops and DeepSpeed usually fail an assertion that stops the forward pass.',
  },
];
