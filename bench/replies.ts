// Deterministic generator of varied trainee replies for the pipeline benchmark: shop-style
// openers, bodies (good, careless, violating) and closers combined with changing numbers.
const openers = ['', '亲，', '亲亲~', '您好，', '在的亲，', '嗯嗯，', 'ok亲，', '好的呢，', '親，'];
const bodies = [
  '这款是纯棉的，透气性很好',
  '价格已经是活动价了，真的不能再低了',
  '可以给您便宜{n}块，您拍下我改价',
  '给您改成{p}元，这是最低了哦',
  '送您一双袜子，再领个{n}元优惠券',
  '今天是活动最后一天，明天恢复原价',
  '按您{h}cm {w}斤的身高体重，建议穿M码',
  '请问您平时穿多大码呢？身高体重方便说下吗',
  '48小时内发货，默认韵达快递',
  '我保证明天一定到货',
  '发票可以开的，抬头和税号发我就行',
  '活动商品不开发票的',
  '刷信用卡要加{n}%手续费',
  '加我微信，转账给您再便宜{n}块',
  '签收7天内不影响二次销售都可以无理由退换',
  '我马上联系快递帮您查件',
  '真的很抱歉给您添麻烦了，我能理解您的心情',
  '给您补偿{n}元红包，您看可以吗',
  '好评返现{n}元哦',
  '那家店的都是次品',
  '你是不是没看详情啊',
  '没货',
  '应该是吧',
  '两款区别主要是面料，我们用的是加厚的',
  '这款配我们家的裤子很好看，要不要一起看看',
  '<img src=x onerror=alert(1)>',
  '这个我需要跟主管确认一下，稍等',
];
const closers = ['', '哦', '呢', '~', '😊', '！！', '，有问题随时找我', '，祝您生活愉快'];

export function generateReplies(count: number): string[] {
  const replies: string[] = [];
  for (let i = 0; i < count; i++) {
    const body = bodies[(i * 7) % bodies.length]!
      .replace('{n}', String(5 + (i % 30)))
      .replace('{p}', String(120 + (i % 50)))
      .replace('{h}', String(150 + (i % 35)))
      .replace('{w}', String(90 + (i % 60)));
    replies.push(`${openers[i % openers.length]}${body}${closers[(i * 3) % closers.length]}`);
  }
  return replies;
}
