// `npm test`'s checks before the browser tests, as two chains side by side: each step is single-threaded most of
// its time, so on two cores the chains take about as long as the longer one instead of their sum (CI's budget).
// A chain stops at its first failure; the output of each step is printed whole once it ends, so the two chains'
// lines do not interleave. Exits non-zero if any step failed.
import { spawn } from 'node:child_process';

const CHAINS = [
  ['lint', 'check:types', 'build -w server', 'test:server'],
  ['check:manifest', 'check:i18n', 'test:packed'],
];

/** Runs `npm run <script>`, collecting its output; resolves with whether it passed. */
function step(script) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', ...script.split(' ')], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      process.stdout.write(Buffer.concat(output));
      console.log(`\n${code === 0 ? '✓' : '✗'} npm run ${script} (${seconds} s)\n`);
      resolve(code === 0);
    });
  });
}

async function chain(scripts) {
  for (const script of scripts) if (!(await step(script))) return false;
  return true;
}

const passed = await Promise.all(CHAINS.map(chain));
if (!passed.every(Boolean)) process.exit(1);
