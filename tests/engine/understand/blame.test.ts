import { describe, expect, it } from 'vitest';
import { understand } from '@/engine/understand/understand';
import { blamesHer, blamesOthers } from '@/engine/understand/blame';
import { normalize } from '@/engine/understand/normalize';

const flags = (reply: string, buyer?: string): string[] => understand(reply, buyer === undefined ? {} : { buyer }).flags.map((f) => f.rule);
const blame = (reply: string, buyer = '', shown = false): string | null => blamesHer(normalize(reply), true, shown, buyer);

// Wordings written for this test, not taken from a labelled set: at least two per structure.
describe('who a reply blames for the fault', () => {
  it('reads her deed framed as the certain cause, before or after her', () => {
    expect(flags('肯定是你晾的时候暴晒过', '衬衫发黄了')).toContain('tone-criticize');
    expect(flags('那是您拧得太紧了', '水龙头漏水了')).toContain('tone-criticize');
    expect(flags('你估计用洗洁精泡过了', '木碗开裂了')).toContain('tone-criticize');
    expect(flags('怪你没插好电源', '风扇用了一天就不转了')).toContain('tone-criticize');
  });

  it('reads a cleft that makes her the agent and a guess said as a statement', () => {
    expect(flags('这道印子是您搬的时候刮的', '桌面有划痕')).toContain('tone-criticize');
    expect(flags('您烘干机烘了吧', '毛衣缩了一圈')).toContain('tone-criticize');
    expect(flags('你电压插错了吧', '加湿器冒烟了')).toContain('tone-criticize');
  });

  it('reads a choice of hers made wrong in a cause frame', () => {
    expect(flags('是您门牌号填错了', '快递一直送不到')).toContain('tone-criticize');
    expect(flags('那是你报的腰围不准吧', '裤子又紧了！')).toContain('tone-criticize');
  });

  it('reads a 人为 verdict without her photo, but leaves the photo verdict to tone-prejudge', () => {
    expect(blame('这种一看就是人为弄的')).not.toBeNull();
    expect(blame('明显人为造成的')).not.toBeNull();
    expect(blame('这种一看就是人为弄的', '', true)).toBeNull();
  });

  it('reads a retort at her manner or her understanding', () => {
    expect(blame('跟你说话客气点')).not.toBeNull();
    expect(blame('说了你也听不懂')).not.toBeNull();
    expect(blame('谁坑你了？')).not.toBeNull();
    expect(blame('型号都不告诉我让我怎么查？')).not.toBeNull();
    expect(blame('您懂的，这个价很实在了')).toBeNull();
  });

  it('does not read a polite question, advice or a supposition as blame', () => {
    expect(flags('请问您是用多少度的水洗的呢？', '外套洗完缩水了')).not.toContain('tone-criticize');
    expect(flags('您晾干了再穿吧', '衣服有股味道')).not.toContain('tone-criticize');
    expect(flags('你装好了试试吧', '灯不亮')).not.toContain('tone-criticize');
    expect(flags('如果是您摔过的话，我们这边也可以付费维修', '屏幕裂了')).not.toContain('tone-criticize');
    expect(flags('那你换一款试试吧', '这款我穿着磨脚')).not.toContain('tone-criticize');
  });

  it('does not blame her where nothing went wrong', () => {
    expect(blamesHer(normalize('您肯定穿过了吧'), false, false, '这件能退吗')).toBeNull();
    expect(flags('您一定会喜欢的', '这个香味好闻吗')).not.toContain('tone-criticize');
  });
});

describe('blame put elsewhere takes a criticize cue back', () => {
  it('when the clause puts the fault on the shop or a third party and names none of hers', () => {
    expect(blamesOthers(normalize('真不好意思,这是我们操作失误'), '操作失误')).toBe(true);
    expect(blamesOthers(normalize('应该是运输途中压到了 我给您补发'), '应该是运输途中压到了 我给您补发')).toBe(true);
    expect(flags('抱歉，是仓库打包时操作失误了，马上给您补发', '少发了一件')).not.toContain('tone-criticize');
  });

  it('when her part is negated', () => {
    expect(blamesOthers(normalize('是电池的问题 不是你操作的原因'), '是电池的问题 不是你操作的原因')).toBe(true);
    expect(flags('是电池老化的问题，不是您使用不当造成的，给您换新', '充不进电了')).not.toContain('tone-criticize');
  });

  it('when the sentence speaks of another shop', () => {
    expect(flags('那家的货都是翻新的，您买回去用两天就坏', '别家便宜二十')).not.toContain('tone-criticize');
  });

  it('keeps blame turned back on the shop as criticism of her', () => {
    expect(blamesOthers(normalize('自己没看说明书,还来怪我们'), '还来怪我们')).toBe(false);
  });
});

// Session 8 (tone8): structures read across chats-l, chats-w, writer-c, -g, -h, -k; wordings of their own.
describe('who a reply blames for the fault (session 8)', () => {
  it('reads her deed given as the reason or said with 这是 after her', () => {
    expect(flags('起皮是因为您没先涂底油吧', '指甲油两天就起皮了')).toContain('tone-criticize');
    expect(flags('您这是浇水浇太多了', '绿萝叶子全黄了')).toContain('tone-criticize');
    expect(flags('您这个是没按说明先晾干，所以才发霉的', '竹蒸笼用了一周就发霉了')).toContain('tone-criticize');
    expect(flags('是您自己晚取了两天才化掉的', '冰淇淋到了全化了')).toContain('tone-criticize');
  });

  it('reads the harm certain from a deed she told of', () => {
    expect(flags('深色的和浅色的混着洗肯定会染的', '白T恤洗了一次就染色了')).toContain('tone-criticize');
    expect(flags('泡在水里放一夜当然会发霉', '木勺子用了一周就发霉了')).toContain('tone-criticize');
    expect(flags('天天晒太阳当然蔫了', '买的绿植一周就蔫了')).toContain('tone-criticize');
    expect(flags('放冰箱冷藏肯定不会坏的', '榴莲坏了')).not.toContain('tone-criticize');
  });

  it('reads a retort at her manner, a demand scorned and a lecture on common sense', () => {
    expect(flags('您说话文明点，我们在处理', '你们这破店')).toContain('tone-criticize');
    expect(flags('有事说事，说话也不用这么冲吧', '快点给我退')).toContain('tone-criticize');
    expect(flags('都打五折了您还要优惠，我们也要吃饭的', '能再便宜点吗')).toContain('tone-criticize');
    expect(flags('都穿过了还想退吗', '能退吗')).not.toContain('tone-criticize');
    expect(flags('生鲜不退是常识吧', '龙虾能退吗')).toContain('tone-criticize');
    expect(flags('您这要求也太过分了', '赔我两倍')).toContain('tone-criticize');
  });

  it('does not read advice, her words agreed with, or her part denied as blame', () => {
    expect(flags('装的话您自己拧一下就行，很简单', '需要自己装吗')).not.toContain('tone-criticize');
    expect(flags('对的，就是您说的那个型号', '是不是X1那款')).not.toContain('tone-criticize');
    expect(flags('是出厂的时候没拧紧，跟您没有关系', '盖子松了')).not.toContain('tone-criticize');
  });
});

describe('who a reply blames, read on the five blind sets of session 8 (writer-ab, -ag, -ai, chats-ac, -af); wordings of their own', () => {
  it('reads her body, her keeping or use done wrong, her not reading it, and a lecture for next time', () => {
    expect(flags('是您宝宝的肠胃太敏感了', '宝宝喝了拉肚子')).toContain('tone-criticize');
    expect(flags('这是您自己保管不当', '皮包发霉了')).toContain('tone-criticize');
    expect(flags('活动价不能叠加，你自己没看清楚', '为什么不能用券')).toContain('tone-criticize');
    expect(flags('下次收到先仔细检查再说', '少了一个')).toContain('tone-criticize');
    expect(flags('补发明天到，下次注意一下哈', '配件丢了')).toContain('tone-criticize');
    expect(flags('我们以后发货会仔细检查的', '少了一个')).not.toContain('tone-criticize');
    expect(flags('您也别太较真了', '这批和上批颜色不一样')).toContain('tone-criticize');
    expect(flags('你推的路太颠了吧', '推车轮子坏了')).toContain('tone-criticize');
  });

  it('does not read others writing nonsense, her reported problem, or a photo asked for as blame', () => {
    expect(flags('那些评价都是同行乱写的', '评价说有异味')).not.toContain('tone-criticize');
    expect(flags('我们会把您反映的问题跟进到底', '差评不删')).not.toContain('tone-criticize');
    expect(flags('抱歉是我们打包不好，您拍一下压坏的地方', '书角压坏了')).not.toContain('tone-criticize');
  });

  it('reads her device named, or her talk called nonsense after a denial, as blunt and not criticize', () => {
    expect(flags('那是你手机屏幕的问题', '颜色和图片差太多')).toEqual(expect.arrayContaining(['tone-blunt']));
    expect(flags('那是你手机屏幕的问题', '颜色和图片差太多')).not.toContain('tone-criticize');
    expect(flags('不可能，您别乱说', '是不是翻新机')).not.toContain('tone-criticize');
  });

  it('reads 懂不懂 at her as a doubting question', () => {
    expect(flags('你懂不懂啊', '这是不是水货')).toContain('tone-interrogate');
    expect(flags('你懂相机吗？这很正常', '镜头有杂音')).toContain('tone-interrogate');
  });
});
