// PyTorch's rules for creating a tensor of a given shape, which every module meets before its
// own: when it allocates a weight (at construction) and when the caller builds the input. They
// are checked in PyTorch 1.13's order and words (c10/core/TensorImpl and empty_generic):
// a negative size first, then the storage size in bytes, which must fit in an int64.
import type { InvalidInput, TorchError } from './module.ts';

/** Bytes per element of the default dtype, float32. */
export const FLOAT32_BYTES = 4n;
const U64_MAX = (1n << 64n) - 1n;
const I64_MAX = (1n << 63n) - 1n;

/** PyTorch's list spelling of a shape in its messages: [2, -3]. */
export const listText = (sizes: readonly bigint[]) => `[${sizes.join(', ')}]`;

/** The product of the sizes (1 for a 0-d shape): the number of elements. */
export function numel(sizes: readonly bigint[]): bigint {
  let n = 1n;
  for (const s of sizes) n *= s;
  return n;
}

/**
 * Whether PyTorch's storage-size computation overflows for a contiguous tensor of these sizes:
 * the sizes are multiplied in order as unsigned 64-bit integers, any step that overflows is
 * remembered (a later zero does not undo it), then the product times the element size must
 * not pass 2^63 − 1 bytes.
 */
export function storageOverflows(sizes: readonly bigint[], itemBytes: bigint = FLOAT32_BYTES): boolean {
  let prod = 1n;
  let overflow = false;
  for (const s of sizes) {
    const next = prod * s;
    if (next > U64_MAX) overflow = true;
    prod = next & U64_MAX;
  }
  const bytes = prod * itemBytes;
  return overflow || bytes > U64_MAX || bytes > I64_MAX;
}

/**
 * PyTorch's error for creating a float32 tensor of these sizes, or null when it can be created:
 * a negative size ("Trying to create tensor with negative dimension -3: [2, -3]"), then a storage
 * size beyond an int64 ("Storage size calculation overflowed with sizes=[…]").
 * `stage` is where PyTorch creates it: 'construct' for a weight, 'input' for the input.
 */
export function creationError(sizes: readonly bigint[], stage: 'construct' | 'input', param: string, what: string): InvalidInput | null {
  const negative = sizes.find((s) => s < 0n);
  if (negative !== undefined) {
    const torch: TorchError = { stage, type: 'RuntimeError', message: `Trying to create tensor with negative dimension ${negative}: ${listText(sizes)}` };
    return { rule: 'negative_dimension', param, message: `${what} would have a negative size, ${negative}; every size must be 0 or more.`, torch };
  }
  if (storageOverflows(sizes)) {
    const torch: TorchError = { stage, type: 'RuntimeError', message: `Storage size calculation overflowed with sizes=${listText(sizes)}` };
    return {
      rule: 'storage_overflow',
      param,
      message: `${what} would hold ${numel(sizes)} float32 elements, more bytes than a 64-bit size can count (the limit is just under 2^61 elements).`,
      torch,
    };
  }
  return null;
}
