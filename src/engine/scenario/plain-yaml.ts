// A fast reader for the plain, block-style YAML scenario files are written in: mappings with
// identifier keys, `- ` sequences, one-line `[…]`/`{…}` flows, one-line plain or quoted
// scalars and comments. The `yaml` package takes ~10 ms per 400-line file in Node (a
// generator per token, process.env read per token); this, warm, ~0.5 ms, and where each field
// sits (the source map, a position and a path string per field, half the work) is worked out
// only when asked for: a valid file never needs it, an issue's position does.
// It gives exactly what `parseDocument(...).toJS()` and `buildSourceMap` give, or `null` as
// soon as it meets anything else (anchors, tags, block scalars, multi-line scalars or flows,
// escapes, duplicate keys, odd numbers, any syntax error): the loader then takes the `yaml`
// path, which also words every error. tests/engine/scenario/plain-yaml.test.ts compares the
// two on every scenario file and fixture.
import type { Position, SourceMap } from '@/engine/scenario/locations';

interface Line {
  /** 1-based line number. */
  no: number;
  /** Spaces before the text (0-based column of the text). */
  indent: number;
  /** From the first non-space character; trailing spaces removed. */
  text: string;
}

const UNSUPPORTED = Symbol('unsupported');
const bail = (): never => {
  throw UNSUPPORTED;
};

/** Characters the reader does not handle: tabs, CR, BOM, other line breaks and controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const EXOTIC = /[\t\r\uFEFF\u0085\u2028\u2029\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/;
const KEY = /^([A-Za-z_][A-Za-z0-9_-]{0,99}):(?: +|$)/;
const FLOW_KEY = /^([A-Za-z_][A-Za-z0-9_-]{0,99}): +/;
/** Plain scalars that YAML's core schema reads as something other than a string. */
const CORE_TAGS = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];
/** Where a plain scalar inside a flow ends: a flow indicator, a `key:` colon or a comment. */
const FLOW_PLAIN_END = /[,[\]{}]|:(?=[ ,\]}]|$)| #/g;
const INTEGER = /^(?:0|-?[1-9][0-9]{0,14})$/;
const DECIMAL = /^-?(?:0|[1-9][0-9]{0,14})\.[0-9]{1,15}$/;

const isSeqItem = (text: string): boolean => text === '-' || text.startsWith('- ');

/** Identifier-like keys YAML does not read as strings. */
const NON_STRING_KEYS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

/** A new key of `out`. */
function keyName(name: string, out: object): string {
  if (Object.hasOwn(out, name) || name === '__proto__' || NON_STRING_KEYS.has(name)) bail();
  return name;
}

/** Every plain scalar the core schema reads as other than a string starts with one of these (or is empty). */
const MAYBE_NOT_STRING = /^[-+.~0-9nNtTfF]|^$/;

function plainValue(text: string): unknown {
  if (!MAYBE_NOT_STRING.test(text)) return text; // most lines: Chinese text
  if (INTEGER.test(text) || DECIMAL.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  if (CORE_TAGS.some((tag) => tag.test(text))) bail(); // null, other spellings and number forms
  return text;
}

/** After a value only spaces and a comment may follow on its line. */
function expectLineEnd(text: string, i: number): void {
  let j = i;
  while (text[j] === ' ') j++;
  if (j < text.length && !(text[j] === '#' && j > i)) bail();
}

/** The data, and (`locations`, read on first use) where each field sits; null when the file is not plain. */
export function readPlainYaml(source: string): { data: Record<string, unknown>; locations: SourceMap } | null {
  const plain = read(source, false);
  if (!plain) return null;
  let locations: SourceMap | undefined;
  return {
    data: plain.data,
    // Read again, placing fields this time: the same lines give the same answers, so it cannot fail.
    get locations(): SourceMap {
      return (locations ??= read(source, true)!.locations);
    },
  };
}

function read(source: string, track: boolean): { data: Record<string, unknown>; locations: SourceMap } | null {
  if (EXOTIC.test(source)) return null;
  const lines: Line[] = [];
  const raws = source.split('\n');
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i]!;
    let indent = 0;
    while (raw.charCodeAt(indent) === 32) indent++;
    if (indent === raw.length || raw[indent] === '#') continue; // blank or comment line
    let end = raw.length;
    while (raw.charCodeAt(end - 1) === 32) end--;
    lines.push({ no: i + 1, indent, text: raw.slice(indent, end) });
  }
  const first = lines[0];
  if (!first || isSeqItem(first.text)) return null;
  const reader = new Reader(lines, track);
  try {
    const data = reader.block('', undefined) as Record<string, unknown>;
    return reader.k === lines.length ? { data, locations: reader.locations } : null;
  } catch (error) {
    if (error === UNSUPPORTED) return null;
    throw error;
  }
}

const at = (line: number, column: number): Position => ({ line, column });
// Paths are built as the strings formatPath would give (`states.a.on[0]`), one step at a time.
const child = (path: string, name: string) => (path === '' ? name : `${path}.${name}`);

/** A class rather than closures, so that V8's type feedback carries over from file to file. */
class Reader {
  // No prototype, as buildSourceMap gives (a field named `__proto__` is a field like any other).
  readonly locations: SourceMap = Object.create(null) as SourceMap;
  /** The next line to read. */
  k = 0;

  /** `track`: build the source map (and the path strings it is keyed by); without it `locations` stays empty. */
  constructor(
    private readonly lines: Line[],
    private readonly track: boolean,
  ) {}

  private place(path: string, line: number, column: number, key: Position | undefined): void {
    if (this.track) this.locations[path] = key ? { key, value: at(line, column) } : { value: at(line, column) };
  }

  private key(line: number, column: number): Position | undefined {
    return this.track ? at(line, column) : undefined;
  }

  private child(path: string, name: string): string {
    return this.track ? child(path, name) : '';
  }

  private item(path: string, index: number): string {
    return this.track ? `${path}[${index}]` : '';
  }

  /** The block node (mapping or sequence) starting at lines[k]. */
  block(path: string, key: Position | undefined): unknown {
    const line = this.lines[this.k]!;
    this.place(path, line.no, line.indent + 1, key);
    return isSeqItem(line.text) ? this.sequence(line.indent, path) : this.mapping(line.indent, path);
  }

  private mapping(indent: number, path: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (let line = this.lines[this.k]; line && line.indent === indent; line = this.lines[this.k]) {
      const match = KEY.exec(line.text);
      if (!match) bail();
      const name = keyName(match![1]!, out);
      this.k++;
      out[name] = this.value(line, match![0].length, this.child(path, name), this.key(line.no, indent + 1), true);
    }
    return out;
  }

  private sequence(indent: number, path: string): unknown[] {
    const out: unknown[] = [];
    for (let line = this.lines[this.k]; line && line.indent === indent && isSeqItem(line.text); line = this.lines[this.k]) {
      let offset = 1;
      while (line.text[offset] === ' ') offset++;
      const rest = line.text.slice(offset);
      const itemPath = this.item(path, out.length);
      if (rest !== '' && rest[0] !== '#' && (KEY.test(rest) || isSeqItem(rest))) {
        // `- key: value` / `- - item`: a block that starts on the item's own line.
        this.lines[this.k] = { no: line.no, indent: indent + offset, text: rest };
        out.push(this.block(itemPath, undefined));
      } else {
        this.k++;
        out.push(this.value(line, offset, itemPath, undefined, false));
      }
    }
    return out;
  }

  /** The value that starts at `line.text[offset]`, or on the next lines when that is empty. */
  private value(line: Line, offset: number, path: string, key: Position | undefined, inMapping: boolean): unknown {
    const text = line.text;
    if (offset >= text.length || text[offset] === '#') {
      const next = this.lines[this.k];
      // A sequence may sit at its key's own indent; anything else nests deeper. Nothing: null.
      if (next && (next.indent > line.indent || (inMapping && next.indent === line.indent && isSeqItem(next.text)))) return this.block(path, key);
      return bail();
    }
    const result = this.inline(text, offset, line.no, line.indent + 1, path, key);
    const next = this.lines[this.k];
    if (next && next.indent > line.indent) bail(); // a scalar continued on the next line
    return result;
  }

  /** A scalar or flow collection on one line; `base` is the column of text[0]. */
  private inline(text: string, start: number, no: number, base: number, path: string, key: Position | undefined): unknown {
    const c = text[start]!;
    if (c === '[' || c === '{') {
      const { result, end } = this.flow(text, start, no, base, path, key);
      expectLineEnd(text, end);
      return result;
    }
    this.place(path, no, base + start, key);
    if (c === "'" || c === '"') {
      const { result, end } = quoted(text, start);
      expectLineEnd(text, end);
      return result;
    }
    if ('|>&*!%@`?:,]}#'.includes(c) || (c === '-' && (text[start + 1] === ' ' || start + 1 === text.length))) bail();
    const comment = text.indexOf(' #', start);
    const body = (comment >= 0 ? text.slice(start, comment) : text.slice(start)).replace(/ +$/, '');
    if (body.includes(': ') || body.endsWith(':')) bail();
    return plainValue(body);
  }

  private flow(text: string, start: number, no: number, base: number, path: string, key: Position | undefined): { result: unknown; end: number } {
    this.place(path, no, base + start, key);
    const isMap = text[start] === '{';
    const close = isMap ? '}' : ']';
    const out: unknown[] | Record<string, unknown> = isMap ? {} : [];
    let i = skipSpaces(text, start + 1);
    while (text[i] !== close) {
      let itemPath: string;
      let itemKey: Position | undefined;
      let name = '';
      if (isMap) {
        const match = FLOW_KEY.exec(text.slice(i));
        if (!match) bail();
        name = keyName(match![1]!, out);
        itemPath = this.child(path, name);
        itemKey = this.key(no, base + i);
        i += match![0].length;
      } else {
        itemPath = this.item(path, (out as unknown[]).length);
      }
      const c = text[i];
      let item: unknown;
      if (c === '[' || c === '{') ({ result: item, end: i } = this.flow(text, i, no, base, itemPath, itemKey));
      else if (c === "'" || c === '"') {
        this.place(itemPath, no, base + i, itemKey);
        ({ result: item, end: i } = quoted(text, i));
      } else {
        if (c === undefined || '|>&*!%@`?:,]}#'.includes(c) || (c === '-' && text[i + 1] === ' ')) bail();
        FLOW_PLAIN_END.lastIndex = i;
        const j = FLOW_PLAIN_END.exec(text)?.index ?? text.length;
        if (text[j] !== ',' && text[j] !== close) bail();
        this.place(itemPath, no, base + i, itemKey);
        item = plainValue(text.slice(i, j).replace(/ +$/, ''));
        i = j;
      }
      if (isMap) (out as Record<string, unknown>)[name] = item;
      else (out as unknown[]).push(item);
      i = skipSpaces(text, i);
      if (text[i] === ',') i = skipSpaces(text, i + 1);
      else if (text[i] !== close) bail();
    }
    return { result: out, end: i + 1 };
  }
}

function skipSpaces(text: string, i: number): number {
  let j = i;
  while (text[j] === ' ') j++;
  return j;
}

/** A one-line quoted scalar starting at text[start]: `'…'` with `''` for a quote, or `"…"` without escapes. */
function quoted(text: string, start: number): { result: string; end: number } {
  const quote = text[start];
  let out = '';
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i]!;
    if (quote === '"' && c === '\\') bail();
    if (c !== quote) {
      out += c;
      continue;
    }
    if (quote === "'" && text[i + 1] === "'") {
      out += "'";
      i++;
      continue;
    }
    return { result: out, end: i + 1 };
  }
  return bail();
}
