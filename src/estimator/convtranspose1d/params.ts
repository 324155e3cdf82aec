/** Arguments of torch.nn.ConvTranspose1d plus the input's batch and length. */
export interface ConvTranspose1dParams {
  /** Batch size N, or null for an unbatched (C_in, L_in) input (counted as N = 1). */
  batch: bigint | null;
  in_channels: bigint;
  out_channels: bigint;
  length_in: bigint;
  kernel_size: bigint;
  stride: bigint;
  padding: bigint;
  output_padding: bigint;
  dilation: bigint;
  groups: bigint;
  bias: boolean;
}

/** The effective batch size: an unbatched input is one sample. */
export function batchSize(p: Pick<ConvTranspose1dParams, 'batch'>): bigint {
  return p.batch ?? 1n;
}
