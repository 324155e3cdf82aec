// What other operation counters report for the calculator's layer, beside the exact count:
// one row per tool and version, each with its conventions, its formula, its source, its ratio
// to the exact count in its own unit, and footnotes for the tools' known bugs. Every number
// comes from the estimator's peer registry (src/estimator/convtranspose1d/peers/).
import { Fragment } from 'preact';
import * as ct1d from '../../estimator/convtranspose1d/index.ts';
import {
  exactInUnit,
  flagApplies,
  inputLengthMacs,
  outputElements,
  outputLengthMacs,
  peers,
  ratioText,
  viewsGap,
  type Flag,
  type PeerRow,
} from '../../estimator/convtranspose1d/peers/index.ts';
import { grouped } from '../../lib/format.ts';
import { useLayer } from './layerState.ts';
import PeersConvert from './PeersConvert.tsx';
import '../../styles/peers.css';

type Ok = Extract<ct1d.Estimate, { ok: true }>;

/** Plain text with L_in, C_out, L_conv … subscripted. */
export function Subscripted({ text }: { text: string }) {
  const parts = text.split(/([A-Za-z])_(in|out|conv)\b/);
  const out = [];
  for (let i = 0; i < parts.length; i += 3) {
    out.push(parts[i]);
    if (i + 2 < parts.length) {
      out.push(
        <Fragment key={i}>
          {parts[i + 1]}
          <sub>{parts[i + 2]}</sub>
        </Fragment>,
      );
    }
  }
  return <>{out}</>;
}

/** A one-line formula in plain text, subscripts rendered. */
export function Formula({ text }: { text: string }) {
  return (
    <code class="peers-formula">
      <Subscripted text={text} />
    </code>
  );
}

const EVIDENCE_TEXT = {
  executed: 'executed',
  derived: 'derived from source',
  inferred: 'inferred (source not read)',
} as const;

/** Every flag, numbered in the order the rows first cite it. */
function footnotes(): { flag: Flag; n: number }[] {
  const seen = new Map<string, { flag: Flag; n: number }>();
  for (const r of peers) for (const f of r.flags) if (!seen.has(f.id)) seen.set(f.id, { flag: f, n: seen.size + 1 });
  return [...seen.values()];
}
const NOTES = footnotes();
const noteNumber = (f: Flag) => NOTES.find((x) => x.flag.id === f.id)!.n;

/** Families in the order the registry lists them. */
const FAMILIES = [...new Set(peers.map((r) => r.family))];

export default function PeersPanel() {
  const { outcome: result, live } = useLayer();
  return (
    <section class="peers not-content" data-panel="peers" aria-labelledby="peers-heading">
      <p class="peers-heading" id="peers-heading">
        Other counters on the calculator’s layer
      </p>
      {result.ok ? <Panel result={result} live={live} /> : <Invalid message={result.error.message} />}
    </section>
  );
}

function Invalid({ message }: { message: string }) {
  return (
    <div class="peers-idle" data-peers-invalid="true">
      <p>
        The calculator’s arguments are not a valid layer, so no tool has a number for it: {message}
      </p>
    </div>
  );
}

function Panel({ result, live }: { result: Ok; live: boolean }) {
  const p = result.params;
  const N = p.batch ?? 1n;
  const e = result.exact;
  const affected = new Set(peers.flatMap((r) => r.flags.filter((f) => flagApplies(f, p)).map((f) => f.id)));
  const inMacs = inputLengthMacs(p);
  const outMacs = outputLengthMacs(p);
  return (
    <div>
      <p class="peers-layer">
        Layer: <code>{ct1d.describeLayer(p)}</code>
        {p.batch === null && (
          <span class="peers-unbatched" data-peers-unbatched="true">
            {' '}
            Unbatched input: every row counts it as N = 1, except moduleprofiler, which is known to take N = C<sub>in</sub>. How the other tools treat an
            unbatched input was not checked.
          </span>
        )}
      </p>

      <div class="peers-scroll" role="region" aria-label="Exact counts and the two views, scrollable" tabindex={0}>
        <table class="peers-exact">
          <caption>The real arithmetic, and the two ways of counting products</caption>
          <tbody>
            <ExactRow name="multiplications" label="Exact multiplications = exact MACs (products that land in the output)" value={e.multiplications} />
            <ExactRow name="additions" label="Exact additions (bias included)" value={e.additions} />
            <ExactRow name="total" label="Exact multiplications + additions" value={e.total_ops} />
            <ExactRow name="input-length" label="Input-length (scatter) MACs, N·L_in·C_in·(C_out/g)·K" value={inMacs} />
            <ExactRow name="output-length" label="Output-length (zero-insertion) MACs, N·C_out·L_out·(C_in/g)·K" value={outMacs} />
            <ExactRow name="cropped" label="… of the scatter products, cropped by padding" value={inMacs - e.multiplications} />
            <ExactRow name="zero-products" label="… of the dense products, multiplying an inserted or padding zero" value={outMacs - e.multiplications} />
            <ExactRow name="views-gap" label={`Output-length − ${grouped(p.stride)} × input-length MACs = N·(C_in·C_out/g)·K·(d(K−1) + 1 − s − 2p + o)`} value={viewsGap(p)} />
            <ExactRow name="output-elements" label="Output elements N·C_out·L_out (one bias addition each, for most tools)" value={outputElements(p)} />
          </tbody>
        </table>
      </div>

      <div class="peers-scroll" role="region" aria-label="What each counter reports, scrollable" tabindex={0}>
        <table class="peers-table">
          <caption>
            What each counter reports for this layer{N > 1n ? ` (batch of ${grouped(N)})` : ''}, and its ratio to the exact count in the same unit; below each,
            its formula, conventions (batch · bias · length counted on), basis and source
          </caption>
          <thead>
            <tr>
              <th scope="col">Tool and version</th>
              <th scope="col">Reports (unit)</th>
              <th scope="col">Tool ÷ exact</th>
              <th scope="col">Exact, same unit</th>
            </tr>
          </thead>
          {FAMILIES.map((family) => (
            <tbody key={family}>
              <tr class="peers-family">
                <th scope="rowgroup" colSpan={4}>
                  {family}
                </th>
              </tr>
              {peers
                .filter((r) => r.family === family)
                .map((r) => (
                  <Row key={r.id} row={r} result={result} affected={affected} />
                ))}
            </tbody>
          ))}
        </table>
      </div>

      <p class="peers-legend">
        “Exact, same unit” is the direct scatter’s count expressed the row’s way: its multiplications for MAC rows, twice that for FLOP = 2·MAC, plus the
        bias additions really made for FLOP = 2·MAC + bias, its multiplications plus additions for counts that keep them apart, divided by N for per-sample
        rows. A ratio of 1× means the tool counts the products that really happen; ⚠ marks a known bug that changes this layer’s number.
      </p>

      <ol class="peers-notes" aria-label="Notes and known bugs">
        {NOTES.map(({ flag, n }) => (
          <li key={flag.id} id={`peers-note-${flag.id}`} value={n} data-flag={flag.id} data-affects={String(affected.has(flag.id))}>
            <span class="peers-note-kind">{flag.kind === 'bug' ? (affected.has(flag.id) ? '⚠ Bug, affects this layer: ' : 'Bug: ') : 'Note: '}</span>
            {flag.text}
            {flag.refs.length > 0 && (
              <>
                {' '}
                <span class="peers-refs">
                  (
                  {flag.refs.map((ref, j) => (
                    <Fragment key={ref.label}>
                      {j > 0 && ', '}
                      {ref.url ? <a href={ref.url}>{ref.label}</a> : ref.label}
                    </Fragment>
                  ))}
                  )
                </span>
              </>
            )}
          </li>
        ))}
      </ol>

      <PeersConvert result={result} live={live} />
    </div>
  );
}

function ExactRow({ name, label, value }: { name: string; label: string; value: bigint }) {
  return (
    <tr>
      <th scope="row">
        <Subscripted text={label} />
      </th>
      <td data-exact={name} data-value={value.toString()}>
        {grouped(value)}
      </td>
    </tr>
  );
}

function Row({ row, result, affected }: { row: PeerRow; result: Ok; affected: Set<string> }) {
  const p = result.params;
  const count = row.count(p);
  const exact = exactInUnit(row, result);
  const ratio = count !== null && exact ? ratioText(count, exact.value) : '—';
  const bugHere = row.flags.some((f) => f.kind === 'bug' && affected.has(f.id));
  const rowClass = bugHere ? 'peers-bug' : undefined;
  return (
    <>
      <tr data-tool={row.id} data-count={count === null ? '' : count.toString()} data-evidence={row.evidence} class={rowClass}>
        <th scope="row" rowSpan={2}>
          <span class="peers-tool">{row.tool}</span>
          <span class="peers-version">{row.version}</span>
        </th>
        <td class="peers-count" data-quantity="count">
          {count === null ? <span class="peers-none peers-value">none: {row.whyNull}</span> : <span class="peers-value">{grouped(count)}</span>}
          {bugHere && (
            <span class="peers-warn" title="A known bug changes this number">
              {' '}
              <span aria-hidden="true">⚠</span>
              <span class="sr-only">(a known bug changes this number)</span>
            </span>
          )}
          <span class="peers-unit">{row.unit === 'none' ? 'no unit' : row.unit}</span>
          <span class="peers-reports">{row.reports}</span>
        </td>
        <td class="peers-num peers-ratio" data-ratio>
          {ratio}
        </td>
        <td class="peers-num" data-exact-in-unit={exact ? exact.value.toString() : ''} title={exact?.label}>
          {exact ? grouped(exact.value) : '—'}
        </td>
      </tr>
      <tr class={['peers-detail', rowClass].filter(Boolean).join(' ')} data-tool-detail={row.id}>
        <td colSpan={3}>
          <Formula text={row.formula} />
          <span class="peers-conv">
            {row.batch === 'n/a' ? '' : `${row.batch} · `}bias {row.bias}
            {row.length === 'none' ? '' : ` · ${row.length} length`}
          </span>
          <span class={`peers-evidence peers-${row.evidence}`} title={row.evidenceNote}>
            {EVIDENCE_TEXT[row.evidence]}
          </span>
          {row.evidenceNote && <span class="peers-evidence-note">({row.evidenceNote})</span>}
          <a class="peers-source" href={row.source.url} title={row.source.label}>
            source
          </a>
          {row.flags.map((f) => (
            <a key={f.id} href={`#peers-note-${f.id}`} class={affected.has(f.id) ? 'peers-mark peers-mark-on' : 'peers-mark'}>
              <span class="sr-only">note </span>[{noteNumber(f)}]
            </a>
          ))}
        </td>
      </tr>
    </>
  );
}
