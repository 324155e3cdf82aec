// Keeps inline math and the punctuation touching it on one line: "$x$." must not wrap the
// period to the next line alone. Runs after rehype-katex: each inline KaTeX span, with the
// closing punctuation right after it (and an opening bracket or quote right before it), goes
// into <span class="math-nowrap">, which src/styles/fit.css keeps from breaking at its edges.
// The math itself may still break between its terms where KaTeX allows (long inline math must,
// on a phone). Chrome decides whether a line may break after one of KaTeX's boxes by the box's
// parent, so the box the punctuation touches also goes into a nowrap <span class="math-edge">.
import type { Element, ElementContent, Root, Text } from 'hast';

const CLASS = 'math-nowrap';
/** Closing punctuation that belongs to the word before it. */
const AFTER = /^[.,;:!?)\]}’”"'»…]+/u;
/** Opening brackets and quotes that belong to the word after them. */
const BEFORE = /[(\[{“‘«]+$/u;

function hasClass(node: ElementContent | undefined, name: string): node is Element {
  if (node?.type !== 'element') return false;
  const cls = node.properties?.className;
  return Array.isArray(cls) && cls.includes(name);
}

/** Wraps the first (open) and/or last (close) of KaTeX's boxes in a nowrap span. */
function holdEdges(katex: Element, open: boolean, close: boolean) {
  const html = katex.children.find((c): c is Element => hasClass(c, 'katex-html'));
  if (!html) return;
  const boxes = html.children.flatMap((c, i) => (c.type === 'element' ? [i] : []));
  if (boxes.length === 0) return;
  const first = boxes[0];
  const last = boxes[boxes.length - 1];
  const hold = (from: number, to: number) => {
    const edge: Element = { type: 'element', tagName: 'span', properties: { className: ['math-edge'] }, children: html.children.slice(from, to + 1) };
    html.children.splice(from, to - from + 1, edge);
  };
  if (open && close && first === last) return hold(first, last);
  if (close) hold(last, last);
  if (open) hold(first, first);
}

function glue(parent: Root | Element) {
  const kids = parent.children as ElementContent[];
  for (let i = 0; i < kids.length; i++) {
    const node = kids[i];
    if (node.type !== 'element') {
      // MDX's JSX elements (a component's children) hold Markdown too.
      if ('children' in node && Array.isArray(node.children)) glue(node as unknown as Element);
      continue;
    }
    if (!hasClass(node, 'katex')) {
      // Display math and what is already glued stay as they are.
      if (!hasClass(node, 'katex-display') && !hasClass(node, CLASS)) glue(node);
      continue;
    }
    const prev = kids[i - 1];
    const next = kids[i + 1];
    const open = prev?.type === 'text' ? BEFORE.exec(prev.value)?.[0] : undefined;
    const close = next?.type === 'text' ? AFTER.exec(next.value)?.[0] : undefined;
    if (!open && !close) continue;
    const children: ElementContent[] = [];
    let start = i;
    let end = i + 1;
    if (open) {
      const p = prev as Text;
      children.push({ type: 'text', value: open });
      if (p.value.length === open.length) start = i - 1;
      else p.value = p.value.slice(0, -open.length);
    }
    children.push(node);
    if (close) {
      const n = next as Text;
      children.push({ type: 'text', value: close });
      if (n.value.length === close.length) end = i + 2;
      else n.value = n.value.slice(close.length);
    }
    holdEdges(node, Boolean(open), Boolean(close));
    const wrap: Element = { type: 'element', tagName: 'span', properties: { className: [CLASS] }, children };
    kids.splice(start, end - start, wrap);
    i = start;
  }
}

export default function rehypeMathPunctuation() {
  return (tree: Root) => glue(tree);
}
