// YAML text → validated Scenario, or the list of what is wrong with it. Pure: the CLI and
// the app read files themselves and hand the text in, so one bad file never stops others.
import { LineCounter, parseDocument } from 'yaml';
import { FORMAT_VERSION, scenarioSchema, type Scenario } from '@/engine/scenario/schema';
import { sortIssues, type ScenarioIssue, type Severity } from '@/engine/scenario/issues';
import { buildSourceMap, formatPath, locate, type SourceMap } from '@/engine/scenario/locations';
import { fromZodIssue, type RawIssue } from '@/engine/scenario/schema-issues';
import { semanticIssues } from '@/engine/scenario/semantics';
import { readPlainYaml } from '@/engine/scenario/plain-yaml';

export interface LoadResult {
  file: string;
  scenario?: Scenario;
  errors: ScenarioIssue[];
  warnings: ScenarioIssue[];
  /** Field path → position in the file, for issues found later (the checker, the app). */
  locations: SourceMap;
}

export function placeIssue(raw: RawIssue, file: string, locations: SourceMap, severity: Severity = 'error'): ScenarioIssue {
  const { line, column } = locate(locations, raw.path, raw.at);
  return { code: raw.code, severity, file, line, column, path: formatPath(raw.path), message: raw.message, hint: raw.hint };
}

export function loadScenario(source: string, file: string): LoadResult {
  const read = readYaml(source, file);
  const { locations } = read;
  const result: LoadResult = { file, errors: [], warnings: [], locations };
  if ('errors' in read) {
    result.errors = read.errors;
    return result;
  }

  const { data } = read;
  const version = versionIssue(data);
  if (version) {
    result.errors = [placeIssue(version, file, locations)];
    return result;
  }

  const parsed = scenarioSchema.safeParse(data);
  if (!parsed.success) {
    const seen = new Set<string>();
    const raws = parsed.error.issues.flatMap((issue) => fromZodIssue(issue, scenarioSchema, data));
    result.errors = sortIssues(
      raws
        .filter((raw) => {
          const key = `${raw.code}|${formatPath(raw.path)}`;
          return seen.has(key) ? false : (seen.add(key), true);
        })
        .map((raw) => placeIssue(raw, file, locations)),
    );
    return result;
  }

  const semantic = semanticIssues(parsed.data, file);
  result.errors = sortIssues(semantic.filter((i) => i.severity !== 'warning').map((i) => placeIssue(i, file, locations)));
  result.warnings = sortIssues(semantic.filter((i) => i.severity === 'warning').map((i) => placeIssue(i, file, locations, 'warning')));
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
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const locations = buildSourceMap(doc.contents, lineCounter);
  if (doc.errors.length === 0) return { data: doc.toJS(), locations };

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
