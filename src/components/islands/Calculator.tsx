import type { HeadlineEntry, InvalidInput, MethodSpec } from '../../estimator/core/module.ts';
import type { InputError, ParamSpec } from '../../estimator/core/params.ts';
import { currentQuery, permalink, prepare, setAll, setField, useLayer, type Layer, type ModuleView } from './store.ts';
import { Quantity } from './Quantity.tsx';
import { Typeset } from './Typeset.tsx';
import { reportLink } from '../../lib/site.ts';
import { productsOnly } from '../../lib/whatToCite.ts';
const ERROR_ID = 'calc-error';

/** Empty or "none" means an unbatched input. */
const isNone = (text: string) => /^\s*(none|null)?\s*$/i.test(text);
/** The batch to restore when "unbatched" is unticked. */
let lastBatch = '1';

type Ok = Extract<Layer['outcome'], { ok: true }>;
type Counts = Record<string, bigint> | null | undefined;
/** A method's counts in a result (null where the method does not apply). */
const countsOf = (r: Ok, method: string) => r[method] as Counts;

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
export default function Calculator({ view, initial }: { view: ModuleView; initial: Layer }) {
  const { layer, store } = useLayer(view, initial);
  const values = layer.raw;
  const result = layer.outcome;
  const errorParam = result.ok ? null : result.error.param;
  const set = (name: string, value: string) => setField(store, name, value);
  const rules = view.versions.find((v) => v.version === layer.version);
  // The estimator loads when there is something to compute; the pointer or focus reaching the
  // calculator starts the fetch, so it is in by the first keystroke.
  const ready = () => prepare(store);

  return (
    <div class="calculator not-content" data-live={String(layer.live)} onPointerOver={ready} onFocusIn={ready} onTouchStart={ready}>
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

      {result.ok && result.warnings && result.warnings.length > 0 && (
        <div class="calc-notice" role="status" data-warnings>
          <p>PyTorch accepts this layer but warns:</p>
          <ul>
            {result.warnings.map((w) => (
              <li key={w.rule} data-rule={w.rule}>
                {w.message}
                {w.torch && (
                  <>
                    {' '}
                    (<code>{w.torch.type}</code>: <code>{w.torch.message}</code>)
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}

      <div class="calc-grid">
        <Headline layer={layer} view={view} />

        <form class="calc-form" onSubmit={(e) => e.preventDefault()} aria-label={`${view.title} arguments`}>
          <fieldset class="calc-fields" disabled={!layer.live}>
            <legend class="sr-only">Arguments</legend>
            {view.params.map((spec) => (
              <Field key={spec.name} spec={spec} text={values[spec.name] ?? ''} set={set} wrong={errorParam === spec.name} error={!result.ok && errorParam === spec.name ? result.error : null} />
            ))}
          </fieldset>
        </form>
      </div>

      <fieldset class="calc-presets" disabled={!layer.live}>
        <legend>Examples</legend>
        {view.presets.map((p) => (
          <button type="button" key={p.label} onClick={() => setAll(store, p.values)}>
            <Typeset text={p.label} />
          </button>
        ))}
      </fieldset>

      {result.ok && (
        <details class="calc-details">
          <summary>Every count, step by step</summary>
          <Results result={result} view={view} />
          <OlderRules older={layer.olderOutcome} now={result} view={view} />
        </details>
      )}
      {layer.described && (
        <p class="calc-layer">
          In PyTorch: <code data-torch-expression>{layer.described.expression}</code> on an input of shape{' '}
          <code>{layer.described.inputShape}</code>.
        </p>
      )}

      <div class="calc-permalink">
        <p class="calc-version" data-rules-version={String(layer.version)}>
          Computed with nnops rules version {layer.version} of {view.title} ({rules?.date}
          {layer.version !== view.current ? `; current version ${view.current}` : ''}) ·{' '}
          <a href={`/changelog/#${view.id}`}>changelog</a>
        </p>
        {result.ok && (
          <>
            {/* Rendered before hydration too, but unseen (it copies only once scripts run), so nothing moves when it appears. */}
            {/* The page's one copy script (CopyFrom.astro) handles the click. */}
            <span class={layer.live ? 'copy' : 'copy calc-until-live'}>
              <button type="button" class="copy-button" data-copy-text={permalink(view, layer)} data-copy-name="permalink" data-copied="Link copied">
                Copy link to this configuration
              </button>
              <span class="copy-status" role="status" aria-live="polite"></span>
            </span>
            <a class="calc-counters" href={`${view.path}counters/?${currentQuery(view, layer)}`}>
              Other counters on this layer
            </a>
            <a class="calc-report" href={reportLink(`Wrong number: ${layer.described?.expression ?? view.title}`, reportBody(permalink(view, layer)))}>
              Report a wrong number
            </a>
          </>
        )}
        {result.ok && <p class="print-only calc-print-link">Permalink: {layer.live ? permalink(view, layer) : ''}</p>}
      </div>
    </div>
  );
}

/** The body of a "wrong number" report: the link reproduces the view, the rest is for the reader. */
const reportBody = (link: string) => `Configuration: ${link}\n\nWhich number is wrong, what you expected, and how you got it:\n`;

/** The rule a field breaks, shown under that field. */
function FieldError({ error }: { error: InvalidInput | InputError }) {
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

/** The headline's words for a (method, quantity) pair; others take the quantity's own label. */
const HEAD_WORDS: Record<string, [string, string]> = {
  'exact.macs': ['Exact MACs', ''],
  'exact.total_ops': ['Exact FLOPs', '(mult. + add.)'],
  'documented.total_ops': ['Documented ops', '(moduleprofiler)'],
  'dense.macs': ['Dense MACs', '(counters)'],
};

/** The figures a reader came for, held in view while they type (the definition's headline: exact MACs and FLOPs, documented, dense). */
function Headline({ layer, view }: { layer: Layer; view: ModuleView }) {
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
  const batch = (r.params as Record<string, unknown>).batch;
  return (
    <div class="calc-headline" aria-live="polite" data-headline>
      <p class="calc-headline-title">{batch === null ? 'One unbatched input' : batch === undefined ? 'This input' : `A batch of ${batch}`}</p>
      <dl>
        {(view.headline as readonly HeadlineEntry[]).map(({ method, key, label, unit: ownUnit }) => {
          const name = `${method}.${key}`;
          const spec = view.methods.find((m) => m.id === method);
          const [words, unit] = label !== undefined ? [label, ownUnit ?? ''] : HEAD_WORDS[name] ?? [spec?.quantities.find((q) => q.key === key)?.label ?? name, ''];
          const counts = countsOf(r, method);
          return (
            <div class={method === 'exact' ? 'calc-main' : undefined} key={name}>
              <dt>
                {words}
                {unit && <> <span class="calc-unit">{unit}</span></>}
              </dt>
              <dd>{counts ? <Quantity name={name} value={counts[key]} wrap /> : <span class="calc-none">undefined</span>}</dd>
            </div>
          );
        })}
      </dl>
      <a class="calc-headline-more" href="#what-to-cite">Which number to cite</a>
    </div>
  );
}

/** When a link names older rules that counted differently, show its numbers too and where to read what changed. */
function OlderRules({ older, now, view }: { older: Layer['olderOutcome']; now: Layer['outcome']; view: ModuleView }) {
  if (!older || !now.ok) return null;
  const then = older.result;
  const same = then.ok && jsonText(then) === jsonText(now);
  const later = view.versions.filter((v) => v.version > older.version);
  return (
    <div class="calc-older" data-older-version={String(older.version)}>
      <p>
        This link was made with rules version {older.version}.{' '}
        {same ? 'Those rules give the same numbers as the current ones for this layer.' : 'Its numbers differ from the current ones:'}
      </p>
      {!same && then.ok && <Results result={then} view={view} prefix={`v${older.version}.`} />}
      <p>
        What changed since:{' '}
        {later.map((v, i) => (
          <>
            {i > 0 && ', '}
            <a key={v.version} href={`/changelog/#${view.id}-v${v.version}`}>version {v.version} ({v.date})</a>
          </>
        ))}
        .
      </p>
    </div>
  );
}

/** A result as JSON text (bigints as digits), to compare two results. */
const jsonText = (r: unknown) => JSON.stringify(r, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));

const TOTALS = new Set(['macs', 'total_ops']);

/** Every count of a result, method by method, as the definition declares them. */
function Results({ result, view, prefix = '' }: { result: Ok; view: ModuleView; prefix?: string }) {
  const Q = ({ name, value }: { name: string; value: bigint }) => <Quantity name={prefix + name} value={value} wrap />;
  const batch = (result.params as Record<string, unknown>).batch;
  const exactTotal = countsOf(result, 'exact')?.total_ops;
  return (
    <table class="calc-table">
      <caption>Operation counts for {batch === null ? 'one unbatched input' : batch === undefined ? 'this input' : `a batch of ${batch}`}</caption>
      <tbody>
        {result.output_shapes.map((shape, i) => (
          <tr key={`shape-${i}`}>
            <th scope="row">{view.outputs.length > 1 ? `Shape of ${view.outputs[i]}` : 'Output shape'}</th>
            {/* A second output the layer does not return (MaxPool's indices without return_indices) has no shape. */}
            <td data-shape={`${prefix}output_shapes.${i}`}>{i > 0 && shape.length === 0 ? 'not returned' : `(${shape.join(', ')})`}</td>
          </tr>
        ))}
        {view.sizes.map((q) => (
          <tr key={q.key}>
            <th scope="row"><Typeset text={q.label} /></th>
            <td><Q name={q.key} value={result[q.key] as bigint} /></td>
          </tr>
        ))}
        {view.methods.map((m) => (
          <MethodRows key={m.id} method={m} result={result} Q={Q} exactTotal={exactTotal} view={view} />
        ))}
      </tbody>
    </table>
  );
}

function MethodRows({ method, result, Q, exactTotal, view }: {
  method: MethodSpec;
  result: Ok;
  Q: (p: { name: string; value: bigint }) => preact.JSX.Element;
  exactTotal: bigint | undefined;
  view: ModuleView;
}) {
  const counts = countsOf(result, method.id);
  const unavailable = (result[`${method.id}_unavailable`] as { message: string } | null | undefined)?.message;
  return (
    <>
      <tr class="calc-group">
        <th scope="rowgroup" colSpan={2}>{method.label}</th>
      </tr>
      {counts ? (
        <>
          {method.quantities.map((q) => (
            <tr key={q.key} class={TOTALS.has(q.key) ? 'calc-total' : undefined}>
              <th scope="row"><Typeset text={q.label} /></th>
              <td><Q name={`${method.id}.${q.key}`} value={counts[q.key]} /></td>
            </tr>
          ))}
          {method.id === 'documented' && exactTotal !== undefined && (
            <tr class="calc-ratio">
              <th scope="row">Documented ÷ exact {productsOnly(Object.keys(countsOf(result, 'exact') ?? {})) ? 'FLOPs' : 'total'}</th>
              <td data-quantity="ratio">{ratio(counts.total_ops, exactTotal)}</td>
            </tr>
          )}
        </>
      ) : (
        <tr>
          <td colSpan={2} data-documented-unavailable="true">
            {unavailable ?? (method.id === 'documented' && !view.documented ? `moduleprofiler documents no method for ${view.title}.` : 'This method does not apply to this layer.')}
          </td>
        </tr>
      )}
    </>
  );
}

/** One argument's field, by kind: a number or tuple box, a check box, a list of options. */
function Field({ spec, text, set, wrong, error }: {
  spec: ParamSpec;
  text: string;
  set: (name: string, value: string) => void;
  wrong: boolean;
  error: InvalidInput | InputError | null;
}) {
  const id = `calc-${spec.name}`;
  const hasDefault = spec.kind !== 'bool' && spec.torchDefault !== undefined && spec.torchDefault !== null;
  const describedBy = [wrong ? ERROR_ID : '', `${id}-help`, hasDefault ? `${id}-default` : ''].filter(Boolean).join(' ');
  const shownError = error ? <FieldError error={error} /> : null;
  const help = (
    <small id={`${id}-help`}>
      <Typeset text={spec.help} />
    </small>
  );
  if (spec.kind === 'bool') {
    return (
      <div class="calc-field calc-field-bool" data-field={spec.name}>
        <input
          id={id}
          name={spec.name}
          type="checkbox"
          checked={!/^(false|0|no|off)$/i.test(text.trim())}
          onChange={(e) => set(spec.name, String((e.currentTarget as HTMLInputElement).checked))}
          aria-invalid={wrong ? 'true' : undefined}
          aria-describedby={describedBy}
        />
        <label for={id}>{breakable(spec.label)}</label>
        {help}
        {shownError}
      </div>
    );
  }
  const nullable = (spec.kind === 'int' || spec.kind === 'float' || spec.kind === 'ints' || spec.kind === 'shape') && spec.nullable;
  const label = (
    <span class="calc-label-row">
      <label for={id}>{breakable(spec.label)}</label>
      {hasDefault && <span class="calc-default" id={`${id}-default`}>default {defaultText(spec)}</span>}
    </span>
  );
  if (spec.kind === 'enum') {
    // A value from a link that is not an option stays selectable, so the rule it breaks can be shown.
    const options = spec.options.includes(text) || text === '' ? spec.options : [...spec.options, text];
    return (
      <div class="calc-field" data-field={spec.name}>
        {label}
        <select id={id} name={spec.name} value={text} onChange={(e) => set(spec.name, (e.currentTarget as HTMLSelectElement).value)} aria-invalid={wrong ? 'true' : undefined} aria-describedby={describedBy}>
          {options.map((o) => (
            <option key={o} value={o}>{o}</option>
          ))}
        </select>
        {help}
        {shownError}
      </div>
    );
  }
  return (
    <div class="calc-field" data-field={spec.name}>
      {label}
      <input
        id={id}
        name={spec.name}
        type="text"
        inputMode={spec.kind === 'int' ? 'numeric' : spec.kind === 'float' ? 'decimal' : 'text'}
        autoComplete="off"
        spellcheck={false}
        value={text}
        placeholder={nullable ? 'none' : spec.kind === 'shape' ? '(8, 128, 768)' : undefined}
        onInput={(e) => set(spec.name, (e.currentTarget as HTMLInputElement).value)}
        aria-invalid={wrong ? 'true' : undefined}
        aria-describedby={describedBy}
      />
      {spec.kind === 'int' && spec.nullable && (
        <label class="calc-inline">
          <input
            type="checkbox"
            id={`${id}-none`}
            checked={isNone(text)}
            onChange={(e) => {
              const none = (e.currentTarget as HTMLInputElement).checked;
              if (none && !isNone(text)) lastBatch = text;
              set(spec.name, none ? '' : lastBatch);
            }}
          />
          {spec.nullable.toggle ?? 'unbatched input'}
        </label>
      )}
      {help}
      {shownError}
    </div>
  );
}

/** PyTorch's default as the field would hold it. */
function defaultText(spec: ParamSpec): string {
  const d = spec.torchDefault;
  return typeof d === 'string' ? d : String(d);
}

/** A PyTorch argument name that may wrap after its underscores (count_include_pad in a 320 px column), never inside a word. */
function breakable(name: string) {
  const parts = name.split('_');
  return parts.map((part, i) => (i < parts.length - 1 ? [part, '_', <wbr key={i} />] : part));
}
