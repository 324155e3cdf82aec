// Why other counting tools report different numbers for GELU: notes for /modules/gelu/counters/.
export const notes: readonly { title: string; text: string }[] = [
  {
    title: 'One operation per element at most, whichever the form',
    text:
      'No tool tells the two forms apart. FlopCounterMode, fvcore, thop and torchinfo report nothing, torchprofile puts aten::gelu on its zero-cost list, and ultralytics-thop leaves GELU without a rule on purpose, as a function that needs a formula rather than a blanket zero. calflops and DeepSpeed charge one FLOP per element through the patched F.gelu; ptflops counts the module twice, in its hook (divided by the input’s first size) and through that functional. moduleprofiler has no function for GELU. The exact count is five per element with erf, nine with tanh.',
  },
];
