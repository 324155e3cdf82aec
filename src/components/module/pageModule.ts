// Which module a page documents: its frontmatter's `module` (or a component's own `module`
// prop), never a global. A component asking on a page without one fails the build loudly.
import type { AstroGlobal } from 'astro';
import { presetsOf, registry } from '../../estimator/registry.ts';
import type { AnyModule } from '../../estimator/core/define.ts';
import { initialLayerOf, viewOf, type Layer, type ModuleView } from '../islands/store.ts';

/** The definition of the module this page (or the component's `module` prop) names. */
export function pageModule(astro: AstroGlobal): AnyModule {
  const props = astro.props as { module?: string };
  const route = (astro.locals as { starlightRoute?: { entry?: { data?: { module?: string } }; id?: string } }).starlightRoute;
  const id = props.module ?? route?.entry?.data?.module;
  if (!id) throw new Error(`${astro.url.pathname}: this component needs the page's module (frontmatter "module: <id>")`);
  const def = (registry as Record<string, AnyModule>)[id];
  if (!def) throw new Error(`${astro.url.pathname}: unknown module "${id}"; known: ${Object.keys(registry).join(', ')}`);
  return def;
}

/** What the module's islands are rendered from on the server: the view of its definition and its initial layer. */
export function islandProps(def: AnyModule): { view: ModuleView; initial: Layer } {
  return { view: viewOf(def, (presetsOf as Record<string, ModuleView['presets']>)[def.id] ?? []), initial: initialLayerOf(def) };
}
