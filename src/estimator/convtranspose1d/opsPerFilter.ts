/** eq-ops-per-filter: λ = L_out·kernel_size + additions_per_filter. */
export function opsPerFilter(lengthOut: bigint, kernelSize: bigint, additionsPerFilter: bigint): bigint {
  return lengthOut * kernelSize + additionsPerFilter;
}
