// Why other counting tools report different numbers for AdaptiveAvgPool1d: notes for its counters page.
export const notes: readonly { title: string; text: string }[] = [
  {
    title: 'Input elements, output elements, or the windows',
    text: 'ptflops, calflops and DeepSpeed charge one operation per input element (ptflops twice, through its module hook and again through the patched F.adaptive_avg_pool1d), torchprofile one per output element. thop adds the input-over-output ratio, a float rather than a window length, plus one per output; ultralytics-thop walks PyTorch’s windows and charges one addition per element read plus one division per output, one addition per window more than the exact count. fvcore, FlopCounterMode, torchinfo and ptflops’ aten backend report nothing.',
  },
  {
    title: 'No documented method',
    text: 'moduleprofiler has no documentation page for AdaptiveAvgPool1d and no entry in its ops map: its default function returns None. thop and ultralytics-thop read the pooled sizes from the third dimension on, so on an unbatched (C, L) input they see no pooled axis at all.',
  },
];
