import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';
import { loadScenario } from '@/engine/scenario/load';
import { playScript } from '@/engine/session';
import { score as scoreTranscript } from '@/engine/score/score';

const SCENARIO = 'tests/fixtures/scenarios/valid/mini-haggle.yaml';

const scenario = () => loadScenario(readFileSync(SCENARIO, 'utf8'), SCENARIO).scenario!;
/** What the report is made from: the scorer's result for the same play. */
const score = (transcript: ReturnType<typeof playScript>) => scoreTranscript(transcript, scenario());

const cli = (...argv: string[]) => runCli(argv);

function repliesFile(...lines: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'peilian-play-')), 'replies.txt');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('peilian play', () => {
  it('says which replies came after the end of the chat: not sent, not graded; the closing reply is marked', async () => {
    const replies = repliesFile('至于 你们这种砍价的见多了', '爱买不买', '不能', '嫌贵别买', '你去别家吧', '随便', '私下加我微信', '好评返现5块');
    const text = await cli('play', 'scenarios/price-haggle.yaml', '--replies', replies);
    expect(text.code).toBe(0);
    expect(text.out).toContain('客服（收尾，买家已做决定）：');
    expect(text.out).toMatch(/对话已经结束：回复文件里后面还有 \d+ 句，买家看不到，没有发送，也不计分/u);
    const json = JSON.parse((await cli('play', 'scenarios/price-haggle.yaml', '--replies', replies, '--json')).out) as { unsent: string[]; turns: Array<{ closing?: boolean }> };
    expect(json.unsent.length).toBeGreaterThan(0);
    expect(json.unsent.at(-1)).toBe('好评返现5块');
    expect(json.turns.filter((t) => t.closing)).toHaveLength(1);
  });

  it('--json prints the conversation, outcome, violations and scores', async () => {
    const replies = repliesFile('亲，您好！欢迎光临', '', '这个价格已经是活动价了哦');

    const { code, out } = await cli('play', SCENARIO, '--replies', replies, '--json');

    expect(code).toBe(0);
    const result = JSON.parse(out) as { scenario: string; seed: number; outcome: string | null; turns: Array<{ role: string; text: string }>; violations: unknown[]; scores: Record<string, number> };
    expect(result).toMatchObject({ scenario: 'mini-haggle', seed: 1 });
    expect(result.turns.filter((t) => t.role === 'agent').map((t) => t.text)).toEqual(['亲，您好！欢迎光临', '这个价格已经是活动价了哦']);
    expect(Object.keys(result.scores).sort()).toEqual(['compliance', 'conversion', 'knowledge', 'tone', 'total']);
    expect(Array.isArray(result.violations)).toBe(true);
  });

  it('--json gives each turn the feedback items the report shows beside it, worded the same', async () => {
    const replies = repliesFile('亲，您好！欢迎光临', '这个价格已经是活动价了哦', '不能便宜');

    const { out } = await cli('play', SCENARIO, '--replies', replies, '--json');
    const json = JSON.parse(out) as { turns: Array<{ role: string; feedback?: Array<Record<string, unknown>> }>; feedback: Array<Record<string, unknown>> };
    const report = score(playScript(scenario(), ['亲，您好！欢迎光临', '这个价格已经是活动价了哦', '不能便宜'], { seed: 1 }));

    expect(json.turns.filter((t) => t.role === 'agent').every((t) => Array.isArray(t.feedback))).toBe(true);
    expect(json.turns[1]?.feedback).toContainEqual(expect.objectContaining({ kind: 'good', title: '热情开场' }));
    const cold = json.turns[5]?.feedback?.find((f) => f.rule === 'tone-cold');
    const reported = report.feedback.find((f) => f.turn === 5 && f.rule === 'tone-cold');
    expect(reported).toBeDefined();
    expect(cold).toEqual({ kind: reported!.kind, rule: 'tone-cold', points: reported!.points, title: reported!.title, why: reported!.why, better: reported!.better, evidence: '不能便宜' });
    expect(json.feedback).toEqual(report.feedback.filter((f) => f.turn === null).map((f) => JSON.parse(JSON.stringify({ kind: f.kind, rule: f.rule, points: f.points, title: f.title, why: f.why, better: f.better, evidence: f.evidence, claim: f.claim, truth: f.truth, quote: f.quote }))));
  });

  it('the same seed replays the same conversation', async () => {
    const replies = repliesFile('亲，您好！', '不好意思', '好的');

    const a = await cli('play', SCENARIO, '--replies', replies, '--seed', '5', '--json');
    const b = await cli('play', SCENARIO, '--replies', replies, '--seed', '5', '--json');

    expect(a.out).toBe(b.out);
  });

  it('prints buyer lines and trainee replies as text', async () => {
    const { code, out } = await cli('play', SCENARIO, '--replies', repliesFile('亲，您好！'), '--variant', 'hard');

    expect(code).toBe(0);
    expect(out).toContain('买家 [opening 心情40]：纯棉短袖T恤要100？太贵了，便宜点我就拍。');
    expect(out).toContain('客服：亲，您好！');
    expect(out).toContain('得分：总分');
  });

  it('numbers each printed line as the report’s 第 N 条 counts it, from 1 over both sides (session 8)', async () => {
    const replies = repliesFile('亲,您好~建议拍M码哦', '好的亲');

    const { out } = await cli('play', 'size-question', '--replies', replies);
    const lines = out.split('\n');
    expect(lines.find((l) => l.includes('建议拍M码'))).toMatch(/^\[2\] 客服：/u);
    expect(lines[1]).toMatch(/^\[1\] 买家 /u);
    expect(out).toMatch(/第 2 条 fact-wrong/u);
  });

  it('prints the knowledge score and each wrong fact, in text and in --json', async () => {
    const replies = repliesFile('亲,您好~建议拍M码哦', '好的亲');

    const text = await cli('play', 'size-question', '--replies', replies);
    expect(text.out).toMatch(/商品知识 75/u);
    expect(text.out).toContain('第2条：说M码，尺码表给这位买家L码');
    expect(text.out).toContain('更好的说法：亲，按尺码表您166cm穿L码正合适哦');

    const json = JSON.parse((await cli('play', 'size-question', '--replies', replies, '--json')).out) as {
      turns: Array<{ role: string; flags?: string[] }>;
      violations: Array<{ rule: string; turn: number }>;
      scores: { knowledge: number };
    };
    expect(json.scores.knowledge).toBe(75);
    expect(json.violations).toContainEqual(expect.objectContaining({ rule: 'fact-wrong', turn: 1 }));
    expect(json.turns[1]?.flags).toContain('fact-wrong');
  });

  it('exits 2 without --replies or with an unknown variant', async () => {
    expect((await cli('play', SCENARIO)).code).toBe(2);
    expect((await cli('play', SCENARIO, '--replies', repliesFile('你好'), '--variant', 'nope')).code).toBe(2);
    expect((await cli('play', SCENARIO, '--replies', repliesFile('你好'), '--seed', 'x')).code).toBe(2);
  });

  it('exits 1 for a scenario that does not load', async () => {
    const { code, err } = await cli('play', 'tests/fixtures/scenarios/broken/wrong-type.yaml', '--replies', repliesFile('你好'));

    expect(code).toBe(1);
    expect(err).toContain('wrong-type');
  });
});
