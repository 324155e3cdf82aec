// How the browser's JavaScript is split into files. Left to itself the bundler gives every
// island, and every module two islands share, a file of its own: fourteen small files on a
// module page, each compressed on its own, so each repeats what gzip would otherwise have
// shared (Preact's calls, our helpers' names). A few files, each what one kind of page needs
// at one moment, compress 3–4 KB smaller in all:
//   islands        what every island needs: Preact and the shared state (src/components/
//                  islands/store.ts and all it imports, the generic core); loaded at once;
//   (one file per module folder, src/estimator/<id>/, which store.ts imports by the page's
//   module: a page loads only its own module's estimator);
//   calculator     what the islands hydrated on load add (client:load: the calculator and
//                  "what to cite"), loaded at once on a module page;
//   islands-later  what ConvTranspose1d's figure adds, loaded when it nears the screen;
//   on-change      what its probe adds, loaded when the calculator's layer first changes;
//   figure-<name>  each figure any module page may show, in a file of its own;
//   counters       the counters pages' live table (the tools' formulas are their module's
//                  peers.ts, a file the table fetches);
//   on-open        what only the islands inside a closed <details> add (the converter, the
//                  configuration's citation), loaded when a reader opens one;
//   citation       the citation forms and the copy button, which the configuration's citation
//                  shares with the profile page.
// Pages without islands load none of them.

/** Islands hydrated with client:load on some page: their code, and everything it imports, loads at once. */
export const ON_LOAD = ['Calculator', 'CiteSummary'];

/**
 * Islands placed only inside a closed <details> (client:visible never fires until it opens): their
 * code, and whatever only they import (convert.ts; citation.ts is a file of its own, which the
 * profile page shares), loads when a reader opens one.
 */
export const ON_OPEN = ['PeersConvert', 'ConfigCitation'];

/**
 * Islands of a page of their own, outside src/components/islands/ (the /profile/ page's tool,
 * src/components/profile/): the bundler gives each its own file, which no module page loads.
 */
export const PAGE_TOOLS = ['ProfileTool'];

/** The counters pages' live table: a file of its own, which needs none of the module page's islands. */
export const COUNTERS = ['PeersTable'];

/** The module page's islands hydrated as they near the screen (client:visible, not in a disclosure). */
export const ON_VIEW = ['KernelDiagram'];

/**
 * Islands that show only the calculator's layer, hydrated when it first changes (client:layer,
 * src/lib/directives/layer.ts): until then the server's render stands and their code never loads.
 */
export const ON_CHANGE = ['ProbeRunner'];

/**
 * Figures any module page may show (client:visible): each in a file of its own (figure-<name>), so a
 * page that shows one loads neither another figure nor ConvTranspose1d's islands. The models they
 * draw (grid.ts, diagram.ts) are files of their own, shared by the figures that use them.
 */
export const FIGURES = ['GridFigure', 'TapFigure', 'CellFigure'];

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const sep = '[\\\\/]';
const ISLANDS = `${sep}src${sep}components${sep}islands${sep}`;
/** The island files of these names (any island when none are given); group 1 is the name. */
const islandFiles = (names?: string[]) => new RegExp(ISLANDS + (names ? `(${names.join('|')})\\.tsx$` : ''));
const onLoad = islandFiles(ON_LOAD);
const onOpen = islandFiles(ON_OPEN);
const onView = islandFiles(ON_VIEW);
const onChange = islandFiles(ON_CHANGE);
const figures = islandFiles(FIGURES);
const counters = islandFiles(COUNTERS);
const shared = new RegExp(`${ISLANDS}store\\.ts$`);
const layerState = new RegExp(`${ISLANDS}layerState\\.ts$`);
/**
 * What nearly every island shows numbers with, and the site's name (130 bytes): left to the first
 * island that imports them, they joined the calculator's file, which the counters page (format.ts)
 * and the profile page (site.ts) then loaded whole (4.8 KB) for them.
 */
const numbers = new RegExp(`(${ISLANDS}Quantity\\.tsx|${sep}src${sep}lib${sep}(format|site)\\.ts)$`);
/** The citation forms and the copy button: a configuration's citation (on open) and the profile page's citation share them. */
const citation = new RegExp(`(${ISLANDS}CopyButton\\.tsx|${sep}src${sep}lib${sep}citation\\.ts)$`);
const preactClient = new RegExp(`@astrojs${sep}preact${sep}dist${sep}client\\.js$`);
/**
 * A module's or a family's folder under src/estimator/ (not the shared core and math, not a module's
 * peers), and the file's name. Figure models (grid.ts, diagram.ts, the recurrent step.ts) are not part of it: they go with
 * the figure island that draws them, so a page loads them only when it shows that figure.
 */
const estimatorFolder = new RegExp(`${sep}src${sep}estimator${sep}(?!core${sep}|math${sep})([a-z0-9]+)${sep}(?!peers[\\\\/.]|grid\\.ts$|diagram\\.ts$|step\\.ts$)([A-Za-z0-9]+)\\.tsx?$`);
/**
 * The generic core and the integer helpers every module uses: with the shared state, so no module's
 * file captures them for the others. Not the core files only some modules use (a figure's grid, the
 * spatial families' shared definition, the shape-input modules' tensor rules): those are files of
 * their own, fetched by the pages that need them.
 */
const estimatorMath = new RegExp(`${sep}src${sep}estimator${sep}(math|core)${sep}(?!(grid|spatial|tensors)\\.ts$)`);

const ESTIMATOR = fileURLToPath(new URL('../estimator/', import.meta.url));
const localImports = (text: string) => [...text.matchAll(/from '\.\/([A-Za-z0-9]+)\.ts'/g)].map((m) => m[1]);

/**
 * The files of each module's folder (one with an index.ts) that another folder imports, with the
 * files of their own folder they import in turn: the formulas a family reuses (ConvTranspose2d/3d
 * use ConvTranspose1d's per-axis counts). Read from the sources, so a new reuse needs no entry here.
 * A family folder (conv/) is shared by design and stays one file.
 */
export function sharedFormulas(root = ESTIMATOR): Map<string, Set<string>> {
  const folders = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'core' && d.name !== 'math').map((d) => d.name);
  const files = (folder: string) => readdirSync(root + folder).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'peers.ts');
  const shared = new Map<string, Set<string>>();
  for (const folder of folders)
    for (const file of files(folder))
      for (const m of readFileSync(`${root}${folder}/${file}`, 'utf8').matchAll(/from '\.\.\/([a-z0-9]+)\/([A-Za-z0-9]+)\.ts'/g))
        if (m[1] !== folder && folders.includes(m[1]) && existsSync(`${root}${m[1]}/index.ts`)) {
          const set = shared.get(m[1]) ?? new Set<string>();
          const todo = [m[2]];
          while (todo.length) {
            const name = todo.pop()!;
            if (set.has(name)) continue;
            set.add(name);
            todo.push(...localImports(readFileSync(`${root}${m[1]}/${name}.ts`, 'utf8')));
          }
          shared.set(m[1], set);
        }
  return shared;
}
const SHARED = sharedFormulas();

/**
 * The chunk of one estimator file: each module page fetches its folder's file (store.ts imports
 * it by the page's module); the formulas another folder reuses are a file of their own
 * (module-<folder>-shared), so the family that reuses them does not load the whole module.
 */
export function estimatorChunk(id: string): string | null {
  const m = estimatorFolder.exec(id);
  if (!m) return null;
  // The other counters' formulas, one file per family (and the shared kinds.ts): a counters page
  // loads its own family's, not every family's.
  if (m[1] === 'peers') return `peers-${m[2]}`;
  return SHARED.get(m[1])?.has(m[2]) ? `module-${m[1]}-shared` : `module-${m[1]}`;
}

/** Rolldown's output.codeSplitting for the client build. */
export const clientChunks = {
  groups: [
    // Vite's helper for import() is shared with the search script on every page: keep it apart,
    // or pages without islands would load the islands' file to get it.
    { name: 'preload-helper', test: /preload-helper/, priority: 4 },
    // A group takes its modules' dependencies too, so each group gets only what the groups
    // ranked above it have not already taken: the shared state brings the generic core with
    // it, not a module (those it imports dynamically).
    { name: 'islands', test: (id: string) => shared.test(id) || preactClient.test(id) || estimatorMath.test(id) || numbers.test(id), priority: 3 },
    // One file per module (and per family folder), above the islands that import them, so no
    // island's file swallows a module another page needs alone.
    // Only the folder's own files, never what they import: a family folder importing another
    // module's formulas (ConvTranspose2d uses ConvTranspose1d's per-axis counts) would otherwise
    // take them into its file, and that module's page would load the family's file to get them.
    { name: estimatorChunk, test: (id: string) => estimatorChunk(id) !== null, priority: 2.5, includeDependenciesRecursively: false },
    { name: 'calculator', test: (id: string) => onLoad.test(id), priority: 2 },
    // ConvTranspose1d's state binding, which its figure, probe and converter import: a file of its
    // own, or it joins the first group that needs it and the page loads that group with it.
    { name: 'convtranspose1d-state', test: (id: string) => layerState.test(id), priority: 1.75 },
    // Named islands only: a component several islands import (CopyButton, Quantity) joins the
    // group of the first island that needs it, never this one by its folder alone.
    { name: 'islands-later', test: (id: string) => onView.test(id), priority: 1 },
    { name: 'on-change', test: (id: string) => onChange.test(id), priority: 0.95 },
    // Each figure alone, without what it imports: a model two figures share (conv/grid.ts) would
    // otherwise go into the first figure's file, and the other figure's page would load both.
    { name: (id: string) => `figure-${figures.exec(id)?.[1] ?? 'other'}`, test: (id: string) => figures.test(id), priority: 0.9, includeDependenciesRecursively: false },
    { name: 'counters', test: (id: string) => counters.test(id), priority: 0.8 },
    // Above on-open, which would otherwise take them, and the profile page load its file for them.
    { name: 'citation', test: (id: string) => citation.test(id), priority: 0.6 },
    // Lowest, on purpose: the groups above have already taken everything another island shares
    // (counting.ts, format.ts…), and this one gets only what no other island imports. Ranked
    // above islands-later, it took counting.ts, and islands-later then imported this file on
    // scroll, defeating it.
    { name: 'on-open', test: (id: string) => onOpen.test(id), priority: 0.5 },
  ],
};
