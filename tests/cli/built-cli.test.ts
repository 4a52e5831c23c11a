import { beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheHeaderLength } from '@/cli/code-cache';
import { ROOT, runCli } from './run-cli';

// The command line as it ships: built to JavaScript (scripts/build-cli.mjs, the package's `bin`)
// and run as a process, from a directory of this test's own (its code caches get damaged below).
const out = mkdtempSync(join(tmpdir(), 'peilian-cli-'));
const bin = join(out, 'peilian.mjs');
const VALID = 'tests/fixtures/scenarios/valid/mini-haggle.yaml';

const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: ROOT, encoding: 'utf8' });
const withoutTimes = (json: string) => JSON.stringify(JSON.parse(json, (key, value: unknown) => (key === 'ms' ? 0 : value)));

/** Newest modification time of the files under `dir` (ms). */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

beforeAll(() => {
  // `npm test` (and so CI) has just built dist-cli/ from these sources: a copy of it is the same
  // build. Built again here when it is missing or older than any source, as on a working tree.
  const shipped = join(ROOT, 'dist-cli');
  const builtAt = existsSync(join(shipped, 'peilian.cjs')) ? statSync(join(shipped, 'peilian.cjs')).mtimeMs : 0;
  const sources = Math.max(newest(join(ROOT, 'src')), statSync(join(ROOT, 'scripts/build-cli.mjs')).mtimeMs, statSync(join(ROOT, 'package.json')).mtimeMs);
  if (builtAt > sources && existsSync(join(shipped, 'peilian.mjs'))) {
    cpSync(shipped, out, { recursive: true });
    return;
  }
  const built = spawnSync(process.execPath, ['scripts/build-cli.mjs', '--outdir', out], { cwd: ROOT, encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);
}, 120_000);

describe('the built command line', () => {
  it('is the package bin, an executable Node script', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };

    expect(pkg.bin.peilian).toBe('dist-cli/peilian.mjs');
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('check prints what the TypeScript sources print, exit codes included', async () => {
    const files = ['scenarios/price-haggle.yaml', 'tests/fixtures/scenarios/broken/unknown-state.yaml', 'tests/fixtures/scenarios/hostile/alias-bomb.yaml'];

    const built = run('check', '--json', ...files);
    const source = await runCli(['check', '--json', ...files]);

    expect(built.status).toBe(1);
    expect(source.code).toBe(1);
    expect(withoutTimes(built.stdout.trim())).toBe(withoutTimes(source.out));
    expect(built.stderr).toBe('');
  }, 60_000);

  it('ships a code cache, and prints the same without it or with a damaged one', () => {
    const cache = join(out, 'peilian.cjs.check.cache');
    const files = ['scenarios/complaint.yaml', 'tests/fixtures/scenarios/broken/unknown-state.yaml'];
    const withCache = run('check', '--json', ...files);
    const good = readFileSync(cache);
    try {
      rmSync(cache);
      const without = run('check', '--json', ...files);
      // The header (the text the cache was made from) kept, V8's part garbled.
      const header = cacheHeaderLength(readFileSync(join(out, 'peilian.cjs')));
      writeFileSync(cache, Buffer.concat([good.subarray(0, header), Buffer.alloc(good.length - header, 1)]));
      const damaged = run('check', '--json', ...files);
      writeFileSync(cache, 'not a cache');
      const stale = run('check', '--json', ...files);

      expect(good.length).toBeGreaterThan(1000);
      for (const other of [without, damaged, stale]) {
        expect(other.status).toBe(withCache.status);
        expect(withoutTimes(other.stdout)).toBe(withoutTimes(withCache.stdout));
        expect(other.stderr).toBe('');
      }
    } finally {
      writeFileSync(cache, good);
    }
    expect(existsSync(cache)).toBe(true);
  }, 60_000);

  it('reads the lexicon and the model from files beside the bundle, from any working directory', () => {
    for (const name of ['moves.json', 'flags.json', 'classifier-model.json']) expect(existsSync(join(out, 'lexicon', name))).toBe(true);
    const elsewhere = spawnSync(process.execPath, [bin, 'understand', '--json', '可以给您开发票哦'], { cwd: tmpdir(), encoding: 'utf8' });

    expect(elsewhere.stderr).toBe('');
    expect(JSON.parse(elsewhere.stdout)).toEqual(JSON.parse(run('understand', '--json', '可以给您开发票哦').stdout));
    expect((JSON.parse(elsewhere.stdout) as { moves: string[] }).moves.length).toBeGreaterThan(0);
  });

  it('understand, grade and usage errors behave as documented', () => {
    const understood = JSON.parse(run('understand', '--json', '亲，您好！').stdout) as { moves: string[] };
    const log = join(mkdtempSync(join(tmpdir(), 'peilian-log-')), 'log.json');
    writeFileSync(log, JSON.stringify({ turns: [{ role: 'buyer', text: '在吗' }, { role: 'agent', text: '亲，您好！' }] }));

    expect(understood.moves).toContain('greet');
    expect(run('grade', log, '--json').status).toBe(0);
    expect(run('nope').status).toBe(2);
  }, 60_000);

  it('play piped into a reader that stops early exits quietly, without a stack trace', async () => {
    const replies = join(mkdtempSync(join(tmpdir(), 'peilian-pipe-')), 'replies.txt');
    writeFileSync(replies, '好的\n'.repeat(3000));
    const child = spawn(process.execPath, [bin, 'play', VALID, '--replies', replies], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Like `| head -1`: read one chunk, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());

    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));

    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);
});
