import { compact, grouped } from '../../lib/format.ts';

/**
 * One exact count: full digits (the element tests read), with a compact form beside large ones.
 * `wrap` lets a long number break after its group separators (never inside a group) in narrow boxes.
 */
export function Quantity({ name, value, wrap = false }: { name: string; value: bigint; wrap?: boolean }) {
  const short = compact(value);
  const text = grouped(value);
  return (
    <>
      <span class="qty" data-quantity={name} data-value={value.toString()}>
        {wrap ? text.split(',').map((g, i) => (i === 0 ? g : <>,<wbr />{g}</>)) : text}
      </span>
      {short && <span class="qty-compact" aria-hidden="true">≈ {short}</span>}
    </>
  );
}
