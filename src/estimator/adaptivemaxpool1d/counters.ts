// Why other counting tools report different numbers for AdaptiveMaxPool1d: notes for its counters page.
export const notes: readonly { title: string; text: string }[] = [
  {
    title: 'Comparisons are rarely counted',
    text: 'thop, ultralytics-thop, torchprofile, fvcore, FlopCounterMode and torchinfo report nothing for an adaptive max pool. ptflops, calflops and DeepSpeed charge one operation per input element (ptflops twice). moduleprofiler’s ops map sends AdaptiveMaxPool1d to its MaxPool1d function, one operation per output element; with return_indices=True that function fails on the tuple the module returns.',
  },
  {
    title: 'Not in the survey',
    text: 'The shared survey of counters covered the adaptive average pools only; the rules for the adaptive max pools were read in each tool’s source at the same commits.',
  },
];
