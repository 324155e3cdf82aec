// Why other counting tools report what they do for Flatten: notes for /modules/flatten/counters/.
export const notes: readonly { title: string; text: string }[] = [
  {
    title: 'Mostly not surveyed',
    text:
      'The survey of the counting tools behind these pages did not cover Flatten. Only the figures that follow from a tool’s design are given: FlopCounterMode and ptflops’ aten backend count matrix products and convolutions only, and torchinfo derives its MACs from parameters, which Flatten lacks, so all three report zero. The other tools are left blank rather than guessed.',
  },
];
