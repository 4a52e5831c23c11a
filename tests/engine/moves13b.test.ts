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

describe('the time a refund takes', () => {
  it('reads the refund\'s time with no dispatch as no shipping-info', () => {
    expect(movesOf('仓库收到退货后一般2-3天退款，原路退回', '多久能退')).not.toContain('shipping-info');
    expect(movesOf('寄出后运费险会自动理赔，一般48小时内到账', '运费险怎么赔')).not.toContain('shipping-info');
    // tuning (chats-ak): 收到货检查没问题就退款，一般1-3天
    expect(movesOf('收到货检查没问题就退款，一般1-3天', '好的')).not.toContain('shipping-info');
  });

  it('keeps a dispatch beside it, and a refund staked on an arrival', () => {
    expect(movesOf('今天下午给您发出，退款的差价一般1-3天到账', '什么时候发')).toContain('shipping-info');
    expect(movesOf('放心，保证后天到，到不了全额退款', '后天能到吗')).toContain('shipping-info');
  });
});

describe('how a return is handled', () => {
  it('reads the check on return or the fault\'s postage beside the return as explain-policy', () => {
    expect(movesOf('您先申请退货，寄回来我们检测一下，是质量问题的话来回运费我们出', '裂了,能退吗')).toEqual(expect.arrayContaining(['offer-return', 'explain-policy']));
    expect(movesOf('您申请退货吧，仓库收到后验货，符合条件就退款', '我要退')).toContain('explain-policy');
  });

  it('leaves a bare check to the return alone', () => {
    expect(movesOf('那您申请退货吧，寄回来我们看看', '我要退')).not.toContain('explain-policy');
  });
});

describe('two kinds set side by side', () => {
  it('reads the kinds told apart as product-info', () => {
    expect(movesOf('电饭煲煮饭更香，电压力锅炖肉更快，看您平时做什么多', '电饭煲和电压力锅哪个好')).toContain('product-info');
    // tuning (writer-h): 龙井和碧螺春哪个好喝
    expect(movesOf('看口味哈，龙井豆香浓一些，碧螺春花果香更明显，您平时喜欢清淡的话推荐碧螺春', '龙井和碧螺春哪个好喝')).toContain('product-info');
  });

  it('leaves no telling apart alone', () => {
    expect(movesOf('都差不多，看你自己', '电饭煲和电压力锅哪个好')).not.toContain('product-info');
  });
});

describe('beside a platform-rule flag', () => {
  it('reads the breach\'s reason as no product-info', () => {
    expect(movesOf('手续费是银行收的哦，分期的话您自己承担', '分期免息吗')).not.toContain('product-info');
    expect(movesOf('生鲜签收了就不退了，放两天就坏了卖不出去', '我要退')).not.toContain('product-info');
  });

  it('keeps the item described beside the breach', () => {
    expect(movesOf('分期的手续费要您出哦，这款是纯羊毛的，冬天穿很暖和', '能分期吗')).toContain('product-info');
  });
});

describe('the parcel watched for her', () => {
  it('reads a watch on the parcel on its way as track-parcel', () => {
    expect(movesOf('好的亲，物流一有更新我第一时间告诉您', '快递三天没动了')).toContain('track-parcel');
    expect(movesOf('我帮您盯着，明天还不动的话我主动联系您', '好吧')).toContain('track-parcel');
  });

  it('leaves a watch on the warehouse, a refund, or a best-effort watch beside a dispatch', () => {
    expect(movesOf('我盯着仓库打包，有进展告诉您', '快点发货')).not.toContain('track-parcel');
    expect(movesOf('退款有结果第一时间告诉您', '快递退回去了吗')).not.toContain('track-parcel');
    expect(movesOf('今天下午顺丰发出，我尽量帮您盯着', '明天能到吗')).not.toContain('track-parcel');
  });
});
