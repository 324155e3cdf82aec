// Why other counting tools report different numbers for MaxPool1d: notes for /modules/maxpool1d/counters/.
// Words only; every number on that page is computed from each tool's formula (src/estimator/peers/pool.ts).
export const notes: readonly { title: string; text: string }[] = [
  {
    title: 'Most tools count nothing',
    text:
      'FlopCounterMode, fvcore, thop, ultralytics-thop, torchinfo and torchprofile report 0 for a max pool: it has no products, and none of them counts comparisons. The exact count here is one comparison fewer than the real elements of each window.',
  },
  {
    title: 'One per input element, twice',
    text:
      'ptflops charges one operation per input element in its module hook and divides by the batch, then its patched F.max_pool functional adds the same count again, undivided, so a pool is counted twice. calflops and DeepSpeed charge one FLOP per input element through the same functional.',
  },
  {
    title: 'One per output element',
    text:
      "moduleprofiler's code (it has no documentation page for pools) counts one operation per output element, whatever the window. With return_indices=True the module returns a tuple, and its function fails on it.",
  },
];
