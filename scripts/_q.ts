import { readFileSync, readdirSync } from 'node:fs';
import { parseLabelled, withOpenLines, contextOf } from '@/engine/understand/evaluate';
import { understand } from '@/engine/understand/understand';
const re = new RegExp(process.argv[2], 'u'); const tre = new RegExp(process.argv[3] ?? '', 'u'); const maxLen = Number(process.argv[4] ?? 999);
for (const f of readdirSync('tests/eval/tuning').filter((f) => f.endsWith('.jsonl')).sort()) {
  for (const r of withOpenLines(parseLabelled(readFileSync(`tests/eval/tuning/${f}`, 'utf8')))) {
    if (!r.buyer || !re.test(r.buyer) || !tre.test(r.text) || r.text.length > maxLen) continue;
    const u = understand(r.text, contextOf(r));
    const ok = [...r.moves].sort().join() === [...u.moves].sort().join();
    console.log(`${ok ? '  ' : 'XX'} ${f.slice(0, -6).padEnd(10)} [${r.moves}] got [${u.moves}]  ${r.text}  << ${r.buyer.replace(/\n/g, ' / ')}`);
  }
}
