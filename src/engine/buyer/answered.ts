// What a reply already answered, by topic (the closed list of a state's `asks`): a buyer whom
// the reply takes to a state that asks only what it just told her says that state's `answered`
// lines instead of asking again ("保修多久" right after "保修1年", "半裙多少钱" right after "半裙99元").
// Read from what the reply carries: its entities and moves, its yes/no answers to her question,
// and the few words that state a topic's value. No lexicon: the buyer's machine stays light.
import type { Understanding } from '@/engine/understanding-types';
import type { Topic } from '@/engine/vocabulary';

type Reply = Pick<Understanding, 'normalized' | 'moves' | 'entities'> & Partial<Pick<Understanding, 'answers'>>;

const BY_TOPIC: Partial<Record<Topic, (u: Reply) => boolean>> = {
  // A figure in yuan: the price asked, the item's or a related one's (entities drop another item's price).
  price: (u) => u.entities.price !== undefined || /\d+(?:\.\d+)?(?:元|块)/u.test(u.normalized),
  discount: (u) => u.entities.discount !== undefined || u.moves.includes('offer-discount') || u.moves.includes('hold-price'),
  coupon: (u) => /券/u.test(u.normalized),
  size: (u) => u.entities.size !== undefined || u.moves.includes('recommend-size'),
  'ship-time': (u) => u.entities.shipTime !== undefined,
  arrival: (u) => u.entities.arrivalTime !== undefined,
  courier: (u) => u.entities.courier !== undefined,
  stock: (u) => /现货|有货|没货|库存|有的|还有/u.test(u.normalized),
  // What the goods come with after the sale: the warranty and what a fault gets.
  quality: (u) => /保修|质保|换新|包换/u.test(u.normalized),
  refund: (u) => u.entities.amount !== undefined,
};

/** Whether the reply answered every topic of `asks` (false for an empty list: nothing to skip). */
export function answersAll(u: Reply, asks: readonly Topic[] | undefined): boolean {
  if (!asks || asks.length === 0) return false;
  const said = new Set((u.answers ?? []).map((a) => a.topic));
  return asks.every((topic) => said.has(topic) || (BY_TOPIC[topic]?.(u) ?? false));
}
