import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from './run-cli';
import { cacheHeaderLength, compileBundle, writeCodeCache } from '@/cli/code-cache';

// A bundle of its own: a module body that reports through `module.exports`.
function bundleDir(body: string): { bundle: string; cache: string } {
  const dir = mkdtempSync(join(tmpdir(), 'peilian-cache-'));
  const bundle = join(dir, 'b.cjs');
  writeFileSync(bundle, body);
  return { bundle, cache: `${bundle}.cache` };
}

const answer = (bundle: string, cache: string) => {
  const compiled = compileBundle(bundle, cache);
  const module = { exports: {} as { answer?: number } };
  compiled.run(module.exports, undefined, module, bundle, '', '');
  return { status: compiled.status, answer: module.exports.answer, compiled };
};

/** The same in a process of its own: this one may have compiled the bundle already, and V8 would answer from memory. */
function answerInChild(bundle: string, cache: string): unknown {
  const script = `import { compileBundle } from '@/cli/code-cache';
    const c = compileBundle(${JSON.stringify(bundle)}, ${JSON.stringify(cache)});
    const module = { exports: {} };
    c.run(module.exports, undefined, module, '', '', '');
    console.log(JSON.stringify({ status: c.status, answer: module.exports.answer }));`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  expect(child.stderr).toBe('');
  return JSON.parse(child.stdout);
}

describe('the code cache of the built command line', () => {
  it('is used once written, and the bundle runs the same', () => {
    const { bundle, cache } = bundleDir('module.exports.answer = [1, 2, 3].map((n) => n * 2).reduce((a, b) => a + b);');

    const first = answer(bundle, cache);
    writeCodeCache(first.compiled, cache);

    expect(first).toMatchObject({ status: 'missing', answer: 12 });
    expect(answerInChild(bundle, cache)).toEqual({ status: 'used', answer: 12 });
  }, 60_000);

  it('is ignored, not trusted, when the bundle changed since it was written (a rebuild)', () => {
    const { bundle, cache } = bundleDir('module.exports.answer = 1;');
    writeCodeCache(answer(bundle, cache).compiled, cache);
    // Same length, other code: V8's own check (the length) would take the old cache for it.
    writeFileSync(bundle, 'module.exports.answer = 2;');

    expect(answer(bundle, cache)).toMatchObject({ status: 'stale', answer: 2 });
  });

  it('falls back to the text when V8 refuses the cache (damaged, or made by another Node or flags)', () => {
    const { bundle, cache } = bundleDir('module.exports.answer = 3;');
    writeCodeCache(answer(bundle, cache).compiled, cache);
    const good = readFileSync(cache);
    // Keep the header (the text the cache was made from), garble what V8 reads.
    const header = cacheHeaderLength(readFileSync(bundle));
    writeFileSync(cache, Buffer.concat([good.subarray(0, header), Buffer.alloc(good.length - header, 7)]));

    expect(answerInChild(bundle, cache)).toEqual({ status: 'rejected', answer: 3 });
  }, 60_000);

  it('an empty or truncated cache file is stale, not an error', () => {
    const { bundle, cache } = bundleDir('module.exports.answer = 4;');
    writeFileSync(cache, '');

    expect(answer(bundle, cache)).toMatchObject({ status: 'stale', answer: 4 });
  });
});
