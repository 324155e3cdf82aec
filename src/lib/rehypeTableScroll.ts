// Wraps each Markdown table in a box that scrolls sideways on its own (src/styles/fit.css),
// so a table wider than a phone never widens the page and its last column stays reachable.
// The box is a named, focusable region: a keyboard can scroll it, and a screen reader says
// what it holds. Tables written as JSX in MDX are not elements at this stage and keep their
// own wrappers.
import type { Element, ElementContent, Root, RootContent } from 'hast';

const CLASS = 'table-fit';

function text(node: ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(text).join('');
  return '';
}

function classes(node: Element): unknown[] {
  const cls = node.properties?.className;
  return Array.isArray(cls) ? cls : [];
}

/** The first row's header cells, as words: "Table: Symbol, Meaning, Argument". */
export function tableLabel(table: Element): string {
  const caption = table.children.find((c): c is Element => c.type === 'element' && c.tagName === 'caption');
  if (caption) return text(caption).trim().replace(/\s+/g, ' ');
  const rows: Element[] = [];
  const collect = (n: Element) => {
    for (const c of n.children) {
      if (c.type !== 'element') continue;
      if (c.tagName === 'tr') rows.push(c);
      else if (c.tagName === 'thead' || c.tagName === 'tbody') collect(c);
    }
  };
  collect(table);
  const heads = (rows[0]?.children ?? [])
    .filter((c): c is Element => c.type === 'element' && c.tagName === 'th')
    .map((c) => text(c).trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  return heads.length ? `Table: ${heads.join(', ')}` : 'Table';
}

export default function rehypeTableScroll() {
  const visit = (parent: Root | Element) => {
    parent.children.forEach((node, i) => {
      if (node.type !== 'element') {
        // MDX's JSX elements hold Markdown too (a table inside a component's children).
        if ('children' in node && Array.isArray(node.children)) visit(node as unknown as Element);
        return;
      }
      if (node.tagName === 'table') {
        if (parent.type === 'element' && classes(parent).includes(CLASS)) return;
        const box: Element = {
          type: 'element',
          tagName: 'div',
          properties: { className: [CLASS], role: 'region', tabIndex: 0, ariaLabel: tableLabel(node) },
          children: [node],
        };
        parent.children[i] = box;
        return;
      }
      visit(node);
    });
  };
  return (tree: Root) => visit(tree);
}
