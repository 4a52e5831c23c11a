// `npm run eval` prints the sealed sets first, then the tuning sets; the sealed path is tested on
// a temporary directory (the real sealed sets are never read by anyone who tunes the reader).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (args: string[]) => spawnSync('npx', ['tsx', 'scripts/eval.ts', ...args], { encoding: 'utf8' });
const SLOW = 180_000; // a subprocess on a shared machine; not a speed check

/**
 * Small stand-ins for the three kinds of set: the script's order and sections are what is tested
 * here. Reading every real tuning reply twice took minutes of CI; the real sets' figures are
 * checked in-process by tests/engine/understand/labelled-sets.test.ts.
 */
function sets(): { sealed: string; tuning: string; dev: string } {
  const dir = mkdtempSync(join(tmpdir(), 'peilian-eval-'));
  const sealed = join(dir, 'sealed');
  const tuning = join(dir, 'tuning');
  mkdirSync(sealed);
  mkdirSync(tuning);
  writeFileSync(join(sealed, 'mini.jsonl'), [
    JSON.stringify({ text: '亲,您好~', moves: ['greet'], flags: [] }),
    JSON.stringify({ buyer: '能开发票吗', text: '开不了哦', moves: [], flags: ['invoice-refuse'] }),
  ].join('\n'));
  writeFileSync(join(tuning, 'tuned.jsonl'), JSON.stringify({ text: '亲,您好~', moves: ['greet'], flags: [] }));
  writeFileSync(join(dir, 'dev.jsonl'), JSON.stringify({ text: '您好亲,在的', moves: ['greet'], flags: [] }));
  return { sealed, tuning, dev: join(dir, 'dev.jsonl') };
}

describe('npm run eval', () => {
  it('prints the sealed sets first, per rule, then the tuning sets and the dev set', () => {
    const { sealed: dir, tuning, dev } = sets();

    const { stdout } = run(['--sealed-dir', dir, '--tuning-dir', tuning, '--dev-file', dev]);

    const sealed = stdout.indexOf('== sealed sets');
    const tuned = stdout.indexOf('== tuning sets');
    expect(sealed).toBeGreaterThanOrEqual(0);
    expect(tuned).toBeGreaterThan(sealed);
    expect(stdout.indexOf('== shared dev set')).toBeGreaterThan(tuned);
    const part = stdout.slice(sealed, tuned);
    expect(part).toContain('mini.jsonl: 2 replies');
    expect(part).toMatch(/invoice-refuse\s+1\s+0\s+0/);
    expect(part).toContain("answers read after the buyer's line");
    expect(stdout.slice(tuned)).toMatch(/tuned\.jsonl\s+1\s+moves F1 1\.000/);
  }, SLOW);

  it('--tuning leaves the sealed sets out', () => {
    const { tuning, dev } = sets();

    const { stdout } = run(['--tuning', '--tuning-dir', tuning, '--dev-file', dev]);

    expect(stdout).not.toContain('== sealed sets');
    expect(stdout).toContain('== tuning sets');
    expect(stdout).toMatch(/tuned\.jsonl\s+1\s+moves F1 1\.000/);
  }, SLOW);
  it('an option it does not know (--help) is an error and reads no set', () => {
    const { sealed: dir, tuning, dev } = sets();

    const { stdout, stderr, status } = run(['--help', '--sealed-dir', dir, '--tuning-dir', tuning, '--dev-file', dev]);

    expect(status).toBe(2);
    expect(stderr).toContain('unknown option --help');
    expect(stdout).not.toContain('== sealed sets');
    expect(stdout).not.toContain('mini.jsonl');
  }, SLOW);
});
