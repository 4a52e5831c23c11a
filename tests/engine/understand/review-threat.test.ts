import { describe, expect, it } from 'vitest';
import { understand } from '@/engine/understand/understand';

// Wordings written for this test (besides the blind tester's), not taken from a labelled set.
const flagsOf = (text: string) => understand(text, { buyer: '服务太差了 我要给差评' }).flags.map((f) => f.rule);

describe('a threat over a review is review-induce', () => {
  it('catches the review named first, then the dare', () => {
    expect(flagsOf('差评你敢给试试，我记住你了')).toContain('review-induce');
    expect(flagsOf('中评您要是敢打，后果自负')).toContain('review-induce');
  });

  it('catches a review met with the details the shop holds of her', () => {
    expect(flagsOf('差评随便你，反正你的地址电话我们都有')).toContain('review-induce');
    expect(flagsOf('差评的话您的信息我们都有哦')).toContain('review-induce');
  });

  it('leaves a review left to her, and her details kept safe', () => {
    expect(flagsOf('差评您给不给都行，我们会改进的')).not.toContain('review-induce');
    expect(flagsOf('您的地址电话我们都有，放心不会泄露')).not.toContain('review-induce');
  });
});
