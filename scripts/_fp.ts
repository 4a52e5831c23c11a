import { readFileSync, readdirSync } from 'node:fs';
import { parseLabelled, contextOf } from '@/engine/understand/evaluate';
import { understand } from '@/engine/understand/understand';
const dir = 'tests/eval/tuning';
const want = process.argv[2] ?? 'fp';
for (const f of readdirSync(dir).filter((x) => x.endsWith('.jsonl'))) {
  for (const r of parseLabelled(readFileSync(`${dir}/${f}`, 'utf8'))) {
    const u = understand(r.text, contextOf(r));
    for (const fl of u.flags) if (want === 'fp' && !r.flags.includes(fl.rule)) console.log(f, fl.rule, `[${fl.evidence}]`, r.text.slice(0, 70));
    if (want === 'fn') for (const x of r.flags) if (!u.flags.some((g) => g.rule === x)) console.log(f, x, r.text.slice(0, 80));
  }
}
