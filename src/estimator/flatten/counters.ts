// Why other counting tools report what they do for Flatten: notes for /modules/flatten/counters/.
export const notes: readonly { title: string; text: string }[] = [
  {
    title: 'Nothing to count',
    text:
      'Flatten runs a view, and every tool that gives a number gives zero: ultralytics-thop registers it as free, thop has no rule and counts a module without one as zero, fvcore and torchprofile list aten::flatten among the operators they ignore, and the others never see an operator they count. moduleprofiler has no function for it and reports None; calflops, given a bare Flatten, raises StopIteration because the module has no parameters.',
  },
];
