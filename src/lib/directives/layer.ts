// client:layer — hydrate an island when the page's layer first changes (an edit, a preset, a
// link's arguments), never merely because it scrolled into view. Until then the server's render
// of the initial layer is the island, complete and correct, and its code is never fetched: an
// island that only shows the calculator's layer (ConvTranspose1d's probe) costs a reader who
// just reads nothing. Registered in astro.config.mjs.
import type { ClientDirective } from 'astro';
import { LAYER_CHANGED, LAYER_CHANGED_ATTR } from './layerChange.ts';

const onLayer: ClientDirective = (load) => {
  const go = async () => {
    window.removeEventListener(LAYER_CHANGED, go);
    const hydrate = await load();
    await hydrate();
  };
  if (document.documentElement.hasAttribute(LAYER_CHANGED_ATTR)) void go();
  else window.addEventListener(LAYER_CHANGED, go);
};

export default onLayer;
