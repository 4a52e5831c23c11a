// fix13 (session 13): the remaining findings of session 12's blind tester and other helpers' items.
import { describe, expect, it } from 'vitest';
import { buyerMood } from '@/engine/score/upset';

describe('buyerMood: a stress mark on a pleased clause is joy', () => {
  it.each(['太好了谢谢！！', '太棒了 谢谢亲!!!', '不错不错!!', '喜欢！！太好了！！'])('%s is calm', (line) => {
    expect(buyerMood(line)).toBeNull();
  });
  it.each(['好的!!快点发货!!', '怎么还没到!!', '谢谢你们的服务 气死了!!'])('%s is upset', (line) => {
    expect(buyerMood(line)).not.toBeNull();
  });
});
