import { describe, expect, it } from 'vitest';
import { understand } from '@/engine/understand/understand';

// Wordings written for this test (besides the blind tester's), not taken from a labelled set.
const flagsOf = (text: string, buyer: string) => understand(text, { buyer }).flags.map((f) => f.rule);

describe('a yes of ability to a line that asks whether she can and what it costs', () => {
  it('answers whether she can, and puts no fee on her', () => {
    expect(flagsOf('可以刷卡的', '能刷信用卡吗 分3期的话要加钱不')).not.toContain('card-fee');
    expect(flagsOf('可以用，应该不收费吧', '信用卡分期能用不 额外收费吗')).not.toContain('card-fee');
    expect(flagsOf('支持的亲', '花呗分期支持吗 要手续费不')).not.toContain('card-fee');
  });

  it('still charges her when the yes answers the fee, or a fee is named', () => {
    expect(flagsOf('要的', '分期要手续费吗')).toContain('card-fee');
    expect(flagsOf('可以的 分期手续费您自己出哈', '能分期吗 要加钱吗')).toContain('card-fee');
  });
});

describe('a receipt to a line in which she reports the shop', () => {
  it('makes no new offer of what her line names', () => {
    expect(flagsOf('好的', '拿钱换好评是吧 我直接截图投诉')).not.toContain('review-induce');
    expect(flagsOf('好的亲', '返现换好评是吧 我去举报')).not.toContain('review-induce');
  });

  it('still offers when she asks for it', () => {
    expect(flagsOf('有的', '好评有返现吗')).toContain('review-induce');
  });
});
