// Generic access to the PyTorch golden records copied from ../shared/golden into
// tests/fixtures/golden/<module>.json: one file per registered module, read as raw JSON
// with every long integer kept exact.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface TorchErrorRecord {
  type: string;
  message: string;
  stage: string;
}

export interface GoldenRecord {
  params: Record<string, unknown>;
  category: string;
  intended_violation?: string;
  torch_error?: TorchErrorRecord;
  output_shape?: number[];
  output_shapes?: Record<string, number[]>;
  /** The documented total in exact integers (convtranspose1d.json calls it formula_total_ops). */
  formula_ops?: number | string | null;
  formula_total_ops?: number | string | null;
  [field: string]: unknown;
}

/** The path of a module's fixture. */
export const fixturePath = (id: string) => fileURLToPath(new URL(`../fixtures/golden/${id}.json`, import.meta.url));

/** Whether a module has a golden fixture. */
export const hasGolden = (id: string) => existsSync(fixturePath(id));

/**
 * Modules PyTorch's golden run did not cover (../shared/golden has no file for them): their shapes
 * and errors are tested against PyTorch's documented rules, and their counts against a brute-force
 * walk of the stated algorithm, in their folder's simulate.test.ts.
 */
export const WITHOUT_GOLDEN: ReadonlySet<string> = new Set(['gelu', 'silu', 'logsoftmax', 'groupnorm']);

/** A module's brute-force test, which stands in for a fixture where there is none. */
export const simulatePath = (id: string) => fileURLToPath(new URL(`../../src/estimator/${id}/simulate.test.ts`, import.meta.url));

/** A module's records; integers of 16 digits or more become strings so they stay exact. */
export function goldenRecords(id: string): GoldenRecord[] {
  const text = readFileSync(fixturePath(id), 'utf8');
  // Strings are matched whole and kept as they are, so digits inside a message (PyTorch's sizes=[…]) stay text.
  const exact = text.replace(/"(?:[^"\\]|\\.)*"|([:,[]\s*)(-?\d{16,})(?=\s*[,\]}])/g, (m, before: string | undefined, digits: string | undefined) =>
    digits ? `${before}"${digits}"` : m,
  );
  return (JSON.parse(exact) as { records: GoldenRecord[] }).records;
}

/** The documented total a record expects (null where the documented method has no value). */
export function documentedTotal(r: GoldenRecord): bigint | null | undefined {
  const v = 'formula_ops' in r ? r.formula_ops : r.formula_total_ops;
  return v === undefined ? undefined : v === null ? null : BigInt(v as number | string);
}

/**
 * Every output shape a record expects, in the order of `outputs` (the definition's names), as
 * decimal strings; null when the record gives none. With no names, the record's own order.
 */
export function expectedShapes(r: GoldenRecord, outputs?: readonly string[]): string[][] | null {
  const shapes = r.output_shapes;
  if (!shapes || typeof shapes !== 'object') return null;
  const names = outputs ?? Object.keys(shapes);
  return names.map((name) => (shapes[name] ?? []).map(String));
}

/**
 * What moduleprofiler's own code returned for a record (`reference_ops`): a bigint, null where
 * it has no function for the module or raised (`reference_error`), undefined where the record does not say.
 */
export function referenceOps(r: GoldenRecord): bigint | null | undefined {
  if ('reference_error' in r && r.reference_error) return null;
  if (!('reference_ops' in r)) return undefined;
  const v = r.reference_ops;
  return v === null ? null : BigInt(v as number | string);
}

/** Python prints a set in hash order: compare "{…}" contents as sets. */
export function sameTorchMessage(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\{([^{}]*)\}/g, (_m, inner: string) => `{${inner.split(/,\s*/).sort().join(', ')}}`);
  return norm(a) === norm(b);
}
