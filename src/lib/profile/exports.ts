// The profile page's exports and citation, as text: thin wrappers over the estimator's formatters
// (src/estimator/model/format.ts) and the site's citation forms (src/lib/citation.ts).
import { profileCsv, profileJson, profileLatex, profileMarkdown } from '../../estimator/model/format.ts';
import type { Profile } from '../../estimator/model/profile.ts';
import { bibtex, citationText, cslJsonText, type CitationInput } from '../citation.ts';
import { grouped } from '../format.ts';
import { SITE_NAME } from '../site.ts';
import { rulesVersions } from './breakdown.ts';
import type { ProfileSummary } from './view.ts';

export type ExportId = 'csv' | 'md' | 'latex' | 'json';

export const EXPORTS: readonly { id: ExportId; label: string; file: string; type: string }[] = [
  { id: 'csv', label: 'CSV', file: 'csv', type: 'text/csv' },
  { id: 'md', label: 'Markdown', file: 'md', type: 'text/markdown' },
  { id: 'latex', label: 'LaTeX', file: 'tex', type: 'application/x-tex' },
  { id: 'json', label: 'JSON', file: 'json', type: 'application/json' },
];

/** "Conv2d v1, ReLU v1": the rules version of every module the profile counted. */
export const versionsText = (versions: ProfileSummary['versions']) => versions.map((v) => `${v.module} v${v.version}`).join(', ');

/** One export's text; `link` is the view's permalink (null when the trace is too long for one). */
export function exportText(p: Profile, id: ExportId, link: string | null): string {
  if (id === 'csv') return profileCsv(p);
  if (id === 'md') return profileMarkdown(p);
  if (id === 'latex') return profileLatex(p, { link: link ?? undefined, versions: versionsText(rulesVersions(p)) || undefined });
  return `${JSON.stringify(profileJson(p), null, 2)}\n`;
}

/** A file name from the model's name: letters, digits, dashes. */
export const fileName = (p: { model: string }, ext: string) => `${(p.model || 'model').replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 60) || 'model'}-nnops.${ext}`;

/** The model's count, cited: its name, the totals, the modules' rules versions and the permalink. */
export function profileCitation(p: Pick<ProfileSummary, 'model' | 'totals' | 'coverage' | 'versions'>, url: string, published: string, accessed: string): CitationInput {
  const t = p.totals;
  const c = p.coverage;
  const versions = versionsText(p.versions);
  const parts = [
    `exact total ${grouped(t.exact.total_ops ?? 0n)} operations (${grouped(t.exact.macs ?? 0n)} MACs)`,
    ...(t.documented.total_ops !== undefined ? [`documented total ${grouped(t.documented.total_ops)} operations over ${c.documented} of ${c.counted} counted calls`] : []),
    `${c.counted} of ${c.calls} calls counted`,
    ...(versions ? [`rules versions ${versions}`] : []),
  ];
  return {
    title: `Operation count of ${p.model || 'a model'}`,
    container: SITE_NAME,
    url,
    version: p.versions.length ? p.versions.map((v) => `${v.id} ${v.version}`).join(', ') : 'none',
    published,
    accessed,
    note: parts.join('; '),
  };
}

export const citationForms = (input: CitationInput) => [
  { id: 'text', label: 'Citation', text: citationText(input) },
  { id: 'bibtex', label: 'BibTeX', text: bibtex(input) },
  { id: 'csl', label: 'CSL-JSON', text: cslJsonText(input) },
];
