// Why other counting tools report different numbers for GRU: notes for /modules/gru/counters/.
import { seqNotes } from '../recurrent/seqCounters.ts';

export const notes = seqNotes('GRU');
