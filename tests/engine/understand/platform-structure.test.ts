import { describe, expect, it } from 'vitest';
import { understand } from '@/engine/understand/understand';
import { comparedShop } from '@/engine/understand/other-shop';

const flags = (text: string, buyer?: string): string[] => understand(text, buyer ? { buyer } : {}).flags.map((f) => f.rule);

// Wordings written for these tests, not taken from a labelled set: each block is one mechanism
// of the platform-rule flags, with replies it must flag and plain ones it must leave alone.
describe('disparage: a bad word said of another shop', () => {
  it('reads a claim about cheaper sellers as a class (便宜的都是…, 某些店用的是…)', () => {
    expect(flags('便宜的基本都是积压的库存货哦')).toContain('disparage');
    expect(flags('某些店用的是碎料拼的，我们是整张皮')).toContain('disparage');
    expect(flags('网上低价的都是拼接料，戴几次就坏')).toContain('disparage');
  });

  it('takes the name the buyer compared us with as the other shop, without a list of brands', () => {
    expect(comparedShop('这个跟无印良品的比哪个好')).toBe('无印良品');
    expect(comparedShop('这款和那款比哪个好')).toBeNull();
    expect(flags('无印良品的就是交智商税，买我们的', '这个跟无印良品的比哪个好')).toContain('disparage');
    expect(flags('飞利浦那个刀头不可能是原装的', '和飞利浦比怎么样')).toContain('disparage');
  });

  it('leaves a fair comparison, our own cheaper item and a refusal to judge alone', () => {
    expect(flags('无印良品的也不错，我们的优势是面料更厚', '这个跟无印良品的比哪个好')).not.toContain('disparage');
    expect(flags('我们和旗舰店质量差不多，价格更实惠', '跟旗舰店比怎么样')).not.toContain('disparage');
    expect(flags('那款面料薄一点，容易起球', '这款和那款比哪个好')).not.toContain('disparage');
    expect(flags('别家的我不评价，我们是全新料', '别家便宜')).not.toContain('disparage');
  });
});

describe('off-platform: the chat or the payment moved off the platform', () => {
  it('reads an adding verb over a handle off the platform', () => {
    expect(flags('这里说话不方便，加个绿泡泡细聊')).toContain('off-platform');
    expect(flags('麻烦加一下我们老板的个人号，有内部价')).toContain('off-platform');
    expect(flags('您私信我，我单独给您报个价')).toContain('off-platform');
    expect(flags('收到货扫卡片上的二维码加客服，返现3元')).toContain('off-platform');
  });

  it('reads a way of paying past the order', () => {
    expect(flags('先别在淘宝拍，我发您收款码')).toContain('off-platform');
    expect(flags('直接打到我卡上就行，给您便宜点')).toContain('off-platform');
    expect(flags('到我们小程序付更便宜')).toContain('off-platform');
  });

  it('leaves a chat kept on the platform and a polite no alone', () => {
    expect(flags('您在订单里申请售后或者直接找我就行')).not.toContain('off-platform');
    expect(flags('加微信不太方便哦，咱们就在旺旺上聊', '加个微信吧')).not.toContain('off-platform');
    expect(flags('不能加微信的亲，有事在这里找我')).not.toContain('off-platform');
    expect(flags('有淘宝群的，店铺首页就能进', '有微信群吗')).not.toContain('off-platform');
    expect(flags('您可以加我们旺旺好友，上新会通知')).not.toContain('off-platform');
    expect(flags('您拍下先别付款，我给您改个价')).not.toContain('off-platform');
    expect(flags('请不要添加任何自称客服的个人微信，谨防诈骗')).not.toContain('off-platform');
  });
});

describe('return-refuse: an inspection counted as use', () => {
  it('reads "a try-on counts as used" as a refusal, not the stated condition', () => {
    expect(flags('拆开看过就算用过了，影响二次销售，退不了', '盒子拆开看了下，不太喜欢，能退吗')).toContain('return-refuse');
    expect(flags('穿过洗过的就不能退了哦', '穿过洗过了还能退吗')).not.toContain('return-refuse');
  });
});
