// Why other counting tools report different numbers for this module: notes for /modules/selu/counters/.
export const notes: readonly { title: string; text: string }[] = [
  {
    title: 'Zero everywhere but moduleprofiler',
    text: "No tool but moduleprofiler has a rule for SELU, and none patches F.selu. moduleprofiler's code charges seven operations per element, a figure no page of its documentation derives; the exact count is five: a comparison, an exponential, a subtraction and two multiplications.",
  },
];
