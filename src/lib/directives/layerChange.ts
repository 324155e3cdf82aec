// The signal between the page's shared state (src/components/islands/store.ts) and the
// client:layer directive: a layer other than the one the server rendered is on the page. A file
// of its own, so the directive's inline script carries two strings and not the store.

/** The window event fired when the page's layer first differs from the server's. */
export const LAYER_CHANGED = 'nnops:layer-changed';
/** The attribute on <html> that records it, for islands whose directive starts after the event. */
export const LAYER_CHANGED_ATTR = 'data-layer-changed';

/** Tell the page that its layer is no longer the one the server rendered (idempotent). */
export function announceLayerChange(): void {
  if (typeof document === 'undefined') return; // unit tests run the store without a page
  const root = document.documentElement;
  if (root.hasAttribute(LAYER_CHANGED_ATTR)) return;
  root.setAttribute(LAYER_CHANGED_ATTR, '');
  window.dispatchEvent(new Event(LAYER_CHANGED));
}
