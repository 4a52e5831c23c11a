import { describe, expect, it } from 'vitest';
import { hasTraditional, normalize, toHalfWidth, toSimplified } from '@/engine/understand/normalize';
import { convertNumerals, parsePositional } from '@/engine/understand/numerals';

describe('normalize', () => {
  it('turns traditional characters into simplified ones', () => {
    expect(toSimplified('親,這款衣服是純棉的哦')).toBe('亲,这款衣服是纯棉的哦');
  });

  it('leaves simplified text untouched and says it has no traditional characters', () => {
    expect(hasTraditional('亲,这款是纯棉的哦')).toBe(false);
    expect(toSimplified('亲,这款是纯棉的哦')).toBe('亲,这款是纯棉的哦');
  });

  it('turns full-width digits, letters and marks into half-width', () => {
    expect(toHalfWidth('ＯＫ，１０元！')).toBe('OK,10元!');
  });

  it('lower-cases ASCII so that patterns match OK and ok alike', () => {
    expect(normalize('OK亲')).toBe('ok亲');
  });

  it('collapses repeated punctuation, emoji and whitespace', () => {
    expect(normalize('亲~~~好的!!!😊😊😊   谢谢??')).toBe('亲~好的!😊 谢谢?');
  });

  it('drops HTML tags and control characters', () => {
    expect(normalize('<b>亲</b>\u0000\u200b好的')).toBe('亲 好的');
  });
});

describe('Chinese numerals', () => {
  it.each([
    ['一百七十九', '179'],
    ['两百', '200'],
    ['十五块', '15块'],
    ['三点五', '3.5'],
    ['一米六五', '1米65'],
    ['打九折', '打9折'],
    ['九五折', '95折'],
    ['三五天到', '3-5天到'],
    ['三到五天', '3到5天'],
    ['一百五', '150'],
    ['两千五', '2500'],
    ['一百二十斤', '120斤'],
    ['百分之三', '3%'],
  ])('reads %s as %s', (input, expected) => {
    expect(convertNumerals(input)).toBe(expected);
  });

  it.each(['一定', '一下', '十分抱歉', '千万别', '万一', '一分钱一分货', '百分百', '便宜一点', '一起'])(
    'leaves the word %s alone',
    (word) => {
      expect(convertNumerals(word)).toBe(word);
    },
  );

  it('refuses runs that are not positional numbers', () => {
    expect(parsePositional('三五')).toBeNull();
    expect(parsePositional('百分')).toBeNull();
  });

  it('turns chat spellings into the standard words patterns are written against', () => {
    expect(normalize('加我VX吧')).toBe('加我微信吧');
    expect(normalize('转我zfb')).toBe('转我支付宝');
    expect(normalize('hp返现3元')).toBe('好评返现3元');
    expect(normalize('木有货了')).toBe('没有货了');
  });

  it('changes an ASCII spelling only when it stands as a word', () => {
    expect(normalize('php')).toBe('php');
    expect(normalize('tbh')).toBe('tbh');
  });
});
