// The recurrent pages' Figure 1 (CellFigure) in the browser: its step total is the estimator's
// stepCounts for layer 0, and on the sequence pages the unrolled parts add up to the calculator's
// exact total, for the served layer, for a permalink's layer and after an edit. Generated over the
// registry's recurrent modules: a new one is covered without new test code.
import { expect, test, type Page } from '@playwright/test';
import { queryOf, type AnyModule } from '../../src/estimator/core/define.ts';
import { registry } from '../../src/estimator/registry.ts';
import { stepCounts, type CellKind } from '../../src/estimator/recurrent/step.ts';
import { hydrated } from './helpers.ts';

const RECURRENT = (Object.values(registry) as AnyModule[]).filter((d) => d.family === 'Recurrent');

type Values = Record<string, unknown>;
const initialValues = (def: AnyModule): Values => Object.fromEntries(def.params.map((p) => [p.name, p.initial]));

/** Layer 0's step of a layer, from its arguments alone (the figure's first total). */
function stepTotal(def: AnyModule, v: Values): bigint {
  const family = def.id.replace(/cell$/, '');
  const kind: CellKind = family === 'gru' ? 'GRU' : family === 'lstm' ? 'LSTM' : v.nonlinearity === 'relu' ? 'RNN_RELU' : 'RNN_TANH';
  const proj = family === 'lstm' && typeof v.proj_size === 'bigint' ? v.proj_size : 0n;
  return stepCounts({ kind, input_size: v.input_size as bigint, hidden_size: v.hidden_size as bigint, bias: v.bias !== false, proj_size: proj }).total_ops;
}

/** The parts the figure shows, by data-part. */
const parts = (page: Page) =>
  page.locator('figure.cf [data-part]').evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-part'), BigInt(e.getAttribute('data-value')!)])));

async function expectFigure(page: Page, def: AnyModule, v: Values) {
  const outcome = def.estimate(def.fromValues(v as never)) as { ok: boolean; exact?: { total_ops: bigint } };
  expect(outcome.ok).toBe(true);
  const want: Record<string, bigint> = { step: stepTotal(def, v) };
  if (def.id.endsWith('cell')) {
    await expect.poll(() => parts(page)).toEqual(want);
    return;
  }
  await expect.poll(async () => (await parts(page)).total).toBe(outcome.exact!.total_ops);
  const got = await parts(page);
  expect(got.step).toBe(want.step);
  // The unrolled parts add up to the calculator's exact total.
  expect((got.layer0 ?? 0n) + (got.later ?? 0n) + (got.dropout ?? 0n)).toBe(got.total);
  expect('later' in got).toBe((v.num_layers as bigint) > 1n);
}

for (const def of RECURRENT) {
  test.describe(`${def.title} (Figure 1)`, () => {
    test('the served layer, then an edit in the calculator', async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`/modules/${def.id}/`);
      await page.locator('figure.cf').scrollIntoViewIfNeeded();
      await expectFigure(page, def, initialValues(def));
      await hydrated(page);
      // A wider hidden state (and for a stack, one more layer): the figure follows the calculator.
      const edited: Values = { ...initialValues(def), hidden_size: 96n };
      await page.fill('#calc-hidden_size', '96');
      if ('num_layers' in edited) {
        edited.num_layers = 3n;
        await page.fill('#calc-num_layers', '3');
      }
      await page.locator('figure.cf').scrollIntoViewIfNeeded();
      await expectFigure(page, def, edited);
      expect(errors).toEqual([]);
    });

    test('a permalink’s layer (training with dropout on a stack)', async ({ page }) => {
      const v: Values = { ...initialValues(def), hidden_size: 20n };
      if ('num_layers' in v) Object.assign(v, { num_layers: 4n, dropout: 0.25, training: true });
      await page.goto(`/modules/${def.id}/?${queryOf(def, v as never)}`);
      await page.locator('figure.cf').scrollIntoViewIfNeeded();
      await expectFigure(page, def, v);
      if ('num_layers' in v) expect((await parts(page)).dropout).toBeGreaterThan(0n);
    });
  });
}
