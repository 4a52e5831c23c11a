// `understand [TEXT] [--buyer LINE] [--json] [--context JSON]`: moves, entities and flags of one
// reply, read after the buyer's line when given; with no TEXT, one reply per line on stdin (plain
// text, or a JSON object {"text","buyer"?}) and one JSON result per line on stdout.
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
    ...(u.answers ? { answers: u.answers } : {}),
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
  for (const a of u.answers ?? []) lines.push(`回答 answers：${a.topic}${a.value !== undefined ? `（${a.value}）` : ''} ${a.polarity === 'yes' ? '是' : '否'}`);
  if (u.flags.length === 0) lines.push('问题 flags：（无）');
  for (const f of u.flags) {
    const rule = RULES[f.rule];
    lines.push(`问题 ${f.rule} ${rule.title}${f.points ? ` 扣${f.points}分` : ''}：“${f.evidence}”`);
  }
  return lines.join('\n');
}

/** A batch line: plain text, or {"text","buyer"?} (a line that is not such an object is text). */
function parseLine(line: string, n: number): { text: string; buyer?: string } {
  if (!line.trimStart().startsWith('{')) return { text: line };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { text: line };
  }
  const { text, buyer } = (value ?? {}) as Record<string, unknown>;
  if (typeof text !== 'string' || (buyer !== undefined && typeof buyer !== 'string')) {
    throw new UsageError(`stdin line ${n}: a JSON line needs "text" (and optionally "buyer") as strings`);
  }
  return buyer !== undefined ? { text, buyer } : { text };
}

export async function run(argv: string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(argv, ['context', 'buyer'], ['json']);
  const context = parseContext(options.context);
  if (options.buyer === true) throw new UsageError('--buyer needs the buyer\'s line, e.g. --buyer "能开发票吗"');
  const buyer = options.buyer;
  if (positional.length > 0) {
    const u = understand(positional.join(' '), buyer !== undefined ? { ...context, buyer } : context);
    io.out(options.json ? toJson(u) : toText(u));
    return 0;
  }
  const input = await io.readStdin();
  const out: string[] = [];
  let n = 0;
  for (const line of input.split(/\r?\n/)) {
    n++;
    if (line.trim() === '') continue;
    const item = parseLine(line, n);
    const lineBuyer = item.buyer ?? buyer;
    out.push(toJson(understand(item.text, lineBuyer !== undefined ? { ...context, buyer: lineBuyer } : context)));
  }
  if (out.length > 0) io.out(out.join('\n'));
  return 0;
}
