// Build time of the whole site, measured over a few clean builds. Prints figures only.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const runs = Number(process.argv[2] ?? 3);
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  rmSync('dist-bench', { recursive: true, force: true });
  const t0 = performance.now();
  execFileSync('npx', ['astro', 'build', '--outDir', 'dist-bench'], { stdio: 'ignore' });
  times.push((performance.now() - t0) / 1000);
}
times.sort((a, b) => a - b);
console.log(`Site build (astro build, ${runs} runs): min ${times[0].toFixed(2)} s, median ${times[Math.floor(runs / 2)].toFixed(2)} s, max ${times[runs - 1].toFixed(2)} s`);
