// `play SCENARIO --replies FILE [--seed N] [--variant NAME] [--json]`: plays a buyer with
// scripted trainee replies (one per line) and prints the conversation and the score.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError, parseArgs, type Io } from '@/cli/args';
import { lineNumber } from '@/engine/transcript';
import { loadScenario } from '@/engine/scenario/load';
import { formatIssue } from '@/engine/scenario/issues';
import { playScript } from '@/engine/session';
import { readScenarioFile } from '@/cli/read-scenario';
import { score } from '@/engine/score/score';
import type { FeedbackItem } from '@/engine/score/types';
import { knowledgeLines } from '@/cli/knowledge-lines';

/** A feedback item as the report words it: the same title, reason, better reply and evidence. */
function feedbackJson(item: FeedbackItem) {
  const { kind, rule, points, title, why, better, evidence, claim, truth, quote } = item;
  // Absent fields (no better reply for a good item, say) are left out of the JSON.
  return { kind, rule, points, title, why, better, evidence, claim, truth, quote };
}

/** An id names `scenarios/<id>.yaml`; anything that looks like a path is used as one. */
export function scenarioPath(arg: string, cwd: string): string {
  return /[\\/]|\.ya?ml$/i.test(arg) ? resolve(cwd, arg) : resolve(cwd, 'scenarios', `${arg}.yaml`);
}

export async function run(argv: string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(argv, ['replies', 'seed', 'variant'], ['json']);
  const [scenarioArg, ...extra] = positional;
  if (!scenarioArg || extra.length > 0) throw new UsageError('play needs exactly one SCENARIO (an id or a path)');
  if (typeof options.replies !== 'string') throw new UsageError('play needs --replies FILE');
  const seed = options.seed === undefined ? 1 : Number(options.seed);
  if (!Number.isInteger(seed)) throw new UsageError('--seed must be an integer');

  const file = scenarioPath(scenarioArg, io.cwd);
  if (!existsSync(file)) {
    io.err(`找不到场景“${scenarioArg}”（${file}）。`);
    return 1;
  }
  const repliesFile = resolve(io.cwd, options.replies);
  if (!existsSync(repliesFile)) {
    io.err(`找不到回复文件 ${options.replies}。`);
    return 1;
  }
  const read = readScenarioFile(file, file);
  const loaded = 'issue' in read ? { errors: [read.issue], scenario: undefined } : loadScenario(read.bytes, file);
  if (!loaded.scenario) {
    for (const issue of loaded.errors) io.err(`${formatIssue(issue)}\n    提示：${issue.hint}`);
    return 1;
  }
  const scenario = loaded.scenario;
  const variant = typeof options.variant === 'string' ? options.variant : undefined;
  if (variant !== undefined && !Object.hasOwn(scenario.persona.variants ?? {}, variant))
    throw new UsageError(`scenario ${scenario.id} has no variant "${variant}" (has: ${Object.keys(scenario.persona.variants ?? {}).join(', ') || 'none'})`);

  const replies = readFileSync(repliesFile, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const transcript = playScript(scenario, replies, { seed, ...(variant !== undefined ? { variant } : {}) });
  const result = score(transcript, scenario);

  if (options.json) {
    const feedbackOn = (turn: number | null) => result.feedback.filter((f) => f.turn === turn).map(feedbackJson);
    io.out(
      JSON.stringify({
        scenario: scenario.id,
        seed,
        ...(variant !== undefined ? { variant } : {}),
        outcome: transcript.outcome,
        // Per-turn moves and flags as the report has them (the same the buyer reacted to).
        turns: transcript.turns.map((t, i) => ({
          role: t.role,
          text: t.text,
          ...(t.state !== undefined ? { state: t.state } : {}),
          ...(t.mood !== undefined ? { mood: t.mood } : {}),
          ...(t.upset !== undefined ? { upset: t.upset } : {}),
          // The reply sent after the buyer decided: graded as the chat's close (she has already decided).
          ...(i === transcript.closingTurn ? { closing: true } : {}),
          ...(t.role === 'agent' ? { moves: result.turns[i]?.moves ?? [], flags: (result.turns[i]?.flags ?? []).map((f) => f.rule) } : {}),
          // What the report's turn review shows beside this turn (tone-particles and the like).
          ...(t.role === 'agent' || feedbackOn(i).length > 0 ? { feedback: feedbackOn(i) } : {}),
        })),
        // The report's 整体: items about the whole chat (no warm close, say).
        feedback: feedbackOn(null),
        violations: result.violations.map((v) => ({ rule: v.rule, turn: v.turn, points: v.points })),
        scores: result.scores,
        passMark: result.passMark,
        passed: result.passed,
        // Replies of the file that came after the chat was over: not sent, not graded.
        unsent: transcript.unsent,
      }),
    );
    return 0;
  }

  io.out(`场景 ${scenario.id}《${scenario.title}》 种子 ${seed}${variant ? ` 变体 ${variant}` : ''}`);
  transcript.turns.forEach((turn, i) => {
    // Each line carries the number the report's "第 N 条" names (engine/transcript.ts lineNumber).
    if (turn.role === 'buyer') io.out(`[${lineNumber(i)}] 买家 [${turn.state ?? ''} 心情${turn.mood ?? ''}]：${turn.text}`);
    // The closing reply reaches a buyer who has already decided: it is graded as the close.
    else io.out(`[${lineNumber(i)}] 客服${i === transcript.closingTurn ? '（收尾，买家已做决定）' : ''}：${turn.text}`);
  });
  if (transcript.unsent.length > 0)
    io.out(`（对话已经结束：回复文件里后面还有 ${transcript.unsent.length} 句，买家看不到，没有发送，也不计分。第一句是：${transcript.unsent[0]}）`);
  // The buyer decided and no closing reply followed: the replies ran out one line too early.
  const last = transcript.turns[transcript.turns.length - 1];
  if (transcript.outcome !== null && last?.role === 'buyer')
    io.out('（买家已做决定，还等你一句收尾：道谢、确认她刚问的事。回复文件里没有这一句，按没有收尾计。）');
  const outcome = transcript.outcome ?? '未结束（回复用完了）';
  const { tone, compliance, conversion, knowledge, total } = result.scores;
  io.out(`结局：${outcome}`);
  io.out(
    `得分：总分 ${total}（服务态度 ${tone}，合规 ${compliance}，转化 ${conversion}，商品知识 ${knowledge ?? '不计'}）${result.pointsDeducted ? `，扣 ${result.pointsDeducted} 分` : ''}`,
  );
  // Pass or fail, as the report says it: the pass mark, and a platform violation fails whatever the total.
  io.out(`结果：${result.passed ? '及格' : '不及格'}（及格线 ${result.passMark}${result.pointsDeducted > 0 ? '；有平台违规，一票否决' : ''}）`);
  for (const v of result.violations) io.out(`  第 ${lineNumber(v.turn)} 条 ${v.rule}${v.points ? ` 扣${v.points}分` : ''}：${v.evidence}`);
  // Habits of the whole chat (the share of replies with a friendly particle) cost tone too.
  for (const item of result.feedback) if (item.kind === 'missed' && item.turn === null && item.rule) io.out(`  全程 ${item.rule}：${item.evidence ?? item.title}`);
  // Every conversion point docked says what was missing (the outcome, the price, the upsell).
  const PART = { conversion: '转化', compliance: '合规', knowledge: '商品知识' } as const;
  for (const item of result.feedback) if (item.kind === 'missed' && item.rule === null) io.out(`  ${PART[item.part ?? 'conversion']} ${item.title}（${item.evidence ?? ''}）：${item.why}`);
  for (const line of knowledgeLines(result)) io.out(line);
  return 0;
}
