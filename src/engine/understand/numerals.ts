// Chinese numerals to Arabic numbers, only where they are numbers: 一百七十九 -> 179,
// 两百 -> 200, 十五块 -> 15块, 三点五 -> 3.5, 一米六五 -> 1米65, 九五折 -> 95折, 三五天 -> 3-5天.
// Words such as 一定, 一下, 十分, 千万, 万一 and 一分钱一分货 stay as they are.

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const POSITIONS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };
const RUN = /[零〇一二两三四五六七八九十百千万]+/g;
/** What may follow a number: money, measures, time, sizes, counts. */
const UNIT = /^(元|块|毛|角|斤|公斤|千克|克|米|厘米|公分|cm|kg|天|小时|个小时|分钟|周|星期|号|日|月|年|岁|折|码|点|%|单|笔|次|个|件|条|双|套|位|款|色|倍|层|瓶|盒|箱)/;
/** After 一 alone these read as words (一个, 一件: "one" in passing), not as amounts. */
const ONE_AS_WORD_UNIT = /^(个(?!小时|月|星期|工作日)|件|次|条|双|套|位|款|色|点(?![零〇一二两三四五六七八九\d]))/;
const RANGE_PAIRS = new Set(['一两', '两三', '二三', '三四', '三五', '四五', '五六', '六七', '七八', '八九']);
const RANGE_LINK = /^[到至~-][零〇一二两三四五六七八九十\d]/;

/** Value of a positional numeral (一百七十九, 两千五, 十五); null when the run is not one. */
export function parsePositional(run: string): number | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastPosition = 1;
  let endsWithBareDigit = false;
  for (const ch of run) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      if (digit !== null && d !== 0 && digit !== 0) return null; // two digits in a row: not positional
      digit = d;
      endsWithBareDigit = true;
      continue;
    }
    const p = POSITIONS[ch];
    if (p === undefined) return null;
    endsWithBareDigit = false;
    if (p === 10000) {
      total += (section + (digit ?? 0)) * 10000;
      section = 0;
    } else {
      if (digit === null && p !== 10) return null; // 百分百, 千万: not a number
      section += (digit ?? 1) * p;
    }
    digit = null;
    lastPosition = p;
  }
  // Colloquial 一百五 = 150, 两千五 = 2500: a trailing digit counts one position down.
  if (digit !== null && endsWithBareDigit && lastPosition >= 100 && !run.includes('零')) {
    return total + section + (digit * lastPosition) / 10;
  }
  return total + section + (digit ?? 0);
}

function concatDigits(run: string): string | null {
  let out = '';
  for (const ch of run) {
    const d = DIGITS[ch];
    if (d === undefined) return null;
    out += String(d);
  }
  return out;
}

function convertRun(run: string, before: string, after: string): string | null {
  const hasPosition = /[十百千万]/.test(run);
  const next = after;
  if (hasPosition) {
    if (!/^[零〇一二两三四五六七八九十]/.test(run)) return null; // 万一, 千万, 百分百
    if (run === '十' && !UNIT.test(next)) return null; // 十分 (very), 十足
    const value = parsePositional(run);
    return value === null ? null : String(value);
  }
  // Digits only.
  if (run.length === 1) {
    if (run === '一' && (ONE_AS_WORD_UNIT.test(next) || !UNIT.test(next)) && !RANGE_LINK.test(next)) return null;
    const afterPoint = /[\d零〇一二两三四五六七八九]点$/.test(before);
    if (UNIT.test(next) || RANGE_LINK.test(next) || /\d$/.test(before) || before.endsWith('米') || afterPoint) {
      return concatDigits(run);
    }
    return null;
  }
  if (before.endsWith('米') || /^折/.test(next) || run.length >= 3) return concatDigits(run);
  if (run.length === 2 && RANGE_PAIRS.has(run) && UNIT.test(next)) {
    return `${DIGITS[run[0]!]}-${DIGITS[run[1]!]}`;
  }
  return null;
}

export function convertNumerals(text: string): string {
  if (!/[零〇一二两三四五六七八九十百千万]/.test(text)) return text;
  let out = text.replace(RUN, (run: string, offset: number, whole: string) => {
    const before = whole.slice(Math.max(0, offset - 2), offset);
    const after = whole.slice(offset + run.length, offset + run.length + 4);
    return convertRun(run, before, after) ?? run;
  });
  // 百分之三 -> 3%: the run after 之 was left alone above because nothing marks it as a number.
  out = out.replace(/百分之([零〇一二两三四五六七八九十]+|\d+(?:\.\d+)?)/g, (_m, n: string) => {
    const value = /\d/.test(n) ? Number(n) : parsePositional(n);
    return value === null ? _m : `${value}%`;
  });
  // 三点五 -> 3.5 once both sides are digits (but 3点半 and 4点前 stay times).
  out = out.replace(/(\d)点(\d)/g, '$1.$2');
  return out;
}
