// Why other counting tools report what they do for Identity: notes for /modules/identity/counters/.
export const notes: readonly { title: string; text: string }[] = [
  {
    title: 'Nothing to count',
    text:
      'Identity runs no operator, so every tool that counts operators sees nothing, and the hook-based tools either have no rule for it or a rule that adds nothing; moduleprofiler’s function returns zero. These figures follow from each tool’s design: the survey of the tools did not measure Identity on its own. calflops is the exception in form, not in number: given a bare Identity, which has no parameters, it raises StopIteration instead of reporting zero.',
  },
];
