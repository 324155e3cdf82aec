// What each version of MaxPool2d's counting rules changed, in words: the changelog page reads it.
export const changes: Readonly<Record<number, readonly string[]>> = {
  1: [
    'First published rules: output sizes (ceil_mode included), validation and error messages as in PyTorch 1.13 along each of its code paths. The exact count is that of a direct maximum over the real input elements of each window, y − 1 comparisons for a window with y of them (none for a window wholly in padding), N·C·(T − P) in closed form; return_indices adds an output but no arithmetic. The dense convention counts k − 1 comparisons for every window. moduleprofiler documents no method for pools.',
  ],
};
