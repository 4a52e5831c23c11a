// `understand [TEXT] [--json] [--context JSON]`: moves, entities and flags of one reply; with no
// TEXT, one reply per line on stdin and one JSON result per line on stdout (batch evaluation).
import { UsageError, parseArgs, type Io } from '@/cli/args';
import { RULES } from '@/engine/rules/catalog';
import type { ReplyContext, Understanding } from '@/engine/understanding-types';
import { understand } from '@/engine/understand/understand';

function parseContext(raw: string | true | undefined): ReplyContext {
  if (raw === undefined) return {};
  try {
    const value: unknown = JSON.parse(String(raw));
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as ReplyContext;
  } catch {
    // fall through to the usage error
  }
  throw new UsageError('--context needs a JSON object, e.g. --context \'{"price":168,"freeShipping":true}\'');
}

function toJson(u: Understanding): string {
  return JSON.stringify({
    text: u.text,
    moves: u.moves,
    entities: u.entities,
    flags: u.flags.map((f) => ({ rule: f.rule, points: f.points, evidence: f.evidence })),
  });
}

function toText(u: Understanding): string {
  const entities = Object.entries(u.entities).map(([k, v]) => `${k}=${String(v)}`);
  const lines = [
    `回复：${u.text}`,
    `规范化：${u.normalized}`,
    `动作 moves：${u.moves.join(', ') || '（无）'}`,
    `实体 entities：${entities.join(' ') || '（无）'}`,
  ];
  if (u.flags.length === 0) lines.push('问题 flags：（无）');
  for (const f of u.flags) {
    const rule = RULES[f.rule];
    lines.push(`问题 ${f.rule} ${rule.title}${f.points ? ` 扣${f.points}分` : ''}：“${f.evidence}”`);
  }
  return lines.join('\n');
}

export async function run(argv: string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(argv, ['context'], ['json']);
  const context = parseContext(options.context);
  if (positional.length > 0) {
    const u = understand(positional.join(' '), context);
    io.out(options.json ? toJson(u) : toText(u));
    return 0;
  }
  const input = await io.readStdin();
  const out: string[] = [];
  for (const line of input.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    out.push(toJson(understand(line, context)));
  }
  if (out.length > 0) io.out(out.join('\n'));
  return 0;
}
