// What every other counter reports for the calculator's layer (the layer comes from the
// address, as the module page's "Other counters" link carries it): one row per tool, with
// its number, unit, batch convention and, where one of its known bugs changes the number,
// that bug. Tools' names and sources arrive as props, so their words stay out of the script.
import '../../styles/peers.css';
import { grouped } from '../../lib/format.ts';
import { productsOnly } from '../../lib/whatToCite.ts';
import { useEffect } from 'preact/hooks';
import { currentQuery, loadPeers, useLayer, type Layer, type ModuleView } from './store.ts';
import { Quantity } from './Quantity.tsx';

export interface ToolRow {
  id: string;
  name: string;
  version: string;
  url: string;
}

export default function PeersTable({ view, initial, tools }: { view: ModuleView; initial: Layer; tools: readonly ToolRow[] }) {
  const { layer, store } = useLayer(view, initial);
  useEffect(() => loadPeers(store), []);
  const r = layer.outcome;
  const exact = r.ok ? (r.exact as { macs?: bigint; total_ops: bigint }) : null;
  return (
    <div class="peers not-content" data-peers-table={r.ok ? 'ok' : 'invalid'}>
      <p class="peers-layer">
        {r.ok ? (
          <>
            For <code>{layer.described?.layer}</code>: exact {exact?.macs !== undefined ? <><Quantity name="exact.macs" value={exact.macs} /> MACs, </> : null}
            <Quantity name="exact.total_ops" value={exact!.total_ops} /> {productsOnly(Object.keys(exact!)) ? 'FLOPs' : 'operations'}.{' '}
          </>
        ) : (
          <>No counts: {r.error.message} </>
        )}
        <a href={`${view.path}?${currentQuery(view, layer)}#calculator`} data-layer-link>
          Change the layer in the calculator
        </a>
      </p>
      <div class="peers-scroll" role="region" aria-label="Every counter on this layer, scrollable" tabindex={0}>
        <table class="peers-table">
          <thead>
            <tr>
              <th scope="col">Tool</th>
              <th scope="col">Reports</th>
              <th scope="col">Unit</th>
              <th scope="col">Batch</th>
              <th scope="col">Known issue on this layer</th>
            </tr>
          </thead>
          <tbody>
            {tools.map((t) => {
              const c = layer.peers?.[t.id];
              return (
                <tr key={t.id} data-tool={t.id}>
                  <th scope="row">
                    <a class="peers-tool" href={t.url}>{t.name}</a>
                    <span class="peers-version">{t.version}</span>
                  </th>
                  <td class="peers-num" data-peer-count={t.id}>
                    {!c ? '—' : c.count === null ? <span class="peers-none">nothing</span> : grouped(c.count)}
                  </td>
                  <td>{c?.unit ?? '—'}</td>
                  <td>{c?.batch ?? '—'}</td>
                  <td class="peers-note">{c?.note ?? ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
