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
console.log('Lighthouse 13, mobile preset (scores out of 100)');
console.log(`${'page'.padEnd(28)} ${'perf'.padStart(5)} ${'a11y'.padStart(5)} ${'b-p'.padStart(5)} ${'seo'.padStart(5)}  ${'FCP'.padStart(6)} ${'LCP'.padStart(6)} ${'TBT'.padStart(7)} ${'CLS'.padStart(6)}`);
for (const page of ['/', '/modules/convtranspose1d/']) {
  const out = join(dir, `${page.replace(/\W+/g, '_') || 'home'}.json`);
  try {
    // Asynchronous, so this process's server keeps answering Lighthouse's requests.
    await promisify(execFile)('npx', ['--yes', 'lighthouse@13', url + page, '--chrome-flags=--headless=new --no-sandbox --disable-gpu', '--output=json', `--output-path=${out}`, '--quiet'], { env, timeout: 240_000 });
  } catch (e) {
    console.log(`${page.padEnd(28)} Lighthouse did not run: ${(e as Error).message.split('\n')[0]}`);
    continue;
  }
  const r = JSON.parse(readFileSync(out, 'utf8'));
  const score = (k: string) => String(Math.round(r.categories[k].score * 100)).padStart(5);
  const a = (k: string) => String(r.audits[k].displayValue).replace(/\u00a0/g, ' ');
  console.log(`${page.padEnd(28)} ${score('performance')} ${score('accessibility')} ${score('best-practices')} ${score('seo')}  ${a('first-contentful-paint').padStart(6)} ${a('largest-contentful-paint').padStart(6)} ${a('total-blocking-time').padStart(7)} ${a('cumulative-layout-shift').padStart(6)}`);
}
server.close();
