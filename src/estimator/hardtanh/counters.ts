// Why other counting tools report different numbers for this module: notes for /modules/hardtanh/counters/.
export const notes: readonly { title: string; text: string }[] = [
  {
    title: 'Every tool reports nothing',
    text: 'No tool surveyed has a rule for Hardtanh. ptflops, thop and ultralytics-thop have no hook for the class; calflops and DeepSpeed patch F.relu6 but not F.hardtanh; torchprofile lists aten::hardtanh as free; fvcore skips it with a warning; moduleprofiler’s default function returns None. The exact count is two comparisons per element.',
  },
];
