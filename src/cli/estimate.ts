// CLI entry: `npm run -s estimate -- <module> --<param> <value> ... [--pretty]`
// or `... <module> --jsonl < params.jsonl`. Run with --help for usage; the
// logic (and the exit codes: 0 ok, 2 invalid input, 1 stdin failure) is in run.ts.
import { once } from 'node:events';
import { EXIT_FAILURE, EXIT_OK, run, runJsonl } from './run.ts';

const { stdout, stderr, stdin } = process;
/** Output allowed to wait in memory for a slow reader before --jsonl stops reading. */
const QUEUED_BYTES = 1024 * 1024;

// A reader that goes away (e.g. `| head`) is not an error of ours.
stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(EXIT_OK);
  throw e;
});

const result = run(process.argv.slice(2));
if (result.code !== null) {
  stdout.write(result.stdout);
  process.exitCode = result.code;
} else {
  try {
    await runJsonl(result.jsonl, stdin, async (piece) => {
      stdout.write(piece);
      // Back-pressure, but only once a good deal waits: stdout's own threshold (16 KB) is below
      // one piece, and waiting for every piece to drain cost a round of the event loop each.
      if (stdout.writableLength > QUEUED_BYTES) await once(stdout, 'drain');
    });
    process.exitCode = EXIT_OK;
  } catch (e) {
    stderr.write(`estimate: could not read stdin: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = EXIT_FAILURE;
  }
}
