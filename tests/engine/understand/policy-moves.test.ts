// explain-policy read from how a rule is stated, in this file's own wordings: the conditions under
// which a return is not free, a fee the shop bears, how cash on delivery is paid, price protection,
// an activity's threshold, an account-only order lookup, a deposit, a refund's timing.
import { describe, expect, it } from 'vitest';
import { understand, understandByRules } from '@/engine/understand/understand';

const moves = (text: string, buyer?: string) => understandByRules(text, buyer ? { buyer } : {}).moves;
const flags = (text: string, buyer?: string) => understandByRules(text, buyer ? { buyer } : {}).flags.map((f) => f.rule);

describe('explain-policy: a true rule stated in passing', () => {
  it('reads what takes goods out of the no-reason return as policy, not a refusal', () => {
    expect(moves('内裤拆开以后就不属于无理由退货了哦')).toContain('explain-policy');
    expect(moves('洗过的就不在七天无理由里面了亲')).toContain('explain-policy');
    expect(moves('标签剪了就没法退了哦', '标签剪掉了还能退吗')).toContain('explain-policy');
    expect(flags('洗过的就不在七天无理由里面了亲')).not.toContain('return-refuse');
  });

  it('keeps an offered exchange alone when the no-return clause only leads to it', () => {
    expect(moves('穿过就退不了啦,给您换个码吧')).not.toContain('explain-policy');
  });

  it('reads a fee the shop bears and interest-free instalments as policy', () => {
    expect(moves('6期免息的,您放心分')).toContain('explain-policy');
    expect(moves('分期的手续费也由本店承担')).toContain('explain-policy');
  });

  it('reads how cash on delivery is paid as policy, not a courier chased', () => {
    expect(moves('签收的时候把钱给快递小哥就行')).toContain('explain-policy');
    expect(moves('快递员送上门时扫码付款即可')).toContain('explain-policy');
    expect(moves('我这就打给快递小哥问问')).not.toContain('explain-policy');
  });

  it('reads price protection, a threshold not reached and an account-only lookup as policy', () => {
    expect(moves('放心买,我们有30天价保')).toContain('explain-policy');
    expect(moves('降价了可以找我申请退差价')).toContain('explain-policy');
    expect(moves('赠品是满500才送的,您的订单没满500哦')).toContain('explain-policy');
    expect(moves('收货地址只能用下单的账号在订单里看哦')).toContain('explain-policy');
  });

  it('reads a refused review reward, a kept deposit and a refund deadline as policy', () => {
    expect(moves('我们店没有好评返现哦,如实评价就好')).toContain('explain-policy');
    expect(moves('预售的定金是不退的哦')).toContain('explain-policy');
    expect(moves('退回的货到了仓库,48小时内给您退款')).toContain('explain-policy');
  });

  it('gives no policy to a review reward offered', () => {
    expect(moves('好评返现5元哦,截图发我')).not.toContain('explain-policy');
  });
});

describe('explain-policy: an exchange\'s conditions for a case she supposes (understand.ts)', () => {
  const read = (text: string, buyer: string) => understand(text, { buyer }).moves;
  it('reads the conditions alone as the rule, and an exchange the reply starts as offered', () => {
    expect(read('可以的,收到7天内没穿过吊牌都在就能换', '要是穿着小了能换吗')).toEqual(['explain-policy']);
    expect(read('可以的,7天内吊牌在都能换,您申请换货就行', '要是穿着小了能换吗')).toContain('offer-exchange');
    expect(read('好的,7天内吊牌在都能换,我这边给您换L码', '穿着小了,我要换')).toContain('offer-exchange');
  });
});
