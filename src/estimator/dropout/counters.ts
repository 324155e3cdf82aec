// Why other counting tools report what they do for Dropout: notes for /modules/dropout/counters/.
export const notes: readonly { title: string; text: string }[] = [
  {
    title: 'Mostly not surveyed',
    text:
      'The survey of the counting tools behind these pages did not cover Dropout. Only the figures that follow from a tool’s design are given: FlopCounterMode and ptflops’ aten backend count matrix products and convolutions only, and torchinfo derives its MACs from parameters, which Dropout lacks, so all three report zero. The other tools are left blank rather than guessed.',
  },
];
