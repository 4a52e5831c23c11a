// The placeholder names alone, apart from the zod schema: the buyer fills lines on the chat
// path, which must not pull in zod just for this list.

/** Placeholders allowed in buyer lines, filled from the shop and the conversation. */
export const PLACEHOLDERS = ['product', 'price', 'floor', 'target', 'offer', 'amount', 'size', 'courier', 'competitor', 'competitorPrice', 'name', 'orderNo'] as const;
