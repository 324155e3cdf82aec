// What each version of Hardtanh's counting rules changed, in words: the changelog page reads it.
export const changes: Readonly<Record<number, readonly string[]>> = {
  1: ['First published rules: an input of any shape, 0-d included, refused where PyTorch cannot create it, and bounds refused as PyTorch’s constructor refuses them (max_val must exceed min_val). The exact count is two comparisons per element, the maximum and minimum of PyTorch’s clamp; moduleprofiler has no method and no function for the module.'],
};
