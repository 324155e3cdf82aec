// Benchmark of every registered module's estimate(): time per call on its golden layers and
// as every size grows to 2^31 per axis (closed forms: the time must stay flat). Prints
// figures, asserts nothing:  npm run -s bench:modules
import { performance } from 'node:perf_hooks';
import { presetsOf, registry, type ModuleId } from '../src/estimator/registry.ts';
import type { AnyModule } from '../src/estimator/core/define.ts';
import { parseParams } from '../src/estimator/core/params.ts';
import { goldenRecords, hasGolden } from '../tests/harness/golden.ts';

let sink = 0;
/** Median over 5 batches of the mean µs per call, each batch at least 40 ms. */
function usPerCall(fn: () => void): number {
  let n = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) fn();
    const dt = performance.now() - t0;
    if (dt >= 40) break;
    n = dt < 1 ? n * 10 : Math.ceil((n * 48) / dt);
  }
  const means: number[] = [];
  for (let s = 0; s < 5; s++) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) fn();
    means.push(((performance.now() - t0) / n) * 1000);
  }
  return means.sort((a, b) => a - b)[2];
}

/** A module's layer with every size argument multiplied up to about `scale` (channels kept, so groups stay valid). */
function scaled(def: AnyModule, raw: Record<string, unknown>, scale: bigint): Record<string, unknown> {
  const out: Record<string, unknown> = { ...raw };
  for (const p of def.params) {
    if (p.role !== 'input' || p.name === 'batch') continue;
    if (typeof raw[p.name] === 'number') out[p.name] = String(scale);
    // A whole input shape: keep the batch and channels, scale the rest.
    const dims = Array.isArray(raw[p.name]) ? (raw[p.name] as number[]) : typeof raw[p.name] === 'string' ? String(raw[p.name]).replace(/[()\s]/g, '').split(',').filter(Boolean).map(Number) : null;
    if (p.name === 'input_shape' && dims) out[p.name] = `(${dims.map((d, i) => (i < Math.min(2, dims.length - 1) ? String(d) : String(scale))).join(',')})`;
  }
  return out;
}

console.log('module            layers   µs/call (golden*)   µs/call at 2^8   2^16   2^24   2^31 per axis');
for (const def of Object.values(registry) as AnyModule[]) {
  // Golden layers, or the calculator's examples for a module without golden records.
  const layers = hasGolden(def.id)
    ? goldenRecords(def.id).filter((r) => !r.torch_error).map((r) => r.params)
    : (presetsOf[def.id as ModuleId] ?? []).map((p) => p.values as Record<string, unknown>);
  const parsed = layers.flatMap((raw) => {
    const r = parseParams(def.params, raw, 'error');
    return r.ok ? [def.fromValues(r.values)] : [];
  });
  let i = 0;
  const golden = parsed.length === 0 ? NaN : usPerCall(() => {
    const r = def.estimate(parsed[i++ % parsed.length]);
    if (r.ok) sink++;
  });
  const base = layers.find((raw) => {
    const r = parseParams(def.params, raw, 'error');
    return r.ok && def.estimate(def.fromValues(r.values)).ok;
  }) ?? {};
  const growth = [8n, 16n, 24n, 31n].map((e) => {
    const raw = scaled(def, base, 1n << e);
    const r = parseParams(def.params, raw, 'error');
    if (!r.ok) return '   —';
    const p = def.fromValues(r.values);
    return usPerCall(() => {
      if (def.estimate(p).ok) sink++;
    }).toFixed(2);
  });
  console.log(`${def.id.padEnd(16)}  ${String(parsed.length).padStart(6)}   ${(Number.isNaN(golden) ? '—' : golden.toFixed(2)).padStart(16)}   ${growth.map((g) => g.padStart(6)).join(' ')}`);
}
console.log('* a module without golden records is timed on its calculator examples');
if (sink < 0) console.log(sink);
