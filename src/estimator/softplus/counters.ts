// Why other counting tools report different numbers for this module: notes for /modules/softplus/counters/.
export const notes: readonly { title: string; text: string }[] = [
  {
    title: 'Zero everywhere but moduleprofiler',
    text: "No tool but moduleprofiler has a rule for Softplus, and none patches F.softplus. moduleprofiler's code charges five operations per element, a figure no page of its documentation derives; the exact count is six: a multiplication, a comparison with the threshold, an exponential, an addition, a logarithm and a division.",
  },
];
