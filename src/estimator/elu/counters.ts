// Why other counting tools report different numbers for this module: notes for /modules/elu/counters/.
export const notes: readonly { title: string; text: string }[] = [
  {
    title: 'Zero, one or three per element',
    text: "Tools that count only products report nothing for ELU, and thop and torchprofile have no rule for it. calflops and DeepSpeed charge one FLOP per element through F.elu; ptflops counts the module twice, through its hook (divided by the input's first size) and through the patched F.elu; moduleprofiler's code charges three per element, a figure no page of its documentation derives. The exact count is four: a comparison, an exponential, a subtraction and a multiplication.",
  },
];
