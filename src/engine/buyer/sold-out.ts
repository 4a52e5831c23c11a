// What the buyer hears when she asks whether her choice is in stock and the reply says it is sold
// out (米白L刚好卖完了, 这个颜色没货了): her choice is gone, so she says so before she goes on with
// whatever the reply offered instead, rather than carrying on as if she had been told 有货. Read
// only in a state that asks about stock (its `asks`), from the reply's own words; light like
// answered.ts (no lexicon: the buyer's machine stays light).
import type { Understanding } from '@/engine/understanding-types';
import type { Topic } from '@/engine/vocabulary';

/** Sold out, said (not 不会卖完, 还没卖完, 没断货). */
const SOLD_OUT = /(?<![不没未]|不会|还没|没有)(?:卖完|卖光|售罄|断货|缺货|没货|没有货|无货|没库存)/u;
/** Her line when the reply tells her what she asked for is sold out. */
export const SOLD_OUT_LINES: readonly string[] = ['啊 没货了啊…有点可惜', '啊?我想要的那个没了啊', '没货了啊…那好吧'];

/** The reply tells her, in a state that asks about stock, that what she asked for is sold out. */
export function toldSoldOut(u: Pick<Understanding, 'normalized'>, asks: readonly Topic[] | undefined): boolean {
  if (!asks?.includes('stock')) return false;
  // 雾粉L还有 beside 米白L卖完了 is an alternative offered: her choice is still gone.
  return SOLD_OUT.test(u.normalized);
}
