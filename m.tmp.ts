import { readFileSync } from 'node:fs';
import { loadScenario } from '@/engine/scenario/load';
import { understand } from '@/engine/understand/understand';
import { shopContext } from '@/engine/score/reply-context';
const sc = loadScenario(readFileSync('scenarios/price-haggle.yaml','utf8'),'price-haggle').scenario!;
const ctx = { ...(shopContext as any)(sc), buyer: '嗯…我再纠结下 晚点再说吧' };
const u = understand('可以用的，分期手续费我们出，您放心刷~', ctx);
console.log(u.moves, u.entities, (u as any).granted, JSON.stringify(ctx).slice(0,400));
