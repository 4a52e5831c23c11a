import { describe, expect, it } from 'vitest';
import { buyerMood, isUpset, reportsFault, upsetEvidence } from '@/engine/score/upset';
import { normalizeBuyerLine } from '@/engine/understand/normalize';

const upset = (line: string): boolean => upsetEvidence(line) !== null;
const isFault = (line: string): boolean => reportsFault(normalizeBuyerLine(line));

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

// Session 8 (tone8): structures read across the writers' files chats-i, chats-l, chats-w and
// writer-d/-e/-g/-h/-k; wordings written for this test.
describe("the buyer's line read for her mood (session 8)", () => {
  it('is upset when she challenges the shop or the agent', () => {
    expect(upset('你们平时就这么服务客人的？')).toBe(true);
    expect(upset('客服这是什么态度')).toBe(true);
    expect(upset('现在才退款，早干嘛去了')).toBe(true);
    expect(upset('早点换给我不就完了')).toBe(true);
    expect(upset('你这话什么意思')).toBe(true);
    expect(upset('所以又是我的错咯？')).toBe(true);
    expect(upset('这种货你们也敢卖')).toBe(true);
  });

  it('is upset when she says her own words were ignored or what she already did went unheeded', () => {
    expect(upset('我不是说了要加急吗')).toBe(true);
    expect(upset('我都退回去了你们才说不能退')).toBe(true);
    expect(upset('你们怎么不说一声就把我的订单取消了')).toBe(true);
    expect(upset('这料子质量这么差')).toBe(true);
  });

  it('reads a space as a clause break, so a negator before it takes nothing after it back', () => {
    expect(upset('包裹怎么还没到 都一周了')).toBe(true);
  });

  it('reads the shop addressed with 怎么回事, 故意, 推三阻四 or 赖我 as a challenge, and 到底什么时候 as pressing a wait', () => {
    expect(upset('你们仓库怎么回事')).toBe(true);
    expect(upset('你们是不是故意不发货')).toBe(true);
    expect(upset('退个款推三阻四的')).toBe(true);
    expect(upset('明明是你们写错了还赖我')).toBe(true);
    // Session 9: 到底什么时候 alone asks impatiently (writer-aj labels 快递到底什么时候到 with no
    // empathy owed, four replies); said after a wait she names, it presses the wait.
    expect(upset('退款到底什么时候到账')).toBe(false);
    expect(upset('我等很久了 到底什么时候到')).toBe(true);
    expect(upset('信用卡付不了是怎么回事')).toBe(false);
  });

  it('does not read a question about when the money comes back, or an urging after she agrees, as upset', () => {
    expect(upset('退货寄回去了，多久能退钱')).toBe(false);
    expect(upset('行 那快点发')).toBe(false);
    expect(upset('不修了，退钱')).toBe(true);
  });

  it('reads a charge on what was free, protested with nothing else, as a dispute of the terms (no empathy owed)', () => {
    expect(buyerMood('拍的时候是包邮的，为啥又要我补运费')?.faultOnly).toBe(true);
    expect(buyerMood('拍的时候是包邮的，为啥又要我补运费，气死了')?.faultOnly).toBe(false);
  });

  it('does not read a question about what a word means as a challenge', () => {
    expect(upset('预售是什么意思，要等多久')).toBe(false);
  });

  it('keeps a threat dared in an A-not-A question (信不信我投诉)', () => {
    expect(upset('信不信我去投诉你们')).toBe(true);
    expect(upset('下次不会再来你家买了')).toBe(true);
  });

  it('reads a need she names as pressing a delay', () => {
    expect(upset('快递还没到，明天能到吗')).toBe(false);
    expect(upset('快递还没到，我明天就要用了')).toBe(true);
    expect(upset('三天了还没发，我急着送人')).toBe(true);
    expect(upset('我们根本没收到货')).toBe(true);
  });

  it('does not read 说好看 or 说好评 as a promise broken, nor a request to hurry or a courier called slow', () => {
    expect(upset('我妈试了说好看，再来一件')).toBe(false);
    expect(upset('卡片上写着说好评返现是真的吗')).toBe(false);
    expect(upset('付好了，麻烦快点发')).toBe(false);
    expect(upset('能换个快递吗，韵达太慢了')).toBe(false);
    expect(upset('你们发货太慢了')).toBe(true);
  });

  it('reads more faults she reports (烂, 瑕疵, 缩了, 起雾, 不出热风, 掉了, 短了)', () => {
    expect(isFault('苹果到了，烂了三个')).toBe(true);
    expect(isFault('裤子洗一次就缩了')).toBe(true);
    expect(isFault('镜片里面起雾了')).toBe(true);
    expect(isFault('吹风机突然不出热风')).toBe(true);
    expect(isFault('椅子的一个脚垫掉了')).toBe(true);
    expect(isFault('吊牌我已经剪掉了')).toBe(false);
  });
});

describe("the buyer's line read for her mood (session 9)", () => {
  it('reads asking whether the goods are fake as a doubt, not an insult: it presses a fault she reports with it', () => {
    expect(upset('你们这鞋是不是假货')).toBe(false);
    expect(upset('这是假货吧 怎么和专柜不一样')).toBe(false);
    expect(upset('这个五金怎么掉色了 你们是不是卖假货')).toBe(true);
    expect(buyerMood('这个五金怎么掉色了 你们是不是卖假货')?.faultOnly).toBe(false);
    expect(upset('你们就是卖假货的')).toBe(true);
    expect(upset('你们是不是骗子')).toBe(true);
  });

  it('reads a wait she counts out (N天了) with the goods still not come as a grievance, not a bare state', () => {
    expect(upset('快递三天了还没动')).toBe(true);
    expect(upset('床垫下单10天了还在路上')).toBe(true);
    expect(upset('我的快递三天没动了')).toBe(false);
    expect(upset('我已经下单2天了，什么时候发货？')).toBe(false);
  });

  it('reads a refund refused, messages unanswered, fear and a repeated ask as upset', () => {
    expect(upset('为啥我的退款被拒了')).toBe(true);
    expect(upset('我那个退款申请被拒绝了，想问问为什么')).toBe(true);
    expect(upset('你们客服是不是都不回消息的?')).toBe(true);
    expect(upset('脸上起了一片红疹子，现在都不敢出门')).toBe(true);
    expect(upset('我都说了14！')).toBe(true);
    expect(upset('我申请退款了，多久到账')).toBe(false);
  });
});

describe("the buyer's line read for her mood (session 9, a fault she stresses)", () => {
  it('reads a fault stressed with 都…了 or 才 and a short time as a complaint; the same fault said plainly stays calm', () => {
    expect(buyerMood('炸锅盒子都压扁了')?.faultOnly).toBe(false);
    expect(buyerMood('这个面膜过敏了 脸都红了')?.faultOnly).toBe(false);
    expect(buyerMood('弦断了一根，才买三天')?.faultOnly).toBe(false);
    expect(buyerMood('血压计袖带漏气了，这才用几天啊')?.faultOnly).toBe(false);
    expect(buyerMood('炸锅盒子压扁了')?.faultOnly).toBe(true);
    expect(buyerMood('弦断了一根')?.faultOnly).toBe(true);
    expect(upset('吊牌都在，能退吗')).toBe(false);
  });
});

describe("the buyer's line read for her mood (session 9, a retort)", () => {
  it("reads the agent's 正常 thrown back as a challenge, not 正常 said of the goods", () => {
    expect(upset('正常?新袜子都废了')).toBe(true);
    expect(upset('正常？都划出血了')).toBe(true);
    expect(upset('快递正常，谢谢')).toBe(false);
    expect(upset('这个声音正常吗')).toBe(false);
  });
});

describe("the buyer's line read for her mood (session 9, the goods called defective)", () => {
  it('reads 刚…就, a spill, the price thrown at the goods and 卖次品 as upset; a plain fault stays calm', () => {
    expect(buyerMood('口红断了 刚收到就这样')?.faultOnly).toBe(false);
    expect(buyerMood('收到的猫粮袋子破了，撒了一箱子')?.faultOnly).toBe(false);
    expect(upset('冰箱送来就不制冷，好几千块买个这玩意')).toBe(true);
    expect(upset('你们就是卖的次品')).toBe(true);
    expect(upset('你们发了个瑕疵品给我')).toBe(true);
    expect(buyerMood('收到的猫粮袋子破了')?.faultOnly).toBe(true);
  });
});
