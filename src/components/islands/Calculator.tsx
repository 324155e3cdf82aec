import * as ct1d from '../../estimator/convtranspose1d/index.ts';
import { currentQuery, MODULE_PATH, permalink, setAll, setField, useLayer, type Layer } from './layerState.ts';
import { CURRENT_VERSION, rulesOf, versions } from '../../estimator/convtranspose1d/versions.ts';
import { Quantity } from './Quantity.tsx';
import { Typeset } from './Typeset.tsx';
import type { Preset } from './presets.ts';
import { reportLink } from '../../lib/site.ts';

const ERROR_ID = 'calc-error';

/** Empty or "none" means an unbatched input. */
const isNone = (text: string) => /^\s*(none|null)?\s*$/i.test(text);
/** The batch to restore when "unbatched" is unticked. */
let lastBatch = '1';

type Ok = Extract<ct1d.Estimate, { ok: true }>;

/** The ratio a/b to one decimal, by integer arithmetic. */
function ratio(a: bigint, b: bigint): string {
  if (b === 0n) return '—';
  const tenths = (a * 10n + b / 2n) / b;
  return `${tenths / 10n}.${tenths % 10n}×`;
}

/**
 * The calculator: the arguments on one side, the headline results beside them (on a narrow
 * screen, above them, held in view while the reader scrolls through the fields), the full
 * breakdown below. Until it hydrates (and without JavaScript) the fields are disabled; the
 * page says why (src/components/NoScriptNotice.astro). Presets arrive as props, so their
 * words are in the page rather than in its JavaScript.
 */
export default function Calculator({ presets }: { presets: readonly Preset[] }) {
  const layer = useLayer();
  const values = layer.raw;
  const result = layer.outcome;
  const errorParam = result.ok ? null : result.error.param;
  const set = setField;

  return (
    <div class="calculator not-content" data-live={String(layer.live)}>
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

      <div class="calc-grid">
        <Headline layer={layer} />

        <form class="calc-form" onSubmit={(e) => e.preventDefault()} aria-label="ConvTranspose1d arguments">
          <fieldset class="calc-fields" disabled={!layer.live}>
            <legend class="sr-only">Arguments</legend>
            {ct1d.params.map((spec) => {
              const id = `calc-${spec.name}`;
              const wrong = errorParam === spec.name;
              const hasDefault = spec.kind === 'int' && spec.torchDefault !== undefined;
              const describedBy = [wrong ? ERROR_ID : '', `${id}-help`, hasDefault ? `${id}-default` : ''].filter(Boolean).join(' ');
              const error = wrong && !result.ok ? <FieldError error={result.error} /> : null;
              if (spec.kind === 'bool') {
                return (
                  <div class="calc-field calc-field-bool" key={spec.name} data-field={spec.name}>
                    <input
                      id={id}
                      name={spec.name}
                      type="checkbox"
                      checked={!/^(false|0|no|off)$/i.test(values[spec.name].trim())}
                      onChange={(e) => set(spec.name, String((e.currentTarget as HTMLInputElement).checked))}
                      aria-invalid={wrong ? 'true' : undefined}
                      aria-describedby={describedBy}
                    />
                    <label for={id}>{spec.label}</label>
                    <small id={`${id}-help`}>
                      <Typeset text={spec.help} />
                    </small>
                    {error}
                  </div>
                );
              }
              return (
                <div class="calc-field" key={spec.name} data-field={spec.name}>
                  <span class="calc-label-row">
                    <label for={id}>{spec.label}</label>
                    {spec.torchDefault !== undefined && <span class="calc-default" id={`${id}-default`}>default {String(spec.torchDefault)}</span>}
                  </span>
                  <input
                    id={id}
                    name={spec.name}
                    type="text"
                    inputMode="numeric"
                    autoComplete="off"
                    spellcheck={false}
                    value={values[spec.name]}
                    placeholder={spec.nullable ? 'none' : undefined}
                    onInput={(e) => set(spec.name, (e.currentTarget as HTMLInputElement).value)}
                    aria-invalid={wrong ? 'true' : undefined}
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
                    <Typeset text={spec.help} />
                  </small>
                  {error}
                </div>
              );
            })}
          </fieldset>
        </form>
      </div>

      <fieldset class="calc-presets" disabled={!layer.live}>
        <legend>Examples</legend>
        {presets.map((p) => (
          <button type="button" key={p.label} onClick={() => setAll(p.values)}>
            <Typeset text={p.label} />
          </button>
        ))}
      </fieldset>

      {result.ok && (
        <details class="calc-details">
          <summary>Every count, step by step</summary>
          <Results result={result} />
          <OlderRules older={layer.olderOutcome} now={result} />
        </details>
      )}
      {result.ok && (
        <p class="calc-layer">
          In PyTorch: <code data-torch-expression>{ct1d.torchExpression(result.params)}</code> on an input of shape{' '}
          <code>{ct1d.inputShape(result.params)}</code>.
        </p>
      )}

      <div class="calc-permalink">
        <p class="calc-version" data-rules-version={String(layer.version)}>
          Computed with nnops rules version {layer.version} ({rulesOf(layer.version)?.date}
          {layer.version !== CURRENT_VERSION ? `; current version ${CURRENT_VERSION}` : ''}) ·{' '}
          <a href="/changelog/">changelog</a>
        </p>
        {result.ok && (
          <>
            {/* Rendered before hydration too, but unseen (it copies only once scripts run), so nothing moves when it appears. */}
            {/* The page's one copy script (CopyFrom.astro) handles the click. */}
            <span class={layer.live ? 'copy' : 'copy calc-until-live'}>
              <button type="button" class="copy-button" data-copy-text={permalink(layer)} data-copy-name="permalink" data-copied="Link copied">
                Copy link to this configuration
              </button>
              <span class="copy-status" role="status" aria-live="polite"></span>
            </span>
            <a class="calc-counters" href={`${MODULE_PATH}counters/?${currentQuery(layer)}`}>
              Other counters on this layer
            </a>
            <a class="calc-report" href={reportLink(`Wrong number: ${ct1d.torchExpression(result.params)}`, reportBody(permalink(layer)))}>
              Report a wrong number
            </a>
          </>
        )}
        {result.ok && <p class="print-only calc-print-link">Permalink: {layer.live ? permalink() : ''}</p>}
      </div>
    </div>
  );
}

/** The body of a "wrong number" report: the link reproduces the view, the rest is for the reader. */
const reportBody = (link: string) => `Configuration: ${link}\n\nWhich number is wrong, what you expected, and how you got it:\n`;

/** The rule a field breaks, shown under that field. */
function FieldError({ error }: { error: Extract<ct1d.Outcome, { ok: false }>['error'] }) {
  return (
    <div id={ERROR_ID} class="calc-error" role="alert" data-rule={error.rule}>
      <p>
        <strong>Not a valid layer.</strong> {error.message}
      </p>
      {error.torch && (
        <p class="calc-torch">
          PyTorch raises <code>{error.torch.type}</code>: <code>{error.torch.message}</code>
        </p>
      )}
    </div>
  );
}

/** The figures a reader came for, held in view while they type: exact MACs and FLOPs, documented, dense. */
function Headline({ layer }: { layer: Layer }) {
  const r = layer.outcome;
  if (!r.ok) {
    return (
      <div class="calc-headline calc-headline-invalid" aria-live="polite" data-headline>
        <p>
          No counts: <a href={`#calc-${r.error.param}`}><code>{r.error.param}</code></a> breaks a rule PyTorch enforces.
        </p>
      </div>
    );
  }
  const Q = ({ name, value }: { name: string; value: bigint }) => <Quantity name={name} value={value} wrap />;
  return (
    <div class="calc-headline" aria-live="polite" data-headline>
      <p class="calc-headline-title">{r.params.batch === null ? 'One unbatched input' : `A batch of ${r.params.batch}`}</p>
      <dl>
        <div class="calc-main">
          <dt>Exact MACs</dt>
          <dd><Q name="exact.macs" value={r.exact.macs} /></dd>
        </div>
        <div class="calc-main">
          <dt>Exact FLOPs <span class="calc-unit">(mult. + add.)</span></dt>
          <dd><Q name="exact.total_ops" value={r.exact.total_ops} /></dd>
        </div>
        <div>
          <dt>Documented ops <span class="calc-unit">(moduleprofiler)</span></dt>
          <dd>{r.documented ? <Q name="documented.total_ops" value={r.documented.total_ops} /> : <span class="calc-none">undefined</span>}</dd>
        </div>
        <div>
          <dt>Dense MACs <span class="calc-unit">(counters)</span></dt>
          <dd><Q name="dense.macs" value={r.dense.macs} /></dd>
        </div>
      </dl>
      <a class="calc-headline-more" href="#what-to-cite">Which number to cite</a>
    </div>
  );
}

/** When a link names older rules that counted differently, show its numbers too and where to read what changed. */
function OlderRules({ older, now }: { older: Layer['olderOutcome']; now: ct1d.Outcome }) {
  if (!older || !now.ok) return null;
  const then = older.result;
  const same = then.ok && JSON.stringify(ct1d.toJSON(then)) === JSON.stringify(ct1d.toJSON(now));
  const later = versions.filter((v) => v.version > older.version);
  return (
    <div class="calc-older" data-older-version={String(older.version)}>
      <p>
        This link was made with rules version {older.version}.{' '}
        {same ? 'Those rules give the same numbers as the current ones for this layer.' : 'Its numbers differ from the current ones:'}
      </p>
      {!same && then.ok && <Results result={then} prefix={`v${older.version}.`} />}
      <p>
        What changed since:{' '}
        {later.map((v, i) => (
          <>
            {i > 0 && ', '}
            <a key={v.version} href={`/changelog/#convtranspose1d-v${v.version}`}>version {v.version} ({v.date})</a>
          </>
        ))}
        .
      </p>
    </div>
  );
}

function Results({ result, prefix = '' }: { result: Ok; prefix?: string }) {
  const { documented: doc, exact, dense } = result;
  const Q = ({ name, value }: { name: string; value: bigint }) => <Quantity name={prefix + name} value={value} wrap />;
  const Group = ({ children }: { children: string }) => (
    <tr class="calc-group">
      <th scope="rowgroup" colSpan={2}>{children}</th>
    </tr>
  );
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
        <Group>Exact count (direct scatter)</Group>
        <tr><th scope="row">Products per filter M</th><td><Q name="exact.products_per_filter" value={exact.products_per_filter} /></td></tr>
        <tr><th scope="row">Covered positions per filter P</th><td><Q name="exact.covered_positions" value={exact.covered_positions} /></td></tr>
        <tr><th scope="row">Additions per filter M − P</th><td><Q name="exact.additions_per_filter" value={exact.additions_per_filter} /></td></tr>
        <tr><th scope="row">Multiplications</th><td><Q name="exact.multiplications" value={exact.multiplications} /></td></tr>
        <tr><th scope="row">Additions</th><td><Q name="exact.additions" value={exact.additions} /></td></tr>
        <tr class="calc-total"><th scope="row">MACs (multiply–accumulates)</th><td><Q name="exact.macs" value={exact.macs} /></td></tr>
        <tr class="calc-total"><th scope="row">FLOPs (multiplications + additions)</th><td><Q name="exact.total_ops" value={exact.total_ops} /></td></tr>
        <Group>Documented method (moduleprofiler)</Group>
        {doc ? (
          <>
            <tr><th scope="row">Filters ψ</th><td><Q name="documented.filters" value={doc.filters} /></td></tr>
            <tr><th scope="row">Additions per filter (probe sum)</th><td><Q name="documented.additions_per_filter" value={doc.additions_per_filter} /></td></tr>
            <tr><th scope="row">Operations per filter λ</th><td><Q name="documented.ops_per_filter" value={doc.ops_per_filter} /></td></tr>
            <tr><th scope="row">Filter aggregation γ</th><td><Q name="documented.aggregation_ops" value={doc.aggregation_ops} /></td></tr>
            <tr class="calc-total"><th scope="row">Total operations</th><td><Q name="documented.total_ops" value={doc.total_ops} /></td></tr>
            <tr class="calc-ratio">
              <th scope="row">Documented ÷ exact FLOPs</th>
              <td data-quantity="ratio">{ratio(doc.total_ops, exact.total_ops)}</td>
            </tr>
          </>
        ) : (
          <tr>
            <td colSpan={2} data-documented-unavailable="true">{result.documented_unavailable?.message}</td>
          </tr>
        )}
        <Group>Dense convention (FlopCounterMode, fvcore)</Group>
        <tr class="calc-total"><th scope="row">MACs (= multiplications = additions)</th><td><Q name="dense.macs" value={dense.macs} /></td></tr>
        <tr class="calc-total"><th scope="row">FLOPs (2 per MAC)</th><td><Q name="dense.total_ops" value={dense.total_ops} /></td></tr>
      </tbody>
    </table>
  );
}
