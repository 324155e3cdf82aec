// Why other counting tools report different numbers for Tanh: notes for /modules/tanh/counters/.
export const notes: readonly { title: string; text: string }[] = [
  {
    title: 'Zero, or seven per element',
    text:
      'No tool but moduleprofiler has a rule for Tanh: the operator counters register no element-wise operator, torchprofile lists aten::tanh as free, and the patching tools do not patch torch.tanh. moduleprofiler charges seven operations per element, writing the function as a quotient of exponentials with each exponential computed twice; an implementation calls one tanh routine per element.',
  },
];
