import { describe, expect, it } from 'vitest';
import { understand } from '@/engine/understand/understand';

// Session 5, from a blind tester's chats (player-c) and the golden transcripts: a careful trainee's
// reply flagged, a hedge missed. Wordings here are written for this test; each structure reads the
// tester's reply and a second source (named per case).
const flags = (text: string, buyer?: string) => understand(text, buyer ? { buyer } : {}).flags.map((f) => f.rule);

describe('a verdict left to the inspection is no prejudgement, for the rules and the backstop alike', () => {
  // player-c's refund chat (照片我没法直接判定…以仓库收货检查为准) and the refund-dispute hard-good golden
  // transcript (能不能退不凭照片判断…寄回仓库检查通过就给您退)
  const photos = '[图片][图片] 你看这里开胶了 能退吧';
  it.each([
    '图片收到啦,这个我这边没法直接判定哦,要以仓库验收为准,鞋子完好的话七天内都能退',
    '亲,能不能退不看照片定的哈,您寄回来仓库检查一下就知道了',
    '看到图了,不能只凭图片判断呢,以收货检查结果为准哦',
  ])('%s', (reply) => expect(flags(reply, photos)).not.toContain('tone-prejudge'));
  it('a verdict from the photo is still one', () => {
    expect(flags('看了照片,这个肯定不是质量问题,退不了', photos)).toContain('tone-prejudge');
  });
});

describe('a size answered with a hedge after it is uncertain', () => {
  // the size-question easy-careless golden transcript (M吧 应该可以) and player-c (L吧应该)
  const asked = '我165 55kg 平时穿M 这款拿哪个码';
  it.each(['S码吧 应该可以', 'XL吧,估计行', '拿M码应该没问题'])('%s', (reply) => expect(flags(reply, asked)).toContain('tone-uncertain'));
  it.each(['建议您拿L码哦', 'L码可以的亲', 'M码 按尺码表正合适'])('%s is a plain answer', (reply) => expect(flags(reply, asked)).not.toContain('tone-uncertain'));
});

describe('declining a private transfer with its risks is no off-platform trade', () => {
  // player-c (私下转账没有平台保障…维权都难) and writer-x's tuning reply (平台外交易没保障)
  const asked = '加个微信呗 私下转你便宜点';
  it.each([
    '这个不行的亲,私下付款没有任何保障,出了问题维权会很难,咱们就在淘宝拍哈',
    '亲 站外交易没啥保障的,还是平台下单更安心哦',
  ])('%s', (reply) => expect(flags(reply, asked)).not.toContain('off-platform'));
  it('inviting the transfer still is one', () => {
    expect(flags('可以呀 私下转账给我便宜15', asked)).toContain('off-platform');
  });
});
