import { describe, expect, it } from 'vitest';
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
});
