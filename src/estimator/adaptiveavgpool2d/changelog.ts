// What each version of this module's counting rules changed, in words: the changelog page reads it.
export const changes: Readonly<Record<number, readonly string[]>> = {
  1: ['First published rules: PyTorch 1.13’s windows (start ⌊i·L/O⌋, end ⌈(i+1)·L/O⌉), counted in closed form by floor sums, with n − 1 additions and one division per window; PyTorch 1.13’s checks and messages, tested against torch 1.13 itself. moduleprofiler documents no method for this module.'],
};
