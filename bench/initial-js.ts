// Initial JS: gzipped size of the entry chunk(s) the app's index.html loads, against a bare
// React + ReactDOM hello-world built by the same Vite in the same run (a ratio, so it does not
// drift with React's own size).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { atMost, round, type Figure } from './figure';

const root = resolve(import.meta.dirname, '..');

/** Gzipped bytes of the scripts index.html loads before anything runs (entry + modulepreloads). */
function entryBytes(outDir: string): { bytes: number; files: string[] } {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const refs = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((m) => m[1]!);
  const files = [...new Set(refs)];
  const bytes = files.reduce((sum, ref) => sum + gzipSync(readFileSync(join(outDir, ref.replace(/^\//, '')))).length, 0);
  return { bytes, files };
}

async function buildQuiet(options: Parameters<typeof build>[0]) {
  await build({ logLevel: 'error', ...options });
}

export async function measureInitialJs(): Promise<Figure> {
  const tmp = join(root, 'bench', '.tmp');
  rmSync(tmp, { recursive: true, force: true });
  const helloRoot = join(tmp, 'hello');
  mkdirSync(helloRoot, { recursive: true });
  writeFileSync(join(helloRoot, 'index.html'), '<!doctype html><div id="root"></div><script type="module" src="/main.tsx"></script>');
  writeFileSync(
    join(helloRoot, 'main.tsx'),
    "import { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('root')!).render(<h1>Hello</h1>);\n",
  );
  await buildQuiet({ root: helloRoot, configFile: false, plugins: [react()], build: { outDir: join(tmp, 'hello-dist'), target: 'es2022' } });
  await buildQuiet({ root, build: { outDir: join(tmp, 'app-dist') } });
  const hello = entryBytes(join(tmp, 'hello-dist'));
  const app = entryBytes(join(tmp, 'app-dist'));
  rmSync(tmp, { recursive: true, force: true });
  const ratio = app.bytes / hello.bytes;
  return {
    id: 'initial-js',
    name: 'initial JS (gzip) vs React hello-world',
    value: round(ratio, 2),
    unit: 'x',
    budget: '≤ 1.8x',
    over: atMost(ratio, 1.8),
    detail: `app ${(app.bytes / 1024).toFixed(1)} KiB (${app.files.length} files) / hello ${(hello.bytes / 1024).toFixed(1)} KiB`,
  };
}
