// `grade FILE [--json] [--pass-mark N]`: grade a real chat log with the same rules as practice.
// FILE ("-" for stdin) is JSON {"turns":[{role,text,at?}],"context"?:{…},"outcome"?} or JSON Lines
// of turns. `at` is an ISO date string or epoch milliseconds.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError, parseArgs, type Io } from '@/cli/args';
import { RULES } from '@/engine/rules/catalog';
import { score } from '@/engine/score/score';
import type { ScoreResult } from '@/engine/score/types';
import type { Turn } from '@/engine/transcript';
import type { ReplyContext } from '@/engine/understanding-types';
import { OUTCOME_KINDS, type OutcomeKind } from '@/engine/vocabulary';

class LogError extends Error {}

interface ChatLog {
  turns: Turn[];
  context: ReplyContext;
  outcome: OutcomeKind | null;
  lowestOffer: number | null;
}

function parseAt(value: unknown, where: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') {
    const ms = Date.parse(value);
    if (Number.isFinite(ms)) return ms;
  }
  throw new LogError(`${where}: "at" must be an ISO date string or epoch milliseconds, got ${JSON.stringify(value)}`);
}

function parseTurn(value: unknown, where: string): Turn {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new LogError(`${where}: a turn must be an object {"role","text","at"?}`);
  const { role, text, at } = value as Record<string, unknown>;
  if (role !== 'buyer' && role !== 'agent') throw new LogError(`${where}: "role" must be "buyer" or "agent", got ${JSON.stringify(role)}`);
  if (typeof text !== 'string') throw new LogError(`${where}: "text" must be a string`);
  const ms = parseAt(at, where);
  return ms === undefined ? { role, text } : { role, text, at: ms };
}

export function parseChatLog(source: string): ChatLog {
  const trimmed = source.trim();
  if (trimmed === '') throw new LogError('the file is empty');
  let whole: unknown;
  try {
    whole = JSON.parse(trimmed);
  } catch {
    whole = undefined;
  }
  if (whole && typeof whole === 'object' && !Array.isArray(whole) && 'turns' in whole) {
    const doc = whole as Record<string, unknown>;
    if (!Array.isArray(doc.turns)) throw new LogError('"turns" must be an array');
    const context = doc.context ?? {};
    if (typeof context !== 'object' || context === null || Array.isArray(context)) throw new LogError('"context" must be an object');
    const outcome = doc.outcome ?? null;
    if (outcome !== null && !(OUTCOME_KINDS as readonly unknown[]).includes(outcome)) {
      throw new LogError(`"outcome" must be one of ${OUTCOME_KINDS.join(', ')} or null`);
    }
    const lowestOffer = typeof doc.lowestOffer === 'number' ? doc.lowestOffer : null;
    return {
      turns: doc.turns.map((t, i) => parseTurn(t, `turns[${i}]`)),
      context: context as ReplyContext,
      outcome: outcome as OutcomeKind | null,
      lowestOffer,
    };
  }
  if (Array.isArray(whole)) return { turns: whole.map((t, i) => parseTurn(t, `turns[${i}]`)), context: {}, outcome: null, lowestOffer: null };
  // JSON Lines: one turn per line.
  const turns: Turn[] = [];
  trimmed.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new LogError(`line ${i + 1}: not valid JSON`);
    }
    turns.push(parseTurn(value, `line ${i + 1}`));
  });
  return { turns, context: {}, outcome: null, lowestOffer: null };
}

function toJson(result: ScoreResult): string {
  return JSON.stringify({
    turns: result.turns.map((t) => ({ index: t.index, role: t.role, text: t.text, moves: t.moves, flags: t.flags })),
    violations: result.violations.map((v) => ({ rule: v.rule, turn: v.turn, points: v.points })),
    scores: { ...result.scores, ...(result.conversionCounted === false ? { conversion: null } : {}) },
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
    lines.push(`[${t.index}] ${t.role === 'buyer' ? '买家' : '客服'}：${t.text}`);
    for (const f of t.flags) lines.push(`      ⚠ ${f.rule} ${RULES[f.rule].title}${f.points ? ` 扣${f.points}分` : ''}：“${f.evidence}”`);
  }
  const s = result.scores;
  const conversion = result.conversionCounted === false ? '不计' : String(s.conversion);
  lines.push('');
  lines.push(`总分 ${s.total}（及格线 ${result.passMark}）：服务态度 ${s.tone}，合规 ${s.compliance}，转化 ${conversion}`);
  if (result.pointsDeducted > 0) lines.push(`平台扣分：扣${result.pointsDeducted}分（有平台违规，本次不及格）`);
  if (result.responseTimes) {
    lines.push(`响应时间：首次 ${result.responseTimes.first ?? '-'} 秒，平均 ${result.responseTimes.average ?? '-'} 秒`);
    for (const v of result.violations.filter((x) => x.rule === 'resp-first' || x.rule === 'resp-avg')) {
      lines.push(`      ⚠ ${v.rule} ${RULES[v.rule].title}（第${v.turn}条）：${v.evidence}`);
    }
  }
  lines.push(result.passed ? '结果：及格' : '结果：不及格');
  if (result.top.length > 0) {
    lines.push('最需要改进：');
    result.top.forEach((f, i) => {
      lines.push(`${i + 1}. ${f.title}${f.turn !== null ? `（第${f.turn}条）` : ''}${f.points ? ` 扣${f.points}分` : ''}：${f.why}`);
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
    { turns: log.turns, outcome: log.outcome, lowestOffer: log.lowestOffer },
    undefined,
    { ...(passMark !== undefined ? { passMark } : {}), context: log.context },
  );
  io.out(options.json ? toJson(result) : toText(result));
  return 0;
}
