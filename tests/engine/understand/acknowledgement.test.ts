import { describe, expect, it } from 'vitest';
import { acknowledgement } from '@/engine/understand/acknowledgement';
import { normalize } from '@/engine/understand/normalize';
import { understand } from '@/engine/understand/understand';

const kind = (reply: string): string | null => acknowledgement(normalize(reply))?.kind ?? null;
const flags = (reply: string, buyer: string): string[] => understand(reply, { buyer }).flags.map((f) => f.rule);

// Wordings written for this test, not taken from a labelled set: at least two per structure.
describe('how a reply acknowledges an upset buyer', () => {
  it('apologises, or names the trouble caused to her', () => {
    expect(kind('实在不好意思，这就给您补一个')).toBe('apology');
    expect(kind('让您白等了这么久，我这边马上催')).toBe('apology');
    expect(kind('给你带来不便了，我们尽快处理')).toBe('apology');
  });

  it('takes in her feeling: a feeling verb over her, her view taken, reassurance, a feeling shared', () => {
    expect(kind('特别能理解您的难处，我先帮您登记')).toBe('feeling');
    expect(kind('您的心情我们完全能理解')).toBe('feeling');
    expect(kind('换谁遇到都会不高兴的，我来处理')).toBe('feeling');
    expect(kind('您先别上火，我马上查')).toBe('feeling');
    expect(kind('看到这个我们也挺难受的')).toBe('feeling');
  });

  it('grants the fault or the problem, or takes responsibility', () => {
    expect(kind('这次是我们打包的时候疏忽了')).toBe('fault');
    expect(kind('这种情况确实不应该出现')).toBe('fault');
    expect(kind('这件事我们会负责到底')).toBe('fault');
  });

  it('offers a remedy for her to accept or choose', () => {
    expect(kind('补偿您10元，您看可以吗')).toBe('remedy');
    expect(kind('给您换新或者退款，您选哪个都可以')).toBe('remedy');
  });

  it('does not take a negated, mistaken or bare verb for an acknowledgement', () => {
    expect(kind('我们不负责快递的问题')).toBeNull();
    expect(kind('您理解错了，不是这样的')).toBeNull();
    expect(kind('好的，知道了')).toBeNull();
    expect(kind('活动款不退，还请您理解')).toBeNull();
  });

  it('does not take a reward for a good review for a remedy', () => {
    expect(kind('改成好评返您10块，行吗')).toBeNull();
  });
});

describe('tone-empathy read from the buyer line and the reply', () => {
  it('flags a reply that goes straight to business while she is upset, with its opening words', () => {
    const u = understand('订单号发我，我看看', { buyer: '收到的台灯灯罩是裂的，太让人失望了' });
    expect(u.flags.find((f) => f.rule === 'tone-empathy')?.evidence).toBe('订单号发我');
    expect(flags('申请售后吧', '等了一周还没发货，你们怎么回事')).toContain('tone-empathy');
  });

  it('does not flag a reply that acknowledges her in words the moves may not know', () => {
    expect(flags('换作是我也会急的，我这就联系快递', '等了一周还没发货')).not.toContain('tone-empathy');
    expect(flags('这次确实是我们发错了，马上给您补寄', '发错颜色了')).not.toContain('tone-empathy');
  });

  it('owes no empathy to a calm buyer', () => {
    expect(flags('订单号发我，我看看', '这个有蓝色的吗')).not.toContain('tone-empathy');
    expect(flags('可以的，七天无理由', '这种算质量问题吗')).not.toContain('tone-empathy');
  });
});

describe('a yes that does at once what she asked (session 8)', () => {
  it('takes her in: the demand granted and done', () => {
    expect(kind('好的，仅退款已经给您提交了')).toBe('remedy');
    expect(kind('好吧，这单同意了，您寄回来就行')).toBe('remedy');
    expect(kind('可以的宝，我这边马上给您转接售后')).toBe('remedy');
  });

  it('not a bare receipt, nor a yes that leaves her to do it', () => {
    expect(kind('好的，收到')).toBe(null);
    expect(kind('可以申请退款，您自己在订单里操作')).toBe(null);
    expect(flags('好的 退款已经提交了', '垃圾东西，退钱！')).not.toContain('tone-empathy');
    expect(flags('好的，收到', '东西太烂了我要投诉')).toContain('tone-empathy');
  });
});
