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

describe('readQuestion: questions without 吗 or a question mark', () => {
  it('reads 几 before any measure word as an open question, not 好几 or 这几', () => {
    expect(readQuestion('这台洗衣机有几个档位')).toEqual([{ topic: 'other', yesNo: false }]);
    expect(readQuestion('空调几级能效')).toEqual([{ topic: 'other', yesNo: false }]);
    expect(readQuestion('书包能装几本书')).toEqual([{ topic: 'other', yesNo: false }]);
    expect(readQuestion('我问了好几家')).toEqual([]);
    expect(readQuestion('这几天一直下雨')).toEqual([]);
  });

  it('reads 多长 / 多重 and an alternative (A还是B) as open questions', () => {
    expect(readQuestion('数据线多长')).toEqual([{ topic: 'other', yesNo: false }]);
    expect(readQuestion('杯子是陶瓷的还是玻璃的')).toEqual([{ topic: 'other', yesNo: false }]);
    expect(readQuestion('这鞋偏大还是偏小').map((q) => [q.topic, q.yesNo])).toEqual([['size', false]]);
    // 还是 of a decision or of a state that goes on is no alternative.
    expect(readQuestion('我还是想退了')).toEqual([]);
    expect(readQuestion('快递还是没动')).toEqual([]);
  });

  it('reads A不A / A没A of any verb or adjective and a trailing 没 as yes/no', () => {
    expect(readQuestion('这个梨甜不甜')).toEqual([{ topic: 'other', yesNo: true }]);
    expect(readQuestion('衣服到没到').map((q) => q.yesNo)).toEqual([true]);
    expect(readQuestion('这款有现货没').map((q) => [q.topic, q.yesNo])).toEqual([['stock', true]]);
    expect(readQuestion('包裹寄出了没').map((q) => q.yesNo)).toEqual([true]);
  });
});
