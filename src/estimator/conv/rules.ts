// PyTorch 1.13's checks for Conv1d/2d/3d, in the order PyTorch runs them (forward.ts runs them;
// construct.ts, padStage.ts, sameStage.ts and convolution.ts hold PyTorch's messages). A few
// rules are ours alone: PyTorch accepts the layer, but there is nothing meaningful to count.
import type { InvalidInput } from '../core/module.ts';
import type { Layout } from './layout.ts';
import type { ConvParams } from './params.ts';
import { trace } from './forward.ts';

export interface RuleInfo {
  id: string;
  /** The argument the reader usually changes (a violation may name another, e.g. which channels). */
  param: string;
  /** Where PyTorch raises: 'construct' (nn.ConvNd(…)) or 'forward'; 'ours' when PyTorch does not. */
  stage: 'construct' | 'forward' | 'ours';
  /** What the rule asks for. */
  summary: string;
}

/** eq-conv-rules: every rule, in the order PyTorch checks (a rule can come from several places on the path; the first is listed). */
export const rules: readonly RuleInfo[] = [
  { id: 'groups_nonpositive', param: 'groups', stage: 'construct', summary: 'groups ≥ 1.' },
  { id: 'groups_not_dividing_in_channels', param: 'groups', stage: 'construct', summary: 'groups divides in_channels.' },
  { id: 'groups_not_dividing_out_channels', param: 'groups', stage: 'construct', summary: 'groups divides out_channels.' },
  { id: 'padding_string_invalid', param: 'padding', stage: 'construct', summary: "A string padding is 'same' or 'valid'." },
  { id: 'padding_same_with_stride', param: 'stride', stage: 'construct', summary: "padding='same' needs stride 1 in every dimension." },
  { id: 'padding_mode_invalid', param: 'padding_mode', stage: 'construct', summary: 'padding_mode is zeros, reflect, replicate or circular.' },
  { id: 'channels_negative', param: 'out_channels', stage: 'construct', summary: 'No negative channel count (the weight tensor is created here).' },
  { id: 'kernel_size_negative', param: 'kernel_size', stage: 'construct', summary: 'No negative kernel entry.' },
  { id: 'input_size_negative', param: 'batch', stage: 'forward', summary: 'The input tensor has no negative size.' },
  { id: 'wrong_input_rank', param: 'input_shape', stage: 'forward', summary: 'The input has nd + 1 (unbatched) or nd + 2 dimensions.' },
  { id: 'one_element_padding_tuple_with_padding_mode', param: 'padding', stage: 'forward', summary: "Outside 'zeros' mode a padding tuple is not broadcast: Conv2d/Conv3d need one entry per dimension." },
  { id: 'tuple_length_mismatch', param: 'kernel_size', stage: 'forward', summary: 'kernel_size has nd entries; stride, padding and dilation 1 or nd.' },
  { id: 'zero_spatial_input', param: 'width_in', stage: 'forward', summary: 'No empty spatial dimension (unless the batch is empty, in zeros mode).' },
  { id: 'in_channels_zero', param: 'in_channels', stage: 'forward', summary: 'in_channels ≥ 1 (reflect and replicate padding reject 0; PyTorch otherwise returns an empty tensor).' },
  { id: 'reflect_padding_not_smaller_than_input', param: 'padding', stage: 'forward', summary: "Reflect padding is smaller than the input." },
  { id: 'negative_padding_crops_input_away', param: 'padding', stage: 'forward', summary: 'Negative padding (non-zeros modes) leaves at least the kernel span.' },
  { id: 'circular_padding_unbatched_input', param: 'batch', stage: 'forward', summary: 'Circular padding needs a batched input.' },
  { id: 'circular_padding_larger_than_input', param: 'padding', stage: 'forward', summary: 'Circular padding wraps around at most once: padding ≤ input size.' },
  { id: 'padding_negative_zeros_mode', param: 'padding', stage: 'forward', summary: "No negative padding in 'zeros' mode." },
  { id: 'stride_nonpositive', param: 'stride', stage: 'forward', summary: 'stride ≥ 1.' },
  { id: 'zero_out_channels', param: 'out_channels', stage: 'forward', summary: 'out_channels ≥ 1.' },
  { id: 'kernel_larger_than_padded_input', param: 'kernel_size', stage: 'forward', summary: 'd·(k − 1) + 1 ≤ padded input size, in every dimension.' },
  { id: 'dilation_nonpositive', param: 'dilation', stage: 'forward', summary: 'dilation ≥ 1 (PyTorch skips the check for an empty batch; we do not).' },
  { id: 'kernel_size_zero', param: 'kernel_size', stage: 'forward', summary: 'Every kernel entry ≥ 1.' },
  { id: 'size_too_large', param: 'padding', stage: 'ours', summary: 'Padded sizes fit in a 64-bit integer.' },
];

/** eq-conv-validate: the first rule the arguments break, in PyTorch's order, or null when PyTorch runs the layer. */
export function validate(p: ConvParams, layout: Layout): InvalidInput | null {
  const t = trace(p, layout);
  return t.ok ? null : t.error;
}

/**
 * eq-conv-rank: PyTorch's error for an input tensor of the given shape when its rank is not
 * nd + 1 (unbatched) or nd + 2; null when the rank is right (then the shape's sizes are the
 * arguments' business). The constructor's errors come first, then creating a tensor with a
 * negative size; then F.pad (non-'zeros' modes), which rejects most wrong ranks in its own words,
 * and F.convNd's batchify.
 */
export function rankError(p: ConvParams, shape: readonly bigint[], layout: Layout): InvalidInput | null {
  if (shape.length === layout.nd + 1 || shape.length === layout.nd + 2) return null;
  const t = trace(p, layout, shape);
  return t.ok ? null : t.error;
}
