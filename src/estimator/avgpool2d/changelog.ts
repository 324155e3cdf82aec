// What each version of AvgPool2d's counting rules changed, in words: the changelog page reads it.
export const changes: Readonly<Record<number, readonly string[]>> = {
  1: [
    'First published rules: output sizes (ceil_mode included), validation and error messages as in PyTorch 1.13 along each of its code paths. The exact count is that of a direct mean over the real input elements of each window: y − 1 additions (padded zeros are never added) and one division per output by the divisor PyTorch uses (count_include_pad or divisor_override change the divisor, not the count), N·C·(T − O) additions and N·C·O divisions in closed form. The dense convention counts k − 1 additions for every window. moduleprofiler documents no method for pools.',
  ],
};
