import { describe, expect, it } from 'vitest';
import { withOpenLines, type LabelledReply } from '@/engine/understand/evaluate';

const turn = (t: number, text: string, buyer?: string): LabelledReply => ({ chat: 'c1', turn: t, text, moves: [], flags: [], ...(buyer ? { buyer } : {}) });

describe('a chat turn with no buyer line before it', () => {
  it('reads the buyer line still open since the agent spoke', () => {
    const replies = [turn(1, '稍等我看下', '这件是纯棉的吗'), turn(2, '是的亲')];

    const read = withOpenLines(replies);

    expect(read[1]?.buyer).toBe('这件是纯棉的吗');
    expect(read[1]?.context?.buyerUpset).toBe(false);
  });

  it('holds nothing over a gap in the chat or into another chat', () => {
    const replies = [turn(1, '稍等', '在吗'), turn(3, '好的'), { ...turn(2, '您好'), chat: 'c2' }];

    const read = withOpenLines(replies);

    expect(read[1]?.buyer).toBeUndefined();
    expect(read[2]?.buyer).toBeUndefined();
  });

  it('leaves a reply outside a chat as it is', () => {
    const reply: LabelledReply = { text: '可以的', moves: [], flags: [] };

    expect(withOpenLines([reply])[0]).toBe(reply);
  });
});
