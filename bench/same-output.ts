// `npx tsx bench/same-output.ts OUT`: writes what speed work must leave byte for byte unchanged,
// one JSON line per item, to OUT (compare two runs with `cmp`): every field of `understand()` over
// every tuning and dev reply (with its buyer line and context, again with no context, and as the
// first reply to an upset buyer), the `understand --json` and `play --json` CLI output (every
// tuning reply with its buyer line; every golden transcript), `score()` of a generated 3,000-turn
// log, and 3,000 pipeline replies (the buyer's turns, scored turns and reports).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Io } from '@/cli/args';
import { run as runPlay } from '@/cli/commands/play';
import { run as runUnderstand } from '@/cli/commands/understand';
import { loadScenario } from '@/engine/scenario/load';
import type { Scenario } from '@/engine/scenario/schema';
import { shopContext } from '@/engine/score/reply-context';
import { createScorer } from '@/engine/score/scorer';
import { score } from '@/engine/score/score';
import { createBuyer } from '@/engine/session';
import { understand } from '@/engine/understand/understand';
import type { ReplyContext } from '@/engine/understanding-types';
import { generateLog } from './batch-grading';
import { generateReplies } from './replies';
import { readScenarioFiles } from './scenario-files';

const root = resolve(import.meta.dirname, '..');
const out = process.argv[2];
if (!out) throw new Error('usage: tsx bench/same-output.ts OUT');
const lines: string[] = [];
const put = (tag: string, value: unknown) => lines.push(`${tag}\t${JSON.stringify(value)}`);

// Sets (never the sealed ones): the tuning files and the dev set.
const tuningDir = resolve(root, 'tests/eval/tuning');
const files = readdirSync(tuningDir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(tuningDir, f));
const dev = resolve(root, '../shared/eval/dev-replies.jsonl');
if (existsSync(dev)) files.push(dev);
interface Item { text: string; buyer?: string; context?: ReplyContext }
const items: Item[] = [];
for (const file of files) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('//')) continue;
    const { text, buyer, context } = JSON.parse(line) as Item;
    items.push({ text, ...(buyer !== undefined ? { buyer } : {}), ...(context !== undefined ? { context } : {}) });
  }
}

const scenarios: Scenario[] = readScenarioFiles().map(({ file, source }) => loadScenario(source, file).scenario!);
const shops = scenarios.map((s) => shopContext(s));
items.forEach(({ text, buyer, context }, i) => {
  put('u', understand(text, { ...(context ?? {}), ...(buyer !== undefined ? { buyer } : {}) }));
  put('u0', understand(text));
  put('uu', understand(text, { buyer: '你们这什么破店!!气死我了 投诉你们', buyerUpset: true, firstReply: true }));
  // With a buyer's shop facts, so that every knowledge claim is checked.
  put('us', understand(text, { ...shops[i % shops.length]!, ...(buyer !== undefined ? { buyer } : {}) }));
});

const io = (sink: string[]): Io => ({
  out: (t) => sink.push(t),
  err: (t) => sink.push(`ERR ${t}`),
  readStdin: async () => items.map(({ text, buyer }) => JSON.stringify(buyer !== undefined ? { text, buyer } : { text })).join('\n'),
  cwd: root,
});
const cli: string[] = [];
await runUnderstand(['--json'], io(cli));
put('cli-understand', cli);

const transcripts = resolve(root, 'tests/transcripts');
const tmp = resolve(root, 'node_modules/.same-output-replies.txt');
for (const id of readdirSync(transcripts).sort()) {
  for (const f of readdirSync(join(transcripts, id)).filter((n) => n.endsWith('.json')).sort()) {
    const golden = JSON.parse(readFileSync(join(transcripts, id, f), 'utf8')) as { variant: string; seed: number; replies: string[] };
    writeFileSync(tmp, `${golden.replies.join('\n')}\n`);
    const sink: string[] = [];
    await runPlay([id, '--replies', tmp, '--seed', String(golden.seed), '--variant', golden.variant, '--json'], io(sink));
    put(`play ${id}/${f}`, sink);
  }
}

put('score', score({ turns: generateLog(3_000), outcome: null }));

const replies = generateReplies(3_000);
let chat = 0;
let buyer = createBuyer(scenarios[0]!, { seed: 1, variant: 'easy' });
let scorer = createScorer(scenarios[0]!);
const restart = () => {
  const scenario = scenarios[chat % scenarios.length]!;
  const variant = ['easy', 'normal', 'hard'][chat % 3]!;
  chat++;
  buyer = createBuyer(scenario, { seed: chat, variant });
  scorer = createScorer(scenario);
  for (const turn of buyer.opening()) scorer.add(turn);
};
restart();
for (const reply of replies) {
  if (buyer.outcome() !== null) {
    put('result', scorer.result({ outcome: buyer.outcome() }));
    put('snapshot', buyer.persist());
    buyer.actor.stop();
    restart();
  }
  const result = buyer.reply(reply);
  put('p-agent', scorer.add(result.agent));
  for (const turn of result.buyer) put('p-buyer', [turn, scorer.add(turn)]);
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${lines.length} lines written to ${out}`);
