import { describe, expect, it } from 'vitest';
import { understand } from '@/engine/understand/understand';

// Wordings written for this test (session 13, moves13b), beside a few from the tuning sets (marked).
const movesOf = (text: string, buyer?: string) => understand(text, buyer === undefined ? {} : { buyer }).moves;

describe('a promised gift resent', () => {
  it('reads the gift sent again as offer-gift, no exchange', () => {
    expect(movesOf('不好意思亲，漏放了，赠品今天给您补寄', '说好的送赠品呢')).toContain('offer-gift');
    expect(movesOf('不好意思亲，漏放了，赠品今天给您补寄', '说好的送赠品呢')).not.toContain('offer-exchange');
    expect(movesOf('抱歉亲，小样明天给您单独寄出，两支都补上')).not.toContain('offer-exchange');
    // tuning (writer-g): 给您补发 after 赠品没收到啊
    expect(movesOf('给您补发', '赠品没收到啊')).toEqual(['offer-gift']);
  });

  it('leaves the goods she bought resent to the exchange', () => {
    expect(movesOf('抱歉亲，我马上给您补发一个新的', '杯子收到是碎的')).toContain('offer-exchange');
    expect(movesOf('麻烦拍个照，确认了给您补发一件', '衣服少发了一件')).toContain('offer-exchange');
  });
});

describe('the parcel chased with the courier', () => {
  it('reads the courier held up or lost as track-parcel alone', () => {
    expect(movesOf('问过了，包裹在杭州转运中心滞留了，快递说今天发出', '怎么还不动')).toEqual(['track-parcel']);
    expect(movesOf('我已经给圆通提了催件工单，网点说明天会派送', '三天没更新了')).not.toContain('shipping-info');
    // tuning (chats-ak): 查到了，中转站积压，快递说今天会发出
    expect(movesOf('查到了，中转站积压，快递说今天会发出', '？')).not.toContain('shipping-info');
  });

  it('keeps the shop\'s own word on dispatch or arrival', () => {
    expect(movesOf('我查了一下，包裹卡在中转站了，已经联系快递催件了，这边保证您后天一定能收到', '怎么还不动')).toContain('shipping-info');
    expect(movesOf('查到了，中转站积压，仓库明天给您重新发一单顺丰', '怎么还不动')).toContain('shipping-info');
  });
});
