// The return postage paid back ("运费您先垫付，收到后给您补15元", "寄回运费我们出，您先垫付，收货后补给您"):
// how the shop bears a return's postage, a policy (labelling.md: explain-policy), no compensation
// offered for keeping the goods — unless the reply also names a compensation of its own (补偿10元,
// 折价, 红包, 差价).
import type { ReplyContext, Understanding } from '@/engine/understanding-types';
import { MOVES, type Move } from '@/engine/vocabulary';

/** She advances the postage and the shop pays it back. */
const ADVANCED = /垫付|垫一下|垫着|垫上|先垫/u;
/** Postage paid back, with or without its figure: 补15元运费, 运费补给您, 补运费(最多15元). */
const POSTAGE_BACK = /(?:补|返|退|报销)(?:给|到)?(?:您|你)?(?:的)?(?:\d+(?:\.\d+)?(?:元|块))?(?:的)?(?:运费|邮费)|(?:运费|邮费)[^,.!?]{0,8}(?:补|返|退|报销)/u;
const PAID_BACK = /补|返|退(?:给|到|还)|报销/u;
const POSTAGE_WORD = /运费|邮费/u;
/** A compensation of its own beside the postage. */
const OTHER_COMPENSATION = /补偿|赔偿|赔您|红包|折价|差价|部分退款|心意|歉意|免单|(?:另外|另|额外|再)(?:给您|给你)?(?:补|赔|返)/u;
/** The postage is the topic: her line asks of it, or of the return it goes with. */
const POSTAGE_ASKED = /运费|邮费|寄回|退回|退货|寄过去|寄回去/u;

export function postageRefundOnly(normalized: string, ctx: ReplyContext): boolean {
  if (OTHER_COMPENSATION.test(normalized)) return false;
  // Postage named in the reply, or asked in her line (最多补10块 after 运费谁出).
  if (!/运费|邮费/u.test(normalized) && !POSTAGE_WORD.test(ctx.buyer ?? '')) return false;
  // A return's postage only where a return is in question: her line speaks of it or the chat is
  // after the sale (out of context "运费我们给您补上" may as well pay for a resend).
  const asked = POSTAGE_ASKED.test(ctx.buyer ?? '');
  if (!asked && ctx.afterSales !== true && ctx.afterSale === undefined) return false;
  // Advanced by her, whatever is paid back later is that postage (收到后给您补15元).
  if (ADVANCED.test(normalized)) return PAID_BACK.test(normalized);
  return asked && (POSTAGE_BACK.test(normalized) || (POSTAGE_WORD.test(ctx.buyer ?? '') && PAID_BACK.test(normalized)));
}

/** The postage paid back is explain-policy, and its figure no amount offered. */
export function postageNotCompensation(u: Understanding, ctx: ReplyContext): Understanding {
  if ((!u.moves.includes('offer-compensation') && u.entities.amount === undefined) || !postageRefundOnly(u.normalized, ctx)) return u;
  const moves: Move[] = u.moves.map((m) => (m === 'offer-compensation' ? 'explain-policy' : m));
  const { amount: _amount, ...entities } = u.entities;
  return { ...u, moves: MOVES.filter((m) => moves.includes(m)), entities };
}
