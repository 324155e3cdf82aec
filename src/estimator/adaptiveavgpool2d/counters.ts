// Why other counting tools report different numbers for AdaptiveAvgPool2d: notes for its counters page.
export const notes: readonly { title: string; text: string }[] = [
  {
    title: 'Input elements, output elements, or the windows',
    text: 'fvcore, calflops and DeepSpeed charge one operation per input element, ptflops the same twice (module hook and patched functional, the first divided by the batch). torchprofile and moduleprofiler charge one per output element; moduleprofiler because its ops map sends AdaptiveAvgPool2d to its MaxPool2d function. thop multiplies the float ratios of input to output sizes; ultralytics-thop walks PyTorch’s windows, one addition per element read plus one division per output.',
  },
  {
    title: 'An output of 1 × 1 is a plain mean',
    text: 'PyTorch 1.13 computes output_size=1 (or (1, 1)) as input.mean over height and width, skipping the pool’s checks: the same n − 1 additions and one division per plane, but an empty height or width passes and averages to NaN. Tools that trace operators (torchprofile) see aten::mean there, which they count like the pool.',
  },
];
