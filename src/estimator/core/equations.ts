/** A numbered display equation. Its id is permanent: never renumber, rename or reuse one. */
export interface Equation {
  id: `eq-${string}`;
  number: number;
  /** TeX source, rendered by KaTeX at build time. */
  tex: string;
  /** What the equation states, for link titles and screen readers. */
  title: string;
}

/** Checks a page's registry (unique ids and numbers) and indexes it by id. */
export function registry(equations: Equation[]): Record<string, Equation> {
  const byId: Record<string, Equation> = {};
  const numbers = new Set<number>();
  for (const eq of equations) {
    if (byId[eq.id] || numbers.has(eq.number)) throw new Error(`duplicate equation ${eq.id} / (${eq.number})`);
    byId[eq.id] = eq;
    numbers.add(eq.number);
  }
  return byId;
}
