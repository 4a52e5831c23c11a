import { describe, expect, it } from 'vitest';
import { understand } from '@/engine/understand/understand';

// Wordings written for this test (session 13, moves13), beside a few from the tuning sets (marked).
const movesOf = (text: string, buyer?: string) => understand(text, buyer === undefined ? {} : { buyer }).moves;

describe('her choice between the shop\'s own items', () => {
  it('reads the items told apart as product-info, not a comparison with another shop', () => {
    expect(movesOf('黑色那款是哑光的,耐脏;白色是亮面,更显干净', '黑的和白的哪个好')).toContain('product-info');
    expect(movesOf('学生用的话推荐小号,轻便好背,大号装电脑更合适', '这两款书包有啥区别')).toContain('product-info');
    expect(movesOf('冬天用的话加厚款更暖和,薄款适合春秋', '加厚还是薄款')).toContain('product-info');
    // tuning (writer-aq): 民谣吉他是钢弦的哦 after 琴弦是钢弦还是尼龙弦
    expect(movesOf('民谣吉他是钢弦的哦，如果想要手指不太疼可以考虑古典吉他的尼龙弦', '琴弦是钢弦还是尼龙弦')).toContain('product-info');
    expect(movesOf('两款区别就在电池,大的那款能多用一倍时间', '这两个有什么区别')).not.toContain('compare-objective');
  });

  it('leaves sizes, other shops, a rather-than (我还是…吧) and no telling apart to their own moves', () => {
    expect(movesOf('按您的身高拍L就好', '我170 穿M还是L')).not.toContain('product-info');
    expect(movesOf('那家是贴牌的,我们是原厂', '你家和那家哪个好')).not.toContain('product-info');
    expect(movesOf('好的亲,拍下我给您改价', '我还是在淘宝拍吧')).not.toContain('product-info');
    expect(movesOf('这个我也说不准', '黑的和白的哪个好')).not.toContain('product-info');
    expect(movesOf('好的亲,想好了跟我说', '我还没想好要哪个颜色')).not.toContain('product-info');
  });
});

describe('how the item is kept or washed', () => {
  it('reads a storage or washing instruction as product-info', () => {
    expect(movesOf('收到后放冰箱冷藏,三天内吃完口感最好', '已经拍了')).toContain('product-info');
    expect(movesOf('真丝的建议冷水手洗,别拧干', '怎么洗')).toContain('product-info');
    expect(movesOf('冷冻可以放3个月哦', '能放多久')).toContain('product-info');
  });

  it('does not read a question or a blame of how she kept it', () => {
    expect(movesOf('您是不是没放冰箱?', '收到就坏了')).not.toContain('product-info');
    expect(movesOf('你为啥放常温?', '坏了')).not.toContain('product-info');
  });
});

describe('how a return is packed, how long an order is held, how she pays', () => {
  it('reads the return\'s packing as explain-policy', () => {
    expect(movesOf('寄回的时候说明书和配件都带上哦', '好的我寄回去')).toContain('explain-policy');
    expect(movesOf('吊牌别剪,原包装装好寄回就行', '那我退了')).toContain('explain-policy');
  });

  it('reads how long an unpaid order is held as explain-policy', () => {
    expect(movesOf('订单会给您保留48小时,想好了再付就行', '我晚点付')).toContain('explain-policy');
    expect(movesOf('超过时间没付款系统会自动关闭订单哦', '不付会怎样')).toContain('explain-policy');
  });

  it('reads a payment method chosen as explain-policy, and a card refusal as its flag', () => {
    expect(movesOf('付款时选花呗就可以', '能用花呗吗')).toContain('explain-policy');
    const refused = understand('我们店不收信用卡哦,用余额或者花呗都可以', { buyer: '能刷信用卡吗' });
    expect(refused.flags.map((f) => f.rule)).toContain('card-refuse');
    expect(refused.moves).not.toContain('explain-policy');
  });
});

describe('the refund\'s way back told', () => {
  it('reads the route as explain-policy where no refund is granted in the reply', () => {
    expect(movesOf('花呗付的话会退回花呗额度哦', '钱退哪里')).toContain('explain-policy');
    expect(movesOf('好的,取消以后钱会原路返回', '帮我取消吧')).toContain('explain-policy');
  });

  it('leaves the route inside a refund or a sum granted to that offer', () => {
    expect(movesOf('已经给您提交了退款,原路返回', '退吧')).not.toContain('explain-policy');
    expect(movesOf('给您退差价15元,原路返回', '降价了')).not.toContain('explain-policy');
  });
});

describe('a resend already agreed, its dispatch told', () => {
  it('reads the dispatch as shipping-info, no exchange offered again', () => {
    expect(movesOf('明天一早就给您补发,单号出来发您', '那行')).toEqual(['shipping-info']);
    expect(movesOf('仓库收到退回的那双当天就发新的', '要多久')).toEqual(['shipping-info']);
  });

  it('still reads an exchange the reply puts itself', () => {
    expect(movesOf('碎的不用寄回,直接给您补发一个,今天就安排', '好')).toContain('offer-exchange');
  });
});

describe('her open question about what the item is or how it is used', () => {
  it('reads an answer with content and no other move as product-info', () => {
    expect(movesOf('表带是316L不锈钢的,不过敏', '表带是什么材质')).toContain('product-info');
    expect(movesOf('先关机,再按住电源键五秒就行', '怎么重置啊')).toContain('product-info');
    expect(movesOf('一次两勺,温水冲开', '一次吃几勺')).not.toContain('ask-info');
  });

  it('leaves no answer, and a review\'s reward, alone', () => {
    expect(movesOf('这个我也不清楚', '表带是什么材质')).not.toContain('product-info');
    expect(movesOf('感谢您的好评', '好评送什么')).not.toContain('product-info');
  });
});

describe('a receipt with a later welcome and nothing else', () => {
  it('reads it as acknowledge', () => {
    expect(movesOf('没事的亲,想好了随时找我', '我再考虑考虑')).toEqual(['acknowledge']);
    expect(movesOf('嗯嗯 有问题随时问', '好 我先看看')).toEqual(['acknowledge']);
    expect(movesOf('不麻烦,是我们应该做的', '辛苦你了 麻烦了')).toEqual(['acknowledge']);
  });
});

describe('the invoice\'s own dispatch', () => {
  it('reads 寄出 / 发您 of the invoice as no shipping, and the invoice sent as granted', () => {
    expect(movesOf('纸质的开好后顺丰寄给您,邮费我们出', '要纸质发票')).toEqual(['invoice-yes']);
    expect(movesOf('财务说周四前寄出', '发票什么时候寄')).toEqual(['invoice-yes']);
  });

  it('keeps the goods\' dispatch told beside the invoice', () => {
    expect(movesOf('发票今天开好,衣服明天发出', '发票和衣服什么时候到')).toContain('shipping-info');
  });
});

describe('the check made at dispatch invoked', () => {
  it('reads 发货前都检查过 as no dispatch told', () => {
    expect(movesOf('我们发货前都仔细检查过的', '收到就有裂痕')).not.toContain('shipping-info');
    expect(movesOf('不会的,我们发货都是扫码核对的', '你们发错了')).not.toContain('shipping-info');
    expect(movesOf('今天下午发货', '什么时候发')).toContain('shipping-info');
  });
});

describe('where she is to reach the shop or pay', () => {
  it('reads the platform named as the place as explain-policy', () => {
    expect(movesOf('有事直接在旺旺上联系我们就好,一直在线的', '留个手机号吧')).toContain('explain-policy');
    expect(movesOf('亲,订单要在平台内支付哦', '能转账给你吗')).toContain('explain-policy');
  });
});

describe('one of the shop\'s own items recommended for her need', () => {
  it('reads 推荐您这款 / 那就这款 as product-info', () => {
    expect(movesOf('办公用的话推荐您静音那款,按键很轻', '我在办公室用')).toContain('product-info');
    expect(movesOf('那就黑色这款吧', '送男朋友')).toContain('product-info');
  });
});

describe('the stock told as the reply\'s only statement', () => {
  it('reads it as product-info', () => {
    expect(movesOf('亲,灰色暂时断货了,补货大概要一周', '灰色还有吗')).toContain('product-info');
  });

  it('leaves an order closed on her to its flag', () => {
    const u = understand('没货了,订单我直接给您关了', { buyer: '怎么还没发' });
    expect(u.moves).not.toContain('product-info');
  });
});

describe('compensation named where none is offered', () => {
  it('reads a guarantee\'s staked penalty and a sum referred up as no offer-compensation', () => {
    expect(movesOf('保证周六前送到,晚一天赔您50', '周六前能到吗')).not.toContain('offer-compensation');
    expect(movesOf('赔偿这块需要请示我们店长,我马上去问', '我要赔偿')).not.toContain('offer-compensation');
  });

  it('still reads a sum offered', () => {
    expect(movesOf('给您补偿10元,主管已经同意了', '你们怎么处理')).toContain('offer-compensation');
  });
});

describe('what she is to send, named by what it is', () => {
  it('reads 开票信息记得发我 / 量好瞳距发我 as ask-info', () => {
    expect(movesOf('好的,公司开票资料记得发我哦', '要开专票')).toContain('ask-info');
    expect(movesOf('等您量好瞳距发我一下', '我不知道瞳距')).toContain('ask-info');
    expect(movesOf('订单信息只能给下单账号看哦', '帮我查下我老公的单')).not.toContain('ask-info');
  });
});
