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

  it('reads a repeated buyer line as the same line held: her mood is not read again', () => {
    // chats-av and logs-z write her line again on each agent turn that follows it.
    const replies = [turn(1, '非常抱歉亲，我马上查', '都一个星期了还没到！'), turn(2, '查到了，在中转站', '都一个星期了还没到！')];

    const read = withOpenLines(replies);

    expect(read[0]?.context?.buyerUpset).toBeUndefined();
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
