// Published links stay reproducible: a permalink names its arguments and relies on PyTorch's
// defaults for the ones it leaves out. tests/fixtures/published-params.json records, per
// module, the rules version and every argument's name, kind and default. Changing any of
// them needs a new rules version (src/estimator/<id>/, with a changelog entry) and then the
// fixture's entry updated to that version; the registry file must list every module folder.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { registry } from '../../src/estimator/registry.ts';
import { currentVersion } from '../../src/estimator/core/module.ts';
import { valueText, type ParamSpec } from '../../src/estimator/core/params.ts';
import { registrySource } from '../../scripts/registry.ts';
import { findModule, resultText } from '../../src/cli/run.ts';

const fixture = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/published-params.json', import.meta.url)), 'utf8')) as Record<
  string,
  { version: number; params: { name: string; kind: string; default: string | null }[] }
>;

/** What a link depends on: names, kinds and PyTorch's defaults (null where PyTorch has none). */
const published = (params: readonly ParamSpec[]) =>
  params.map((p) => ({ name: p.name, kind: p.kind, default: p.torchDefault === undefined ? null : p.kind === 'bool' ? String(p.torchDefault) : valueText(p.torchDefault as never) }));

describe.each(Object.values(registry).map((d) => [d.id, d] as const))('%s', (id, def) => {
  test('its arguments are recorded for its current rules version', () => {
    const entry = fixture[id];
    const now = { version: currentVersion(def), params: published(def.params) };
    expect(entry, `add to tests/fixtures/published-params.json: "${id}": ${JSON.stringify(now)}`).toBeDefined();
    // Same version, same names, kinds and defaults; a change must come with a new version.
    if (entry.version === now.version) expect(now.params).toEqual(entry.params);
    else expect(now.version, `the fixture names version ${entry.version}; update its entry to the current version ${now.version}`).toBe(entry.version);
  });
});

test('the registry lists every module folder (npm run registry)', () => {
  const file = readFileSync(fileURLToPath(new URL('../../src/estimator/registry.ts', import.meta.url)), 'utf8');
  expect(file).toBe(registrySource());
});

// The CLI's "peers" object for ConvTranspose1d is published too: before that module moved onto
// the shared registry of counters (src/estimator/peers/), the CLI printed one key per tool and
// version of its own table. tests/fixtures/published-peers-convtranspose1d.jsonl holds that
// output for a range of layers (unbatched, grouped, negative FLOPs, a probe that cannot run,
// beyond 2^53); every key keeps its count, unit, batch and note. Keys may be added.
test('the CLI’s published peers for convtranspose1d keep every key and value', () => {
  const lines = readFileSync(fileURLToPath(new URL('../fixtures/published-peers-convtranspose1d.jsonl', import.meta.url)), 'utf8').trim().split('\n');
  expect(lines.length).toBeGreaterThan(20);
  const mod = findModule('convtranspose1d')!;
  for (const line of lines) {
    const { params, peers } = JSON.parse(line) as { params: Record<string, unknown>; peers: Record<string, unknown> };
    const now = JSON.parse(resultText(mod, params, 'jsonl')) as { ok: boolean; peers: Record<string, unknown> };
    expect(now.ok, line.slice(0, 200)).toBe(true);
    // The published keys first, in their order, each with its published value.
    expect(Object.keys(now.peers).slice(0, Object.keys(peers).length)).toEqual(Object.keys(peers));
    for (const [key, value] of Object.entries(peers)) expect(now.peers[key], `${key} on ${JSON.stringify(params)}`).toEqual(value);
  }
});
