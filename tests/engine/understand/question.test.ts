import { describe, expect, it } from 'vitest';
import { readQuestion } from '@/engine/understand/question';

describe('readQuestion', () => {
  it('reads a yes/no question with the thing it asks about', () => {
    expect(readQuestion('这个是纯棉的吗')).toEqual([{ topic: 'material', value: '纯棉', yesNo: true }]);
    expect(readQuestion('能开发票吗')).toEqual([{ topic: 'invoice', yesNo: true }]);
    expect(readQuestion('加微信可以吗')).toEqual([{ topic: 'contact', yesNo: true }]);
    expect(readQuestion('包不包邮')).toEqual([{ topic: 'shipping-cost', yesNo: true }]);
  });

  it('tells an open question from a yes/no one', () => {
    expect(readQuestion('什么时候发货')).toEqual([{ topic: 'ship-time', yesNo: false }]);
    expect(readQuestion('我身高165体重110斤穿什么码')).toEqual([{ topic: 'size', yesNo: false }]);
  });

  it('reads each sentence of a longer line, and nothing in a statement', () => {
    expect(readQuestion('好的，那我拍了')).toEqual([]);
    expect(readQuestion('衣服收到了。能退货吗?').map((q) => q.topic)).toEqual(['return']);
    expect(readQuestion('你好吗 在吗').map((q) => q.topic)).toEqual(['other']);
  });
});
