// Why other counting tools report different numbers for RNN: notes for /modules/rnn/counters/.
import { seqNotes } from '../recurrent/seqCounters.ts';

export const notes = seqNotes('RNN');
