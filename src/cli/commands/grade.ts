// `grade FILE [--json] [--pass-mark N]`: grade a real chat log with the same rules as practice.
// FILE ("-" for stdin) is JSON {"turns":[{role,text,at?}],"context"?:{…},"outcome"?} or JSON Lines
// of turns, validated by chat-log.ts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError, parseArgs, type Io } from '@/cli/args';
import { RULES } from '@/engine/rules/catalog';
import { score } from '@/engine/score/score';
import type { ScoreResult } from '@/engine/score/types';
import { LogError, parseChatLog, type ChatLog } from '@/cli/chat-log';
import { knowledgeLines } from '@/cli/knowledge-lines';
import { lineNumber } from '@/engine/transcript';

function toJson(result: ScoreResult): string {
  return JSON.stringify({
    turns: result.turns.map((t) => ({ index: t.index, role: t.role, text: t.text, moves: t.moves, flags: t.flags })),
    violations: result.violations.map((v) => ({ rule: v.rule, turn: v.turn, points: v.points })),
    // A score that could not be judged is null: conversion without an outcome, knowledge without shop facts.
    scores: {
      ...result.scores,
      ...(result.conversionCounted === false ? { conversion: null } : {}),
      knowledge: result.scores.knowledge ?? null,
    },
    pointsDeducted: result.pointsDeducted,
    passMark: result.passMark,
    passed: result.passed,
    blocker: result.blocker,
    ...(result.responseTimes ? { responseTimes: result.responseTimes } : {}),
    top: result.top,
  });
}

function toText(result: ScoreResult): string {
  const lines: string[] = [];
  for (const t of result.turns) {
    lines.push(`[${lineNumber(t.index)}] ${t.role === 'buyer' ? '买家' : '客服'}：${t.text}`);
    for (const f of t.flags) lines.push(`      ⚠ ${f.rule} ${RULES[f.rule].title}${f.points ? ` 扣${f.points}分` : ''}：“${f.evidence}”`);
  }
  const s = result.scores;
  const conversion = result.conversionCounted === false ? '不计' : String(s.conversion);
  const knowledge = s.knowledge === undefined ? '不计（context 没有店铺信息）' : String(s.knowledge);
  lines.push('');
  lines.push(`总分 ${s.total}（及格线 ${result.passMark}）：服务态度 ${s.tone}，合规 ${s.compliance}，转化 ${conversion}，商品知识 ${knowledge}`);
  lines.push(...knowledgeLines(result));
  if (result.pointsDeducted > 0) lines.push(`平台扣分：扣${result.pointsDeducted}分（有平台违规，本次不及格）`);
  if (result.responseTimes) {
    lines.push(`响应时间：首次 ${result.responseTimes.first ?? '-'} 秒，平均 ${result.responseTimes.average ?? '-'} 秒`);
    for (const v of result.violations.filter((x) => x.rule === 'resp-first' || x.rule === 'resp-avg')) {
      lines.push(`      ⚠ ${v.rule} ${RULES[v.rule].title}（第${lineNumber(v.turn)}条）：${v.evidence}`);
    }
  }
  lines.push(result.passed ? '结果：及格' : '结果：不及格');
  if (result.top.length > 0) {
    lines.push('最需要改进：');
    result.top.forEach((f, i) => {
      lines.push(`${i + 1}. ${f.title}${f.turn !== null ? `（第${lineNumber(f.turn)}条）` : ''}${f.points ? ` 扣${f.points}分` : ''}：${f.why}`);
      if (f.better) lines.push(`   更好的说法：${f.better}`);
    });
  }
  return lines.join('\n');
}

export async function run(argv: string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(argv, ['pass-mark'], ['json']);
  const [file, ...extra] = positional;
  if (!file || extra.length > 0) throw new UsageError('grade needs exactly one FILE (JSON or JSON Lines; "-" for stdin)');
  const passMark = options['pass-mark'] === undefined ? undefined : Number(options['pass-mark']);
  if (passMark !== undefined && !(passMark >= 0 && passMark <= 100)) throw new UsageError('--pass-mark must be a number from 0 to 100');

  let source: string;
  try {
    source = file === '-' ? await io.readStdin() : readFileSync(resolve(io.cwd, file), 'utf8');
  } catch {
    io.err(`peilian grade: cannot read ${file}`);
    return 1;
  }
  let log: ChatLog;
  try {
    log = parseChatLog(source);
  } catch (error) {
    if (!(error instanceof LogError)) throw error;
    io.err(`peilian grade: ${file}: ${error.message}`);
    return 1;
  }
  const result = score(
    { turns: log.turns, outcome: log.outcome, ...(log.lowestOffer !== undefined ? { lowestOffer: log.lowestOffer } : {}) },
    undefined,
    { ...(passMark !== undefined ? { passMark } : {}), context: log.context },
  );
  io.out(options.json ? toJson(result) : toText(result));
  return 0;
}
