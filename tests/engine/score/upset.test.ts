import { describe, expect, it } from 'vitest';
import { buyerMood, isUpset, reportsFault, upsetEvidence } from '@/engine/score/upset';

const upset = (line: string): boolean => upsetEvidence(line) !== null;

// Wordings written for this test, not taken from a labelled set: at least two per structure.
describe("the buyer's line read for her mood", () => {
  it('is upset when she says a feeling, insults or threatens', () => {
    expect(upset('等得我心累，真的好失望')).toBe(true);
    expect(upset('烦死了，这都第几次了')).toBe(true);
    expect(upset('你们这是黑店吧')).toBe(true);
    expect(upset('不给个说法我就去投诉')).toBe(true);
    expect(upset('再这样我只能给差评了')).toBe(true);
  });

  it('is upset when she stresses a line, before the marks are folded', () => {
    expect(upset('东西到了！！')).toBe(true);
    expect(upset('这是什么意思？？')).toBe(true);
  });

  it('is upset when she reports a problem with the goods or a failure of the service', () => {
    expect(upset('收到的碗边上磕了个口子还裂了')).toBe(true);
    expect(upset('孩子穿了身上起了好多疹子')).toBe(true);
    expect(upset('昨天问的问题到现在还没回复')).toBe(true);
    expect(upset('说好的赠品呢')).toBe(true);
    expect(upset('这是第三次来问了')).toBe(true);
  });

  it('reads a delay as a complaint only when she presses it (a grievance or a "!")', () => {
    expect(upset('包裹怎么还没到')).toBe(false);
    expect(upset('我已经下单2天了，什么时候发货？')).toBe(false);
    expect(upset('包裹还没到！')).toBe(true);
    expect(upset('说好周五前发，结果还没发')).toBe(true);
  });

  it('reads a wait counted with 都 as pressed by its own words, and 还做不做生意 as a grievance', () => {
    expect(upset('催了发货，都五天了')).toBe(true);
    expect(upset('发票什么时候给我？都半个月了')).toBe(true);
    expect(upset('为什么不发货 我都付钱3天了')).toBe(true);
    expect(upset('都一个星期了还没发，你们还做不做生意了')).toBe(true);
    expect(upset('能再便宜点吗，我已经看了好几天了')).toBe(false);
  });

  it('reads 是不是 before an insult as an accusation, not a negation', () => {
    expect(upset('你们是不是骗子啊，付了钱三天不发货')).toBe(true);
    expect(upset('你们不是骗子吧')).toBe(false);
  });

  it('reads worry said as a feeling and an angry or crying face as upset, but not a plea for a discount', () => {
    expect(upset('宝宝喝了这个奶粉便秘了，是不是不适合啊，好担心')).toBe(true);
    expect(upset('刚下单地址填错了怎么办啊😭')).toBe(true);
    expect(upset('物流一直不更新😤')).toBe(true);
    expect(upset('学生党 能便宜点不😭')).toBe(false);
    expect(upset('学生党没钱😭 别家便宜10块')).toBe(false);
  });

  it('reads a problem she shows in a photo (照片发你了) as a calm report', () => {
    expect(upset('照片发你了，屏幕边角有裂，能退吗')).toBe(false);
    expect(upset('屏幕边角有裂')).toBe(true);
  });

  it('reads a bare nudge (???, 在吗？？) as impatience, not upset; marks after words still stress them', () => {
    expect(upset('？？？')).toBe(false);
    expect(upset('在吗？？')).toBe(false);
    expect(upset('怎么还没发货？？')).toBe(true);
    expect(upset('在吗？？东西坏了')).toBe(true);
  });

  it('is calm when she asks a yes/no question about a problem, unless she presses it', () => {
    expect(upset('这个毛衣会掉毛吗，洗了会缩水吗')).toBe(false);
    expect(upset('拉链坏了，能换吗')).toBe(false);
    expect(upset('拉链坏了，能不能换！')).toBe(true);
  });

  it('reads a charge on what was free as a complaint only when she says it as a grievance', () => {
    expect(upset('明明写着包邮，凭什么让我补运费')).toBe(true);
    expect(upset('页面写的包邮，通知说要补运费，是怎么回事')).toBe(false);
  });

  it('is calm when she only asks about a problem or supposes one', () => {
    expect(upset('这个锅用久了会不会掉漆')).toBe(false);
    expect(upset('万一洗了缩水可以换吗')).toBe(false);
    expect(upset('这种算质量问题吗')).toBe(false);
    expect(upset('还没发货吧？我想改个地址')).toBe(false);
  });

  it('is calm when she shows the problem in a photo and asks what it means', () => {
    expect(upset('图片发你了，屏幕边上有个亮点')).toBe(false);
    expect(upset('[图片] 袖口起球了')).toBe(false);
    expect(upset('照片都发你了，你们到底管不管')).toBe(true);
  });

  it('reads the photo said in other word orders (发你照片了, 图发过来了, 拍了好几张照片) as shown', () => {
    expect(upset('发你照片了，杯口有个缺口')).toBe(false);
    expect(upset('图发过去了，表带断了一截')).toBe(false);
    expect(upset('我拍了好几张照片，包带开线了')).toBe(false);
    expect(upset('视频发过来了，你们到底管不管')).toBe(true);
  });

  it('is calm when a negator takes the feeling back or the bad words are about another shop', () => {
    expect(upset('我不着急，慢慢发就行')).toBe(false);
    expect(upset('之前在别家买的质量太差了，你们家怎么样')).toBe(false);
    expect(upset('那家买过，裂了好几个，所以来你们这看看')).toBe(false);
    expect(upset('你们发货太慢了，别家第二天就到了')).toBe(true);
  });

  it('is calm for a plain question, a haggle or time that is no wait', () => {
    expect(upset('能便宜点吗，我已经看了好几天了')).toBe(false);
    expect(upset('签收已经五天了，还能无理由退吗')).toBe(false);
    expect(upset('麻烦帮我看下尺码')).toBe(false);
  });

  it("counts the scenario's upset, and a feeling her line shows even where the state keeps her calm", () => {
    expect(isUpset({ role: 'buyer', text: '好的', upset: true })).toBe(true);
    expect(isUpset({ role: 'buyer', text: '气死了', upset: false })).toBe(true);
    expect(isUpset({ role: 'buyer', text: '气死了' })).toBe(true);
  });

  it('keeps a fault reported calmly calm where the scenario keeps her calm, and upset in a real log', () => {
    expect(isUpset({ role: 'buyer', text: '鞋子开胶了', upset: false })).toBe(false);
    expect(isUpset({ role: 'buyer', text: '鞋子开胶了' })).toBe(true);
  });

  // Each line is read once and kept in a bounded table: asking again, and after the table was
  // emptied by more lines than it holds, gives the same answer, and no reader can change it.
  it('gives the same mood for a line asked again, before and after the table of lines is emptied', () => {
    const upset = '东西碎了!!你们怎么发的货';
    const calm = '衣服起球吗';
    const fault = '收到的杯子碎了';
    const first = { upset: buyerMood(upset), calm: buyerMood(calm), fault: buyerMood(fault), reports: reportsFault(fault) };
    expect(first.upset?.faultOnly).toBe(false);
    expect(first.calm).toBeNull();
    expect(first.fault).toEqual({ evidence: expect.any(String), faultOnly: true });
    expect(first.reports).toBe(true);
    expect(Object.isFrozen(first.fault)).toBe(true);
    expect(buyerMood(fault)).toBe(first.fault);
    for (let i = 0; i < 600; i++) {
      buyerMood(`第${i}次问了还没发货!!`);
      reportsFault(`第${i}件破了`);
    }
    expect(buyerMood(upset)).toEqual(first.upset);
    expect(buyerMood(calm)).toBeNull();
    expect(buyerMood(fault)).toEqual(first.fault);
    expect(reportsFault(fault)).toBe(true);
    expect(reportsFault('什么时候发货')).toBe(false);
  });
});
