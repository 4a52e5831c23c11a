import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';


const cli = (...argv: string[]) => runCli(argv);

describe('peilian check', () => {
  it('exits 0 for a valid file and says it passed', async () => {
    const { code, out } = await cli('check', 'tests/fixtures/scenarios/valid/mini-haggle.yaml');

    expect(code).toBe(0);
    expect(out).toContain('mini-haggle.yaml: 通过');
  });

  it('exits 1 and prints FILE:LINE:COL code message with a hint', async () => {
    const { code, out } = await cli('check', 'tests/fixtures/scenarios/broken/unknown-state.yaml', 'tests/fixtures/scenarios/valid/mini-haggle.yaml');

    expect(code).toBe(1);
    expect(out).toMatch(/^tests\/fixtures\/scenarios\/broken\/unknown-state\.yaml:64:15 unknown-state .*angri/m);
    expect(out).toContain('提示：');
    expect(out).toContain('mini-haggle.yaml: 通过');
  });

  it('--json prints one parseable document with per-file issues', async () => {
    const { code, out } = await cli('check', '--json', 'tests/fixtures/scenarios/paths/trap.yaml');

    const report = JSON.parse(out) as { ok: boolean; errors: number; files: Array<{ errors: Array<{ code: string; line: number }> }> };
    expect(code).toBe(1);
    expect(report.ok).toBe(false);
    expect(report.files[0]?.errors.map((e) => e.code)).toEqual(['dead-end', 'dead-end']);
  });

  it('reports a missing file as an error, not a crash', async () => {
    const { code, out } = await cli('check', 'no/such/file.yaml');

    expect(code).toBe(1);
    expect(out).toContain('file-unreadable');
  });

  it('exits 2 on an unknown option', async () => {
    const { code, err } = await cli('check', '--strict');

    expect(code).toBe(2);
    expect(err).toContain('unknown option --strict');
  });
});
