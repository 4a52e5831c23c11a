// `npm run build:cli`: the command line as plain JavaScript in dist-cli/, so a run starts in Node
// directly instead of compiling TypeScript first (tsx took ~1.8 s of a ~25 ms `check`).
// esbuild is already installed (tsx and vite depend on it): nothing is downloaded.
//   dist-cli/peilian.mjs        the package `bin`: src/cli/launch.ts
//   dist-cli/peilian.cjs        src/cli/main.ts and everything it loads, one CommonJS bundle
//   dist-cli/peilian.cjs.cache  V8's code cache for it, made by a warm-up `check` of scenarios/
// One bundle and a code cache, not ES module chunks: Node 20 caches no compiled ES modules, and
// compiling the chunks on every start cost more than the work of a `check` (src/cli/code-cache.ts).
// Code of a command not run is neither parsed nor executed (esbuild wraps each lazily loaded module).
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, relative, sep } from 'node:path';
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
  plugins: [importMeta],
});
await build({
  ...common,
  entryPoints: { peilian: 'src/cli/launch.ts' },
  outdir,
  format: 'esm',
  outExtension: { '.js': '.mjs' },
  banner: { js: '#!/usr/bin/env node' },
});
chmodSync(`${outdir}/peilian.mjs`, 0o755);

// The warm-up: a `check` of the shipped buyers, whose compiled functions the cache then holds.
// Run in the repository (scenarios/ is there), whatever the output folder.
if (existsSync(`${root}scenarios`)) {
  const warm = spawnSync(process.execPath, [`${outdir}/peilian.mjs`, 'check'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, PEILIAN_WRITE_CODE_CACHE: '1' },
  });
  if (warm.status !== 0 && warm.status !== 1) {
    process.stderr.write(`build-cli: the warm-up check failed (exit ${warm.status}):\n${warm.stderr}`);
    process.exit(1);
  }
}
