// Permalinks: reading a query string into argument text, and writing the canonical one.
import type { ParamSpec, ParamValues } from './core/params.ts';
import { toQuery } from './core/params.ts';

export interface LinkIssue {
  key: string;
  message: string;
}

export interface ParsedLink {
  /** Text of each argument named in the link (absent ones are not listed). */
  fields: Record<string, string>;
  /** The rules version the link names, or null when it names none. */
  version: number | null;
  /** Keys that were ignored or could not be read, each with the reason. */
  issues: LinkIssue[];
}

const MAX_QUERY = 4096;
const shown = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

/**
 * Reads ?v=1&in_channels=16&… . Unknown keys, repeated keys and a malformed or unknown
 * version are reported, never thrown; repeated keys keep their first value. The values
 * themselves are checked later by the module's parser and rules.
 */
export function parseLink(
  params: readonly ParamSpec[],
  search: string,
  knownVersions: readonly number[],
): ParsedLink {
  const issues: LinkIssue[] = [];
  let text = search.startsWith('?') ? search.slice(1) : search;
  if (text.length > MAX_QUERY) {
    issues.push({ key: '', message: `The link's query is ${text.length} characters long; only the first ${MAX_QUERY} were read.` });
    text = text.slice(0, MAX_QUERY);
  }
  let query: URLSearchParams;
  try {
    query = new URLSearchParams(text);
  } catch {
    return { fields: {}, version: null, issues: [{ key: '', message: 'The link’s query could not be read.' }] };
  }
  const known = new Set(params.map((p) => p.name));
  const fields: Record<string, string> = {};
  let version: number | null = null;
  const seen = new Set<string>();
  for (const [key, value] of query) {
    if (seen.has(key)) {
      if (!issues.some((i) => i.key === key)) issues.push({ key, message: `${shown(key)} appears more than once in the link; its first value was used.` });
      continue;
    }
    seen.add(key);
    if (key === 'v') {
      if (!/^\d{1,6}$/.test(value)) issues.push({ key, message: `The version v=${shown(value)} is not a version number; the current rules were used.` });
      else if (!knownVersions.includes(Number(value)))
        issues.push({
          key,
          message: `The link names rules version ${Number(value)}, which this site does not know (versions: ${knownVersions.join(', ')}); the current rules were used.`,
        });
      else version = Number(value);
    } else if (known.has(key)) fields[key] = value;
    else issues.push({ key, message: `${shown(key)} is not an argument of this module and was ignored.` });
  }
  return { fields, version, issues };
}

/** The canonical query: the version first, then the arguments in table order, defaults omitted. */
export function canonicalQuery(params: readonly ParamSpec[], values: ParamValues, version: number): string {
  const rest = toQuery(params, values);
  return `v=${version}${rest ? `&${rest}` : ''}`;
}
