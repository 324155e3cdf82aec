// Why other counting tools report different numbers for ConvTranspose3d: short notes the
// counters page (/modules/convtranspose3d/counters/) shows under its table. Words only; every
// number on that page is computed from each tool's formula.
export const notes: readonly { title: string; text: string }[] = [
  {
    title: 'Input voxels or output voxels',
    text:
      'Each input voxel is multiplied by the whole kernel, so FlopCounterMode, fvcore, ptflops from 0.7.5 and ultralytics-thop from 2.0.16 charge N·D_in·H_in·W_in·C_in·(C_out/groups)·K_D·K_H·K_W products. thop 0.1.1, torchinfo and torchprofile apply the ordinary convolution’s rule and charge every output voxel a full kernel instead. The output has about s_D·s_H·s_W times as many voxels as the input, so at stride 2 on every axis the two groups are about eight times apart. Neither group leaves out the products that padding crops away, which the exact count does.',
  },
  {
    title: 'MACs, FLOPs and the bias',
    text:
      'fvcore, ptflops, thop, torchinfo and torchprofile report multiply–accumulates under various names; FlopCounterMode reports two FLOPs per MAC, and calflops and DeepSpeed give both. ptflops and torchinfo add one unit per output element for the bias, calflops and DeepSpeed add it to their FLOPs only, and the others leave it out.',
  },
  {
    title: 'Whole batch or one sample',
    text:
      'ptflops’ default backend divides the total by the size of the first dimension of the model’s first input, so it reports the cost of one sample; its aten backend and every other tool count the whole batch. Multiply a ptflops figure by the batch before comparing it.',
  },
  {
    title: 'Groups read from the weight',
    text:
      'The weight of a transposed convolution is stored as (C_in, C_out/groups, K_D, K_H, K_W), the reverse of an ordinary convolution. calflops and DeepSpeed take the second dimension for the output channels and divide it by groups a second time, which undercounts grouped layers and can give zero for depthwise ones, and they size the bias term by an ordinary convolution’s output. torchprofile ignores groups when the input and output channel counts differ.',
  },
  {
    title: 'No moduleprofiler count',
    text:
      'moduleprofiler documents no method for ConvTranspose3d and has no function for it, so it reports nothing for this module. This site does not invent a three-dimensional version of its two-dimensional method; the module page gives the exact count and the dense convention instead.',
  },
];
