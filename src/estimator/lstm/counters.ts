// Why other counting tools report different numbers for LSTM: notes for /modules/lstm/counters/.
import { seqNotes } from '../recurrent/seqCounters.ts';

export const notes = seqNotes('LSTM');
