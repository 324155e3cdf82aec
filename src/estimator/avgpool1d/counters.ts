// Why other counting tools report different numbers for AvgPool1d: notes for /modules/avgpool1d/counters/.
// Words only; every number on that page is computed from each tool's formula (src/estimator/peers/pool.ts).
export const notes: readonly { title: string; text: string }[] = [
  {
    title: 'Zero, one per output, or the whole window',
    text:
      "FlopCounterMode, fvcore and torchinfo report 0. thop and torchprofile charge one operation per output element, the division alone. ultralytics-thop (since July 2026) adds each window's size to one division per output. moduleprofiler's code charges k per output element, every window counted as full.",
  },
  {
    title: 'One per input element, twice',
    text:
      'ptflops charges one operation per input element in its module hook and divides by the batch, then its patched F.avg_pool functional adds the same count again, undivided. calflops and DeepSpeed charge one FLOP per input element through the same functional.',
  },
  {
    title: 'Padding and the divisor',
    text:
      'The exact count adds only real elements: the zeros of the padding and the ceil_mode overhang are never added, whatever count_include_pad says. That flag only changes the number each sum is divided by, one division per output either way.',
  },
];
