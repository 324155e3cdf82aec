// The sidebar's module groups, generated from the registry: one group per family, one entry
// per module (its page, and its counters page), so a new module folder appears without an edit here.
import { registry } from '../estimator/registry.ts';

type Link = { label: string; link: string };
type Group = { label: string; collapsed?: boolean; items: (Link | Group)[] };
type Item = Group;

/** Families in reading order; a family not listed comes after these. */
const FAMILIES = ['Convolution', 'Linear', 'Activations', 'Normalization', 'Pooling', 'Recurrent', 'Attention'];

export function moduleGroups(): Item[] {
  const defs = Object.values(registry);
  const families = [...new Set(defs.map((d) => d.family))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return families.map((family) => ({
    label: family,
    items: [
      // A family's overview page, where it has one (content/docs/modules/<page>.mdx).
      ...(OVERVIEWS[family] ? [OVERVIEWS[family]] : []),
      ...familyItems(defs, family),
    ],
  }));
}

/** Overview pages that compare a family's modules. */
const OVERVIEWS: Record<string, Link> = {
  Activations: { label: 'Overview: cost per element', link: '/modules/activations/' },
};

function familyItems(defs: (typeof registry)[keyof typeof registry][], family: string): Group[] {
  return defs
    .filter((d) => d.family === family)
    .map((d) => ({
      label: d.title,
      // Closed unless it holds the page being read (Starlight opens that one): the list stays short.
      collapsed: true,
      items: [
        { label: 'Derivation and calculator', link: `/modules/${d.id}/` },
        { label: 'Other counters', link: `/modules/${d.id}/counters/` },
      ],
    }));
}

const rank = (family: string) => {
  const i = FAMILIES.indexOf(family);
  return i < 0 ? FAMILIES.length : i;
};
