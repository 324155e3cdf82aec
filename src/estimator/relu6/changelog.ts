// What each version of ReLU6's counting rules changed, in words: the changelog page reads it.
export const changes: Readonly<Record<number, readonly string[]>> = {
  1: ['First published rules: an input of any shape, 0-d included, refused only where PyTorch cannot create it. The exact count is two comparisons per element, the maximum with 0 and the minimum with 6 of PyTorch’s clamp (ReLU6 is Hardtanh(0, 6)); moduleprofiler has no method and no function for the module.'],
};
