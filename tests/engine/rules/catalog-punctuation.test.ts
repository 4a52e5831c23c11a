// The report's and the 话术库's Chinese text uses Chinese punctuation: an ASCII , ? ! : ; after or
// before a Chinese character (亲,您好) reads as a typo to a trainee. Figures, times and ids keep
// their ASCII (10–30元, 17:00).
import { describe, expect, it } from 'vitest';
import { RULES } from '@/engine/rules/catalog';
import { STARTER_PHRASES } from '@/engine/phrases/starter';

/** An ASCII , ? ! : ; after a Chinese character (a ~ or closing bracket between them too), or before one. */
const ASCII_IN_CHINESE = /\p{Script=Han}[~)）]*[,?!:;]|[,?!:;]\s*\p{Script=Han}/u;

const texts: Array<[string, string]> = [
  ...Object.values(RULES).flatMap((r): Array<[string, string]> => [
    [`${r.id}.title`, r.title],
    [`${r.id}.why`, r.why],
    [`${r.id}.better`, r.better],
  ]),
  ...STARTER_PHRASES.map((p): [string, string] => [p.id, p.text]),
];

describe('Chinese punctuation in the rule catalog and the starter phrases', () => {
  it('tells an ASCII comma in Chinese from a figure or a time', () => {
    expect('亲,您好').toMatch(ASCII_IN_CHINESE);
    expect('您看可以吗?').toMatch(ASCII_IN_CHINESE);
    expect('哦~,好的').toMatch(ASCII_IN_CHINESE);
    expect('17:00前下单，补偿10–30元').not.toMatch(ASCII_IN_CHINESE);
  });

  it.each(texts)('%s has no ASCII punctuation in its Chinese', (_where, text) => {
    expect(text).not.toMatch(ASCII_IN_CHINESE);
  });
});
