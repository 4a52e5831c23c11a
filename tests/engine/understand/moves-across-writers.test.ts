// Session 8 (moves8): move conventions read across the writers' files, decided by
// ../shared/eval/labelling.md where they split. Wordings are this file's own, not the sets'.
import { describe, expect, it } from 'vitest';
import { understand } from '@/engine/understand/understand';
import { closesWarmly } from '@/engine/score/reply-context';

const read = (text: string, buyer?: string) => understand(text, buyer ? { buyer } : {});
const moves = (text: string, buyer?: string) => read(text, buyer).moves;

describe('thank: thanks or a good wish, to anyone (labelling.md)', () => {
  it('reads a wish to her family, her pet or her plans as thank', () => {
    // chats-i, chats-l, chats-w, logs-z, writer-e, writer-g, writer-x: 16 wishes missed, none wrongly read.
    expect(moves('好嘞，祝小朋友玩得开心')).toContain('thank');
    expect(moves('祝您和家人中秋团圆')).toContain('thank');
    expect(moves('收到~今天就发，祝猫主子吃嘛嘛香')).toContain('thank');
    expect(moves('不客气哈，祝您比赛顺利拿奖')).toEqual(['thank']);
  });

  it('does not read a greeting card written for her as the agent\'s wish', () => {
    expect(moves('好的，已经备注好：祝外婆八十大寿')).not.toContain('thank');
    expect(moves('卡片上帮您写上满满的祝福')).not.toContain('thank');
  });

  it('reads an invitation back as no thank, a receipt with it as acknowledge, and still a warm close', () => {
    // 27 replies in the blind writers' files read thank by 有问题随时找我 alone; 0 labelled so.
    expect(moves('好的亲，有问题随时联系我们')).toEqual(['acknowledge']);
    expect(moves('平台不让加微信的哦，有事在旺旺找我就行')).not.toContain('thank');
    expect(closesWarmly(read('好的亲，有问题随时联系我们'))).toBe(true);
    expect(closesWarmly(read('收到，祝您用得开心'))).toBe(true);
    expect(closesWarmly(read('好的'))).toBe(false);
  });
});

describe('a short answer to a question about a rule of the service states the rule', () => {
  it('reads a yes, a no or a value to 无理由 / 保价 / 包安装 as explain-policy, no return granted', () => {
    // writer-a, -c, -g, -h, -j, -k, -v (10 replies; context-y already so).
    expect(moves('支持哒', '这款能七天无理由退吗')).toEqual(['explain-policy']);
    expect(moves('保价30天哦', '你们保价吗')).toEqual(['explain-policy']);
    expect(moves('免费上门装', '热水器安装要钱吗')).toEqual(['explain-policy']);
    expect(moves('定制款不支持哦', '刻字的也能七天无理由吗')).toEqual(['explain-policy']);
  });

  it('leaves a yes to her own return a return granted, and a question of assembly the item', () => {
    expect(moves('可以的亲', '鞋子磨脚，能退吗')).toContain('offer-return');
    expect(moves('要装一下的，配了扳手', '这个要自己安装吗')).not.toContain('explain-policy');
  });
});

describe('the agent\'s own check of her parcel traces it', () => {
  it('reads a short check or chase after 到哪了 / 没更新 as track-parcel, asked or not', () => {
    // writer-a, -c, -g, -h, -j, -k, -v: 11 replies (against context-y and writer-b, one each).
    expect(moves('我这就帮您查', '包裹到哪了呀')).toContain('track-parcel');
    expect(moves('稍等哈，我查下', '物流四天没更新了')).toContain('track-parcel');
    expect(moves('这边马上给您催', '快递停了好几天不动')).toContain('track-parcel');
  });

  it('leaves a deflection, a request for her order number, or a check of something else alone', () => {
    expect(moves('您自己查哈', '快递到哪了')).not.toContain('track-parcel');
    expect(moves('麻烦发下订单号，我帮您查', '快递到哪了')).not.toContain('track-parcel');
    expect(moves('我帮您查下', '这个有红色的吗')).not.toContain('track-parcel');
  });
});

describe('a short consent grants the return or exchange she wants', () => {
  it('reads 申请吧 / 同意了 after her return or refund as offer-return, after her exchange as offer-exchange', () => {
    // chats-i, chats-w, writer-c, -g, -j, -k, -v: 10 replies.
    expect(moves('嗯嗯 您提交申请吧', '这个我不想要了')).toEqual(['offer-return']);
    expect(moves('看到了，已经同意啦', '退款申请提交了')).toEqual(['offer-return']);
    expect(moves('好的，您直接申请', '鞋子想换个大一码')).toEqual(['offer-exchange']);
  });

  it('reads no consent in a refusal, a long reply, or after a line that wants no return', () => {
    expect(moves('不同意哦', '我要退款')).not.toContain('offer-return');
    expect(moves('申请吧', '这个有白色的吗')).not.toContain('offer-return');
  });
});

describe('ask-info: a bare request for a photo or the order number', () => {
  it('reads 拍照看看 / 单号多少 as asking her', () => {
    // context-y, writer-a, -b, -d, -e, -f, -g, -h, -k: 13 replies, none wrongly read in them.
    expect(moves('拍个图我看下', '收到的盘子裂了')).toContain('ask-info');
    expect(moves('亲，先拍照', '面包发霉了')).toContain('ask-info');
    expect(moves('订单号发下？', '我的东西少了一件')).toContain('ask-info');
  });

  it('reads the agent sending a photo as no question to her', () => {
    expect(moves('拍照给您看', '实物什么样')).not.toContain('ask-info');
  });
});

describe('a hedged answer is still an answer to what she asked', () => {
  it('reads 可能吧 / 应该…吧 / 大概…吧 after her item question as product-info, after a dispatch question as shipping-info', () => {
    // chats-l, writer-d, -e, -g, -k, -x: 9 replies (77 of 78 hedged answers to an item question carry product-info).
    expect(moves('可能吧', '这个杯子能装开水吗')).toContain('product-info');
    expect(moves('应该合适的吧', '这件外套一米八能穿吗')).toContain('product-info');
    expect(moves('大概五六个小时吧，我也不太清楚', '这个充电宝充满要多久')).toContain('product-info');
    expect(moves('可能后天吧，说不好', '什么时候发货')).toContain('shipping-info');
  });

  it('reads 应该的 as no hedge, and a hedge that leaks someone\'s details as no item answer', () => {
    expect(moves('应该的亲', '谢谢你啊')).not.toContain('product-info');
    expect(moves('好像是住在西湖区的，姓王', '刚才买了两件的那个人住哪')).not.toContain('product-info');
  });
});

describe('shipping-info: the invoice mailed is part of the invoice', () => {
  it('reads no shipping-info in a clause about mailing the invoice (专票, 普票, 纸质票)', () => {
    // chats-l, logs-z, writer-k, -v: 7 replies labelled invoice-yes alone.
    expect(moves('纸质普票我们顺丰寄您', '能开发票吗')).not.toContain('shipping-info');
    expect(moves('可以开的，电子票开好发您邮箱，纸质票也包邮寄给您', '能开票吗')).not.toContain('shipping-info');
  });

  it('still reads the goods dispatched beside the invoice', () => {
    expect(moves('发票今天开好，衣服明天发出', '发票呢')).toContain('shipping-info');
  });
});

describe('a courier named as whom the agent contacts is the trace, not shipping-info', () => {
  it('reads 打电话给韵达 / 给中通打电话问问 / 中通网点 as track-parcel alone', () => {
    // chats-i, -l, -u, -w, logs-z, writer-a, -e, -f, -k, -x: 16 replies fixed, 2 broken.
    expect(moves('我这就打电话给申通问问情况')).toEqual(['track-parcel']);
    expect(moves('稍等，我给极兔打个电话问下')).toContain('track-parcel');
    expect(moves('稍等，我给极兔打个电话问下')).not.toContain('shipping-info');
    expect(moves('已经联系了德邦网点，在催了')).not.toContain('shipping-info');
  });

  it('still reads the courier the shop ships by as shipping-info', () => {
    expect(moves('我们默认发韵达哦')).toContain('shipping-info');
    expect(moves('今天给您发顺丰')).toContain('shipping-info');
  });
});

describe('explain-policy: a true rule stated in passing', () => {
  it('reads the invoice written as what was bought as policy', () => {
    // writer-e, -f, -g, -h, -k: 5 replies, after 能开成办公用品吗.
    expect(moves('发票只能照实际买的商品开哦', '能开成礼品吗')).toContain('explain-policy');
    expect(moves('开票得跟购买的东西一致的亲', '能写成办公用品吗')).toContain('explain-policy');
  });

  it('reads trade and chat kept on the platform as policy', () => {
    // chats-l, writer-a, -d, -e, -g, -h: 7 replies.
    expect(moves('我们只支持淘宝下单付款哦', '转你支付宝行吗')).toContain('explain-policy');
    expect(moves('图纸直接在旺旺这里发就行', '加个微信发图纸吧')).toContain('explain-policy');
    expect(moves('付款要走平台订单才有保障', '打你卡上行不行')).toContain('explain-policy');
  });

  it('reads the agent sending something on the platform as no rule', () => {
    expect(moves('我这就在旺旺上发您看看', '有实物图吗')).not.toContain('explain-policy');
  });
});

describe('a question of what is done to the item (wrapping, engraving, a card) asks about the item', () => {
  it('reads a yes to 能帮忙包装吗 / 能写贺卡吗 / 可以改短吗 as product-info', () => {
    // chats-i, chats-w, writer-g, writer-h: 5 replies fixed, 2 broken (chats-l, chats-w).
    expect(moves('可以包的哦', '能帮我包装成礼物吗')).toContain('product-info');
    expect(moves('可以的，免费改', '裤腿能帮我改短点吗')).toContain('product-info');
  });

  it('leaves a question whether an engraved item can go back to its rule', () => {
    expect(moves('可以的', '刻了字的能退吗')).not.toContain('product-info');
  });
});

describe('short answers resolved against her question', () => {
  it('reads a line closing on 不 as a yes-no question (能开发票不, 还有不, 能便宜点不)', () => {
    // chats-i, writer-k.
    expect(moves('可以的', '能开专票不')).toEqual(['invoice-yes']);
    expect(moves('没有了亲，不好意思', '红色M还有不')).toContain('product-info');
    expect(moves('不行哦', '再便宜点不')).toEqual(['hold-price']);
  });

  it('reads a bare 没货 as curt, making no move', () => {
    expect(moves('没货', '蓝色还有不')).toEqual([]);
  });

  it('reads a bare 好吧 / 没事 / 不麻烦 as a receipt', () => {
    // chats-i, chats-u.
    expect(moves('那好吧亲', '算了不要了')).toEqual(['acknowledge']);
    expect(moves('没事哒', '不好意思刚才看错了')).toEqual(['acknowledge']);
  });
});

describe('a size named for her measure recommends it', () => {
  it('reads M码 / 12号 / 拿42.5 after her body measure as recommend-size, asked or not', () => {
    // chats-l, chats-u, context-y, logs-z, writer-f, -g, -h, -j, -k: 12 replies.
    expect(moves('S码', '我158 45kg')).toEqual(['recommend-size']);
    expect(moves('14号哦', '指围55mm')).toEqual(['recommend-size']);
    expect(moves('那就拿40.5', '平时穿40 脚背高')).toEqual(['recommend-size']);
    expect(moves('手腕15的话选16cm的', '手腕15cm')).toEqual(['recommend-size']);
  });

  it('reads the stock of her size as no advice', () => {
    expect(moves('有的亲，M码还有2件', '有M吗 我160 100斤')).not.toContain('recommend-size');
  });
});

describe('offer-compensation: a rate of compensation for what arrived spoiled', () => {
  it('reads 坏几个赔几个 / 按个数赔 / 照价赔付 / 另补10元 as compensation offered', () => {
    // chats-i, chats-l, writer-b, -e, -h, -k, -v, -x: 9 replies.
    expect(moves('您拍下坏的，坏几个赔几个')).toContain('offer-compensation');
    expect(moves('坏果我们按个数退给您')).toContain('offer-compensation');
    expect(moves('直接退款，另补您5元')).toContain('offer-compensation');
  });

  it('reads her paying more as no compensation, and a replacement as no money', () => {
    expect(moves('想发顺丰的话您再补10元就行')).not.toContain('offer-compensation');
    expect(moves('碎几个补发几个')).not.toContain('offer-compensation');
  });
});

describe('invoice-yes: the invoice made, or a value given to her invoice question', () => {
  it('reads 开好电子票 / 公司个人都能开 / 可以补开 as the invoice granted', () => {
    // chats-l, writer-f, -j.
    expect(moves('收到，明天开好电子普票发您')).toContain('invoice-yes');
    expect(moves('个人公司都能开', '能开单位抬头吗')).toContain('invoice-yes');
    expect(moves('可以补开哦')).toContain('invoice-yes');
  });

  it('reads a value given to an open invoice question (什么时候, 怎么收) as the invoice granted', () => {
    // writer-c, -g, -k.
    expect(moves('两个工作日内', '发票什么时候开给我')).toContain('invoice-yes');
  });
});

describe('offer-return: a refund offered as one of her choices, a partial refund as compensation', () => {
  it('reads 换新或者退款 / 退货或者补偿 as offering the return', () => {
    // blind-final, chats-u, writer-a, -d, -e, -g, -h: 8 replies.
    expect(moves('可以给您补发，或者直接退款')).toContain('offer-return');
    expect(moves('退货或者补偿您选一个')).toContain('offer-return');
  });

  it('reads a refund by the count or share spoiled as compensation, no return', () => {
    // logs-z, writer-a, -e, -f, -g, -h, -x: 7 replies.
    const m = moves('坏了几个我们按个数给您退款');
    expect(m).toContain('offer-compensation');
    expect(m).not.toContain('offer-return');
  });
});

describe('a conditional exchange beside a size advised states the rule', () => {
  it('reads 收到不合适可以换 / 不合适7天内可以换码 as explain-policy, no exchange offered', () => {
    // writer-b, -g, -h, -j: 4 replies (5 of 7 such replies in the blind writers' files).
    const m = moves('建议拍M，收到不合适的话也能换的');
    expect(m).toContain('explain-policy');
    expect(m).not.toContain('offer-exchange');
    expect(moves('不合身的话7天内都可以换码')).not.toContain('offer-exchange');
  });

  it('still reads the agent offering to change it as offer-exchange', () => {
    expect(moves('不合适可以给您换')).toContain('offer-exchange');
  });
});

describe('offer-exchange: a replacement promised in few words', () => {
  it('reads 给您补一棵 / 补配件 / 马上换 / 换一副新的 / 重新做一副 as an exchange', () => {
    // chats-w, writer-b, -f, -k, -v, -x: 9 replies.
    expect(moves('烂掉的那棵我们给您补一棵')).toContain('offer-exchange');
    expect(moves('抱歉！这就换')).toContain('offer-exchange');
    expect(moves('要不给您换一台新的？')).toContain('offer-exchange');
    expect(moves('给您重新做一套')).toContain('offer-exchange');
  });

  it('reads a red packet or money made up as no exchange', () => {
    expect(moves('给您补个5元红包')).not.toContain('offer-exchange');
    expect(moves('这边给您补一包红包')).not.toContain('offer-exchange');
  });
});

describe('product-info: the brand, the factory or a flagship store named as no claim about the item', () => {
  it('reads 品牌控价 / 品牌方核查 / 问下工厂 / 工厂尾货 / 旗舰店欢迎您 as no product-info', () => {
    // blind-b, chats-l, -u, -w, logs-z, writer-a, -b, -e, -f, -g, -h, -j, -k, -x: 28 replies fixed, 2 broken.
    expect(moves('这个价是品牌统一控价的哦，改不了')).not.toContain('product-info');
    expect(moves('我把批号报给品牌方核查一下')).not.toContain('product-info');
    expect(moves('稍等，我问下工厂')).not.toContain('product-info');
    expect(moves('那家卖的都是工厂尾货')).not.toContain('product-info');
    expect(moves('旗舰店那个价是刷出来的')).not.toContain('product-info');
  });

  it('still reads the shop\'s own standing as product-info', () => {
    expect(moves('我们是品牌授权店，全国联保')).toContain('product-info');
    expect(moves('这款是正品，专柜同款')).toContain('product-info');
  });
});

describe('product-info: item words used of something else', () => {
  it('reads 不适用七天无理由 / 现货当天发 / 充电线 / 型号是哪个 / 包装加厚 / 看成分表 as no product-info', () => {
    // blind-b, chats-l, -w, logs-z, writer-a, -b, -c, -d, -e, -f, -g, -h: 20 replies, none broken.
    expect(moves('定做的不适用七天无理由退货哦')).not.toContain('product-info');
    expect(moves('现货当天就发，明天能到')).not.toContain('product-info');
    expect(moves('寄回时把充电线一起放进去')).not.toContain('product-info');
    expect(moves('您拍的型号是哪个呀')).not.toContain('product-info');
    expect(moves('这次包装我们会加厚的')).not.toContain('product-info');
  });

  it('still reads the item\'s own properties', () => {
    expect(moves('这款有现货的')).toContain('product-info');
    expect(moves('这款是加厚款，冬天也能穿')).toContain('product-info');
  });
});

describe('product-info: a gift described, or a date, a window or a birthday, is no claim about the item', () => {
  it('reads 送一个硅胶保护套 / 60岁生日 / 超过24小时反馈 / 一个月都开不了 as no product-info', () => {
    // chats-l, chats-w, writer-e, -f, -h, -x: 9 replies, none broken.
    expect(moves('今天拍还送一个真皮钥匙扣哦')).not.toContain('product-info');
    expect(moves('孩子8岁生日这么重要，真的抱歉')).not.toContain('product-info');
    expect(moves('签收超过48小时反馈的就不好处理了')).not.toContain('product-info');
  });

  it('still reads a measure of the item', () => {
    expect(moves('这款充电宝10000毫安')).toContain('product-info');
  });
});

describe('shipping-info: dispatch and reach said in few words', () => {
  it('reads 马上发 / 优先打包 / 明天出货 / 今晚必出 / 单号出来发您 as shipping-info', () => {
    // chats-i, -l, -w, context-y, writer-a, -b, -d, -e, -f: 20 replies fixed, 4 broken.
    expect(moves('拍了马上给您发')).toContain('shipping-info');
    expect(moves('我让仓库优先打包')).toContain('shipping-info');
    expect(moves('现在拍明天出货')).toContain('shipping-info');
    expect(moves('单号出来第一时间发您')).toContain('shipping-info');
  });

  it('reads the regions reached or not as shipping-info', () => {
    expect(moves('青海暂时停发哦')).toContain('shipping-info');
    expect(moves('香港可以寄的哦')).toContain('shipping-info');
  });

  it('reads a photo sent, or the new one sent for a return, as no dispatch', () => {
    expect(moves('我这就发几张图给您')).not.toContain('shipping-info');
    expect(moves('您寄回来我们收到就给您发新的')).not.toContain('shipping-info');
  });
});
