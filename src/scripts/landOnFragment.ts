// Links to a place in a page (#eq-total-ops, #calculator, …) must land on it. Sections and heavy
// blocks skip rendering until they near the viewport (content-visibility in site.css), and
// until then they stand in at a guessed height; a jump past them would land wherever the
// guesses put the target. So before a jump, render everything from the top of the page down
// to the target, and jump again once that is done.
const SHOWN = 'cv-shown';

function reveal(id: string): HTMLElement | null {
  const target = id ? document.getElementById(id) : null;
  if (!target) return null;
  for (const section of document.querySelectorAll<HTMLElement>('.sl-markdown-content > section.sec')) {
    section.classList.add(SHOWN);
    if (section.contains(target) || section.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_PRECEDING) break;
  }
  return target;
}

const idOf = (hash: string) => {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return '';
  }
};

// Opening a link with a fragment: the browser may already have jumped using the guesses.
const target = reveal(idOf(location.hash));
if (target) {
  let readerMoved = false;
  for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown']) addEventListener(type, () => (readerMoved = true), { once: true, passive: true });
  const land = () => readerMoved || target.scrollIntoView();
  land();
  addEventListener('load', () => requestAnimationFrame(land), { once: true });
}
// Following a link within the page (the table of contents, equation references).
document.addEventListener(
  'click',
  (e) => {
    const a = (e.target as Element | null)?.closest?.('a[href^="#"]');
    if (a) reveal(idOf(a.getAttribute('href') ?? ''));
  },
  true,
);
addEventListener('hashchange', () => reveal(idOf(location.hash))?.scrollIntoView());
