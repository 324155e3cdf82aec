// Why other counting tools report different numbers for Sigmoid: notes for /modules/sigmoid/counters/.
export const notes: readonly { title: string; text: string }[] = [
  {
    title: 'Zero everywhere but moduleprofiler',
    text:
      'No tool but moduleprofiler has a rule for Sigmoid: the operator counters register no element-wise operator, torchprofile lists aten::sigmoid as free, and the patching tools do not patch torch.sigmoid, which nn.Sigmoid calls. moduleprofiler charges three operations per element, the exponential, the addition and the division, which is the exact total with the kinds merged.',
  },
];
