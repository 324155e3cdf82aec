// Why other counting tools report different numbers for LogSoftmax: notes for /modules/logsoftmax/counters/.
export const notes: readonly { title: string; text: string }[] = [
  {
    title: 'One tool counts it',
    text:
      'ultralytics-thop is the only tool that counts LogSoftmax: its softmax rule, n exponentials, n − 1 additions and n divisions per row, plus one operation per row for the logarithm, 3n per row in all. Nobody patches F.log_softmax, so ptflops, calflops and DeepSpeed, which count Softmax through F.softmax, report nothing here; torchprofile lists aten::log_softmax as free, and moduleprofiler has no function for the module. The exact count is 5n − 1 per row, with the maximum that keeps the exponentials finite and no division at all.',
  },
];
