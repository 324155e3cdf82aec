// Why other counting tools report different numbers for PReLU: notes for /modules/prelu/counters/.
export const notes: readonly { title: string; text: string }[] = [
  {
    title: 'A module with a weight, counted as one',
    text:
      'PReLU is the one activation with a learned parameter, and two tools treat it differently for that. torchinfo multiplies the number of slopes by the output’s first size, as it does for every module with a weight, so it reports the batch size times num_parameters, whatever the other sizes. calflops, which stops on a bare activation because it reads the device from a parameter, counts PReLU alone without trouble: one FLOP per element through the patched F.prelu.',
  },
  {
    title: 'Zero, one, two, or four per element',
    text:
      'FlopCounterMode, fvcore and torchprofile report nothing. thop and ultralytics-thop count one per element, in evaluation mode only, which their profile function forces. ptflops counts the module twice, once in its hook (divided by the input’s first size) and once through the patched F.prelu. moduleprofiler’s code charges four per element, a figure no page of its documentation derives. The exact count is two: a comparison and a multiplication.',
  },
];
