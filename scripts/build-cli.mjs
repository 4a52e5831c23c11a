// `npm run build:cli`: the command line as plain JavaScript in dist-cli/, so a run starts in Node
// directly instead of compiling TypeScript first (tsx took ~1.8 s of a ~25 ms `check`).
// esbuild is already installed (tsx and vite depend on it): nothing is downloaded. Each command
// stays its own chunk, loaded on demand as in src/cli/main.ts.
import { chmodSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
// `--outdir DIR` builds elsewhere (tests build a copy of their own).
const at = process.argv.indexOf('--outdir');
const outdir = at > 0 && process.argv[at + 1] ? process.argv[at + 1] : `${root}dist-cli`;

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { peilian: 'src/cli/main.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  // Some bundled packages are CommonJS and call require(); give them one in an ES module.
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __peilianRequire } from 'node:module';\nconst require = __peilianRequire(import.meta.url);" },
  // The team server's packages (a native SQLite binding, database drivers) stay where npm put them.
  external: ['libsql', '@libsql/*', 'pg', 'pg-*', 'kysely', 'kysely/*', 'ws', 'hono', 'hono/*', '@hono/*'],
  legalComments: 'none',
  // Less to parse on every start (the figure in BENCHMARKS.md is a whole process).
  minify: true,
  sourcemap: 'linked',
  logLevel: 'warning',
});
chmodSync(`${outdir}/peilian.mjs`, 0o755);
