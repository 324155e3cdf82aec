// Why other counting tools report different numbers for this cell: notes for its counters page (shared words: ../recurrent/cellCounters.ts).
import { cellNotes } from '../recurrent/cellCounters.ts';

export const notes = cellNotes('gru');
