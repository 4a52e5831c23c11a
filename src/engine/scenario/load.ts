// YAML text → validated Scenario, or the list of what is wrong with it. Pure: the CLI and
// the app read files themselves and hand the text in, so one bad file never stops others.
import { LineCounter, parseDocument, visit, type Document } from 'yaml';
import { FORMAT_VERSION, scenarioSchema, type Scenario } from '@/engine/scenario/schema';
import { sortIssues, type ScenarioIssue, type Severity } from '@/engine/scenario/issues';
import { buildSourceMap, formatPath, locate, type SourceMap } from '@/engine/scenario/locations';
import { fromZodIssue, type RawIssue } from '@/engine/scenario/schema-issues';
import { semanticIssues } from '@/engine/scenario/semantics';
import { readPlainYaml } from '@/engine/scenario/plain-yaml';
import { decodeSource, MAX_DEPTH, sourceIssue } from '@/engine/scenario/source-guard';
import { reservedKeyIssues } from '@/engine/scenario/reserved-keys';
import { FAIL, fastParser } from '@/engine/scenario/fast-parse';

/** Built on first use from the schema itself (fast-parse.ts); zod parses only a file it turns down. */
let fastScenario: ((input: unknown) => Scenario | typeof FAIL) | undefined;

export interface LoadResult {
  file: string;
  scenario?: Scenario;
  errors: ScenarioIssue[];
  warnings: ScenarioIssue[];
  /** Field path → position in the file, for issues found later (the checker, the app); worked out on first read. */
  locations: SourceMap;
}

export function placeIssue(raw: RawIssue, file: string, locations: SourceMap, severity: Severity = 'error'): ScenarioIssue {
  const { line, column } = locate(locations, raw.path, raw.at);
  return { code: raw.code, severity, file, line, column, path: formatPath(raw.path), message: raw.message, hint: raw.hint };
}

/**
 * `source` is the file's text, or its bytes (then they must be UTF-8). Never throws: whatever
 * the file holds, the answer is a list of issues with a position, so one file never stops others.
 */
export function loadScenario(source: string | Uint8Array, file: string): LoadResult {
  let text: string;
  if (typeof source === 'string') text = source;
  else {
    const decoded = decodeSource(source, file);
    if ('issue' in decoded) return { file, errors: [decoded.issue], warnings: [], locations: {} };
    text = decoded.text;
  }
  const guard = sourceIssue(text, file);
  if (guard) return { file, errors: [guard], warnings: [], locations: {} };
  try {
    return loadText(text, file);
  } catch (error) {
    // The guard keeps nesting shallow; should a parser still run out of stack, say so plainly.
    const overflow = error instanceof RangeError && /call stack/i.test(error.message);
    return { file, errors: [overflow ? tooDeep(file) : internalError(file, error)], warnings: [], locations: {} };
  }
}

const tooDeep = (file: string): ScenarioIssue => ({
  code: 'too-deep',
  severity: 'error',
  file,
  line: 1,
  column: 1,
  path: '',
  message: `文件的嵌套太深（超过 ${MAX_DEPTH} 层），读不下去。`,
  hint: '检查是不是多写了很多“[”“{”或“- ”；按 scenarios/README.md 的示例写。',
});

/** A fault of Peilian's, not the trainer's: still a stable code and a position, never a stack trace. */
export function internalError(file: string, error: unknown): ScenarioIssue {
  const detail = error instanceof Error ? error.name : typeof error;
  return {
    code: 'internal-error',
    severity: 'error',
    file,
    line: 1,
    column: 1,
    path: '',
    message: `陪练处理这个文件时出了内部错误（${detail}），这不是文件写错了。`,
    hint: '请把这个文件和这条信息发给维护者；其他文件不受影响。',
  };
}

function loadText(source: string, file: string): LoadResult {
  const read = readYaml(source, file);
  // Read on first use: the fast reader works out where fields sit only when an issue needs it.
  const result: LoadResult = {
    file,
    errors: [],
    warnings: [],
    get locations() {
      return read.locations;
    },
  };
  if ('errors' in read) {
    result.errors = read.errors;
    return result;
  }

  const { data } = read;
  const version = versionIssue(data);
  if (version) {
    result.errors = [placeIssue(version, file, read.locations)];
    return result;
  }

  // zod drops `__proto__` keys without a word (a state so named just vanished): name them here.
  const reserved = reservedKeyIssues(data);
  const fast = reserved.length === 0 ? (fastScenario ??= fastParser(scenarioSchema))(data) : FAIL;
  const parsed = fast !== FAIL ? ({ success: true, data: fast } as const) : scenarioSchema.safeParse(data);
  if (!parsed.success || reserved.length > 0) {
    const seen = new Set<string>();
    const zodRaws = parsed.success ? [] : parsed.error.issues.flatMap((issue) => fromZodIssue(issue, scenarioSchema, data));
    const zodPaths = new Set(zodRaws.map((raw) => formatPath(raw.path)));
    const raws = [...zodRaws, ...reserved.filter((raw) => !zodPaths.has(formatPath(raw.path)))];
    result.errors = sortIssues(
      raws
        .filter((raw) => {
          const key = `${raw.code}|${formatPath(raw.path)}`;
          return seen.has(key) ? false : (seen.add(key), true);
        })
        .map((raw) => placeIssue(raw, file, read.locations)),
    );
    return result;
  }

  const semantic = semanticIssues(parsed.data, file);
  result.errors = sortIssues(semantic.filter((i) => i.severity !== 'warning').map((i) => placeIssue(i, file, read.locations)));
  result.warnings = sortIssues(semantic.filter((i) => i.severity === 'warning').map((i) => placeIssue(i, file, read.locations, 'warning')));
  if (result.errors.length === 0) result.scenario = parsed.data;
  return result;
}

export function loadScenarios(files: Array<{ file: string; source: string }>): LoadResult[] {
  return files.map(({ file, source }) => loadScenario(source, file));
}

/**
 * The file's data and where each field sits. Plain block-style files (all of ours) take the
 * fast reader; anything it does not handle, including every syntax error, goes through the
 * `yaml` package, which gives the same data and positions and words the errors.
 */
function readYaml(source: string, file: string): { data: unknown; locations: SourceMap } | { errors: ScenarioIssue[]; locations: SourceMap } {
  const plain = readPlainYaml(source);
  if (plain) return plain;
  const lineCounter = new LineCounter();
  // Silent: what yaml would print to the console (keys made of collections, say) is reported as issues or not at all.
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false, logLevel: 'error' });
  const locations = buildSourceMap(doc.contents, lineCounter);
  if (doc.errors.length === 0) {
    const tag = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
    if (tag) return { errors: [tagIssue(tag.message, file, lineCounter.linePos(tag.pos[0]))], locations };
    const aliases = aliasIssues(doc, file, lineCounter);
    if (aliases.length > 0) return { errors: aliases, locations };
    try {
      return { data: doc.toJS({ maxAliasCount: MAX_ALIASES }), locations };
    } catch (error) {
      if (!(error instanceof ReferenceError)) throw error;
      return { errors: [aliasBomb(doc, file, lineCounter)], locations };
    }
  }

  // After the first syntax error the parser's view of the file is off, and every later
  // "error" is noise; duplicate keys, by contrast, are each real.
  const firstSyntax = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
  const shown = doc.errors.filter((e) => e.code === 'DUPLICATE_KEY' || e === firstSyntax);
  const errors = shown.map((error) => {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    const duplicate = error.code === 'DUPLICATE_KEY';
    return {
      code: duplicate ? 'duplicate-key' : 'yaml-syntax',
      severity: 'error',
      file,
      line,
      column: col,
      path: '',
      message: duplicate ? '同一个字段写了两次。' : `YAML 格式错误：${firstSentence(error.message)}`,
      hint: duplicate
        ? '删掉重复的一处，或把两处内容合并到一起。'
        : '检查这一行及上一行的缩进（只能用空格）、冒号后的空格、引号和列表的“- ”是否成对、对齐；以 { 或 [ 开头的台词要整句加引号，例如 \'{product}到了吗？\'。',
    } satisfies ScenarioIssue;
  });
  return { errors, locations };
}

/** Repeats of one anchor allowed in a file (yaml's default); past it an alias bomb would blow up memory. */
const MAX_ALIASES = 100;

type LinePos = { line: number; col: number };
const aliasAt = (file: string, at: LinePos, code: 'alias-unknown' | 'alias-cycle' | 'alias-too-many', message: string, hint: string): ScenarioIssue => ({
  code,
  severity: 'error',
  file,
  line: at.line,
  column: at.col,
  path: '',
  message,
  hint,
});

/** Every `*name` that no earlier `&name` defines. */
function aliasIssues(doc: Document.Parsed, file: string, lineCounter: LineCounter): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  visit(doc, {
    Alias(_, node, path) {
      const target = node.resolve(doc);
      if (target !== undefined && !path.includes(target as never)) return;
      const pos = lineCounter.linePos(node.range?.[0] ?? 0);
      if (target !== undefined) {
        // `&a [1, *a]`: the alias sits inside what it names, an endless list.
        issues.push(aliasAt(file, pos, 'alias-cycle', `别名“*${node.source}”引用了包含它自己的内容，会无限展开。`, `别在“&${node.source}”标记的内容里再写“*${node.source}”。`));
        return;
      }
      issues.push(
        aliasAt(file, lineCounter.linePos(node.range?.[0] ?? 0), 'alias-unknown', `别名“*${node.source}”没有对应的锚点“&${node.source}”。`, `在前面用“&${node.source}”标记要引用的内容，或把“*${node.source}”换成实际的值。`),
      );
    },
  });
  return issues;
}

function aliasBomb(doc: Document.Parsed, file: string, lineCounter: LineCounter): ScenarioIssue {
  let first = 0;
  visit(doc, {
    Alias(_, node) {
      first = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return aliasAt(
    file,
    lineCounter.linePos(first),
    'alias-too-many',
    `别名（*名字）展开后太多（超过 ${MAX_ALIASES} 次），像是“别名炸弹”，文件不会被读取。`,
    '买家文件很少需要锚点和别名；把重复的内容直接写出来，或减少层层引用。',
  );
}

function tagIssue(message: string, file: string, at: LinePos): ScenarioIssue {
  const tag = /tag: (\S+)/.exec(message)?.[1] ?? '!';
  return {
    code: 'yaml-tag',
    severity: 'error',
    file,
    line: at.line,
    column: at.col,
    path: '',
    message: `不支持 YAML 标签“${tag}”：场景文件只写普通的文字、数字、列表和字段。`,
    hint: `删掉“${tag}”，直接写值；含特殊符号的文字加引号。`,
  };
}

function versionIssue(data: unknown): RawIssue | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return {
      code: 'wrong-type',
      path: [],
      at: 'value',
      message: '文件内容应该是一组“字段: 值”，现在不是。',
      hint: '从 scenarios/README.md 的示例复制一份开头，再逐项修改。',
    };
  if (!('formatVersion' in data))
    return {
      code: 'format-version-missing',
      path: [],
      at: 'value',
      message: '缺少格式版本 formatVersion。',
      hint: `在文件开头写一行 formatVersion: ${FORMAT_VERSION}。`,
    };
  const version = (data as { formatVersion: unknown }).formatVersion;
  if (typeof version === 'string' && version.trim() === String(FORMAT_VERSION))
    return {
      code: 'format-version-unsupported',
      path: ['formatVersion'],
      at: 'value',
      message: `格式版本写成了文字“${version}”，应该是数字 ${FORMAT_VERSION}。`,
      hint: `去掉引号：formatVersion: ${FORMAT_VERSION}。`,
    };
  if (version !== FORMAT_VERSION)
    return {
      code: 'format-version-unsupported',
      path: ['formatVersion'],
      at: 'value',
      message: `不支持格式版本 ${String(version)}，目前只支持 ${FORMAT_VERSION}。`,
      hint: `把 formatVersion 改成 ${FORMAT_VERSION}，并按 scenarios/README.md 的说明检查各字段。`,
    };
  return undefined;
}

/** yaml's messages end with a source excerpt; the first sentence is what a trainer needs. */
function firstSentence(message: string): string {
  return message.split('\n')[0]?.replace(/ at line \d+, column \d+.*$/, '') ?? message;
}
