// Why other counting tools report different numbers for ConvTranspose2d: short notes the
// counters page (/modules/convtranspose2d/counters/) shows under its table. Words only; every
// number on that page is computed from each tool's formula.
export const notes: readonly { title: string; text: string }[] = [
  {
    title: 'Input pixels or output pixels',
    text:
      'A transposed convolution multiplies each input pixel by the whole kernel, so FlopCounterMode, fvcore, ptflops from 0.7.5 and ultralytics-thop from 2.0.16 charge N·H_in·W_in·C_in·(C_out/groups)·K_H·K_W products. thop 0.1.1, torchinfo, torchprofile and moduleprofiler reuse the rule of an ordinary convolution, which charges every output pixel a full kernel. The output has about s_H·s_W times as many pixels as the input, so the second group reports about four times as much at stride 2, whatever else it agrees on. Neither group leaves out the products that padding crops away, which the exact count does.',
  },
  {
    title: 'MACs, FLOPs and the bias',
    text:
      'fvcore, ptflops, thop, torchinfo and torchprofile report multiply–accumulates, whatever their output calls them; FlopCounterMode reports two FLOPs per MAC, and calflops and DeepSpeed give both. ptflops and torchinfo add one unit per output element for the bias, calflops and DeepSpeed add it to their FLOPs only, and the others leave it out. moduleprofiler counts multiplications and additions one by one, so its figures sit near twice those of the tools that count MACs on the output size.',
  },
  {
    title: 'Whole batch or one sample',
    text:
      'ptflops’ default backend divides the total by the size of the first dimension of the model’s first input, so it reports the cost of one sample; its aten backend and every other tool count the whole batch. Compare a ptflops figure with the others only after multiplying it by the batch.',
  },
  {
    title: 'Groups read from the weight',
    text:
      'A transposed convolution stores its weight as (C_in, C_out/groups, K_H, K_W), the other way round from an ordinary convolution, and tools that read channel counts off the weight can go wrong. calflops and DeepSpeed divide the second dimension by groups again, undercounting a grouped layer by that factor and giving zero for a depthwise layer with fewer than groups output channels per group; they also size the bias term by an ordinary convolution’s output. torchprofile leaves groups out when the input and output channel counts differ.',
  },
  {
    title: 'moduleprofiler’s code and its documentation',
    text:
      'The documented method (the one this site reproduces) counts multiplications on the output size and additions from an all-ones probe built without output_padding. moduleprofiler’s function follows it, except that it takes the first dimension of an unbatched (C_in, H, W) input for the batch, multiplying its result by C_in, and that it computes in floating point, which can miss the last digit above 2^53. Where the probe without output_padding would have no rows or columns, PyTorch refuses to run it and the function raises.',
  },
];
