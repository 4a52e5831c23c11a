import { describe, expect, it } from 'vitest';
import { understandByRules } from '@/engine/understand/understand';

// The rules alone: what this change reads (the classifier backstop is the lead's to retrain).
const flags = (text: string, buyer?: string): string[] => understandByRules(text, buyer ? { buyer } : {}).flags.map((f) => f.rule);

// Wordings written for these tests (session 8, the misses of the latest writers' files grouped into
// kinds), not taken from a labelled set: each block is one mechanism, with replies it must flag and
// ones it must not.
describe('freeship-breach: the 包邮 her line names holds for a region and a courier', () => {
  it('charges a region she says the page showed free after she ordered', () => {
    expect(flags('青海加12 不加不发', '拍好了 页面标的包邮 青海')).toContain('freeship-breach');
    expect(flags('得补6块', '我宁夏的 详情里说宁夏也包邮啊')).toContain('freeship-breach');
  });

  it('charges the difference of a courier on an item her line says ships free', () => {
    expect(flags('可以 补5块差价', '包邮的可以走京东吗')).toContain('freeship-breach');
    expect(flags('改德邦的话您再补15', '说好的包邮 怎么换德邦还要钱')).toContain('freeship-breach');
  });

  it('charges a fee put on the courier when her line says it ships free', () => {
    expect(flags('那个是物流公司收的，跟店里没关系', '显示包邮的 怎么送货的要我给20')).toContain('freeship-breach');
    expect(flags('偏僻的地方派送费要您自己给师傅的', '我拍的是包邮的啊')).toContain('freeship-breach');
  });

  it('leaves a courier she chose on an item her line does not call free, and a range she names', () => {
    expect(flags('可以的 补5块差价', '能走京东吗')).not.toContain('freeship-breach');
    expect(flags('西藏补20哦', '页面写着西藏不包邮，要补多少')).not.toContain('freeship-breach');
  });
});

describe('invoice-refuse: an invoice put off by a month or more', () => {
  it('flags the wait whatever promise goes with it', () => {
    expect(flags('开票的同事出差了，等下个月回来一起给您开', '发票能开吗')).toContain('invoice-refuse');
    expect(flags('发票得过三个月才能补开哦', '我要个发票')).toContain('invoice-refuse');
    expect(flags('这个月不行，月底再说吧', '发票呢')).toContain('invoice-refuse');
  });

  it('flags a finance person away with nothing promised', () => {
    expect(flags('会计这几天放假', '发票开一下')).toContain('invoice-refuse');
  });

  it('leaves a deadline, a month named for something else and a soon promise', () => {
    expect(flags('本月底之前一定给您开好发邮箱', '发票呢')).not.toContain('invoice-refuse');
    expect(flags('仓库月底盘点，发票明天就给您开', '发票呢')).not.toContain('invoice-refuse');
    expect(flags('财务请假了，后天回来第一时间给您开', '发票呢')).not.toContain('invoice-refuse');
  });
});

describe('freeship-breach: a fee put on the courier counts only where her line says it ships free', () => {
  it('leaves the courier named as the one who charges postage on an item not free', () => {
    expect(flags('运费是快递公司收的，凑够49就包邮了', '包个邮呗')).not.toContain('freeship-breach');
  });
});

describe('invoice-fee: a charge for the invoice however it is put', () => {
  it('reads a bare raise, a fee with its sum, the tax points and a price with tax', () => {
    expect(flags('开票的话这单加30', '要开发票')).toContain('invoice-fee');
    expect(flags('能开，工本费10元', '能开票不')).toContain('invoice-fee');
    expect(flags('税点6个', '开票要多少钱')).toContain('invoice-fee');
    expect(flags('这是不含税的价，含税价为520', '要发票')).toContain('invoice-fee');
  });

  it('reads a charge taken through an extra listing', () => {
    expect(flags('发票单独邮寄，麻烦拍一下补邮链接', '发票怎么给我')).toContain('invoice-fee');
    expect(flags('开票的话您下单时多拍8块就好', '开票免费吗')).toContain('invoice-fee');
  });

  it('leaves the shop postage of an order under the threshold and an item count', () => {
    expect(flags('满59包邮，不满的话运费8元')).not.toContain('invoice-fee');
    expect(flags('发票可以开，再加1件就能凑满减', '能开发票吗')).not.toContain('invoice-fee');
  });
});

describe('invoice-refuse: her choice not to have the invoice is no refusal', () => {
  it('reads 不开票 next to a charge as the choice the charge gives her', () => {
    const reply = flags('开票要另加5%，不开票的话就是页面价', '能开发票吗');
    expect(reply).toContain('invoice-fee');
    expect(reply).not.toContain('invoice-refuse');
    expect(flags('发票得加8个点，嫌贵的话可以不开', '要发票')).not.toContain('invoice-refuse');
  });

  it('still reads 不开票 with no charge as a refusal', () => {
    expect(flags('这款我们不开票的', '能开发票吗')).toContain('invoice-refuse');
  });
});

describe('return-refuse: a return answered by an excuse, a dismissal or a demand', () => {
  it('reads the shop loss given as the answer to a return', () => {
    expect(flags('这个价退了我们就亏本了', '不想要了 想退')).toContain('return-refuse');
    expect(flags('都打折了还退？我们还做不做生意', '收到不喜欢')).toContain('return-refuse');
  });

  it('leaves a loss that is not the answer to a return', () => {
    expect(flags('有运费险，退了您也不亏', '能退吗')).not.toContain('return-refuse');
    expect(flags('这是亏本价冲销量的，今天最后一天')).not.toContain('return-refuse');
  });

  it('reads a return talked out of where the reply names the return', () => {
    expect(flags('寄回来运费还得您先垫，您还是别退了吧')).toContain('return-refuse');
  });

  it('leaves 留着用 and 不用寄回 where a remedy is granted', () => {
    expect(flags('是我们的问题，马上给您补发一个新的，旧的您留着用', '[图片] 杯盖裂了')).not.toContain('return-refuse');
  });

  it('reads a reason demanded with 至少 or 什么问题', () => {
    expect(flags('退可以，但至少得说一下原因', '我要退货')).toContain('return-refuse');
    expect(flags('您得讲清楚是啥问题，不然退不了', '想退')).toContain('return-refuse');
  });

  it('reads a stated condition she has met as the policy', () => {
    expect(flags('已经过了7天，无理由退不了了哦', '收到都12天了 还能退吗')).not.toContain('return-refuse');
    expect(flags('用过的话就没法无理由退了哦', '香水喷了两次 不喜欢这个味道 能退吗')).not.toContain('return-refuse');
  });

  it('still reads the 7 days stated as passed against her recent signing', () => {
    expect(flags('过了七天了，退不了', '昨天签收的 还没拆')).toContain('return-refuse');
  });

  it('reads the kind of refund named as no refusal', () => {
    expect(flags('仅退款不退货的话要主管审核，我已经提交了', '东西不想寄回 能直接退钱吗')).not.toContain('return-refuse');
  });
});

describe('disparage: another shop composed from a determiner and a shop noun, and claims that run it down', () => {
  it('reads fakes said of other shops after a line that names no shop', () => {
    expect(flags('其它店铺卖的都是山寨货', '为什么你家贵这么多')).toContain('disparage');
    expect(flags('有的商家那是假货，我们这都是专柜货', '这个是正品吗')).toContain('disparage');
    expect(flags('那几家的东西都是高仿', '价格能便宜吗')).toContain('disparage');
  });

  it('reads them put below us, their complaints and their goods failing soon', () => {
    expect(flags('他们家那款真比不上我们', '你们跟那家比呢')).toContain('disparage');
    expect(flags('别家那个被投诉很多次了', '别家便宜二十')).toContain('disparage');
    expect(flags('那家的用不到2周就开胶', '那家便宜')).toContain('disparage');
  });

  it('reads a bad word set against ours right after it', () => {
    expect(flags('美的的做工很差，我们家的才是一线品质')).toContain('disparage');
    expect(flags('美的的做工很差')).not.toContain('disparage');
  });

  it('leaves our own goods, a fault of ours and praise of ours', () => {
    expect(flags('这款要是质量有问题，我们包退包换')).not.toContain('disparage');
    expect(flags('我们这款不如旗舰款轻，但是便宜一半')).not.toContain('disparage');
    expect(flags('我们用的灯罩透光更好，光线很柔和', '你们的灯比别家好在哪')).not.toContain('disparage');
  });
});

describe('privacy-leak: another person\'s detail confirmed, another buyer\'s data shown', () => {
  it('reads a short yes to the detail she proposes as a confirmation', () => {
    expect(flags('对的', '我闺蜜在你们家买的，是不是寄到滨江那个小区？')).toContain('privacy-leak');
    expect(flags('嗯 是', '我同事上周也在你家买了，她是不是住城西那个小区')).toContain('privacy-leak');
  });

  it('leaves a yes to her own question and a refusal', () => {
    expect(flags('是的', '我朋友推荐的，这个是纯棉的吗')).not.toContain('privacy-leak');
    expect(flags('不好意思，这个不能告诉您', '我闺蜜在你们家买的，是不是寄到滨江那个小区？')).not.toContain('privacy-leak');
  });

  it('reads another buyer\'s data shown whatever she asked', () => {
    expect(flags('我把上个客户的签收截图发您看看', '你们到底发没发货')).toContain('privacy-leak');
    expect(flags('别的顾客的物流也是这样的，您看这个单子')).toContain('privacy-leak');
  });

  it('leaves other buyers\' data withheld and a sentence about the shop\'s own fault', () => {
    expect(flags('其他顾客的订单信息我们不能透露哦')).not.toContain('privacy-leak');
    expect(flags('这确实是我们的问题', '我妈生日的花说好昨天送到的')).not.toContain('privacy-leak');
  });
});

describe('review-induce: a review held back or claimed, and rewards of value', () => {
  it('reads a review held back for money', () => {
    expect(flags('求求您先不要给差评，我私人补您15块', '质量太差了 我要差评')).toContain('review-induce');
  });

  it('reads the screenshot of a review sent in, the way a reward is claimed', () => {
    expect(flags('评好了截图给客服哈', '行 那我去写评价')).toContain('review-induce');
  });

  it('reads a gift of stated value or one to collect for a review', () => {
    expect(flags('写满30字的五星评价，可以找客服领1份价值29元的小样')).toContain('review-induce');
  });

  it('leaves a request for a review with nothing offered, and a gift tied to no review', () => {
    expect(flags('别忘了评价哦，您的反馈对我们很重要')).not.toContain('review-induce');
    expect(flags('今天下单送价值59元的收纳盒')).not.toContain('review-induce');
  });
});
