// `node bench/ab-cpu.mjs REV [reply|batch|scenario] [ROUNDS]`: the CPU time of the engine's bench
// work in this work tree against git revision REV, both bundled with esbuild (bench/ab-entry.ts)
// and loaded into ONE process, their rounds alternated (A B, then B A, ...): on a shared machine
// where wall times are noise, the paired ratio of CPU time is the steadier comparison. reply: CPU
// per pipeline reply (rounds of 1,000 replies after 2,000 of warm-up); batch: per 10,000-turn
// log; scenario: per load + compile + check of every file (after 3 warm-up runs). Not part of
// `npm run bench`; prints the medians and the median of the paired ratios (this tree / REV).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const [rev, what = 'reply', roundsArg = '20'] = process.argv.slice(2);
if (!rev || !['reply', 'batch', 'scenario'].includes(what)) throw new Error('usage: node bench/ab-cpu.mjs REV [reply|batch|scenario] [ROUNDS]');
const tmp = mkdtempSync(join(tmpdir(), 'ab-cpu-'));
const bundle = async (tree, out) => {
  await build({
    entryPoints: [join(tree, 'bench/ab-entry.ts')], outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20',
    absWorkingDir: tree, tsconfig: join(tree, 'tsconfig.json'), logLevel: 'warning',
    banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
  });
  return out;
};
try {
  const old = join(tmp, 'tree');
  execFileSync('sh', ['-c', `mkdir -p "${old}" && git -C "${root}" archive "${rev}" | tar -x -C "${old}"`]);
  symlinkSync(join(root, 'node_modules'), join(old, 'node_modules'));
  copyFileSync(join(root, 'bench/ab-entry.ts'), join(old, 'bench/ab-entry.ts'));
  // Bundled beside their trees' bench/ folders: the entry finds scenarios/ from its own file.
  const a = await import(pathToFileURL(await bundle(root, join(root, 'bench', '.ab-this.mjs'))).href);
  const b = await import(pathToFileURL(await bundle(old, join(old, 'bench', '.ab-rev.mjs'))).href);
  const mods = [a, b];
  const run = (m) => (what === 'reply' ? m.pipelineChunk(1000) / 1000 : what === 'batch' ? m.batchOnce() / 1000 : m.scenarioOnce() / 1000);
  for (const m of mods) if (what === 'reply') m.pipelineChunk(2000); else for (let i = 0; i < 3; i++) run(m);
  const res = [[], []];
  for (let r = 0; r < Number(roundsArg); r++) for (const k of r % 2 ? [1, 0] : [0, 1]) res[k].push(run(mods[k]));
  const med = (xs) => { const s = [...xs].sort((x, y) => x - y); const h = s.length >> 1; return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2; };
  const unit = what === 'reply' ? 'µs CPU per reply' : 'ms CPU per run';
  console.log(`this tree: median ${med(res[0]).toFixed(2)} ${unit}; ${rev}: median ${med(res[1]).toFixed(2)}`);
  console.log(`paired ratio this/${rev}: median ${med(res[0].map((x, i) => x / res[1][i])).toFixed(3)} over ${res[0].length} pairs; load average ${execFileSync('cat', ['/proc/loadavg']).toString().split(' ')[0]}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
  rmSync(join(root, 'bench', '.ab-this.mjs'), { force: true });
}
