// Lighthouse, mobile preset (simulated slow 4G, 4× CPU slowdown), on the built pages
// served with gzip like a production host. Runs Lighthouse through npx so it is not a
// project dependency; prints figures only.  npm run bench:lighthouse
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../scripts/serve.ts';

const DIST = process.argv[2] ?? 'dist';
const { url, server } = await serve(DIST);
const dir = mkdtempSync(join(tmpdir(), 'nnops-lh-'));
const env = { ...process.env, ...(existsSync('/usr/bin/chromium') ? { CHROME_PATH: '/usr/bin/chromium' } : {}) };
/** The parts of a Lighthouse report read here. */
interface Report {
  categories: Record<string, { score: number }>;
  audits: Record<string, { displayValue?: string }>;
}

const RUNS = Number(process.env.LH_RUNS ?? 3);
console.log(`Lighthouse 13, mobile preset (scores out of 100); ${RUNS} runs a page, the median run shown, then every run's performance score and TBT`);
console.log(`${'page'.padEnd(28)} ${'perf'.padStart(5)} ${'a11y'.padStart(5)} ${'b-p'.padStart(5)} ${'seo'.padStart(5)}  ${'FCP'.padStart(6)} ${'LCP'.padStart(6)} ${'TBT'.padStart(7)} ${'CLS'.padStart(6)}   runs`);
for (const page of ['/', '/modules/convtranspose1d/']) {
  const reports: Report[] = [];
  for (let i = 0; i < RUNS; i++) {
    const out = join(dir, `${page.replace(/\W+/g, '_') || 'home'}-${i}.json`);
    try {
      // Asynchronous, so this process's server keeps answering Lighthouse's requests.
      await promisify(execFile)('npx', ['--yes', 'lighthouse@13', url + page, '--chrome-flags=--headless=new --no-sandbox --disable-gpu', '--output=json', `--output-path=${out}`, '--quiet'], { env, timeout: 240_000 });
      reports.push(JSON.parse(readFileSync(out, 'utf8')));
    } catch (e) {
      console.log(`${page.padEnd(28)} Lighthouse did not run: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  if (reports.length === 0) continue;
  const perf = (r: Report) => Math.round(r.categories.performance.score * 100);
  const r = [...reports].sort((a, b) => perf(a) - perf(b))[Math.floor(reports.length / 2)];
  const score = (k: string) => String(Math.round(r.categories[k].score * 100)).padStart(5);
  const a = (k: string) => String(r.audits[k].displayValue).replace(/\u00a0/g, ' ');
  const runs = reports.map((x) => `${perf(x)} (${String(x.audits['total-blocking-time'].displayValue).replace(/\u00a0/g, ' ')})`).join(', ');
  console.log(`${page.padEnd(28)} ${score('performance')} ${score('accessibility')} ${score('best-practices')} ${score('seo')}  ${a('first-contentful-paint').padStart(6)} ${a('largest-contentful-paint').padStart(6)} ${a('total-blocking-time').padStart(7)} ${a('cumulative-layout-shift').padStart(6)}   ${runs}`);
}
server.close();
