// `npm run build:cli`: the command line as plain JavaScript in dist-cli/, so a run starts in Node
// directly instead of compiling TypeScript first (tsx took ~1.8 s of a ~25 ms `check`).
// esbuild is already installed (tsx and vite depend on it): nothing is downloaded.
//   dist-cli/peilian.mjs        the package `bin`: src/cli/launch.ts
//   dist-cli/peilian.cjs        src/cli/main.ts and everything it loads, one CommonJS bundle
//   dist-cli/peilian.cjs.*.cache V8's code caches for it, made by warm-up runs (`check` of scenarios/; `play`)
//   dist-cli/lexicon/*.json     the reader's lexicon and model, read by the bundle when a command needs them
// One bundle and a code cache, not ES module chunks: Node 20 caches no compiled ES modules, and
// compiling the chunks on every start cost more than the work of a `check` (src/cli/code-cache.ts).
// Code of a command not run is neither parsed nor executed (esbuild wraps each lazily loaded module).
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
// `--outdir DIR` builds elsewhere (tests build a copy of their own).
const at = process.argv.indexOf('--outdir');
const outdir = at > 0 && process.argv[at + 1] ? process.argv[at + 1] : `${root}dist-cli`;

/**
 * `import.meta` has no meaning in a CommonJS bundle: in our sources it becomes what it is when
 * they run from src/ (the server finds the built app and scenarios/ from its own file), with the
 * package root the entry passes in (`__peilianRoot`, the folder above dist-cli/).
 */
const importMeta = {
  name: 'import-meta',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]src[\\/].*\.tsx?$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta')) return undefined;
      const path = (p) => `require("node:path").join(__peilianRoot, ${JSON.stringify(relative(root, p).split(sep).join('/'))})`;
      return {
        contents: text
          .replaceAll('import.meta.dirname', path(dirname(args.path)))
          .replaceAll('import.meta.url', `require("node:url").pathToFileURL(${path(args.path)}).href`),
        loader: args.path.endsWith('x') ? 'tsx' : 'ts',
      };
    });
  },
};

/**
 * The reader's lexicon and classifier model (~0.75 MB of JSON, most of the bundle) stay files
 * beside it, dist-cli/lexicon/*.json, read by `require` when a command first needs them: `check`
 * never does, and every start read, decoded and hashed them as part of the bundle's text.
 */
const lexiconDir = join(root, 'src', 'engine', 'lexicon');
const lexiconFiles = {
  name: 'lexicon-files',
  setup(builder) {
    builder.onResolve({ filter: /[\\/]lexicon[\\/][^\\/]+\.json$/ }, (args) => {
      const name = args.path.split(/[\\/]/).pop();
      if (!existsSync(join(lexiconDir, name))) return undefined;
      return { path: `./lexicon/${name}`, external: true };
    });
  },
};

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  // Less to read and hash on every start (the figure in BENCHMARKS.md is a whole process).
  minify: true,
  sourcemap: 'linked',
  logLevel: 'warning',
};

rmSync(outdir, { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { peilian: 'src/cli/main.ts' },
  outdir,
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  // The team server's packages (a native SQLite binding, database drivers) stay where npm put them.
  external: ['libsql', '@libsql/*', 'pg', 'pg-*', 'kysely', 'kysely/*', 'ws', 'hono', 'hono/*', '@hono/*'],
  plugins: [importMeta, lexiconFiles],
});
mkdirSync(join(outdir, 'lexicon'));
for (const name of readdirSync(lexiconDir)) if (name.endsWith('.json')) copyFileSync(join(lexiconDir, name), join(outdir, 'lexicon', name));
await build({
  ...common,
  entryPoints: { peilian: 'src/cli/launch.ts' },
  outdir,
  format: 'esm',
  outExtension: { '.js': '.mjs' },
  banner: { js: '#!/usr/bin/env node' },
});
chmodSync(`${outdir}/peilian.mjs`, 0o755);

// The warm-ups, one per cache (launch.ts): a `check` of the shipped buyers, and a short `play`
// (reading a buyer, understanding replies, scoring) for the other commands. The caches then hold
// the functions these runs compiled. Run in the repository (scenarios/ is there), whatever the
// output folder; without scenarios/ the CLI simply starts without caches.
function warmUp(args) {
  const run = spawnSync(process.execPath, [`${outdir}/peilian.mjs`, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, PEILIAN_WRITE_CODE_CACHE: '1' } });
  if (run.status !== 0) {
    process.stderr.write(`build-cli: the warm-up \`peilian ${args.join(' ')}\` failed (exit ${run.status}):\n${run.stderr}`);
    process.exit(1);
  }
}
if (existsSync(`${root}scenarios/price-haggle.yaml`)) {
  warmUp(['check']);
  const replies = join(mkdtempSync(join(tmpdir(), 'peilian-warm-')), 'replies.txt');
  writeFileSync(replies, '亲，您好！请问有什么可以帮您？\n这款已经是活动价了，可以送您运费险哦\n好的，给您备注尽快发货\n');
  warmUp(['play', 'scenarios/price-haggle.yaml', '--replies', replies, '--json']);
  rmSync(dirname(replies), { recursive: true, force: true });
}
