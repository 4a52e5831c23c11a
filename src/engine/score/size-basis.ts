// What a size recommendation rests on (rules.md: "Size questions: ask height, weight and usual size;
// recommend one size with a reason"). A size recommended before the buyer has given her height and
// weight, by a trainee who never asked for them (你好，拿L吧 after 平时穿M 你家偏小吗), is a guess
// however it turns out: the report names the step missed on that turn. It docks nothing (a lucky
// guess is not a wrong fact, and the size check reads her real measures), and a trainee who asked
// for them is never named, whatever she then recommends while waiting.
import type { FeedbackItem } from '@/engine/score/types';
import { KNOWLEDGE_FEEDBACK_WEIGHT } from '@/engine/score/weights';
import { toldWith } from '@/engine/understand/buyer-told';
import type { BuyerFacts } from '@/engine/scenario/shop-schema';
import type { Understanding } from '@/engine/understanding-types';

/** The reply asks for her measures (身高多少, 体重大概多少, 多高多重, 多少斤). */
const ASKS_MEASURES = /身高|体重|多高|多重|几斤|多少斤|多少公斤|多少cm|多少厘米/u;

export const SIZE_GUESS_TITLE = '没问身高体重就给码';

export class SizeBasis {
  private told: BuyerFacts | undefined;
  private asked = false;
  private named = false;

  /** Her line: the height or weight it gives (understand/buyer-told.ts). */
  buyerSaid(text: string): void {
    this.told = toldWith(this.told, text);
  }

  /** The reply at `turn`: the item when it recommends a size on nothing she said, else null. */
  agentSaid(u: Pick<Understanding, 'moves' | 'normalized'>, turn: number, hasChart: boolean): FeedbackItem | null {
    const asks = ASKS_MEASURES.test(u.normalized);
    const guess = hasChart && !this.named && !this.asked && !asks && u.moves.includes('recommend-size')
      && (this.told?.height === undefined || this.told?.weight === undefined);
    if (asks) this.asked = true;
    if (!guess) return null;
    this.named = true;
    return {
      turn,
      rule: null,
      kind: 'missed',
      points: 0,
      weight: KNOWLEDGE_FEEDBACK_WEIGHT - 10,
      title: SIZE_GUESS_TITLE,
      why: '买家还没说身高体重，尺码表对不上，这个码是猜的：猜对是运气，猜错就是退换和差评。先问身高、体重和平时穿的码，再按尺码表推荐一个码，并说明理由。',
      better: '亲，方便说下您的身高体重吗？平时穿什么码呢？我按尺码表给您推荐最合适的码哦~',
      evidence: '没问身高体重',
      part: 'knowledge',
    };
  }
}
