import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitClauses } from '@/engine/understand/clauses';
import { parseLabelled } from '@/engine/understand/evaluate';
import { shapeMoves } from '@/engine/understand/move-shapes';
import { normalize } from '@/engine/understand/normalize';
import { understand } from '@/engine/understand/understand';

const moves = (text: string, buyer?: string) => understand(text, buyer ? { buyer } : {}).moves;

describe('moves read from the shape of a clause (move-shapes.ts)', () => {
  it('reads a measure with a product unit as product-info', () => {
    expect(moves('充绒量180克,零下十度也能穿')).toContain('product-info');
    expect(moves('宝子这个续航能到12小时哈 很耐用')).toContain('product-info');
    expect(moves('电池5000毫安的,正常用一天没问题')).toContain('product-info');
  });

  it('reads the item as the subject of a property as product-info', () => {
    expect(moves('这款面霜不含酒精,温和的')).toContain('product-info');
    expect(moves('宝宝这款是哑光的哦')).toContain('product-info');
    expect(moves('我们家主打手工现做的')).toContain('product-info');
  });

  it('reads who may use the item, and a hedged claim about it, as product-info', () => {
    expect(moves('敏感肌也可以放心用哦')).toContain('product-info');
    expect(moves('孕妇能吃的亲,无添加')).toContain('product-info');
    expect(moves('应该是头层牛皮的吧')).toContain('product-info');
  });

  it('leaves a clause about a policy, postage, a price or a size to its own move', () => {
    expect(moves('这款支持7天无理由退换')).not.toContain('product-info');
    expect(moves('这款48小时内发货哦')).not.toContain('product-info');
    expect(moves('这款可以配同色系的裤子,一起穿好看')).not.toContain('product-info');
    expect(moves('我们是小店,开不了票')).not.toContain('product-info');
    const size = moves('165cm 110斤的话拿M码刚好');
    expect(size).toContain('recommend-size');
    expect(size).not.toContain('product-info');
  });

  it('reads a rule\'s prerequisite, a refund\'s timing and a request in process as explain-policy', () => {
    expect(moves('要等仓库收到货验完才能退款哦')).toContain('explain-policy');
    expect(moves('退款已经退回了,信用卡一般3到5个工作日到账')).toContain('explain-policy');
    expect(moves('宝子 售后还在审核中哈')).toContain('explain-policy');
    expect(moves('这张券要满299才能用')).toContain('explain-policy');
  });

  it('does not read a prerequisite that breaks a rule as explain-policy', () => {
    // A misstatement or a refusal is the flag it breaks (labelling.md), not a statement of policy.
    expect(moves('您那边偏远,要补10块运费才能发')).not.toContain('explain-policy');
    expect(moves('物流还在处理中,明天应该能到')).not.toContain('explain-policy');
  });

  it('reads a request that she send or tell something as ask-info', () => {
    expect(moves('您拍一下破损的位置发我')).toContain('ask-info');
    expect(moves('宝子说下身高体重哈 我帮你选')).toContain('ask-info');
    expect(moves('您遇到的问题告诉我,我来处理')).toContain('ask-info');
    expect(moves('我给您发一个安装视频')).not.toContain('ask-info');
    expect(moves('不用拍照片了,直接寄回就行')).not.toContain('ask-info');
  });

  it('reads a receipt as acknowledge unless the reply breaks a rule or is only a smile', () => {
    expect(moves('明白明白～')).toEqual(['acknowledge']);
    expect(moves('您太客气啦😊')).toEqual(['acknowledge']);
    expect(moves('👌')).toEqual(['acknowledge']);
    expect(moves('😊')).toEqual([]);
    expect(moves('好的，了解了。')).toEqual(['acknowledge']);
    expect(moves('好的亲,马上给您备注')).toEqual(['acknowledge']);
    expect(moves('好的,那我直接给您把单关了')).not.toContain('acknowledge');
    expect(moves('收到后当天给您退款')).not.toContain('acknowledge');
    expect(understand('哦', { buyer: '你们的售后太差了!' }).moves).toEqual([]);
  });
});

describe('product-info: how to make the item work again', () => {
  it('reads a restart, a reset or a re-pairing to try as product-info, not an order placed again', () => {
    expect(moves('您把音箱重新开机试一下')).toContain('product-info');
    expect(moves('先试下复位,长按电源键5秒')).toContain('product-info');
    expect(moves('麻烦您重新拍一下')).not.toContain('product-info');
  });

  it('reads a care step with the fault it clears (擦一下就掉了, 晾两天就散了) and what new goods all do as product-info', () => {
    expect(moves('用牙膏擦一下就掉了', '鞋边有点黄')).toContain('product-info');
    expect(moves('放阳台晾几天就散了哦', '被子有股味道')).toContain('product-info');
    expect(moves('新皮具都有点味道,正常的', '包包味道好重')).toContain('product-info');
    expect(moves('您申请一下就好,我这边马上同意')).not.toContain('product-info');
    expect(moves('放心寄回来就行')).not.toContain('product-info');
  });
});

describe('explain-policy: the condition a return or exchange is held to', () => {
  it('reads an unused state or complete parts that suffice (没拆封就能退, 配件齐全就行) as explain-policy', () => {
    expect(moves('没拆封的话都可以退哦', '还能退吗')).toContain('explain-policy');
    expect(moves('只要没洗过、吊牌还在就没问题', '试穿了一下能换吗')).toContain('explain-policy');
    expect(moves('您把杯子和配件都放在一起就行')).not.toContain('explain-policy');
  });
});

describe('ask-info: a question word that asks her, as a clause of its own', () => {
  it('reads 什么 / 多少 / 几 / 哪 asked of her as ask-info', () => {
    expect(moves('您家狗狗多重呀')).toContain('ask-info');
    expect(moves('好的亲,您想要哪个颜色呢')).toContain('ask-info');
    expect(moves('方便说下是什么问题吗')).toContain('ask-info');
  });

  it('reads no question in a statement, a wait, a universal or the agent asking herself', () => {
    expect(moves('过几天就到了')).not.toContain('ask-info');
    expect(moves('您稍等几分钟')).not.toContain('ask-info');
    expect(moves('几岁都能用吧')).not.toContain('ask-info');
    expect(moves('我也不知道是什么')).not.toContain('ask-info');
  });

  // The reply's index rules a shape out only where no clause could hold it: the same moves with and
  // without it, on every tuning reply (shaped moves the rules already found are not looked for).
  it('finds the same shapes with the whole reply\'s pre-checks as by trying every shape', { timeout: 60_000 }, () => {
    const dir = 'tests/eval/tuning';
    const replies = readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => parseLabelled(readFileSync(`${dir}/${f}`, 'utf8')).map((r) => normalize(r.text)));
    let shaped = 0;
    for (const normalized of new Set(replies)) {
      const clauses = splitClauses(normalized);
      const tried = shapeMoves(clauses, []);
      shaped += tried.length;
      expect(shapeMoves(clauses, [], normalized), normalized).toEqual(tried);
    }
    expect(shaped).toBeGreaterThan(100);
  });
});
