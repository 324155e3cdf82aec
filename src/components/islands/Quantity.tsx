import { compact, grouped } from '../../lib/format.ts';

/** One exact count: full digits (the element tests read), with a compact form beside large ones. */
export function Quantity({ name, value }: { name: string; value: bigint }) {
  const short = compact(value);
  return (
    <>
      <span class="qty" data-quantity={name} data-value={value.toString()}>
        {grouped(value)}
      </span>
      {short && <span class="qty-compact" aria-hidden="true">≈ {short}</span>}
    </>
  );
}
