// State shared by the islands of one module page (calculator, what to cite, figure, …): the
// raw text of each argument, mirrored in the URL query. Islands are separate Preact roots;
// they find one store per module here, so one edit keeps them all in step.
//
// A page loads only its own module's estimator: the server renders each island from a
// serializable view of the definition and the layer it computed (props), and the browser
// imports the module's folder (loaders.ts: each folder is a file of its own) only when it
// has something to compute: a link's layer at once, otherwise the reader's first edit (or the
// pointer or focus reaching the calculator, which starts the fetch a moment earlier). A reader
// who only reads never downloads the formulas: the numbers on the page are the server's.
// Until the islands hydrate the fields stay disabled, as they are without JavaScript.
// nanostores (about 1 KB) is the store Astro recommends for sharing state between islands.
// (Not @nanostores/preact's useStore: it defers each island's render to its own timer task.)
import { atom, type WritableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';
import type { AnyModule } from '../../estimator/core/define.ts';
import { describeLayer, shapeText, tensorShape } from '../../estimator/core/define.ts';
import type { MethodSpec, Outcome, PeerCount, Preset, QuantitySpec, TensorSpec } from '../../estimator/core/module.ts';
import { currentVersion } from '../../estimator/core/module.ts';
import { canonicalQuery, parseLink, type LinkIssue } from '../../estimator/link.ts';
import { estimateRaw } from '../../estimator/core/define.ts';
import { isNullable, toStrings, type ParamSpec, type ParamValues } from '../../estimator/core/params.ts';
import { announceLayerChange } from '../../lib/directives/layerChange.ts';

/** What the islands need of a definition, as data: it travels in the page as island props. */
export interface ModuleView {
  id: string;
  title: string;
  torchName: string;
  /** The module page's path: /modules/<id>/. */
  path: string;
  params: readonly ParamSpec[];
  inputs: readonly TensorSpec[];
  outputs: readonly string[];
  methods: readonly MethodSpec[];
  headline: readonly { method: string; key: string }[];
  sizes: readonly QuantitySpec[];
  versions: readonly { version: number; date: string }[];
  current: number;
  presets: readonly Preset[];
  documented: boolean;
}

/** The view of a definition, with the calculator's examples (presetsOf in registry.ts; none where an island needs no examples). */
export function viewOf(def: AnyModule, presets: readonly Preset[] = []): ModuleView {
  return {
    id: def.id,
    title: def.title,
    torchName: def.torchName,
    path: `/modules/${def.id}/`,
    params: def.params,
    inputs: def.inputs,
    outputs: def.outputs,
    methods: def.methods,
    headline: def.headline,
    sizes: def.sizes ?? [],
    versions: def.versions.map((v) => ({ version: v.version, date: v.date })),
    current: currentVersion(def),
    presets,
    documented: def.documentedSource !== null,
  };
}

interface Input {
  /** What the reader typed, keyed by argument name. */
  raw: Record<string, string>;
  /** The rules version the numbers are computed with: the link's, until the reader edits. */
  version: number;
  /** What the link contained that was ignored (unknown keys, repeats, bad version). */
  linkIssues: LinkIssue[];
}

/** Everything an island renders from: the input, and the estimator's answers for it. */
export interface Layer extends Input {
  /** The estimator's answer for the current text under the current rules (never throws). */
  outcome: Outcome<Record<string, unknown>>;
  /** Under an older link's rules, when they differ from the current ones; else null. */
  olderOutcome: { version: number; result: Outcome<Record<string, unknown>> } | null;
  /** What other counters report for the layer, by tool id (modules that declare them, valid layers). */
  peers: Record<string, PeerCount> | null;
  /** The layer in PyTorch's words, and its input's shape, when it is valid. */
  described: { expression: string; inputShape: string; layer: string } | null;
  /** False until the island has hydrated and its module's estimator has loaded. */
  live: boolean;
}

const initialText = (params: readonly ParamSpec[]) =>
  toStrings(params, Object.fromEntries(params.map((p) => [p.name, p.initial])) as ParamValues);
/**
 * The text of a layer given by some of its arguments (a link, a preset): an argument left out
 * takes PyTorch's default, as it would in PyTorch; one PyTorch requires takes the calculator's
 * initial value (a link always names those, a preset may lean on the worked example's).
 */
const defaultText = (params: readonly ParamSpec[]) =>
  toStrings(params, Object.fromEntries(params.map((p) => [p.name, p.torchDefault === undefined ? p.initial : p.torchDefault])) as ParamValues);

/**
 * The text of a layer a link gives by some of its arguments, read as the CLI and the estimator's
 * links read it (parseParams): a nullable argument left out is None (an unbatched input, Softmax's
 * implicit dim) unless PyTorch's default is a value, for links write `none` then.
 */
const linkText = (params: readonly ParamSpec[]) =>
  toStrings(params, Object.fromEntries(params.map((p) => [p.name, p.torchDefault !== undefined ? p.torchDefault : isNullable(p) ? null : p.initial])) as ParamValues);

/** Other counters' formulas for a module, where a page has loaded them (its counters page). */
type PeersFn = import('./loaders.ts').PeersFn;
/** The table of every module's files (loaders.ts), fetched the first time a page has something to compute. */
const loaders = () => import('./loaders.ts');

function derive(def: AnyModule, s: Input, live: boolean, peersFn: PeersFn | null = null): Layer {
  const outcome = estimateRaw(def, s.raw, 'initial');
  let olderOutcome: Layer['olderOutcome'] = null;
  const rules = s.version === currentVersion(def) ? undefined : def.versions.find((v) => v.version === s.version);
  if (rules && outcome.ok) olderOutcome = { version: rules.version, result: rules.estimate(outcome.params) };
  const described = outcome.ok
    ? { expression: def.torchExpression(outcome.params), inputShape: shapeText(tensorShape(def.inputs[0], outcome.params)), layer: describeLayer(def, outcome.params) }
    : null;
  const peers = outcome.ok && peersFn ? peersFn(outcome.params as never) : null;
  return { ...s, outcome, olderOutcome, described, peers, live };
}

/** What the server renders: the module's initial layer (islands match it while hydrating). */
export function initialLayerOf(def: AnyModule): Layer {
  return derive(def, { raw: initialText(def.params), version: currentVersion(def), linkIssues: [] }, false);
}

export interface Store {
  view: ModuleView;
  layer: WritableAtom<Layer>;
  def: AnyModule | null;
  /** Input that arrived before the estimator did (a link, an early keystroke). */
  pending: Input | null;
  synced: boolean;
  /** True while the estimator's arrival re-derives the state: not an edit, so the address stays. */
  attaching: boolean;
  /** The reader edited before the estimator arrived: its arrival writes the address. */
  edited: boolean;
  /** A page showing other counters asked for their formulas (loaded with the estimator). */
  wantsPeers: boolean;
  loading: boolean;
  peersLoading: boolean;
  /** The module's peers.ts, once a page that shows other counters has loaded it. */
  peers: PeersFn | null;
}

const stores = new Map<string, Store>();

/** The page's store for a module; the first island to ask creates it from its server-rendered layer. */
export function storeFor(view: ModuleView, initial: Layer, def?: AnyModule): Store {
  let store = stores.get(view.id);
  if (!store) {
    store = { view, layer: atom<Layer>(initial), def: null, pending: null, synced: false, attaching: false, edited: false, wantsPeers: false, loading: false, peersLoading: false, peers: null };
    stores.set(view.id, store);
  }
  if (def && !store.def) attach(store, def);
  return store;
}

function attach(store: Store, def: AnyModule): void {
  store.def = def;
  const s = store.pending ?? store.layer.get();
  store.pending = null;
  store.attaching = true;
  store.layer.set(derive(def, { raw: s.raw, version: s.version, linkIssues: s.linkIssues }, true, store.peers));
  store.attaching = false;
}

/**
 * A page that shows other counters' numbers: their formulas load with the estimator, when there
 * is a layer to compute (the server rendered the initial layer's numbers).
 */
export function loadPeers(store: Store): void {
  store.wantsPeers = true;
  if (store.def || store.pending) fetchPeers(store);
}

/** Fetches the module's other-counters formulas (once per page) and recomputes the layer with them. */
function fetchPeers(store: Store): void {
  if (store.peers || store.peersLoading) return;
  store.peersLoading = true;
  void loaders().then((l) => l.loadPeerFormulas(store.view.id)?.then((peers) => {
    store.peers = peers;
    const s = store.layer.get();
    if (store.def) {
      store.attaching = true;
      store.layer.set(derive(store.def, { raw: s.raw, version: s.version, linkIssues: s.linkIssues }, true, store.peers));
      store.attaching = false;
    }
  }));
}

/** Loads the module's estimator (once per page); its arrival computes whatever is pending. */
function load(store: Store): void {
  if (store.wantsPeers) fetchPeers(store);
  if (store.def || store.loading) return;
  store.loading = true;
  void loaders().then((l) => l.loadDefinition(store.view.id)?.then((def) => {
    if (!store.def) attach(store, def);
  }));
}

/** The reader is about to edit (the pointer or focus reached the calculator): fetch the estimator now. */
export function prepare(store: Store): void {
  load(store);
}

/** The islands have hydrated on the layer the server computed: the fields open, with nothing to compute yet. */
function wake(store: Store): void {
  const s = store.layer.get();
  if (s.live || store.def || store.pending) return;
  store.attaching = true;
  store.layer.set({ ...s, live: true });
  store.attaching = false;
}

function put(store: Store, s: Input): void {
  // Islands that show only this layer (client:layer) hydrate now, not before.
  announceLayerChange();
  if (store.def) store.layer.set(derive(store.def, s, true, store.peers));
  else {
    store.pending = s;
    load(store);
  }
}

/** Set the text of one argument: the reader's edit makes the current rules apply. */
export function setField(store: Store, name: string, value: string): void {
  const raw = (store.pending ?? store.layer.get()).raw;
  if (!store.def) store.edited = true;
  put(store, { raw: { ...raw, [name]: value }, version: store.view.current, linkIssues: [] });
}

/** Replace several arguments at once (presets); the rest take PyTorch's defaults (required ones the initial values). */
export function setAll(store: Store, fields: Record<string, string>): void {
  if (!store.def) store.edited = true;
  put(store, { raw: { ...defaultText(store.view.params), ...fields }, version: store.view.current, linkIssues: [] });
}

/** Read ?v=1&in_channels=…&bias=false into the state. */
export function loadFromQuery(store: Store, search: string): void {
  const { view } = store;
  const link = parseLink(view.params, search, view.versions.map((v) => v.version));
  // A bare address is the page as served: the worked example. A link is a layer given by its arguments.
  const bare = Object.keys(link.fields).length === 0 && link.version === null && link.issues.length === 0;
  // The page as served, before any edit: the server's numbers stand, and nothing needs the estimator.
  if (bare && !store.def && !store.pending) return wake(store);
  put(store, { raw: { ...(bare ? initialText(view.params) : linkText(view.params)), ...link.fields }, version: link.version ?? view.current, linkIssues: link.issues });
}

/**
 * The query for a layer: canonical (version first, defaults omitted) when it parses,
 * otherwise the raw text of every field that differs from its initial value, so a shared
 * link to a broken configuration shows the same error.
 */
export function currentQuery(view: ModuleView, s: Layer): string {
  const { outcome: o, raw, version } = s;
  if (o.ok) return canonicalQuery(view.params, o.params as ParamValues, version);
  // What reopening the link fills in (linkText) need not be written.
  const initial = linkText(view.params);
  const q = new URLSearchParams({ v: String(version) });
  for (const p of view.params) if (raw[p.name] !== initial[p.name]) q.set(p.name, raw[p.name]);
  return q.toString();
}

/** The permanent, absolute link to a configuration, opening at the module page's calculator. */
export function permalink(view: ModuleView, s: Layer): string {
  const origin = import.meta.env.SITE ?? (typeof window !== 'undefined' ? window.location.origin : '');
  return `${origin.replace(/\/$/, '')}${view.path}?${currentQuery(view, s)}#calculator`;
}

/** How long the address waits for typing to pause: history.replaceState costs ~1.5 ms a call in Chrome. */
const URL_DELAY_MS = 250;

/** Start mirroring state ↔ URL once per page (each island calls it from an effect). */
function syncWithUrl(store: Store): void {
  if (store.synced || typeof window === 'undefined') return;
  store.synced = true;
  loadFromQuery(store, window.location.search);
  window.addEventListener('popstate', () => loadFromQuery(store, window.location.search));
  const rewrite = () => {
    clearTimeout(pending);
    const s = store.layer.get();
    if (!s.live) return;
    const url = `${window.location.pathname}?${currentQuery(store.view, s)}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) history.replaceState(null, '', url);
  };
  let pending: ReturnType<typeof setTimeout> | undefined;
  // A link opened with a query is rewritten to its canonical form once the estimator is in;
  // a bare page address stays bare until the reader changes something.
  let first = window.location.search !== '';
  store.layer.listen((s) => {
    clearTimeout(pending);
    if (store.attaching) {
      // The estimator's arrival: a link is rewritten to its canonical form, and edits made while it
      // was on its way are written now.
      if ((first || store.edited) && s.live && store.def) rewrite();
      if (store.def) first = store.edited = false;
    } else pending = setTimeout(rewrite, URL_DELAY_MS);
  });
  // Never lose the last edit: leaving or hiding the page writes the address at once.
  window.addEventListener('pagehide', rewrite);
  document.addEventListener('visibilitychange', rewrite);
}

/**
 * The shared state as an island should render it. Preact does not patch attributes or input
 * values while hydrating, so an island's first render must match the server's (`initial`);
 * the live state takes over right after. Also starts the URL sync and the estimator's load.
 */
export function useLayer(view: ModuleView, initial: Layer, def?: AnyModule): { layer: Layer; store: Store } {
  const store = storeFor(view, initial, def);
  const [state, setState] = useState<Layer>(initial);
  useEffect(() => {
    const off = store.layer.listen((value) => setState(value));
    syncWithUrl(store);
    setState(store.layer.get());
    return off;
  }, []);
  return { layer: state, store };
}
