import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from './run-cli';

const HOSTILE = 'tests/fixtures/scenarios/hostile';
// eslint-disable-next-line no-control-regex -- what must not reach a terminal
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex -- nor a JSON document unescaped
const RAW_IN_JSON = /[\u0000-\u001f\u007f-\u009f\u202e]/;
const VALID = 'tests/fixtures/scenarios/valid/mini-haggle.yaml';
const hostileFiles = readdirSync(join(ROOT, HOSTILE))
  .sort()
  .map((f) => `${HOSTILE}/${f}`);

function repliesFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'peilian-hostile-')), 'replies.txt');
  writeFileSync(file, text);
  return file;
}

describe('peilian check on hostile files', () => {
  it('reports every file, the good one beside them included, with FILE:LINE:COL and no stack trace', async () => {
    const files = [...hostileFiles.slice(0, 30), VALID, ...hostileFiles.slice(30)];

    const { code, out, err } = await runCli(['check', ...files]);

    expect(code).toBe(1);
    expect(err).toBe('');
    expect(out).not.toMatch(/\n\s+at |Error:/);
    for (const file of files) expect(out).toMatch(new RegExp(`^${file.replace(/[.]/g, '\\.')}: `, 'm'));
    expect(out).toContain(`${VALID}: 通过`);
    for (const line of out.split('\n').filter((l) => l.startsWith(`${HOSTILE}/`) && !/: (通过|\d+ 个错误)/.test(l)))
      expect(line).toMatch(/^\S+:\d+:\d+ [a-z-]+( \(警告\))? .*[\u4e00-\u9fff]/);
  }, 60_000);

  it('--json still prints one document for all of them', async () => {
    const { code, out } = await runCli(['check', '--json', ...hostileFiles, VALID]);

    const report = JSON.parse(out) as { files: Array<{ file: string; ok: boolean }> };
    expect(code).toBe(1);
    expect(report.files).toHaveLength(hostileFiles.length + 1);
    expect(report.files.find((f) => f.file === VALID)?.ok).toBe(true);
  }, 60_000);

  it('refuses what is no file, and a file too large, without reading it whole', async () => {
    const big = join(mkdtempSync(join(tmpdir(), 'peilian-big-')), 'big.yaml');
    writeFileSync(big, `formatVersion: 1\n# ${'x'.repeat(3_100_000)}\n`);

    const { out } = await runCli(['check', HOSTILE, big]);

    expect(out).toMatch(/hostile:1:1 file-unreadable/);
    expect(out).toMatch(/big\.yaml:1:1 file-too-large/);
  });
});

describe('terminal safety of text output', () => {
  it('play shows escape codes from the file and the replies as visible text', async () => {
    const replies = repliesFile('亲，您好！\n\u001b[31m红色\u001b]0;标题\u0007\n这个价格已经是活动价了哦\n');

    const { code, out } = await runCli(['play', `${HOSTILE}/escape-codes.yaml`, '--replies', replies]);

    expect(code).toBe(0);
    expect(out).not.toMatch(CONTROL);
    expect(out).toContain('\\u001b[31m红色\\u001b]0;标题\\u0007');
  });

  it('play --json keeps the same text, still valid JSON', async () => {
    const replies = repliesFile('\u001b[2J\u009b\u202e你好\n');

    const { out } = await runCli(['play', VALID, '--replies', replies, '--json']);

    expect(out).not.toMatch(RAW_IN_JSON);
    const result = JSON.parse(out) as { turns: Array<{ role: string; text: string }> };
    expect(result.turns.find((t) => t.role === 'agent')?.text).toBe('\u001b[2J\u009b\u202e你好');
  });

  it('understand shows a bidi override in a reply as an escape', async () => {
    const { out } = await runCli(['understand', '你好\u202e微信']);

    expect(out).toContain('\\u202e');
    expect(out).not.toContain('\u202e');
  });
});
