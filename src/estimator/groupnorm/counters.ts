// Why other counting tools report different numbers for GroupNorm: notes for /modules/groupnorm/counters/.
// Words only; every number on that page is computed from each tool's formula (src/estimator/peers/norm.ts).
export const notes: readonly { title: string; text: string }[] = [
  {
    title: 'Two tools do not count it at all',
    text:
      'thop 0.1.1 has no rule for GroupNorm and counts 0, and moduleprofiler has no function for it and reports nothing. ultralytics-thop added a rule in July 2026; its earlier releases counted 0 too. FlopCounterMode has no normalisation rule at all.',
  },
  {
    title: 'Per element, per sample, or per parameter',
    text:
      'fvcore, calflops and DeepSpeed charge four or five per input element, ultralytics-thop four, torchprofile one for the affine step. ptflops charges two per element and divides by the batch. torchinfo multiplies the 2·C parameters by the batch, leaving out every spatial position.',
  },
];
