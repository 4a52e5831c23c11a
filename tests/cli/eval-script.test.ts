// `npm run eval` prints the sealed sets first, then the tuning sets; the sealed path is tested on
// a temporary directory (the real sealed sets are never read by anyone who tunes the reader).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (args: string[]) => spawnSync('npx', ['tsx', 'scripts/eval.ts', ...args], { encoding: 'utf8' });
const SLOW = 180_000; // a subprocess reading every tuning set on a shared machine; not a speed check

describe('npm run eval', () => {
  it('prints the sealed sets first, per rule, then the tuning sets and the dev set', () => {
    const dir = mkdtempSync(join(tmpdir(), 'peilian-sealed-'));
    writeFileSync(join(dir, 'mini.jsonl'), [
      JSON.stringify({ text: '亲,您好~', moves: ['greet'], flags: [] }),
      JSON.stringify({ buyer: '能开发票吗', text: '开不了哦', moves: [], flags: ['invoice-refuse'] }),
    ].join('\n'));

    const { stdout } = run(['--sealed-dir', dir]);

    const sealed = stdout.indexOf('== sealed sets');
    const tuning = stdout.indexOf('== tuning sets');
    expect(sealed).toBeGreaterThanOrEqual(0);
    expect(tuning).toBeGreaterThan(sealed);
    expect(stdout.indexOf('== shared dev set')).toBeGreaterThan(tuning);
    const part = stdout.slice(sealed, tuning);
    expect(part).toContain('mini.jsonl: 2 replies');
    expect(part).toMatch(/invoice-refuse\s+1\s+0\s+0/);
    expect(part).toContain("answers read after the buyer's line");
  }, SLOW);

  it('--tuning leaves the sealed sets out', () => {
    const { stdout } = run(['--tuning']);

    expect(stdout).not.toContain('== sealed sets');
    expect(stdout).toContain('== tuning sets');
  }, SLOW);
});
