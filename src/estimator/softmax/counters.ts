// Why other counting tools report different numbers for Softmax: notes for /modules/softmax/counters/.
export const notes: readonly { title: string; text: string }[] = [
  {
    title: 'Zero, one, three or four per element',
    text:
      'FlopCounterMode, fvcore, torchinfo and torchprofile report nothing for Softmax. ptflops, calflops and DeepSpeed charge one operation per element through the patched F.softmax. thop and ultralytics-thop count n exponentials, n − 1 additions and n divisions per row, 3n − 1, without the maximum that keeps the exponentials finite. moduleprofiler documents 4n − 1 per row, counting the exponentials twice, once for the sum and once for the numerators.',
  },
  {
    title: 'dim=None breaks two tools',
    text:
      'Given dim=None, PyTorch picks a dimension itself and warns that the choice is deprecated. thop indexes the input’s sizes with None and raises TypeError, and moduleprofiler asks for a dimension named None and raises RuntimeError; ultralytics-thop resolves the dimension as PyTorch does.',
  },
];
