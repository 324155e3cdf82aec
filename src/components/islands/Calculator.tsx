import { useEffect } from 'preact/hooks';
import * as ct1d from '../../estimator/convtranspose1d/index.ts';
import { initialValues, outcome, raw, syncWithUrl } from './layerState.ts';
import { Quantity } from './Quantity.tsx';
import { presets } from './presets.ts';
import { toStrings } from '../../estimator/spec.ts';

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
  useEffect(syncWithUrl, []);
  const values = raw.value;
  const result = outcome.value;
  const errorParam = result.ok ? null : result.error.param;
  const set = (name: string, value: string) => (raw.value = { ...raw.value, [name]: value });

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
              onClick={() => (raw.value = { ...toStrings(ct1d.params, initialValues), ...p.values })}
            >
              {p.label}
            </button>
          ))}
        </div>
      </form>

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
          <Results result={result} />
        )}
      </div>
    </div>
  );
}

function Results({ result }: { result: Extract<ReturnType<typeof ct1d.estimate>, { ok: true }> }) {
  const { documented: doc, exact } = result;
  return (
    <table class="calc-table">
      <caption>
        Operation counts for {result.params.batch === null ? 'one unbatched input' : `a batch of ${result.params.batch}`}
      </caption>
      <tbody>
        <tr>
          <th scope="row">Output length L<sub>out</sub></th>
          <td><Quantity name="length_out" value={result.length_out} /></td>
        </tr>
        <tr class="calc-group">
          <th scope="rowgroup" colSpan={2}>Documented method</th>
        </tr>
        {doc ? (
          <>
            <tr><th scope="row">Filters ψ</th><td><Quantity name="documented.filters" value={doc.filters} /></td></tr>
            <tr><th scope="row">Additions per filter (probe sum)</th><td><Quantity name="documented.additions_per_filter" value={doc.additions_per_filter} /></td></tr>
            <tr><th scope="row">Operations per filter λ</th><td><Quantity name="documented.ops_per_filter" value={doc.ops_per_filter} /></td></tr>
            <tr><th scope="row">Filter aggregation γ</th><td><Quantity name="documented.aggregation_ops" value={doc.aggregation_ops} /></td></tr>
            <tr class="calc-total"><th scope="row">Total operations</th><td><Quantity name="documented.total_ops" value={doc.total_ops} /></td></tr>
          </>
        ) : (
          <tr>
            <td colSpan={2} data-documented-unavailable="true">{result.documented_unavailable?.message}</td>
          </tr>
        )}
        <tr class="calc-group">
          <th scope="rowgroup" colSpan={2}>Exact count (direct scatter)</th>
        </tr>
        <tr><th scope="row">Products per filter M</th><td><Quantity name="exact.products_per_filter" value={exact.products_per_filter} /></td></tr>
        <tr><th scope="row">Covered positions per filter P</th><td><Quantity name="exact.covered_positions" value={exact.covered_positions} /></td></tr>
        <tr><th scope="row">Additions per filter M − P</th><td><Quantity name="exact.additions_per_filter" value={exact.additions_per_filter} /></td></tr>
        <tr><th scope="row">Multiplications</th><td><Quantity name="exact.multiplications" value={exact.multiplications} /></td></tr>
        <tr><th scope="row">Additions</th><td><Quantity name="exact.additions" value={exact.additions} /></td></tr>
        <tr class="calc-total"><th scope="row">Total operations</th><td><Quantity name="exact.total_ops" value={exact.total_ops} /></td></tr>
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
