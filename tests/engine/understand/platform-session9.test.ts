import { describe, expect, it } from 'vitest';
import { understand } from '@/engine/understand/understand';

const flags = (text: string, buyer?: string): string[] => understand(text, buyer ? { buyer } : {}).flags.map((f) => f.rule);
const moves = (text: string, buyer?: string): string[] => understand(text, buyer ? { buyer } : {}).moves;

// Session 9 (issue 9): misreads found in play and mechanisms read across the newest writers. The
// wordings are written for these tests, not taken from a labelled set.
describe('a refusal that closes the clause takes back what it follows', () => {
  it('reads the buyer’s off-platform proposal refused after it as no violation', () => {
    expect(flags('加微信私下转账这个真不行哦', '能加微信私下转账吗')).not.toContain('off-platform');
    expect(flags('私下转账这种我们真的不可以哈', '我直接转你支付宝行不')).not.toContain('off-platform');
    expect(flags('加qq这个确实不方便呢', '加个qq聊吧')).not.toContain('off-platform');
  });

  it('still flags the same proposal granted, or refused only in a later clause', () => {
    expect(flags('加微信私下转账吧，更便宜', '能加微信私下转账吗')).toContain('off-platform');
    expect(flags('加我微信领红包，不行的话也没事')).toContain('off-platform');
  });
});
