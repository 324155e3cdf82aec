// Why other counting tools report what they do for Dropout: notes for /modules/dropout/counters/.
export const notes: readonly { title: string; text: string }[] = [
  {
    title: 'Free everywhere, or nothing at all',
    text:
      'Every tool that gives a number gives zero for Dropout, in either mode. thop and ultralytics-thop register it as free; fvcore and torchprofile list aten::dropout among the operators they ignore; FlopCounterMode and ptflops’ aten backend count only products; calflops and DeepSpeed each define a dropout rule that returns zero but never patch F.dropout with it; torchinfo finds no parameters. moduleprofiler has no function for it and reports None. None of them counts the random draws, the division or the multiplication that training performs.',
  },
  {
    title: 'A bare Dropout stops calflops',
    text:
      'calculate_flops reads the device from the model’s first parameter. Dropout has none, so on its own it raises StopIteration; inside a model with parameters it adds zero.',
  },
];
