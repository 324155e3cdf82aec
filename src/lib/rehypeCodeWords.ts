// Code blocks wrap only at spaces. Shiki (markdown.shikiConfig) writes each line as coloured
// token spans; this groups every run of non-space characters, across tokens, into
// <span class="cw">, which src/styles/fit.css keeps on one line. A browser would otherwise
// break "--out_channels" after its dashes, or anywhere with overflow-wrap. A word longer
// than the line scrolls inside the block instead (the block is a focusable region).
import type { Element, ElementContent, Root } from 'hast';

const CLASS = 'cw';

/** Shiki writes `class` as one string; rehype's own nodes use a `className` list. */
function hasClass(node: Element, name: string): boolean {
  const { className, class: cls } = node.properties ?? {};
  const list = Array.isArray(className) ? className : String(cls ?? className ?? '').split(/\s+/);
  return list.includes(name);
}

/** One line's tokens, regrouped: words in nowrap spans, the spaces between them as text. */
export function groupWords(tokens: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  let word: Element | null = null;
  const add = (piece: ElementContent) => {
    if (!word) {
      word = { type: 'element', tagName: 'span', properties: { className: [CLASS] }, children: [] };
      out.push(word);
    }
    word.children.push(piece);
  };
  for (const token of tokens) {
    // A token is text, or a span holding only text; anything else is kept whole.
    let value: string;
    let piece: (part: string) => ElementContent;
    if (token.type === 'text') {
      value = token.value;
      piece = (part) => ({ type: 'text', value: part });
    } else if (token.type === 'element' && token.children.every((c) => c.type === 'text')) {
      value = token.children.map((c) => (c as { value: string }).value).join('');
      piece = (part) => ({ ...token, children: [{ type: 'text', value: part }] });
    } else {
      add(token);
      continue;
    }
    for (const part of value.split(/(\s+)/)) {
      if (part === '') continue;
      if (/^\s+$/.test(part)) {
        word = null;
        out.push({ type: 'text', value: part });
      } else add(piece(part));
    }
  }
  return out;
}

export default function rehypeCodeWords() {
  const visit = (node: Root | Element) => {
    for (const child of node.children) {
      // MDX's JSX elements (e.g. <CodeBlock>) hold the fenced block: walk into them too.
      if (child.type !== 'element') {
        if ('children' in child && Array.isArray(child.children)) visit(child as unknown as Element);
        continue;
      }
      if (child.tagName === 'pre' && hasClass(child, 'astro-code')) {
        for (const code of child.children) {
          if (code.type !== 'element' || code.tagName !== 'code') continue;
          for (const line of code.children) if (line.type === 'element' && hasClass(line, 'line')) line.children = groupWords(line.children);
        }
      } else visit(child);
    }
  };
  return (tree: Root) => visit(tree);
}
