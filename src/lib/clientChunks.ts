// How the browser's JavaScript is split into files. Left to itself the bundler gives every
// island, and every module two islands share, a file of its own: fourteen small files on a
// module page, each compressed on its own, so each repeats what gzip would otherwise have
// shared (Preact's calls, our helpers' names). A few files compress 3–4 KB smaller in all:
//   islands        what the islands that hydrate on load need (client:load), loaded at once;
//   islands-later  what the other islands add, loaded when the first of them nears the screen;
//   on-open        what only the islands inside a closed <details> add (the converter, the
//                  configuration's citation), loaded when a reader opens one.
// Pages without islands load none of them.

/** Islands hydrated with client:load on some page: their code, and everything it imports, loads at once. */
export const ON_LOAD = ['Calculator', 'CiteSummary'];

/**
 * Islands placed only inside a closed <details> (client:visible never fires until it opens): their
 * code, and whatever only they import (citation.ts, convert.ts), loads when a reader opens one.
 */
export const ON_OPEN = ['PeersConvert', 'ConfigCitation'];

const sep = '[\\\\/]';
const ISLANDS = `${sep}src${sep}components${sep}islands${sep}`;
/** The island files of these names (any island when none are given). */
const islandFiles = (names?: string[]) => new RegExp(ISLANDS + (names ? `(${names.join('|')})\\.tsx$` : ''));
const onLoad = islandFiles(ON_LOAD);
const onOpen = islandFiles(ON_OPEN);
const island = islandFiles();
const preactClient = new RegExp(`@astrojs${sep}preact${sep}dist${sep}client\\.js$`);

/** Rolldown's output.codeSplitting for the client build. */
export const clientChunks = {
  groups: [
    // Vite's helper for import() is shared with the search script on every page: keep it apart,
    // or pages without islands would load the islands' file to get it.
    { name: 'preload-helper', test: /preload-helper/, priority: 3 },
    { name: 'islands', test: (id: string) => onLoad.test(id) || preactClient.test(id), priority: 2 },
    { name: 'islands-later', test: (id: string) => island.test(id) && !onOpen.test(id), priority: 1 },
    // Lowest, on purpose: a group takes its modules' dependencies too, so the groups above have
    // already taken everything another island shares (counting.ts, layerState.ts, format.ts…), and
    // this one gets only what no other island imports. Ranked above islands-later, it took
    // counting.ts, and islands-later then imported this file on scroll, defeating it; turning off
    // includeDependenciesRecursively instead needs preserveEntrySignatures changed in the config.
    { name: 'on-open', test: (id: string) => onOpen.test(id), priority: 0.5 },
  ],
};
