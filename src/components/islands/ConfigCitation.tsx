import { bibtex, citationText, cslJsonText, type CitationInput } from '../../lib/citation.ts';
import { SITE_NAME } from '../../lib/site.ts';
import { grouped } from '../../lib/format.ts';
import { permalink, useLayer, type Layer, type ModuleView } from './store.ts';
import { CopyButton } from './CopyButton.tsx';

/** A citation of the calculator's current configuration: its permalink, rules version and totals. */
export default function ConfigCitation({ title, published, view, initial }: { title: string; published: string; view: ModuleView; initial: Layer }) {
  const { layer } = useLayer(view, initial);
  const r = layer.outcome;
  if (!r.ok) return <p class="cite-idle not-content">The calculator’s arguments are not a valid layer, so there is no configuration to cite.</p>;
  const documented = r.documented as { total_ops: bigint } | null;
  const exact = r.exact as Record<string, bigint>;
  // The exact count's operations by kind, as the module declares them: multiplications, additions, exponentials, …
  const KINDS = ['additions', 'multiplications', 'divisions', 'comparisons', 'exponentials', 'logarithms', 'square_roots', 'tanh', 'erf'];
  const kinds = (view.methods.find((m) => m.id === 'exact')?.quantities ?? [])
    .filter((q) => KINDS.includes(q.key) && exact[q.key] !== undefined)
    .map((q) => `${grouped(exact[q.key])} ${q.unit}`);
  const totals = [
    // A module with no documented method says nothing of it; one whose method has no value here says so.
    ...(documented ? [`documented total ${grouped(documented.total_ops)} operations`] : view.documented ? ['documented total undefined'] : []),
    `exact total ${grouped(exact.total_ops)} operations${kinds.length ? ` (${kinds.join(', ')})` : ''}`,
  ].join('; ');
  const input: CitationInput = {
    title: `${title}: operation count of ${layer.described?.layer ?? view.title}`,
    container: SITE_NAME,
    url: layer.live ? permalink(view, layer) : `${import.meta.env.SITE ?? ''}${view.path}#calculator`,
    version: String(layer.version),
    published,
    accessed: layer.live ? new Date().toISOString().slice(0, 10) : undefined,
    note: totals,
  };
  const forms = [
    { id: 'text', label: 'Citation', text: citationText(input) },
    { id: 'bibtex', label: 'BibTeX', text: bibtex(input) },
    { id: 'csl', label: 'CSL-JSON', text: cslJsonText(input) },
  ];
  return (
    <div class="cite not-content" data-cite="configuration">
      {forms.map((f) => (
        <div class="cite-form" key={f.id}>
          <div class="cite-head">
            <span class="cite-label" id={`cite-config-${f.id}-label`}>{f.label}</span>
            <CopyButton label="Copy" ariaLabel={`Copy ${f.label} of this configuration`} name={`config-${f.id}`} text={() => f.text} />
          </div>
          <pre id={`cite-config-${f.id}`} aria-labelledby={`cite-config-${f.id}-label`} tabindex={0}>
            <code>{f.text}</code>
          </pre>
        </div>
      ))}
    </div>
  );
}
