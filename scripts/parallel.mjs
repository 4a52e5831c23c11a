// `node scripts/parallel.mjs "cmd a" "cmd b && cmd c" …`: runs each lane (a shell command line) at
// the same time, prints each lane's output whole when it ends (lanes never interleave), and exits
// with the first failing lane's code, after every lane has ended. `npm test` and `.ci/run` use it
// for stages that each keep one core busy (tsc and ESLint are single-threaded) or mostly wait
// (Chromium, a database): on a 2-core machine they finish in the time of the longest lane.
import { spawn } from 'node:child_process';

const lanes = process.argv.slice(2);
if (lanes.length === 0) {
  process.stderr.write('usage: node scripts/parallel.mjs "command" ["command" …]\n');
  process.exit(2);
}

const started = Date.now();
const results = await Promise.all(
  lanes.map(
    (line) =>
      new Promise((resolve) => {
        const chunks = [];
        const child = spawn(line, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
        child.stdout.on('data', (c) => chunks.push(c));
        child.stderr.on('data', (c) => chunks.push(c));
        child.on('error', (error) => chunks.push(Buffer.from(`${error.message}\n`)));
        child.on('close', (code, signal) => {
          const seconds = ((Date.now() - started) / 1000).toFixed(0);
          const status = code ?? (signal ? 1 : 0);
          process.stdout.write(`── ${line} (${status === 0 ? 'ok' : `exit ${status}`}, ${seconds} s)\n`);
          process.stdout.write(Buffer.concat(chunks));
          resolve(status);
        });
      }),
  ),
);
process.exit(results.find((code) => code !== 0) ?? 0);
