// The CLI's form of the peers registry: for each tool and version, its number as a decimal
// string with the unit and batch convention that say what the number means, and a note when
// one of the tool's known issues changes this layer's number. Units get short ASCII names
// here because the CLI's output is an interface scripts parse; the registry's own names
// (counting.ts) are written for the page's tables.
//
// The object is produced as JSON text, pieced together from parts prepared once: the CLI
// prints it for every line of a --jsonl run, and most of it (ids, units, notes) never changes.
import type { ConvTranspose1dParams } from '../params.ts';
import { flagApplies, type BatchConvention, type FlagRule, type Unit } from './counting.ts';

/** The CLI's name for each unit of counting.ts, and what it means. Stable: scripts compare against the names. */
export const PEER_UNITS = {
  MAC: { name: 'MAC', meaning: 'multiply-accumulates' },
  'FLOP=2·MAC': { name: 'FLOP', meaning: 'two per multiply-accumulate' },
  'FLOP=2·MAC+bias': { name: 'FLOP+bias', meaning: 'two per multiply-accumulate, plus the bias additions' },
  'FLOP (mult+add)': { name: 'mult+add', meaning: 'multiplications and additions, counted one by one' },
  'ops (mult+add)': { name: 'ops', meaning: "the same as mult+add, under moduleprofiler's name" },
  none: { name: 'none', meaning: 'the tool counts nothing for this module' },
} as const satisfies Record<Unit, { name: string; meaning: string }>;

export type PeerUnit = (typeof PEER_UNITS)[Unit]['name'];

/** One tool's entry in the CLI's "peers" object. */
export interface PeerJSON {
  /** The tool's number as a decimal string, or null when it reports none for this layer. */
  count: string | null;
  unit: PeerUnit;
  batch: BatchConvention;
  /** The first sentence of each known issue that changes this layer's number. */
  note?: string;
}

/** What this file needs of a registry row (index.ts's PeerRow has it). */
export interface PeerSource {
  id: string;
  unit: Unit;
  batch: BatchConvention;
  count(p: ConvTranspose1dParams): bigint | null;
  flags: readonly (FlagRule & { text: string })[];
}

// Typographic characters of the footnotes in ASCII, which any terminal shows (and which
// keeps the CLI's output at one byte a character, cheaper to encode).
const PLAIN: Record<string, string> = {
  '‘': "'", '’': "'", '“': '"', '”': '"', '−': '-', '·': '*', '≠': '!=', '≤': '<=', '≥': '>=', '⌊': 'floor(', '⌋': ')', '…': '...',
};

/**
 * A footnote's first sentence as plain terminal text. Footnotes are one or two sentences
 * (what the tool does, then its history); the first is the one that explains the number.
 */
export function noteSentence(text: string): string {
  const plain = text.replace(/ ?×/g, ' times').replace(/[‘’“”−·≠≤≥⌊⌋…]/g, (c) => PLAIN[c]);
  const end = /(?<!\b(?:e\.g|i\.e|vs|etc))[.!?](?=\s)/.exec(plain);
  return end ? plain.slice(0, end.index + 1) : plain;
}

interface Prepared {
  /** `{"id":{"count":"` (or `,"id"…` after the first row), for a count written as digits. */
  head: string;
  /** The same, ending in null: `{"id":{"count":null`. */
  headNull: string;
  count(p: ConvTranspose1dParams): bigint | null;
  flags: readonly FlagRule[];
  /**
   * What follows the count, by which flags apply (bit i: flags[i]) and then whether the count
   * was digits (1) or null (0): `","unit":…,"batch":…,"note":"…"}`. A row has at most a few
   * flags, so every combination is written once, here, instead of on every line.
   */
  tails: string[];
}

const prepared = new WeakMap<readonly PeerSource[], Prepared[]>();

function prepare(rows: readonly PeerSource[]): Prepared[] {
  let out = prepared.get(rows);
  if (!out) {
    out = rows.map((r, j) => {
      const key = `${j === 0 ? '{' : ','}${JSON.stringify(r.id)}:{"count":`;
      const fields = `"unit":${JSON.stringify(PEER_UNITS[r.unit].name)},"batch":${JSON.stringify(r.batch)}`;
      const notes = r.flags.map((f) => noteSentence(f.text));
      const tails: string[] = [];
      for (let mask = 0; mask < 1 << notes.length; mask++) {
        const note = notes.filter((_, i) => mask & (1 << i)).join(' ');
        const tail = `,${fields}${note ? `,"note":${JSON.stringify(note)}` : ''}}`;
        tails.push(tail, `"${tail}`);
      }
      return { head: `${key}"`, headNull: `${key}null`, count: r.count, flags: r.flags, tails };
    });
    prepared.set(rows, out);
  }
  return out;
}

/** The CLI's "peers" object for a valid layer, as JSON text: {"<id>": PeerJSON, ...} in registry order. */
export function peersJSONText(rows: readonly PeerSource[], p: ConvTranspose1dParams): string {
  let text = '';
  for (const r of prepare(rows)) {
    const n = r.count(p);
    let mask = 0;
    for (let i = 0; i < r.flags.length; i++) if (flagApplies(r.flags[i], p)) mask |= 1 << i;
    text += n === null ? r.headNull + r.tails[2 * mask] : r.head + n + r.tails[2 * mask + 1];
  }
  return text === '' ? '{}' : `${text}}`;
}
