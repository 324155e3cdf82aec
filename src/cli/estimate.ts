// CLI entry: `npm run -s estimate -- <module> --<param> <value> ... [--pretty]`
// or `... <module> --jsonl < params.jsonl`. Run with --help for usage; the
// logic (and the exit codes: 0 ok, 2 invalid input, 1 stdin failure) is in run.ts.
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { EXIT_FAILURE, EXIT_OK, run, runJsonl } from './run.ts';
import { MODEL_COMMAND, parseModelArgs, profileText } from './model.ts';

const { stdout, stderr, stdin } = process;
/** Output allowed to wait in memory for a slow reader before --jsonl stops reading. */
const QUEUED_BYTES = 1024 * 1024;

// A reader that goes away (e.g. `| head`) is not an error of ours.
stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(EXIT_OK);
  throw e;
});

const argv = process.argv.slice(2);
const first = argv[0] === '--' ? argv[1] : argv[0];

/** The model command (src/cli/model.ts): a whole model's profile from a trace file or stdin. */
async function runModel(): Promise<void> {
  const cmd = parseModelArgs(argv);
  if (cmd.kind === 'help') {
    stdout.write(cmd.text);
    process.exitCode = EXIT_OK;
    return;
  }
  if (cmd.kind === 'error') {
    stdout.write(cmd.stdout);
    process.exitCode = 2;
    return;
  }
  let text: string;
  try {
    if (cmd.trace === '-') {
      const chunks: Buffer[] = [];
      for await (const chunk of stdin) chunks.push(Buffer.from(chunk));
      text = Buffer.concat(chunks).toString('utf8');
    } else text = await readFile(cmd.trace, 'utf8');
  } catch (e) {
    stderr.write(`estimate: could not read the trace: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = EXIT_FAILURE;
    return;
  }
  const out = profileText(text, cmd.format, cmd.pretty);
  stdout.write(out.stdout);
  process.exitCode = out.code;
}

const result = first === MODEL_COMMAND ? null : run(argv);
if (result === null) {
  await runModel();
} else if (result.code !== null) {
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
