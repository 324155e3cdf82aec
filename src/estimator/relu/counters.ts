// Why other counting tools report different numbers for ReLU: notes for /modules/relu/counters/.
export const notes: readonly { title: string; text: string }[] = [
  {
    title: 'Free, one, or counted twice',
    text:
      'Tools that count only products (FlopCounterMode, fvcore, thop, ultralytics-thop, torchinfo, torchprofile) report nothing for ReLU. calflops and DeepSpeed charge one FLOP per element through their patched F.relu, and moduleprofiler one operation per element, the comparison. ptflops counts the module twice: once in its module hook, divided by the first size of the input, and again, undivided, through its patched F.relu, which nn.ReLU calls; since version 0.7.4 the option count_functional=False removes the second copy.',
  },
  {
    title: 'A bare ReLU stops calflops',
    text:
      'calculate_flops reads the device from the model’s first parameter. A ReLU has none, so on its own it raises StopIteration, after its patches are installed: in a long-running process later counts are then inflated by the leftover wrappers. Inside a model with parameters it counts normally.',
  },
];
