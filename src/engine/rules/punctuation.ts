// The report's Chinese uses Chinese punctuation (style.md, README 评分规则): an ASCII , ? ! : ;
// beside a Chinese character (亲,您好) reads as a typo to a trainee. One place turns a phrasing
// written with ASCII marks into the full-width ones; figures, times and ids keep their ASCII
// (10–30元, 17:00), since a mark between two digits touches no Chinese character.
const FULL: Record<string, string> = { ',': '，', '?': '？', '!': '！', ':': '：', ';': '；' };

/** An ASCII , ? ! : ; after a Chinese character (a ~ or closing bracket between them too), or before one. */
const ASCII_MARK = /(?<=\p{Script=Han}[~)）]*)[,?!:;]|[,?!:;](?=\s*\p{Script=Han})/gu;

/** The text with each ASCII mark that sits in Chinese turned full-width. */
export function chinesePunctuation(text: string): string {
  return text.replace(ASCII_MARK, (m) => FULL[m] ?? m);
}
