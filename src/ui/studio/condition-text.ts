// Words for what moves the buyer: a transition's condition on the graph's edges, and in the
// inspector the facts of the reply and the buyer that made each part of it hold.
import type { Condition, Scenario } from '@/engine/scenario/schema';
import type { BuyerContext } from '@/engine/buyer/types';
import type { Understanding } from '@/engine/understanding-types';
import type { Move } from '@/engine/vocabulary';
import type { Step } from '@/engine/buyer/step-taken';
import type { EdgeKind } from '@/engine/scenario/graph';

export const MOVE_LABELS: Record<Move, string> = {
  greet: '问候',
  thank: '致谢',
  empathize: '共情',
  apologize: '道歉',
  'ask-info': '询问信息',
  'recommend-size': '推荐尺码',
  'product-info': '介绍商品',
  'hold-price': '坚持价格',
  'offer-discount': '给优惠',
  'offer-gift': '送赠品',
  'urge-order': '催单',
  upsell: '关联推荐',
  'explain-policy': '解释规则',
  'offer-return': '退货',
  'offer-exchange': '换货',
  'offer-compensation': '补偿',
  'shipping-info': '物流信息',
  'track-parcel': '查件',
  'invoice-yes': '同意开票',
  escalate: '转主管',
  'compare-objective': '客观比较',
  acknowledge: '应答',
  'please-wait': '请稍等',
};

export const EDGE_KIND_LABELS: Record<EdgeKind, string> = {
  reply: '回复',
  'give-up': '没耐心了',
  timeout: '等太久',
  ended: '客服结束会话',
};

const list = (items: readonly string[], joint: string) => items.join(joint);

/** One short phrase per key of the condition, in the order written; an empty list: any reply. */
export function conditionParts(when: Condition | undefined): string[] {
  if (!when) return [];
  const parts: string[] = [];
  for (const key of Object.keys(when) as Array<keyof Condition>) {
    const c = when;
    switch (key) {
      case 'move':
        if (c.move) parts.push(c.move);
        break;
      case 'anyMove':
        if (c.anyMove) parts.push(list(c.anyMove, ' / '));
        break;
      case 'allMoves':
        if (c.allMoves) parts.push(list(c.allMoves, ' + '));
        break;
      case 'noMove':
        if (c.noMove) parts.push(`没有 ${list(c.noMove, ' / ')}`);
        break;
      case 'flag':
        if (c.flag) parts.push(`违规 ${c.flag}`);
        break;
      case 'noFlag':
        if (c.noFlag) parts.push(`未违规 ${c.noFlag}`);
        break;
      case 'hurt':
        if (c.hurt) parts.push(`伤到买家 ${c.hurt}`);
        break;
      case 'offerAtOrBelow':
        if (c.offerAtOrBelow !== undefined) parts.push(`报价 ≤ ${c.offerAtOrBelow}`);
        break;
      case 'offerAbove':
        if (c.offerAbove !== undefined) parts.push(`报价 > ${c.offerAbove}`);
        break;
      case 'amountBelow':
        if (c.amountBelow !== undefined) parts.push(`补偿 < ${c.amountBelow}`);
        break;
      case 'amountAtLeast':
        if (c.amountAtLeast !== undefined) parts.push(`补偿 ≥ ${c.amountAtLeast}`);
        break;
      case 'hasEntity':
        if (c.hasEntity) parts.push(`提到 ${c.hasEntity}`);
        break;
      case 'size':
        if (c.size) parts.push(c.size === 'right' ? '尺码推荐对' : '尺码推荐错');
        break;
      case 'moodAtLeast':
        if (c.moodAtLeast !== undefined) parts.push(`心情 ≥ ${c.moodAtLeast}`);
        break;
      case 'moodBelow':
        if (c.moodBelow !== undefined) parts.push(`心情 < ${c.moodBelow}`);
        break;
      case 'repeated':
        if (c.repeated) parts.push(`${c.repeated.move} 第 ${c.repeated.times} 次`);
        break;
      case 'turnAtLeast':
        if (c.turnAtLeast !== undefined) parts.push(`第 ${c.turnAtLeast} 条回复起`);
        break;
      case 'remembered':
        if (c.remembered) parts.push(`记得 ${c.remembered}`);
        break;
      case 'notRemembered':
        if (c.notRemembered) parts.push(`不记得 ${c.notRemembered}`);
        break;
      case 'variant':
        if (c.variant) parts.push(`变体 ${list(c.variant, ' / ')}`);
        break;
    }
  }
  return parts;
}

export function conditionText(when: Condition | undefined): string {
  const parts = conditionParts(when);
  return parts.length === 0 ? '任何回复' : parts.join(' 且 ');
}

const moveName = (m: Move) => `${m}（${MOVE_LABELS[m]}）`;

/** For the inspector: each key of the matched condition, with what made it hold. */
export function conditionFacts(scenario: Scenario, when: Condition | undefined, before: BuyerContext, u: Understanding | undefined): Array<{ key: string; fact: string }> {
  if (!when) return [{ key: '（没有 when）', fact: '这条转移对任何回复都成立。' }];
  const moves = u?.moves.length ? u.moves.map(moveName).join('、') : '（没有识别出动作）';
  const flags = u?.flags.length ? u.flags.map((f) => f.rule).join('、') : '（没有违规）';
  const price = u?.entities.price;
  const threshold = (t: number | 'price' | 'floor' | 'target') =>
    typeof t === 'number' ? `${t} 元` : `${t} = ${t === 'price' ? scenario.shop.product.price : t === 'floor' ? before.floor : (before.target ?? '未设')} 元`;
  const facts: Array<{ key: string; fact: string }> = [];
  for (const [key, value] of Object.entries(when) as Array<[keyof Condition, unknown]>) {
    const shown = `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`;
    let fact: string;
    switch (key) {
      case 'move':
      case 'anyMove':
      case 'allMoves':
      case 'noMove':
        fact = `回复的动作：${moves}`;
        break;
      case 'flag':
      case 'noFlag':
      case 'hurt':
        fact = `回复触犯的规则：${flags}`;
        break;
      case 'offerAtOrBelow':
      case 'offerAbove':
        fact = `客服报价 ${price ?? '—'} 元，${threshold(when[key]!)}`;
        break;
      case 'amountBelow':
      case 'amountAtLeast':
        fact = `客服提出的补偿 ${u?.moves.includes('offer-compensation') ? (u.entities.amount ?? '—') : '—'} 元，${when[key]!} 元`;
        break;
      case 'hasEntity':
        fact = `回复里的 ${String(value)}：${JSON.stringify(u?.entities[when.hasEntity!])}`;
        break;
      case 'size':
        fact = `客服推荐的尺码：${u?.entities.size ?? '—'}`;
        break;
      case 'moodAtLeast':
      case 'moodBelow':
        fact = `回复前买家心情 ${before.mood}`;
        break;
      case 'repeated':
        fact = `之前用过 ${when.repeated!.move} ${before.moveCounts[when.repeated!.move] ?? 0} 次，这条${u?.moves.includes(when.repeated!.move) ? '又用了' : '没用'}`;
        break;
      case 'turnAtLeast':
        fact = `这是客服的第 ${before.turn + 1} 条回复`;
        break;
      case 'remembered':
      case 'notRemembered':
        fact = `买家记得的事：${before.memory.length ? before.memory.join('、') : '（没有）'}`;
        break;
      case 'variant':
        fact = `当前变体：${before.variant || '（标准）'}`;
        break;
    }
    facts.push({ key: shown, fact });
  }
  return facts;
}

/** One line for a step, e.g. "on 第 3 条：hold-price → size". */
export function stepText(step: Step): string {
  switch (step.kind) {
    case 'transition':
      return `on 第 ${step.index + 1} 条（${conditionText(step.transition.when)}）：${step.from} → ${step.to}`;
    case 'give-up':
      return `没有转移匹配，耐心用完（fallback 的 giveUp）：${step.from} → ${step.to}`;
    case 'fallback':
      return `没有转移匹配：买家换个说法再问（fallback），留在 ${step.from}`;
    case 'nudge':
      return `等太久：买家催了一句（timeout），留在 ${step.from}`;
    case 'leave':
      return `等太久且催过了：买家离开（timeout 的 leave）：${step.from} → ${step.to}`;
    case 'ended':
      return `客服结束了会话（ended）：${step.from} → ${step.to}`;
    case 'none':
      return `买家已经做了决定，状态不再变化（${step.from}）`;
  }
}
