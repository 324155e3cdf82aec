// Why other counting tools report different numbers for BatchNorm2d: notes for /modules/batchnorm2d/counters/.
export const notes: readonly { title: string; text: string }[] = [
  {
    title: 'From a handful per channel to seven per value',
    text:
      'FlopCounterMode has no rule for batch norm and reports 0. torchinfo multiplies the parameters (a weight and a bias per channel) by the batch, ignoring every other size. torchprofile counts one per value with affine, ptflops one or two per value divided by the batch, thop and ultralytics-thop two or four per value. fvcore, calflops and DeepSpeed read the training flag aten::batch_norm receives: one or two per value with running statistics, a rough four or five with batch statistics. moduleprofiler’s code charges 5n + 4 per channel (7n + 4 with affine), the statistics, in either mode.',
  },
  {
    title: 'The mode changes the work, and some tools change the mode',
    text:
      'In training, or without running statistics, PyTorch computes each channel’s mean and variance; in evaluation with running statistics it only scales and shifts. ptflops, thop, calflops, DeepSpeed’s get_model_profile and moduleprofiler put the model in eval mode before counting; fvcore, torchinfo and torchprofile count it in the mode it is in. None of them counts the running-statistics update.',
  },
  {
    title: 'num_features is not always the channel count',
    text:
      'Without affine and without running statistics PyTorch never reads num_features, so a layer built for one channel count runs on any. moduleprofiler still multiplies by num_features; the exact count uses the input’s channels.',
  },
];
