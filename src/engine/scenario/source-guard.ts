// What a scenario file's text must be before any parser sees it: UTF-8, of a sane size, free of
// characters YAML forbids, and not nested deeper than a buyer ever needs. Each parser below
// (the plain reader, the `yaml` package, zod, the source map) recurses once per level of
// nesting, and a few thousand levels overflow the stack; so the depth is measured here, without
// recursion, and a file past the limit never reaches them. Every finding has a FILE:LINE:COL.
import type { IssueCode, ScenarioIssue } from '@/engine/scenario/issues';

/** The largest file read, in characters (the built-in buyers are ~10 k; the biggest sane one ~100 k). */
export const MAX_SOURCE_CHARS = 1_000_000;
/** Deepest nesting of mappings, lists and flows (a buyer file uses 7). */
export const MAX_DEPTH = 64;

export interface Position {
  line: number;
  column: number;
}

/** 1-based line and column (in UTF-16 units, as the `yaml` package counts) of a string offset. */
export function positionAt(source: string, offset: number): Position {
  let line = 1;
  let start = 0;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

function issue(file: string, at: Position, code: IssueCode, message: string, hint: string): ScenarioIssue {
  return { code, severity: 'error', file, line: at.line, column: at.column, path: '', message, hint };
}

/** Offset of the first byte that is not well-formed UTF-8 (overlong forms and surrogates included), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The file's bytes as text, or where they stop being UTF-8. A leading BOM is dropped. */
export function decodeSource(bytes: Uint8Array, file: string): { text: string } | { issue: ScenarioIssue } {
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    const bad = Math.max(0, firstInvalidUtf8(bytes));
    const lineStart = bad === 0 ? 0 : bytes.lastIndexOf(0x0a, bad - 1) + 1;
    let line = 1;
    for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
    const column = new TextDecoder().decode(bytes.subarray(lineStart, bad)).length + 1;
    return { issue: invalidEncoding(file, { line, column }) };
  }
}

const invalidEncoding = (file: string, at: Position): ScenarioIssue =>
  issue(
    file,
    at,
    'invalid-encoding',
    '文件不是 UTF-8 编码，这里的字节读不出文字（中文会变成乱码“�”）。',
    '用编辑器把文件另存为“UTF-8”编码（不要用 GBK、GB2312 或 UTF-16），再检查这一处的文字。',
  );

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\x80-\x84\x86-\x9F\uFFFE\uFFFF]/;

/** The first problem with the text itself, before it is parsed; null when there is none. */
export function sourceIssue(source: string, file: string): ScenarioIssue | null {
  if (source.length > MAX_SOURCE_CHARS)
    return issue(
      file,
      { line: 1, column: 1 },
      'file-too-large',
      `文件太大（${source.length} 个字符），最多 ${MAX_SOURCE_CHARS} 个字符。`,
      '一个买家的文件通常只有几百行；检查是不是选错了文件，或把内容拆成几个买家。',
    );
  // A file that was decoded elsewhere (the app bundles files as text) shows broken bytes as U+FFFD.
  const replaced = source.indexOf('\uFFFD');
  if (replaced !== -1) return invalidEncoding(file, positionAt(source, replaced));
  const control = FORBIDDEN.exec(source);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return issue(
      file,
      positionAt(source, control.index),
      'invalid-character',
      `文件里有看不见的控制字符 U+${code}，YAML 文件不允许出现。`,
      '删掉这一处的特殊字符（常见于从网页或聊天软件复制来的文字），或重新输入这一行。',
    );
  }
  const deep = tooDeepAt(source);
  if (deep !== -1)
    return issue(
      file,
      positionAt(source, deep),
      'too-deep',
      `这里的嵌套超过了 ${MAX_DEPTH} 层（列表套列表、字段套字段），买家文件用不到这么深。`,
      '检查这一处是不是多写了很多“[”“{”或“- ”，或缩进一行比一行深；按 scenarios/README.md 的示例写。',
    );
  return null;
}

/**
 * The offset where nesting first passes MAX_DEPTH, or -1. Counts, without recursion, block
 * levels (indentation, and `- ` / `? ` items that open a level on their own line) plus open
 * `[` / `{` flows. Outside a flow a bracket opens one only where a value starts; inside one,
 * every bracket outside quotes does (plain scalars there cannot hold brackets). A rough count
 * is enough: real files stay far below the limit, and the loader catches whatever slips past.
 */
export function tooDeepAt(source: string): number {
  const indents: number[] = [];
  let flow = 0;
  /** The open quote's character code, 0 outside quotes. */
  let quote = 0;
  let offset = 0;
  // Character codes, not one-character strings: this reads every character of the file.
  for (const line of source.split('\n')) {
    const lineOffset = offset;
    offset += line.length + 1;
    const end = line.length;
    let i = 0;
    while (line.charCodeAt(i) === SPACE) i++;
    if (quote === 0 && flow === 0) {
      if (i === end || line.charCodeAt(i) === HASH) continue;
      while (indents.length > 0 && indents[indents.length - 1]! >= i) indents.pop();
      indents.push(i);
      for (let c = line.charCodeAt(i); (c === DASH || c === QUESTION) && (line.charCodeAt(i + 1) === SPACE || i + 1 === end); c = line.charCodeAt(i)) {
        i++;
        while (line.charCodeAt(i) === SPACE) i++;
        indents.push(i);
      }
      if (indents.length > MAX_DEPTH) return lineOffset + i;
    }
    let valueStart = true;
    for (; i < end; i++) {
      const c = line.charCodeAt(i);
      if (quote !== 0) {
        if (c === BACKSLASH && quote === DOUBLE) i++;
        else if (c === quote) quote = quote === SINGLE && line.charCodeAt(i + 1) === SINGLE ? (i++, quote) : 0;
        continue;
      }
      if (c === HASH && (i === 0 || line.charCodeAt(i - 1) === SPACE)) break;
      if ((c === SINGLE || c === DOUBLE) && (flow > 0 || valueStart)) quote = c;
      else if ((c === OPEN_SQUARE || c === OPEN_CURLY) && (flow > 0 || valueStart)) {
        flow++;
        if (indents.length + flow > MAX_DEPTH) return lineOffset + i;
      } else if ((c === CLOSE_SQUARE || c === CLOSE_CURLY) && flow > 0) flow--;
      if (c !== SPACE) valueStart = c === COLON || c === DASH || c === QUESTION || c === COMMA || c === OPEN_SQUARE || c === OPEN_CURLY;
    }
  }
  return -1;
}

const code = (c: string): number => c.charCodeAt(0);
const SPACE = code(' ');
const HASH = code('#');
const DASH = code('-');
const QUESTION = code('?');
const BACKSLASH = code('\\');
const SINGLE = code("'");
const DOUBLE = code('"');
const OPEN_SQUARE = code('[');
const OPEN_CURLY = code('{');
const CLOSE_SQUARE = code(']');
const CLOSE_CURLY = code('}');
const COLON = code(':');
const COMMA = code(',');
