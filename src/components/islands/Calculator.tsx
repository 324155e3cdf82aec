import * as ct1d from '../../estimator/convtranspose1d/index.ts';
import { permalink, setAll, setField, useLayer } from './layerState.ts';
import { CURRENT_VERSION, rulesOf, versions } from '../../estimator/convtranspose1d/versions.ts';
import { Quantity } from './Quantity.tsx';
import { CopyButton } from './CopyButton.tsx';
import { presets } from './presets.ts';

const ERROR_ID = 'calc-error';

/** Empty or "none" means an unbatched input. */
const isNone = (text: string) => /^\s*(none|null)?\s*$/i.test(text);
/** The batch to restore when "unbatched" is unticked. */
let lastBatch = '1';

/** The ratio a/b to one decimal, by integer arithmetic. */
function ratio(a: bigint, b: bigint): string {
  if (b === 0n) return '—';
  const tenths = (a * 10n + b / 2n) / b;
  return `${tenths / 10n}.${tenths % 10n}×`;
}

export default function Calculator() {
  const layer = useLayer();
  const values = layer.raw;
  const result = layer.outcome;
  const errorParam = result.ok ? null : result.error.param;
  const set = setField;

  return (
    <div class="calculator not-content">
      <form class="calc-form" onSubmit={(e) => e.preventDefault()} aria-label="ConvTranspose1d arguments">
        <div class="calc-fields">
          {ct1d.params.map((spec) => {
            const id = `calc-${spec.name}`;
            const describedBy = [`${id}-help`, errorParam === spec.name ? ERROR_ID : ''].filter(Boolean).join(' ');
            if (spec.kind === 'bool') {
              return (
                <div class="calc-field calc-field-bool" key={spec.name}>
                  <input
                    id={id}
                    name={spec.name}
                    type="checkbox"
                    checked={!/^(false|0|no|off)$/i.test(values[spec.name].trim())}
                    onChange={(e) => set(spec.name, String((e.currentTarget as HTMLInputElement).checked))}
                    aria-describedby={describedBy}
                  />
                  <label for={id}>{spec.label}</label>
                  <small id={`${id}-help`}>{spec.help}</small>
                </div>
              );
            }
            return (
              <div class="calc-field" key={spec.name}>
                <label for={id}>{spec.label}</label>
                <input
                  id={id}
                  name={spec.name}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  spellcheck={false}
                  value={values[spec.name]}
                  placeholder={spec.nullable ? 'none (unbatched)' : undefined}
                  onInput={(e) => set(spec.name, (e.currentTarget as HTMLInputElement).value)}
                  aria-invalid={errorParam === spec.name ? 'true' : undefined}
                  aria-describedby={describedBy}
                />
                {spec.nullable && (
                  <label class="calc-inline">
                    <input
                      type="checkbox"
                      id={`${id}-none`}
                      checked={isNone(values[spec.name])}
                      onChange={(e) => {
                        const none = (e.currentTarget as HTMLInputElement).checked;
                        if (none && !isNone(values[spec.name])) lastBatch = values[spec.name];
                        set(spec.name, none ? '' : lastBatch);
                      }}
                    />
                    unbatched input
                  </label>
                )}
                <small id={`${id}-help`}>
                  {spec.help}
                  {spec.torchDefault !== undefined && ` PyTorch default: ${String(spec.torchDefault)}.`}
                </small>
              </div>
            );
          })}
        </div>
        <div class="calc-presets" role="group" aria-label="Example layers">
          {presets.map((p) => (
            <button
              type="button"
              key={p.label}
              onClick={() => setAll(p.values)}
            >
              {p.label}
            </button>
          ))}
        </div>
      </form>

      {layer.linkIssues.length > 0 && (
        <div class="calc-notice" role="status" data-link-issues>
          <p>Parts of the link were not used:</p>
          <ul>
            {layer.linkIssues.map((i) => (
              <li key={i.key + i.message}>{i.message}</li>
            ))}
          </ul>
        </div>
      )}

      <div class="calc-results" aria-live="polite">
        {!result.ok ? (
          <div id={ERROR_ID} class="calc-error" role="alert" data-rule={result.error.rule}>
            <p>
              <strong>Not a valid layer.</strong> {result.error.message}
            </p>
            {result.error.torch && (
              <p class="calc-torch">
                PyTorch raises <code>{result.error.torch.type}</code>: <code>{result.error.torch.message}</code>
              </p>
            )}
          </div>
        ) : (
          <>
            <Results result={result} />
            <OlderRules older={layer.olderOutcome} now={result} />
            <p class="calc-layer">
              In PyTorch: <code data-torch-expression>{ct1d.torchExpression(result.params)}</code> on an input of shape{' '}
              <code>{ct1d.inputShape(result.params)}</code>.
            </p>
          </>
        )}
      </div>

      <div class="calc-permalink">
        <p class="calc-version" data-rules-version={String(layer.version)}>
          Computed with nnops rules version {layer.version} ({rulesOf(layer.version)?.date}
          {layer.version !== CURRENT_VERSION ? `; current version ${CURRENT_VERSION}` : ''}) ·{' '}
          <a href="/changelog/">changelog</a>
        </p>
        <CopyButton label="Copy link to this configuration" name="permalink" text={permalink} />
        <p class="print-only calc-print-link">Permalink: {layer.live ? permalink() : ''}</p>
      </div>
    </div>
  );
}

/** When a link names older rules that counted differently, show its numbers too and what changed. */
function OlderRules({ older, now }: { older: ReturnType<typeof useLayer>['olderOutcome']; now: ct1d.Outcome }) {
  if (!older || !now.ok) return null;
  const then = older.result;
  const same = then.ok && JSON.stringify(ct1d.toJSON(then)) === JSON.stringify(ct1d.toJSON(now));
  const changes = versions.filter((v) => v.version > older.version).flatMap((v) => v.changes.map((c) => `v${v.version} (${v.date}): ${c}`));
  return (
    <div class="calc-older" data-older-version={String(older.version)}>
      <p>
        This link was made with rules version {older.version}.{' '}
        {same ? 'Those rules give the same numbers as the current ones for this layer.' : 'Its numbers differ from the current ones:'}
      </p>
      {!same && then.ok && <Results result={then} prefix={`v${older.version}.`} />}
      {!same && <ul>{changes.map((c) => <li key={c}>{c}</li>)}</ul>}
    </div>
  );
}

function Results({ result, prefix = '' }: { result: Extract<ReturnType<typeof ct1d.estimate>, { ok: true }>; prefix?: string }) {
  const { documented: doc, exact } = result;
  const Q = ({ name, value }: { name: string; value: bigint }) => <Quantity name={prefix + name} value={value} />;
  return (
    <table class="calc-table">
      <caption>
        Operation counts for {result.params.batch === null ? 'one unbatched input' : `a batch of ${result.params.batch}`}
      </caption>
      <tbody>
        <tr>
          <th scope="row">Output length L<sub>out</sub></th>
          <td><Q name="length_out" value={result.length_out} /></td>
        </tr>
        <tr class="calc-group">
          <th scope="rowgroup" colSpan={2}>Documented method</th>
        </tr>
        {doc ? (
          <>
            <tr><th scope="row">Filters ψ</th><td><Q name="documented.filters" value={doc.filters} /></td></tr>
            <tr><th scope="row">Additions per filter (probe sum)</th><td><Q name="documented.additions_per_filter" value={doc.additions_per_filter} /></td></tr>
            <tr><th scope="row">Operations per filter λ</th><td><Q name="documented.ops_per_filter" value={doc.ops_per_filter} /></td></tr>
            <tr><th scope="row">Filter aggregation γ</th><td><Q name="documented.aggregation_ops" value={doc.aggregation_ops} /></td></tr>
            <tr class="calc-total"><th scope="row">Total operations</th><td><Q name="documented.total_ops" value={doc.total_ops} /></td></tr>
          </>
        ) : (
          <tr>
            <td colSpan={2} data-documented-unavailable="true">{result.documented_unavailable?.message}</td>
          </tr>
        )}
        <tr class="calc-group">
          <th scope="rowgroup" colSpan={2}>Exact count (direct scatter)</th>
        </tr>
        <tr><th scope="row">Products per filter M</th><td><Q name="exact.products_per_filter" value={exact.products_per_filter} /></td></tr>
        <tr><th scope="row">Covered positions per filter P</th><td><Q name="exact.covered_positions" value={exact.covered_positions} /></td></tr>
        <tr><th scope="row">Additions per filter M − P</th><td><Q name="exact.additions_per_filter" value={exact.additions_per_filter} /></td></tr>
        <tr><th scope="row">Multiplications</th><td><Q name="exact.multiplications" value={exact.multiplications} /></td></tr>
        <tr><th scope="row">Additions</th><td><Q name="exact.additions" value={exact.additions} /></td></tr>
        <tr class="calc-total"><th scope="row">Total operations</th><td><Q name="exact.total_ops" value={exact.total_ops} /></td></tr>
        {doc && (
          <tr class="calc-ratio">
            <th scope="row">Documented ÷ exact</th>
            <td data-quantity="ratio">{ratio(doc.total_ops, exact.total_ops)}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
