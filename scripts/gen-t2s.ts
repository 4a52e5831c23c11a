// Dev-time generator for src/engine/lexicon/t2s.json: the single-character traditional ->
// simplified pairs of OpenCC's TSCharacters table (opencc-js), BMP only. understand() is
// synchronous and must run in Node, vitest and the browser without a 109 KB converter in
// the bundle, so the runtime reads this compact table instead. Run: npx tsx scripts/gen-t2s.ts
import { writeFileSync } from 'node:fs';
// The dict modules ship without type declarations: each default-exports "trad simp|...".
const dictPath: string = 'opencc-js/dict/TSCharacters';
const TSCharacters = ((await import(dictPath)) as { default: string }).default;

let from = '';
let to = '';
for (const entry of TSCharacters.split('|')) {
  const [trad, simp] = entry.split(' ');
  if (!trad || !simp) continue;
  const t = [...trad];
  const s = [...simp];
  // One BMP character to one BMP character; phrases and astral-plane characters are not needed
  // for reading shop chat.
  if (t.length !== 1 || s.length < 1 || trad === s[0]) continue;
  if (trad.length !== 1 || (s[0] ?? '').length !== 1) continue;
  from += trad;
  to += s[0];
}
writeFileSync(new URL('../src/engine/lexicon/t2s.json', import.meta.url), `${JSON.stringify({ from, to })}\n`);
console.log(`t2s.json: ${from.length} pairs`);
