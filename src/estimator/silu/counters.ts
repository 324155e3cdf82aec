// Why other counting tools report different numbers for SiLU: notes for /modules/silu/counters/.
export const notes: readonly { title: string; text: string }[] = [
  {
    title: 'Zero or one per element',
    text:
      'FlopCounterMode, fvcore, thop and torchinfo report nothing for SiLU, torchprofile puts aten::silu on its zero-cost list, and ultralytics-thop leaves it without a rule on purpose, as a function that needs a formula. ptflops has no hook for the module but patches F.silu, so it counts one per element for the whole batch, not divided by the first size as its hooks are; calflops and DeepSpeed also count one FLOP per element through F.silu. moduleprofiler has no function for SiLU. The exact count is four per element.',
  },
];
