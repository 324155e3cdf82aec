// Why other counting tools report different numbers for this module: notes for /modules/leakyrelu/counters/.
export const notes: readonly { title: string; text: string }[] = [
  {
    title: 'Zero, one or four per element',
    text: "Tools that count only products report nothing for LeakyReLU, and thop's rule for it returns 0. calflops, DeepSpeed and torchprofile charge one operation per element, and ptflops one per element divided by the first size of the input (it does not patch F.leaky_relu, so there is no second copy here). moduleprofiler's code charges four per element, a figure no page of its documentation derives; the exact count is two, a comparison and a multiplication.",
  },
];
