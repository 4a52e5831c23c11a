import { describe, expect, it } from 'vitest';
import { understand } from '@/engine/understand/understand';

// Wordings written for this test, not taken from a labelled set (session 12, moves12).
const movesOf = (text: string, buyer?: string) => understand(text, buyer === undefined ? {} : { buyer }).moves;

describe('a question back to her without 吗', () => {
  it('reads a wh-question closed by 呢 or 呀 as asking her', () => {
    expect(movesOf('您平时用在什么场合呢', '想买个保温杯')).toContain('ask-info');
    expect(movesOf('亲,买了多久了呀', '锅底有点糊')).toContain('ask-info');
    expect(movesOf('宝宝今年几岁呢', '想给孩子挑个书包')).toContain('ask-info');
    expect(movesOf('请问是哪个位置掉漆了呢', '柜子掉漆了')).toContain('ask-info');
  });

  it('leaves a reproach put as a question, and a statement with a demonstrative 几, alone', () => {
    expect(movesOf('你怎么不早点说呢', '我地址写错了')).not.toContain('ask-info');
    expect(movesOf('签收时为什么不验货呢', '收到就是碎的')).not.toContain('ask-info');
    expect(movesOf('那几款我们都有现货呢', '还有别的款吗')).not.toContain('ask-info');
  });
});

describe('her price question answered first, a coupon or a gift after it', () => {
  it('reads the opening figure as the item stated beside the offer', () => {
    expect(movesOf('159元哦,现在下单还送一个收纳袋', '这个台灯多少钱')).toEqual(expect.arrayContaining(['product-info', 'offer-gift']));
    expect(movesOf('亲,到手价88,店铺首页还能领5元券', '多少钱啊')).toEqual(expect.arrayContaining(['product-info', 'offer-gift']));
  });

  it('leaves a reply that opens on the cut itself, or one to a bargain, to its own moves', () => {
    expect(movesOf('领券减20,到手139', '多少钱')).not.toContain('product-info');
    expect(movesOf('最低129,再送您一双袜子', '能便宜点吗')).not.toContain('product-info');
  });
});

describe('what the system shows once her application passes', () => {
  it('states the procedure (explain-policy), no return offered', () => {
    expect(movesOf('提交退货申请后页面上会有寄回地址的', '退货寄到哪里')).toEqual(['explain-policy']);
    expect(movesOf('亲,售后审核通过以后系统自动推送地址哦', '地址给我一下')).toEqual(['explain-policy']);
  });
});

describe('the invoice made as the reply\'s own act', () => {
  it('reads 给您开 / 开好后寄 / 开给您 as the invoice granted, whatever her line', () => {
    expect(movesOf('好的,周五前给您开好', '公司抬头')).toContain('invoice-yes');
    expect(movesOf('开好后快递寄给您', '要纸质的')).toContain('invoice-yes');
    expect(movesOf('收到,按实付金额开给您', '税号发你了')).toContain('invoice-yes');
  });

  it('leaves 开 of another thing, and a delay that refuses, alone', () => {
    expect(movesOf('泡一会儿花就开了', '花都是花苞')).not.toContain('invoice-yes');
    expect(movesOf('地址在开发区那边,要补运费', '为什么要补钱')).not.toContain('invoice-yes');
    expect(movesOf('这个月开不了,下个月再给您开', '发票呢')).not.toContain('invoice-yes');
  });
});

describe('a size advised for what is not clothing', () => {
  it('reads a figure with its unit after 建议/推荐/选 as the size advised', () => {
    expect(movesOf('6岁的孩子建议买14寸的车', '孩子骑多大的')).toContain('recommend-size');
    expect(movesOf('两米的床推荐您选2.2米的被子', '被子选多大')).toContain('recommend-size');
    expect(movesOf('1.2米的床选150x200的床单就行', '床单要哪个尺寸')).toContain('recommend-size');
  });

  it('leaves a figure that is room to leave, or a product put to her, alone', () => {
    expect(movesOf('两边建议留10厘米散热', '需要多大位置')).not.toContain('recommend-size');
    expect(movesOf('推荐这款24寸的显示器,护眼不闪屏', '办公用哪款好')).not.toContain('recommend-size');
  });
});

describe('a size letter inside a latin word', () => {
  it('does not make her material question one of size', () => {
    expect(movesOf('是PC材质的亲,更耐摔', '外壳是ABS还是PC的')).not.toContain('recommend-size');
    expect(movesOf('音质挺好的', '跟AirPods比呢')).not.toContain('recommend-size');
  });
});

describe('a decimal point inside a figure', () => {
  it('keeps the figure whole in its clause', () => {
    expect(movesOf('1.5米的床建议选1.8×2.0的被套', '被套选多大')).toContain('recommend-size');
  });
});

describe('offer-gift against offer-discount (labelling.md: coupons are offer-gift)', () => {
  it('reads a yes to her coupon question as the coupon offered, no cut', () => {
    expect(movesOf('有的,店铺首页能领', '现在有优惠券吗')).toEqual(['offer-gift']);
    expect(movesOf('有哦,领券满99减10', '有没有优惠券领')).not.toContain('offer-discount');
  });

  it('reads 给您两个方案 as choices put to her, no price', () => {
    expect(movesOf('给您两个方案:补发一个,或者直接退款', '杯子碎了')).not.toContain('offer-discount');
    expect(movesOf('可以给您3种处理办法,您选', '少了一个配件')).not.toContain('offer-discount');
  });

  it('reads the 运费险 the order carries, told to her return question, as the rule', () => {
    expect(movesOf('可以的亲,签收7天内都能退,这单还送了运费险', '不喜欢能退吗')).toEqual(['explain-policy']);
    expect(movesOf('下单赠送了运费险的,寄回后保险会赔给您', '换货运费谁出')).toEqual(['explain-policy']);
    // Beside a price, or with a gift of its own, it is still given.
    expect(movesOf('已经是活动价了,拍下送您运费险', '能便宜点吗')).toContain('offer-gift');
    expect(movesOf('能退的,还送了运费险,另外再送您一双袜子', '不合适能退吗')).toContain('offer-gift');
  });
});

describe('the parcel traced and its status reported (labelling.md: tracing the parcel is track-parcel)', () => {
  it('reads what the courier said or the parcel shows, once checked, as the trace', () => {
    expect(movesOf('韵达那边说明天上午派送', '怎么还没到')).toContain('track-parcel');
    expect(movesOf('刚查了,包在济南分拨中心压着呢', '三天没动了')).toContain('track-parcel');
    expect(movesOf('我现在打给中通问一下', '快递丢了吧')).toContain('track-parcel');
  });

  it('leaves her own call to the courier, and the warehouse receiving her return, alone', () => {
    expect(movesOf('您直接打给快递员吧', '快递没送上门')).not.toContain('track-parcel');
    expect(movesOf('查到了,仓库昨天签收了您的退货', '退款呢')).not.toContain('track-parcel');
  });
});

describe('when or how her refund comes, after she awaits it', () => {
  it('reads the refund\'s time or the condition it waits on as the rule', () => {
    expect(movesOf('微信零钱一般马上到,信用卡2-5个工作日', '退款怎么还没到账')).toEqual(['explain-policy']);
    expect(movesOf('仓库验完货就退的', '什么时候退钱')).toEqual(['explain-policy']);
    expect(movesOf('已经退款成功了,一般当天就能到', '钱还没到账')).toEqual(['explain-policy']);
  });

  it('leaves a check or a bare wait alone', () => {
    expect(movesOf('稍等我查一下进度', '退款怎么还没到账')).toEqual(['please-wait']);
    expect(movesOf('等着吧', '退款什么时候到')).not.toContain('explain-policy');
  });
});

describe('her own application consented to', () => {
  it('reads 申请了我马上同意 / 已同意,退货地址在… as the return granted (那您申请吧 after her return, as before)', () => {
    expect(movesOf('申请了我这边立刻同意', '好吧')).toContain('offer-return');
    expect(movesOf('已经同意了,退货地址在申请页面', '提交了')).toContain('offer-return');
    expect(movesOf('那您申请吧,我这边处理', '我要退')).toEqual(['offer-return']);
  });

  it('leaves the system\'s step after approval, and a refusal, alone', () => {
    expect(movesOf('售后申请同意后页面会显示地址', '寄到哪')).not.toContain('offer-return');
    expect(movesOf('那你申请吧,反正我们不同意', '我要申请平台介入')).not.toContain('offer-return');
  });
});

describe('a request for what she is to send, without 吗', () => {
  it('reads 发单号 / 名字发我一下 / 拍一下我看看 as asking her', () => {
    expect(movesOf('发订单号', '怎么还没到')).toContain('ask-info');
    expect(movesOf('您的邮箱留一下', '电子发票')).toContain('ask-info');
    expect(movesOf('拍个视频我看看', '开机没声音')).toContain('ask-info');
    expect(movesOf('发我就行', '截图发你?')).toContain('ask-info');
  });

  it('leaves the agent\'s own showing alone', () => {
    expect(movesOf('我拍一下看看', '有实拍吗')).not.toContain('ask-info');
  });
});

describe('told to apply for her return herself', () => {
  it('reads 您直接申请就行 beside the rule as the return started', () => {
    expect(movesOf('签收7天内吊牌完好都能退,您在订单里直接申请就好', '不想要了能退吗')).toEqual(expect.arrayContaining(['explain-policy', 'offer-return']));
    expect(movesOf('可以退的,申请一下就行', '我想退货')).toContain('offer-return');
  });

  it('leaves an application for an invoice, a cancellation, or one the agent makes, alone', () => {
    expect(movesOf('发票确认收货后在订单里申请就行', '能开票吗')).not.toContain('offer-return');
    expect(movesOf('想取消的话在订单页申请就行,钱会退回', '我不想要了')).not.toContain('offer-return');
  });
});

describe('shipping-info: where and how it ships, and a guarantee of its time', () => {
  it('reads a yes to where or how it is sent as the shipping told', () => {
    expect(movesOf('可以的', '能寄到澳门吗')).toEqual(['shipping-info']);
    expect(movesOf('可以哦', '两件能分开寄吗')).toEqual(['shipping-info']);
    expect(movesOf('可以的,给您备注', '快递能放驿站吗')).toContain('shipping-info');
  });

  it('keeps 到付 a question of the return postage', () => {
    expect(movesOf('不接受到付哦', '退货能寄到付吗')).not.toContain('shipping-info');
  });

  it('reads the dispatch or arrival a guarantee promises as shipping-info beside the flag', () => {
    const u = understand('保证后天送到,放心', { buyer: '后天能到吗' });
    expect(u.moves).toContain('shipping-info');
    expect(u.flags.map((f) => f.rule)).toContain('ship-promise');
  });
});

describe('her question of the warranty or a repair', () => {
  it('reads its short answer as the shop\'s rule stated', () => {
    expect(movesOf('两年', '电饭煲保修几年')).toEqual(['explain-policy']);
    expect(movesOf('有的亲', '有质保吗')).toEqual(['explain-policy']);
    expect(movesOf('可以修的', '表带断了能修吗')).toEqual(['explain-policy']);
  });
});

describe('her own sending of the return', () => {
  it('reads 寄出后把单号填… as no dispatch of ours', () => {
    expect(movesOf('寄出后记得把单号填到售后单里', '好的我寄回去')).not.toContain('shipping-info');
    expect(movesOf('您寄回后把运单截图发我就行', '运费怎么算')).not.toContain('shipping-info');
  });

  it('keeps our own dispatch and its number sent to her', () => {
    expect(movesOf('今天给您寄出,寄出后我把单号发您', '什么时候发')).toContain('shipping-info');
  });
});

describe('the after-sale process\'s own time', () => {
  it('reads how long an inspection or a review takes as the rule, no dispatch', () => {
    expect(movesOf('质检一般2-3天', '寄回去要多久')).toEqual(['explain-policy']);
    expect(movesOf('仓库收到后48小时内处理', '多久给我结果')).toEqual(['explain-policy']);
    expect(movesOf('一般1个工作日内会有审核结果', '审核要多久')).toEqual(['explain-policy']);
  });
});

describe('a receipt with nothing else (labelling.md: acknowledge)', () => {
  it('reads 行吧 and a bare offer of later help as a receipt', () => {
    expect(movesOf('行吧', '那我再想想')).toEqual(['acknowledge']);
    expect(movesOf('嗯嗯 有事再找我哈', '好的')).toEqual(['acknowledge']);
  });

  it('keeps 对吧 a question', () => {
    expect(movesOf('对吧', '我拍的L码')).not.toContain('acknowledge');
  });
});

describe('the warehouse is no one to escalate to', () => {
  it('reads 跟仓库说 / 找仓库问一下 as no escalation (labelling.md: chasing the warehouse is shipping-info)', () => {
    expect(movesOf('好的,我跟仓库说一下今天给您发', '能今天发吗')).not.toContain('escalate');
    expect(movesOf('我找仓库问一下,请稍等', '签收了但我没收到')).not.toContain('escalate');
  });

  it('keeps a supervisor, and the warehouse\'s head, as escalation', () => {
    expect(movesOf('我跟主管申请一下', '能再便宜点吗')).toContain('escalate');
    expect(movesOf('我跟仓库主管反馈一下', '包装太差了')).toContain('escalate');
  });
});

describe('her feeling named by what the trouble does to her', () => {
  it('reads 真的很糟心 / 肯定特别扫兴 / 让您受惊了 as empathy', () => {
    expect(movesOf('刚拆开就坏了,真是太闹心了', '台灯不亮')).toContain('empathize');
    expect(movesOf('礼物弄成这样肯定特别扫兴', '盒子压坏了')).toContain('empathize');
    expect(movesOf('让您担惊受怕了', '吓死我了')).toContain('empathize');
  });
});

describe('加购 to be told of a restock, and an extra put in for her', () => {
  it('reads 先收藏加购 / 加购物车 as no other item put to her', () => {
    expect(movesOf('您可以先收藏加购,到货会提醒您', '蓝色什么时候有')).not.toContain('upsell');
    expect(movesOf('可以先加购物车哦', '我过两天再买')).not.toContain('upsell');
  });

  it('reads 再给您加一袋 as a gift, no upsell', () => {
    const moves = movesOf('再给您加一袋小零食,您看行吗', '能便宜点吗');
    expect(moves).toContain('offer-gift');
    expect(moves).not.toContain('upsell');
  });
});

describe('an either-or question closed by 呢', () => {
  it('reads 个人还是公司抬头呢 as asking her', () => {
    expect(movesOf('可以的,要纸质还是电子的呢', '能开票吗')).toContain('ask-info');
    expect(movesOf('您更喜欢宽松还是修身一点呀', '选哪个码')).toContain('ask-info');
  });

  it('leaves 还是 as "still" alone', () => {
    expect(movesOf('跟您还是同一个小区的呢', '有人买过吗')).not.toContain('ask-info');
  });
});

describe('the exchange\'s postage or process told', () => {
  it('offers no exchange', () => {
    expect(movesOf('换货的运费需要您自己出哦', '运费呢')).not.toContain('offer-exchange');
    expect(movesOf('这是换货的流程,麻烦理解', '能直接换吗')).not.toContain('offer-exchange');
  });
});

describe('a check done in the reply itself', () => {
  it('reads 我查一下……是寄到… as no wait asked', () => {
    expect(movesOf('我查一下……是上周三发出的', '我的单发了吗')).not.toContain('please-wait');
    expect(movesOf('我看看…是纯棉的', '什么面料')).not.toContain('please-wait');
  });

  it('keeps an explicit wait before the result', () => {
    expect(movesOf('稍等我查一下……查到了,明天到', '到哪了')).toContain('please-wait');
  });
});
