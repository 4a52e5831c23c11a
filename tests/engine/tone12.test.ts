import { describe, expect, it } from 'vitest';
import { understand } from '@/engine/understand/understand';

// Wordings written for this test, not taken from a labelled set: each mechanism is read after a
// buyer line, in at least two wordings, with the good replies it must leave alone.
const tone = (text: string, buyer: string): string[] =>
  understand(text, { buyer }).flags.map((f) => f.rule).filter((r) => r.startsWith('tone-'));

describe('a why put to her decision to return or cancel questions her motive (tone-interrogate)', () => {
  it('reads the why, bare or with a doubt after it', () => {
    expect(tone('为啥要退?东西哪里不好吗', '我想退了')).toContain('tone-interrogate');
    expect(tone('为什么取消?不是说好要的吗', '这单我不要了 帮我取消')).toContain('tone-interrogate');
    expect(tone('为什么要退', '我要退货,尺码太小了')).toContain('tone-interrogate');
  });

  it('leaves a polite ask for the reason, help offered and a why about something else', () => {
    expect(tone('请问方便说下退货原因吗?我帮您登记', '我想退了')).not.toContain('tone-interrogate');
    expect(tone('好的亲,为什么退回我帮您查一下快递', '我的快递怎么被退回了')).not.toContain('tone-interrogate');
    expect(tone('能退的,不过得先告诉我为啥退', '这个能退吗 还没拆')).not.toContain('tone-interrogate');
  });
});

describe('a bare question at her about a deed of hers doubts her care (tone-interrogate)', () => {
  it('reads it after her problem or her why-not', () => {
    expect(tone('你是怎么用的?', '吹风机才用两天就不出热风了')).toContain('tone-interrogate');
    expect(tone('你退货单号填了吗?', '怎么还没收到退款')).toContain('tone-interrogate');
    expect(tone('你有没有插紧电源?', '这个台灯一直不亮')).toContain('tone-interrogate');
  });

  it('leaves a question asked kindly, one for the order number and one of care', () => {
    expect(tone('亲，您开机了吗？我帮您看看', '这个台灯一直不亮')).toEqual([]);
    expect(tone('麻烦您提供一下订单号', '我的快递一直不动')).toEqual([]);
    expect(tone('你订单号多少?', '我的快递一直不动')).toEqual([]);
    expect(tone('你有没有照片?', '这个台灯一直不亮')).not.toContain('tone-interrogate');
  });
});

describe('her manner rebuked is criticize', () => {
  it('reads 吼什么, 好好说话 and 急什么', () => {
    expect(tone('吼什么 好好说话', '你们客服什么态度啊!')).toContain('tone-criticize');
    expect(tone('嚷什么,在查了', '到底有没有人管!')).toContain('tone-criticize');
    expect(tone('急什么', '到现在还没发货!!')).toEqual(expect.arrayContaining(['tone-criticize', 'tone-empathy']));
  });

  it('leaves 什么 asked of a name or a time', () => {
    expect(tone('亲,您朋友叫什么名字呀,我帮您查', '我朋友也在你家买过')).toEqual([]);
  });
});

describe('an it-isn\'t-as-if thrown back at her is blunt', () => {
  it('reads 又不是 and 也不是我们的错', () => {
    expect(tone('铸铁锅都重,又不是塑料的', '这锅怎么这么重')).toContain('tone-blunt');
    expect(tone('也不是我们的问题啊', '又不是我的问题')).toContain('tone-blunt');
  });

  it('leaves it to the pointer elsewhere it goes with, and to a plain denial', () => {
    expect(tone('又不是我们送的,你去找快递', '快递把箱子摔坏了')).not.toContain('tone-blunt');
    expect(tone('亲,这个并不是瑕疵哦,是面料本身的纹路', '衣服上有一道道的印子')).not.toContain('tone-blunt');
  });
});

describe('her worry called overthinking is blunt, not a blame', () => {
  it('reads 你想太多了', () => {
    const flags = tone('L就是L你想太多了', '我150斤穿L会不会小');
    expect(flags).toContain('tone-blunt');
    expect(flags).not.toContain('tone-criticize');
  });
});

describe('a go-elsewhere for the price is cold', () => {
  it('reads 嫌贵就去买那家啊 and the other shop\'s offer handed back', () => {
    expect(tone('嫌贵就去买那家啊', '别家才239,你们怎么卖299')).toContain('tone-cold');
    expect(tone('239的呗', '别家才239,你们怎么卖299')).toContain('tone-cold');
    expect(tone('那买159的呗', '那家只要159 你们贵好多')).toContain('tone-cold');
  });

  it('leaves a size or a nudge said with 呗', () => {
    expect(tone('拍120码呗', '孩子身高110')).toEqual([]);
    expect(tone('喜欢就拍呗', '这个颜色好好看')).toEqual([]);
  });
});

describe('her body named bare as the reason for a size is blunt', () => {
  it('reads 胖就拿大码呗', () => {
    expect(tone('胖就拿大码呗', '你家衣服怎么这么小,我穿不进去')).toContain('tone-blunt');
    expect(tone('腿粗就买XL', '裤子大腿那里好紧')).toContain('tone-blunt');
  });

  it('leaves a hedged or supposed fit', () => {
    expect(tone('脚胖的话拍24码吧', '脚有点胖')).toEqual([]);
    expect(tone('偏胖就拿39哦', '平时穿38')).toEqual([]);
  });
});

describe('her one either-or question answered with one of its words is no cold reply', () => {
  it('reads 无糖的 after 有糖还是无糖 as an answer', () => {
    expect(tone('无糖的', '这款麦片是有糖还是无糖')).toEqual([]);
    expect(tone('无味的', '这个猫砂有没有味道')).toEqual([]);
  });

  it('still reads a bare no that answers one of her two questions', () => {
    expect(tone('不会', '冷不冷 会不会起静电')).toContain('tone-cold');
  });
});

describe('a misunderstanding the shop caused is an apology, not a contradiction', () => {
  it('leaves 让您误会了 and keeps 您误会了', () => {
    expect(tone('抱歉亲,是我们页面写得不清楚,让您误会了', '页面写的是全棉,你们这是骗人')).not.toContain('tone-blunt');
    expect(tone('您误会了,送的是杯盖', '买一送一怎么只有一个')).toContain('tone-blunt');
  });
});

describe('a rebuke beside an answer is criticize, not also cold', () => {
  it('reads 急什么 with an answer as criticize only, a bare 急什么 as cold too', () => {
    const answered = tone('急什么,还在48小时内', '怎么还没发货,都两天了');
    expect(answered).toContain('tone-criticize');
    expect(answered).not.toContain('tone-cold');
    expect(tone('急什么', '怎么还没发货,都两天了')).toContain('tone-cold');
  });
});

describe('suffering the goods inflict, intensified, shows she is upset (tone-empathy)', () => {
  it('owes empathy after 熏死了 and 熏得头疼', () => {
    expect(tone('新被子都有味道,晾晾就好', '这被子一股怪味 熏死了')).toContain('tone-empathy');
    expect(tone('羊毛的都这样,穿穿就好', '毛衣扎得受不了')).toContain('tone-empathy');
  });

  it('owes none after a hungry joke', () => {
    expect(tone('哈哈那快下单,明天就到', '饿死了')).not.toContain('tone-empathy');
  });
});

describe('the examples read after a suitable buyer line', () => {
  it('flags a bare 哦 to a question as cold', () => {
    expect(tone('哦', '这个能机洗吗')).toContain('tone-cold');
  });

  it('leaves good replies unflagged', () => {
    expect(tone('亲，真的很抱歉，这款已经是活动价了，没法再便宜了', '太贵了吧,便宜点')).toEqual([]);
    expect(tone('好的', '好吧那我先拍了')).toEqual([]);
    expect(tone('非常抱歉给您添麻烦了,麻烦发一下订单号,我马上帮您查', '我的快递一直不动 急死了')).toEqual([]);
  });
});

describe('her complaint asked back with a bare where in her words challenges it (tone-interrogate)', () => {
  it('reads 哪里不符了? and 哪看不懂?', () => {
    expect(tone('哪里不一样了?你说清楚', '收到的和图片不一样')).toContain('tone-interrogate');
    expect(tone('哪看不懂?都是图', '安装图纸看不懂')).toContain('tone-interrogate');
  });

  it('leaves a where asked kindly', () => {
    expect(tone('非常抱歉,能说说是哪里不一样吗?我帮您核实', '收到的和图片不一样')).toEqual([]);
    expect(tone('亲,请问是哪里看不懂呢?我给您发个视频', '安装图纸看不懂')).toEqual([]);
  });
});

describe('a why-not about a deed before the order is interrogate', () => {
  it('reads 干嘛不早问 and 为什么不下单前问清楚', () => {
    expect(tone('干嘛不早说', '原来这个不能水洗啊')).toContain('tone-interrogate');
    expect(tone('您为什么不下单前看清楚呢', '这个不能放烤箱吗')).toContain('tone-interrogate');
    expect(tone('取消了干嘛不提前说', '我已经拒签了')).toContain('tone-interrogate');
  });
});

describe('the cause put on her by what others did or by a deed past its measure (tone-criticize)', () => {
  it('reads 很多人都是洗坏的 and 一般是动作幅度太大', () => {
    expect(tone('很多人都是用坏的', '才用一周就坏了!')).toContain('tone-criticize');
    expect(tone('一般是穿的时候动作幅度太大扯开的', '衣服穿一次就开线了')).toContain('tone-criticize');
    expect(tone('肯定是使用方法不对', '锅才用两次就不加热了')).toContain('tone-criticize');
  });

  it('leaves what others found fine said to reassure, and the shop\'s own fault', () => {
    expect(tone('非常抱歉,是我们打包时用力太大压坏的,马上给您补发', '收到盒子是瘪的')).not.toContain('tone-criticize');
    expect(tone('您下次要买直接找我就行,我给您留货', '下次还想在你们家买')).not.toContain('tone-criticize');
  });
});

describe('her claim of her pick retorted is blunt', () => {
  it('reads 您下单选的就是M码 after 我明明选的L码', () => {
    expect(tone('您下单选的就是M码，您自己再看看订单', '我明明选的L码 怎么发了M')).toContain('tone-blunt');
  });

  it('leaves her pick read back kindly', () => {
    expect(tone('不好意思亲,我看了,您拍的是黑色,我马上给您补发白色', '我拍的是白色啊')).not.toContain('tone-blunt');
  });
});
