// Wraps each h2 and what follows it, up to the next h2, in <section class="sec">, so the
// stylesheet can let whole sections far from the viewport skip style, layout and paint
// (content-visibility). A module page is mostly KaTeX markup; without this, the browser lays
// out and repaints all of it on load and after every calculator keystroke.
import type { Element, Root, RootContent } from 'hast';

/** An h2, bare or inside Starlight's heading-link wrapper (<div class="sl-heading-wrapper level-h2">). */
function isH2(node: RootContent): boolean {
  if (node.type !== 'element') return false;
  if (node.tagName === 'h2') return true;
  const cls = node.properties?.className;
  return node.tagName === 'div' && Array.isArray(cls) && cls.includes('level-h2');
}

export default function rehypeSections() {
  return (tree: Root) => {
    const out: RootContent[] = [];
    let section: Element | null = null;
    for (const node of tree.children) {
      if (isH2(node)) {
        section = { type: 'element', tagName: 'section', properties: { className: ['sec'] }, children: [] };
        out.push(section);
      }
      if (section) section.children.push(node as Element['children'][number]);
      else out.push(node);
    }
    tree.children = out;
  };
}
