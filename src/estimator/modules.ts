// Every module the site documents, by id. Adding a module: one spec folder, one entry here, one MDX page.
import * as convtranspose1d from './convtranspose1d/index.ts';

export const modules = { convtranspose1d } as const;
export type ModuleId = keyof typeof modules;
