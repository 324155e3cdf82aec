// What each version of PReLU's counting rules changed, in words: the changelog page reads it.
export const changes: Readonly<Record<number, readonly string[]>> = {
  1: ['First published rules: an input of any shape; with num_parameters other than 1, PyTorch 1.13’s forward rules (no 0-d input, and num_parameters equal to dimension 1, or to 1 for a 1-d input), in its words. The exact count is one comparison and one multiplication per element, the multiplication counted for every element as in the branch-free form; moduleprofiler documents no method (its code charges four operations per element).'],
};
