// Unnumbered display math ($$…$$ in a page) scrolls sideways inside its own box when it is
// wider than the column (src/styles/fit.css), instead of widening the page on a phone. Runs
// after rehype-katex: each .katex-display becomes a named tab stop, so a keyboard can scroll
// it too. Numbered equations are built by src/components/Eq.astro, which does the same.
import type { Element, Root } from 'hast';

function hasClass(node: Element, name: string): boolean {
  const cls = node.properties?.className;
  return Array.isArray(cls) && cls.includes(name);
}

export default function rehypeDisplayMath() {
  const visit = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type === 'element' && hasClass(child, 'katex-display')) {
        Object.assign(child.properties, { role: 'group', tabIndex: 0, ariaLabel: 'Equation' });
        continue;
      }
      // Elements, and MDX's JSX elements (a component's children), which hold Markdown too.
      if ('children' in child && Array.isArray(child.children)) visit(child as unknown as Element);
    }
  };
  return (tree: Root) => visit(tree);
}
