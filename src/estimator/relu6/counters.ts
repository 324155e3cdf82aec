// Why other counting tools report different numbers for this module: notes for /modules/relu6/counters/.
export const notes: readonly { title: string; text: string }[] = [
  {
    title: 'A patched F.relu6 that never runs',
    text: 'nn.ReLU6 inherits Hardtanh’s forward, which calls F.hardtanh. calflops, DeepSpeed and ptflops patch F.relu6, so their patches never see the module: calflops and DeepSpeed report 0, and ptflops counts it only in its module hook, one per element divided by the first size of the input. thop registers ReLU6 as free, torchprofile lists aten::hardtanh as free, and moduleprofiler has no function for it. The exact count is two comparisons per element.',
  },
];
