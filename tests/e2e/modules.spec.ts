// Browser tests generated over the registry: every module page is checked against its own
// definition and golden fixture, so a new module is tested here without new test code.
// (ConvTranspose1d's deeper page-specific suites are the other spec files.)
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { registry } from '../../src/estimator/registry.ts';
import { estimateRaw, queryOf, type AnyModule } from '../../src/estimator/core/define.ts';
import { currentVersion } from '../../src/estimator/core/module.ts';
import { toStrings, type ParamValues } from '../../src/estimator/core/params.ts';
import type { Equation } from '../../src/estimator/core/equations.ts';
import { grouped } from '../../src/lib/format.ts';
import { goldenRecords, hasGolden, type GoldenRecord } from '../harness/golden.ts';
import { hydrated, quantities } from './helpers.ts';

type Ok = Extract<ReturnType<typeof estimateRaw>, { ok: true }>;

/** What the calculator must show for a result: every declared quantity and size, by data-quantity name. */
function expectedOf(def: AnyModule, r: Ok): Record<string, bigint> {
  const out: Record<string, bigint> = {};
  for (const s of def.sizes ?? []) out[s.key] = r[s.key] as bigint;
  for (const m of def.methods) {
    const counts = r[m.id] as Record<string, bigint> | null;
    if (counts) for (const q of m.quantities) out[`${m.id}.${q.key}`] = counts[q.key];
  }
  return out;
}

/**
 * The module folders a module's code imports from: its own folder's imports and those of the
 * family folders it uses (ConvTranspose2d reuses ConvTranspose1d's per-axis counts).
 */
function importedModules(id: string): Set<string> {
  const root = fileURLToPath(new URL('../../src/estimator/', import.meta.url));
  const seen = new Set<string>();
  const folders = [id];
  const found = new Set<string>();
  while (folders.length) {
    const folder = folders.pop()!;
    if (seen.has(folder) || !existsSync(root + folder)) continue;
    seen.add(folder);
    for (const file of readdirSync(root + folder).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'peers.ts')) {
      for (const m of readFileSync(`${root}${folder}/${file}`, 'utf8').matchAll(/from '\.\.\/([a-z0-9]+)\//g)) {
        if (m[1] in registry) found.add(m[1]);
        else if (m[1] !== 'core' && m[1] !== 'math' && m[1] !== 'peers') folders.push(m[1]);
      }
    }
  }
  return found;
}

const initialRaw = (def: AnyModule) => toStrings(def.params, Object.fromEntries(def.params.map((p) => [p.name, p.initial])) as ParamValues);
const ok = (r: ReturnType<typeof estimateRaw>): Ok => {
  if (!r.ok) throw new Error(r.error.message);
  return r;
};

/** A few golden records per module: the first of each category, so every kind of layer is opened by its link. */
function picks(id: string): GoldenRecord[] {
  if (!hasGolden(id)) return [];
  const records = goldenRecords(id).filter((r) => !r.torch_error);
  return ['tiny', 'realistic', 'huge'].flatMap((c) => records.filter((r) => r.category === c).slice(0, 1));
}

const equationsOf = async (id: string): Promise<Equation[]> => {
  const file = fileURLToPath(new URL(`../../src/estimator/${id}/equations.ts`, import.meta.url));
  return existsSync(file) ? ((await import(file)) as { equationList: Equation[] }).equationList : [];
};

async function calculatorTable(page: Page) {
  // A link's layer is computed once the module's estimator has arrived, which the calculator
  // marks live; the page as served is live once hydrated (its numbers are the server's).
  await expect(page.locator('.calculator')).toHaveAttribute('data-live', 'true');
  // The full breakdown sits in a closed disclosure: its numbers are in the page either way.
  return quantities(page);
}

for (const def of Object.values(registry) as AnyModule[]) {
  const path = `/modules/${def.id}/`;
  test.describe(`${def.title} (${path})`, () => {
    test('opens on its initial layer, every number the estimator’s, loading no other module’s estimator', async ({ page }) => {
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
      });
      await page.goto(path);
      await hydrated(page);
      await expect(page.locator('h1')).toHaveText(def.title);
      await expect(page.locator('.calculator')).toHaveAttribute('data-live', 'true');
      const r = ok(estimateRaw(def, initialRaw(def), 'initial'));
      expect(await calculatorTable(page)).toEqual(expectedOf(def, r));
      // The page as served shows the server's numbers: a reader who only reads (every island in
      // view, figures included) fetches no estimator.
      const own = (s: string) => s.includes(`/module-${def.id}.`);
      expect(scripts.filter(own)).toEqual([]);
      // Nor the table of where every module's files are (src/components/islands/loaders.ts).
      expect(scripts.filter((s) => s.includes('/loaders.'))).toEqual([]);
      // Reaching the calculator fetches it. Each module folder is a script file of its own
      // (src/lib/clientChunks.ts): this page fetches its own, and of the modules its code reuses
      // only the reused formulas' file (module-<id>-shared), no other.
      await page.locator('.calc-fields input').first().focus();
      // (Where another module reuses the formulas of its index, LogSoftmax Softmax's, they are all in module-<id>-shared.)
      const ownOrShared = (s: string) => own(s) || s.includes(`/module-${def.id}-shared.`);
      await expect.poll(() => scripts.some(ownOrShared)).toBe(true);
      const reused = importedModules(def.id);
      const others = Object.keys(registry).filter((id) => id !== def.id);
      expect(scripts.filter((s) => others.some((id) => s.includes(`/module-${id}.`)))).toEqual([]);
      expect(scripts.filter((s) => others.some((id) => !reused.has(id) && s.includes(`/module-${id}-shared.`)))).toEqual([]);
    });

    for (const record of picks(def.id)) {
      test(`a ${record.category} golden layer opened by its link shows the estimator’s numbers`, async ({ page }) => {
        const r = ok(estimateRaw(def, record.params, 'error'));
        await page.goto(`${path}?v=${currentVersion(def)}&${queryOf(def, r.params)}`);
        await hydrated(page);
        expect(await calculatorTable(page)).toEqual(expectedOf(def, r));
        // The shape PyTorch produced.
        const shape = record.output_shape ?? (record.output_shapes ? Object.values(record.output_shapes)[0] : undefined);
        if (shape) await expect(page.locator('[data-shape="output_shapes.0"]')).toHaveText(`(${shape.join(', ')})`);
        // What to cite: the exact MACs and the versioned link in the sentence.
        const sentence = page.locator('[data-cite-sentence="exact"]');
        // (A module without products to accumulate, an activation, cites its total.)
        const exact = r.exact as { macs?: bigint; total_ops: bigint };
        await expect(sentence).toContainText(grouped(exact.macs ?? exact.total_ops));
        await expect(sentence).toContainText(`v=${currentVersion(def)}`);
      });
    }

    // A record's input_shape is an argument of a module that has one (Linear, the activations); the others take sizes.
    const ownsShape = def.params.some((p) => p.name === 'input_shape');
    const bad = hasGolden(def.id) ? goldenRecords(def.id).find((r) => r.torch_error && (ownsShape || !('input_shape' in r.params))) : undefined;
    if (bad) {
      test(`a layer PyTorch refuses (${bad.intended_violation}) shows its rule at the field, in PyTorch’s words`, async ({ page }) => {
        const raw = Object.fromEntries(Object.entries(bad.params).map(([k, v]) => [k, Array.isArray(v) ? `(${v.join(',')}${v.length === 1 ? ',' : ''})` : String(v === null ? '' : v)]));
        const r = estimateRaw(def, raw, 'initial');
        if (r.ok) throw new Error('expected an invalid layer');
        const q = new URLSearchParams(Object.entries(raw).filter(([, v]) => v !== '')).toString();
        await page.goto(`${path}?${q}`);
        await hydrated(page);
        const error = page.locator(`[data-field="${r.error.param}"] #calc-error`);
        await expect(error).toBeVisible();
        await expect(error).toHaveAttribute('data-rule', r.error.rule);
        if (r.error.torch) await expect(error.locator('.calc-torch')).toContainText(r.error.torch.type);
        await expect(page.locator('[data-headline]')).toContainText('breaks a rule');
      });
    }

    test('every equation is on the page once, by its permanent id', async ({ page }) => {
      const eqs = await equationsOf(def.id);
      expect(eqs.length).toBeGreaterThan(0);
      await page.goto(path);
      for (const e of eqs) await expect(page.locator(`[id="${e.id}"]`)).toHaveCount(1);
    });

    test('without JavaScript the page shows the initial layer’s numbers, with the fields disabled', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(path);
      const r = ok(estimateRaw(def, initialRaw(def), 'initial'));
      // No script runs, so the calculator never turns live: its numbers are the server's.
      await expect(page.locator('.calculator')).toHaveAttribute('data-live', 'false');
      expect(await quantities(page)).toEqual(expectedOf(def, r));
      const fields = await page.locator('.calc-fields').locator('input, select').all();
      expect(fields.length).toBeGreaterThanOrEqual(def.params.length);
      for (const field of fields) await expect(field).toBeDisabled();
      await context.close();
    });

    test('its counters page exists and links back to the calculator', async ({ page }) => {
      const response = await page.goto(`${path}counters/`);
      expect(response?.status()).toBe(200);
      await expect(page.locator(`main a[href^="${path}"]`).first()).toBeVisible();
    });
  });
}
