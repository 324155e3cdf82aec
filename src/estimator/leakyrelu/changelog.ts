// What each version of LeakyReLU's counting rules changed, in words: the changelog page reads it.
export const changes: Readonly<Record<number, readonly string[]>> = {
  1: ['First published rules: an input of any shape, 0-d included, refused only where PyTorch cannot create it. The exact count is one comparison and one multiplication per element, for a kernel that computes the scaled value everywhere and keeps it below zero; moduleprofiler documents no method (its code charges four operations per element).'],
};
