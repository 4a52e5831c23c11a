import { describe, expect, it } from 'vitest';
import { understand } from '@/engine/understand/understand';

const flags = (text: string, buyer?: string): string[] => understand(text, buyer ? { buyer } : {}).flags.map((f) => f.rule);

// Session 12 (flags12): platform-rule mechanisms read across the newest tuning writers. The wordings
// are written for these tests, not taken from a labelled set; each mechanism has its near-misses.
describe('privacy-leak: an order she finds by a person’s name or number', () => {
  it('reads the place told of an order found by a name or a phone tail as another person’s data', () => {
    expect(flags('好的，查到了，寄到杭州市西湖区文一路', '帮我看下我姐的单子，她叫周敏，尾号5520')).toContain('privacy-leak');
    expect(flags('查到了，地址是南山区科技园', '陈刚 电话13900001111')).toContain('privacy-leak');
    expect(flags('收货地址写的是滨江区江南大道', '收件人叫吴倩，帮我查查')).toContain('privacy-leak');
  });

  it('reads her own order, a place she gave herself, a decline or no place told as no leak', () => {
    expect(flags('查到了，寄到成都武侯区，明天到', '我手机尾号4410，帮我查下订单')).not.toContain('privacy-leak');
    expect(flags('好的，已经帮您改到朝阳区了', '收件人叫王芳，地址改到朝阳区')).not.toContain('privacy-leak');
    expect(flags('亲，这个需要她本人登录账号查看哦', '她叫李静，手机尾号3321，帮我查下寄到哪了')).not.toContain('privacy-leak');
    expect(flags('查到了，已经在派送了', '叫张伟，尾号8890')).not.toContain('privacy-leak');
  });

  it('reads a yes to the detail she proposes that runs on as a confirmation', () => {
    expect(flags('对的，就是这个小区', '我同事的地址是不是写的金地花园')).toContain('privacy-leak');
    expect(flags('对的，不过我们不能说更多了', '我同事的地址是不是写的金地花园')).not.toContain('privacy-leak');
  });
});

describe('return-refuse: a return refused without the usual words', () => {
  it('reads her request’s approval refused as the refusal', () => {
    expect(flags('这个申请我们不会同意的', '我已经申请退货了')).toContain('return-refuse');
    expect(flags('您的退款已经驳回了', '退款怎么还没处理')).toContain('return-refuse');
    expect(flags('退货不同意哦')).toContain('return-refuse');
    expect(flags('退款申请就别想了')).toContain('return-refuse');
  });

  it('reads an approval foretold, a choice left to her or a condition as no refusal', () => {
    expect(flags('这种申请退货估计会被驳回的', '[图片] 这个掉漆能退吗')).not.toContain('return-refuse');
    expect(flags('如果您不同意这个方案，我们再商量', '我要退货')).not.toContain('return-refuse');
    expect(flags('您不同意的话我们就不改了')).not.toContain('return-refuse');
  });

  it('reads the return thrown back at her for an inspection as a refusal, for a use as the condition', () => {
    expect(flags('包装都拆了还退什么', '收到不喜欢，我要退')).toContain('return-refuse');
    expect(flags('退什么退', '我要退货')).toContain('return-refuse');
    expect(flags('都戴过了还想退?', '手表不喜欢想退')).not.toContain('return-refuse');
    expect(flags('都用成这样了还想退', '为什么不给我退')).not.toContain('return-refuse');
  });

  it('reads the 7-day return withheld (不参与, 不适用) for a sale as a refusal, for fresh or made-to-order goods as the rule', () => {
    expect(flags('秒杀款都不适用七天无理由哦')).toContain('return-refuse');
    expect(flags('折扣商品不参与七天无理由退货')).toContain('return-refuse');
    expect(flags('鲜花属于鲜活易腐的，不适用七天无理由，运输坏了我们包赔')).not.toContain('return-refuse');
    expect(flags('定制款不支持7天无理由退货哦')).not.toContain('return-refuse');
  });

  it('reads a no to her question whether the 7-day return holds as the refusal, unless she names the condition', () => {
    expect(flags('不支持哦', '这款支持七天无理由吗')).toContain('return-refuse');
    expect(flags('不行的亲', '七天无理由能退吗')).toContain('return-refuse');
    expect(flags('支持的', '这款支持七天无理由吗')).not.toContain('return-refuse');
    expect(flags('生鲜不支持哦', '生鲜水果能七天无理由吗')).not.toContain('return-refuse');
  });

  it('reads a no to a question of fact, a step she would skip or a price difference as no refusal', () => {
    expect(flags('不会的，仓库只看有没有影响二次销售', '寄回去会不会说我用过')).not.toContain('return-refuse');
    expect(flags('不是的，补偿跟评价没关系', '给我补偿是不是要我删评价')).not.toContain('return-refuse');
    expect(flags('不行哦', '可以先退钱吗，我明天寄回')).not.toContain('return-refuse');
    expect(flags('不可以的亲，要先寄回来', '能直接换新的吗，不想寄回')).not.toContain('return-refuse');
    expect(flags('不能哦', '降价了能退差价吗')).not.toContain('return-refuse');
    // A no to whether she may return it is still the refusal.
    expect(flags('不能退', '会不会不给退啊，我想退')).toContain('return-refuse');
  });

  it('reads a negated condition before a grant as no "no" (未使用、配件齐全的话是支持的)', () => {
    expect(flags('亲，未拆封、配件都在的话是支持7天无理由的', '耳机拆了盒子，能退吗')).not.toContain('return-refuse');
  });
});

describe('disparage: the name her comparing line sets against ours', () => {
  it('reads a bad word said of the brand or shop she compared us with, named any way', () => {
    expect(flags('优衣库的面料很薄，洗几次就变形', '优衣库的便宜一半')).toContain('disparage');
    expect(flags('南极人的都是贴牌的', '南极人的才卖39')).toContain('disparage');
    expect(flags('苏泊尔那个用久了就漏水', '这个锅和苏泊尔那款比怎么样')).toContain('disparage');
    expect(flags('飞利浦那台就是贵在牌子', '剃须刀和飞利浦的S5000比呢')).toContain('disparage');
  });

  it('reads materials, colours, sizes and our own older items compared, and praise of hers, as no disparage', () => {
    expect(flags('涤纶的容易起球，纯棉的更舒服', '纯棉的和涤纶的哪个好')).not.toContain('disparage');
    expect(flags('大号的容易变形，建议选中号', '大号的和中号的哪个好')).not.toContain('disparage');
    expect(flags('之前的款确实容易起球，新款改进了', '之前的款便宜')).not.toContain('disparage');
    expect(flags('优衣库的也不错，我们这款主要是面料更厚', '优衣库的便宜一半')).not.toContain('disparage');
  });
});

describe('return-refuse: an exchange put in place of the return she asks for', () => {
  it('reads 只能换 after her return request as the refusal', () => {
    expect(flags('只能换货哦', '我想退货，不喜欢')).toContain('return-refuse');
    expect(flags('亲，这款只支持换哦', '不想要了，怎么退')).toContain('return-refuse');
  });

  it('reads an exchange she asked for, a courier changed, a choice beside the return or a made-to-order item as no refusal', () => {
    expect(flags('这个只能换同价位的', '我想换个颜色')).not.toContain('return-refuse');
    expect(flags('只能换成EMS哦', '退款多久到')).not.toContain('return-refuse');
    expect(flags('可以退的，也可以只换尺码', '我想退')).not.toContain('return-refuse');
    expect(flags('定制款只能换不能退哦', '我想退')).not.toContain('return-refuse');
  });
});

describe('freeship-breach: postage she asks the price of', () => {
  it('reads a charge after her question of what the postage costs as the item’s postage, no 包邮 broken', () => {
    expect(flags('运费给您减一半，补4块就行', '运费能便宜点吗')).not.toContain('freeship-breach');
    expect(flags('运费12，您补一下', '邮费多少')).not.toContain('freeship-breach');
    expect(flags('运费12，您补一下', '不是包邮吗，邮费多少')).toContain('freeship-breach');
  });
});

describe('review-induce and off-platform: the reward or the channel in other words', () => {
  it('reads a reward named loosely (惊喜, 福利) or a fee waived for a review as the reward', () => {
    expect(flags('亲，晒图好评有惊喜哦')).toContain('review-induce');
    expect(flags('差评删了的话，安装费我们就免了')).toContain('review-induce');
  });

  it('reads a review said to earn nothing as no reward', () => {
    expect(flags('亲，好评没有返现哦，您如实评价就好')).not.toContain('review-induce');
    expect(flags('现在平台规定不能好评返现了，您如实评价就好', '好评返现吗')).not.toContain('review-induce');
    expect(flags('感谢您的好评，有问题随时找我')).not.toContain('review-induce');
  });

  it('reads a chat carried on another app or a transfer to a card number as off the platform, a warning as none', () => {
    expect(flags('微信上跟您细聊吧')).toContain('off-platform');
    expect(flags('钱转账到这个卡号就行 6217 0000 2222')).toContain('off-platform');
    expect(flags('亲，请不要相信任何让您加微信的人，我们只在淘宝交易')).not.toContain('off-platform');
  });
});

describe('return-refuse: a verdict on her photos that only foretells the inspection', () => {
  it('reads the inspection foretold after her photos as tone-prejudge, no refusal', () => {
    const u = understand('看照片不严重，退的话审核估计过不了', { buyer: '[图片] 有个小磕碰能退吗' });
    expect(u.flags.map((f) => f.rule)).not.toContain('return-refuse');
    expect(flags('从图上看是正常色差，退货审核过不了的', '我发了照片，颜色不对能退吗')).not.toContain('return-refuse');
  });

  it('still reads the return refused when the reply says it cannot be, or talks her out of applying', () => {
    expect(flags('看照片是用过的，退不了', '[图片] 能退吗')).toContain('return-refuse');
    expect(flags('看照片审核肯定过不了，您还是别申请了', '[图片] 有裂缝')).toContain('return-refuse');
    expect(flags('看照片估计过不了，建议您留着用吧', '[图片] 想退')).toContain('return-refuse');
  });
});

describe('return-refuse: conditions the rule names, stated in other words', () => {
  it('reads the window passed (过了期限), an activation and a tried cosmetic as the rule', () => {
    expect(flags('不好意思，已经过了期限，没法走七天无理由了', '买了两个月了，能退吗')).not.toContain('return-refuse');
    expect(flags('一经激活就不退了哦', '手表不想要了')).not.toContain('return-refuse');
    expect(flags('亲,试过的粉底就不能无理由退了哦', '粉底拆封试过了 不想要了')).not.toContain('return-refuse');
  });

  it('still reads a try-on of clothes as no condition', () => {
    expect(flags('试过的就不能退了哦', '衣服试了一下不合适')).toContain('return-refuse');
  });
});

describe('return-refuse: the goods she would send back said not to be taken', () => {
  it('reads the shop’s no to the goods (仓库肯定不收, 收不了, 达不到退货标准, 不属于退货范围) as the refusal', () => {
    expect(flags('看图是已经下过水了，这种我们肯定不收的', '我发了照片，能退吗')).toContain('return-refuse');
    expect(flags('包装盒坏了我们就收不了了', '想退，盒子压坏了')).toContain('return-refuse');
    expect(flags('这种程度达不到退货标准哦', '[图片] 有点脱线想退')).toContain('return-refuse');
    expect(flags('亲，线头不属于退货范围哦', '有线头，我想退')).toContain('return-refuse');
  });

  it('reads it hedged, foretold of the goods sent back, or of a fee as no refusal', () => {
    expect(flags('从照片看像是洗过的，仓库大概率不收', '我发照片了，能退吗')).not.toContain('return-refuse');
    expect(flags('这个是正常现象，退回来仓库不会收的', '照片发了，领口起球了')).not.toContain('return-refuse');
    expect(flags('我们不收您手续费的', '退货要手续费吗')).not.toContain('return-refuse');
    expect(flags('我们不收到付件哦，您先垫付运费', '我要退货')).not.toContain('return-refuse');
  });
});

describe('disparage and privacy-leak: more of the same structures', () => {
  it('reads sellers named as a class on live streams and a fake invoice as disparage', () => {
    expect(flags('我们是正品，不像某些直播间卖的都是翻新的')).toContain('disparage');
    expect(flags('别家不加税点的多半是假票', '别家开票都不加钱')).toContain('disparage');
    expect(flags('直播间和店铺是同一个价哦', '直播间卖的和你们一样吗')).not.toContain('disparage');
  });

  it('reads another person named with a masked name, or the price of her neighbour’s order, as a leak', () => {
    expect(flags('查了，叫陈*，是杭州的', '评论里那个说质量差的是谁')).toContain('privacy-leak');
    expect(flags('她那单是1299，和您这个一样', '你们卖给我同事的那台多少钱')).toContain('privacy-leak');
    expect(flags('亲，这款现在是199哦', '我朋友也想买，多少钱')).not.toContain('privacy-leak');
    expect(flags('您好 她叫什么名字呀 我查下', '我闺蜜买的哪个颜色啊')).not.toContain('privacy-leak');
  });
});

describe('return-refuse: what she must do, a part kept, a return left to her', () => {
  it('reads a no to whether she must give a reason or send a part back as no refusal', () => {
    expect(flags('不需要理由的，直接申请七天无理由就行', '退货要写理由吗')).not.toContain('return-refuse');
    expect(flags('不好意思亲，赠品不需要退回，您留着用就好', '退货赠品要寄回吗')).not.toContain('return-refuse');
    expect(flags('不退货也可以，给您补偿20元', '有点小瑕疵')).not.toContain('return-refuse');
  });

  it('still reads a reason demanded or a return talked out of as the refusal', () => {
    expect(flags('不说清楚原因的话退不了哦', '我要退货，不想要了')).toContain('return-refuse');
    expect(flags('您就别退了，留着用吧', '收到有点色差，我要退')).toContain('return-refuse');
  });
});

describe('disparage: a claim about another shop disowned', () => {
  it('reads 不敢说别家是假货 as no claim, and the claim made as one', () => {
    expect(flags('我们不敢说别家是假货，但我们保证正品', '别家是不是假货')).not.toContain('disparage');
    expect(flags('别家的就是假货，我们保证正品', '别家是不是假货')).toContain('disparage');
  });
});

describe('a charge she asks about put on someone else still stands', () => {
  it('reads the courier’s, the platform’s or the bank’s charge after her question as hers to pay', () => {
    expect(flags('这是快递那边收的，不是我们要的', '不是包邮吗 怎么还要加钱')).toContain('freeship-breach');
    expect(flags('平台扣的，不是我们收的', '刷卡还要手续费？')).toContain('card-fee');
    expect(flags('银行收的，我们承担不了', '分期怎么有手续费')).toContain('card-fee');
  });

  it('reads the shop bearing it, or nothing to pay, as no charge', () => {
    expect(flags('手续费我们承担的，不是您出', '刷卡要手续费吗')).not.toContain('card-fee');
    expect(flags('不收的亲，平台也不收', '刷卡要手续费吗')).not.toContain('card-fee');
    expect(flags('放心，快递公司不会另外收费的', '快递要额外收钱吗')).not.toContain('freeship-breach');
  });
});

describe('invoice-fee: the tax given as the reason for the charge she asks about', () => {
  it('reads 要交税/有税点/不含税 after her question whether the invoice costs her as the charge confirmed', () => {
    expect(flags('开票我们也要交税的呀', '开个发票还得另外给钱？')).toContain('invoice-fee');
    expect(flags('规定就是这样，开票有税点', '开票怎么还要加钱')).toContain('invoice-fee');
    expect(flags('因为标价是不含税的', '开发票为什么要我出钱')).toContain('invoice-fee');
  });

  it('reads the tax borne by the shop or already in the price as no charge', () => {
    expect(flags('不收的亲，税点我们承担', '开票要加钱吗')).not.toContain('invoice-fee');
    expect(flags('价格就是含税价，不用另外付', '开发票要加钱吗')).not.toContain('invoice-fee');
    expect(flags('不用加钱的亲，发票免费开', '开发票要加税点吗')).not.toContain('invoice-fee');
  });
});

describe('invoice-refuse: a receipt offered for the invoice', () => {
  it('reads a receipt offered after her invoice question or her need to claim the cost as the refusal', () => {
    expect(flags('开收据可以吗', '能开发票吗')).toContain('invoice-refuse');
    expect(flags('给您出一张盖章的收据，一样能报', '我要公司抬头的发票')).toContain('invoice-refuse');
    expect(flags('要不给您开个收据吧', '我们公司月底要报销')).toContain('invoice-refuse');
  });

  it('reads a receipt beside the invoice, or one for a repair, as no refusal', () => {
    expect(flags('发票可以开的，收据也可以给您', '能开发票吗')).not.toContain('invoice-refuse');
    expect(flags('好的亲,修好了把收据拍给我就行', '那我找人修吧')).not.toContain('invoice-refuse');
  });
});

describe('freeship-breach: her region put outside the 包邮 the listing showed her', () => {
  it('reads a region excluded against the 全国包邮 she saw as the breach', () => {
    expect(flags('那个是不包偏远地区的哦', '详情页写的全国包邮')).toContain('freeship-breach');
    expect(flags('亲，海岛不包邮的哦', '我在舟山，页面写全国包邮')).toContain('freeship-breach');
  });

  it('reads the exception she read on the page, a yes, or a range before any listing as no breach', () => {
    expect(flags('新疆西藏不包哦', '页面写包邮（除新疆西藏），我新疆的')).not.toContain('freeship-breach');
    expect(flags('我们家确实是全国包邮的 新疆也包~', '页面写着全国包邮啊')).not.toContain('freeship-breach');
    expect(flags('新疆西藏不包邮哦，其他都包', '包邮吗')).not.toContain('freeship-breach');
  });
});
