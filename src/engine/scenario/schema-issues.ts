// Turns zod's validation issues into issues a trainer can act on: a stable code, the
// field path, one plain Chinese sentence and a hint. zod knows what went wrong; this file
// knows how to say it about a buyer file (an unknown move lists the moves, a misspelt
// field suggests the closest known one).
import type { z } from 'zod';
import { ENTITY_NAMES, MOVES, OUTCOME_KINDS, RULE_IDS } from '@/engine/vocabulary';
import type { IssueCode } from '@/engine/scenario/issues';
import type { PathSegment } from '@/engine/scenario/locations';
import { closest, listValues } from '@/engine/scenario/suggest';

/** An issue before it is given a file position. */
export interface RawIssue {
  code: IssueCode;
  path: PathSegment[];
  /** Point at the field's key (unknown or missing fields) rather than its value. */
  at: 'key' | 'value';
  message: string;
  hint: string;
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  valueType?: z.ZodType;
  element?: z.ZodType;
  items?: z.ZodType[];
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  values?: unknown[];
  entries?: Record<string, unknown>;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'readonly') && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

/** The schema that describes the value at `path`, if the path makes sense at all. */
export function schemaAt(root: z.ZodType, path: readonly PathSegment[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = root;
  for (const segment of path) {
    if (!current) return undefined;
    const def = defOf(unwrap(current));
    if (def.type === 'object') current = def.shape?.[String(segment)];
    else if (def.type === 'record') current = def.valueType;
    else if (def.type === 'array') current = def.element;
    else if (def.type === 'tuple') current = typeof segment === 'number' ? def.items?.[segment] : undefined;
    else if (def.type === 'union') current = def.options?.map((o) => schemaAt(o, [segment])).find(Boolean);
    else return undefined;
  }
  return current;
}

function enumValues(schema: z.ZodType): string[] {
  const def = defOf(unwrap(schema));
  if (def.type === 'enum' && def.entries) return Object.values(def.entries).map(String);
  if (def.type === 'literal' && def.values) return def.values.map(String);
  if (def.type === 'union' && def.options) return def.options.flatMap(enumValues);
  return [];
}

/** What kind of value a field wants, in words a trainer knows. */
function describe(schema: z.ZodType | undefined): string {
  if (!schema) return '别的内容';
  const def = defOf(unwrap(schema));
  switch (def.type) {
    case 'number':
      return '数字';
    case 'string':
      return '文字';
    case 'boolean':
      return 'true 或 false';
    case 'array':
      return '列表（每项一行，以 - 开头）';
    case 'tuple':
      return '两个数字的列表，如 [160, 170]';
    case 'object':
    case 'record':
      return '一组字段（下一行缩进书写）';
    case 'enum':
    case 'literal':
      return `以下之一：${listValues(enumValues(schema))}`;
    case 'union':
      return (def.options ?? []).map(describe).join('，或');
    default:
      return def.type;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return '空值';
  if (Array.isArray(value)) return '列表';
  switch (typeof value) {
    case 'number':
      return `数字 ${value}`;
    case 'string':
      return `文字“${value}”`;
    case 'boolean':
      return String(value);
    case 'object':
      return '一组字段';
    default:
      return typeof value;
  }
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** Fields whose values come from the shared vocabulary get their own codes and list the valid ids. */
function vocabularyOf(path: readonly PathSegment[]): { code: IssueCode; noun: string; values: readonly string[] } | undefined {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (last === 'move' || (typeof last === 'number' && (parent === 'anyMove' || parent === 'allMoves' || parent === 'noMove')))
    return { code: 'unknown-move', noun: '客服动作（move）', values: MOVES };
  if (last === 'flag' || last === 'noFlag') return { code: 'unknown-rule', noun: '规则', values: [...RULE_IDS, 'any', 'platform', 'tone'] };
  if (last === 'outcome') return { code: 'unknown-outcome', noun: '结局类型', values: OUTCOME_KINDS };
  if (last === 'hasEntity') return { code: 'unknown-entity', noun: '实体', values: ENTITY_NAMES };
  return undefined;
}

const show = (path: readonly PathSegment[]): string =>
  path.reduce<string>((out, s) => (typeof s === 'number' ? `${out}[${s}]` : out ? `${out}.${s}` : s), '') || '文件顶层';

export function fromZodIssue(issue: z.core.$ZodIssue, root: z.ZodType, data: unknown): RawIssue[] {
  const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
  const field = show(path);
  const value = valueAt(data, path);
  const schema = schemaAt(root, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = Object.keys(defOf(unwrap(schemaAt(root, path) ?? root)).shape ?? {});
      return issue.keys.map((key) => {
        const guess = closest(key, known);
        return {
          code: 'unknown-field',
          path: [...path, key],
          at: 'key',
          message: `“${field}”下不认识字段“${key}”${guess ? `，是不是想写“${guess}”？` : '。'}`,
          hint: `这里可以写的字段有：${listValues(known)}。不认识的字段不会被忽略，请改正或删除。`,
        };
      });
    }
    case 'invalid_type': {
      if (value === undefined)
        return [
          {
            code: 'missing-field',
            path,
            at: 'key',
            message: `缺少必填字段“${field}”。`,
            hint: `请在这里补上“${String(path[path.length - 1] ?? '')}”，它应该是${describe(schema)}。`,
          },
        ];
      return [wrongValue(path, field, value, schema)];
    }
    case 'invalid_union':
    case 'invalid_value':
      return [wrongValue(path, field, value, schema)];
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const isCount = issue.origin === 'array' || issue.origin === 'string';
      const message = isCount
        ? issue.code === 'too_small'
          ? `“${field}”不能是空的。`
          : `“${field}”的项数太多（最多 ${String(bound)} 项）。`
        : `“${field}”的值 ${String(value)} 超出范围：${issue.code === 'too_small' ? '至少' : '最多'}是 ${String(bound)}。`;
      return [{ code: 'out-of-range', path, at: 'value', message, hint: isCount ? '至少写一项，或者删掉这个字段。' : `请改成${issue.code === 'too_small' ? '不小于' : '不大于'} ${String(bound)} 的数。` }];
    }
    case 'invalid_format':
      return [
        {
          code: 'invalid-id',
          path,
          at: 'value',
          message: `“${field}”的值“${String(value)}”不是合法的编号。`,
          hint: '编号只能用小写英文字母、数字和连字符，例如 ask-size、haggle-2。',
        },
      ];
    case 'invalid_key':
      return [
        {
          code: 'invalid-id',
          path,
          at: 'key',
          message: `“${show(path.slice(0, -1))}”下的名字“${String(path[path.length - 1])}”不是合法的编号。`,
          hint: '状态名、变体名等编号只能用小写英文字母、数字和连字符，例如 ask-size、haggle-2。',
        },
      ];
    case 'custom':
      return [
        {
          code: 'empty-condition',
          path,
          at: 'value',
          message: `“${field}”是空的条件。`,
          hint: '条件里至少写一项；如果这条转移总是适用，请把 when 整个删掉。',
        },
      ];
    default:
      return [wrongValue(path, field, value, schema)];
  }
}

function wrongValue(path: PathSegment[], field: string, value: unknown, schema: z.ZodType | undefined): RawIssue {
  const vocabulary = vocabularyOf(path);
  if (vocabulary && typeof value === 'string') {
    const guess = closest(value, vocabulary.values);
    return {
      code: vocabulary.code,
      path,
      at: 'value',
      message: `“${field}”写的${vocabulary.noun}“${value}”不存在${guess ? `，是不是想写“${guess}”？` : '。'}`,
      hint: `可用的${vocabulary.noun}：${listValues(vocabulary.values, 40)}。`,
    };
  }
  const options = schema ? enumValues(schema) : [];
  if (options.length > 0 && typeof value === 'string') {
    const guess = closest(value, options);
    return {
      code: 'invalid-value',
      path,
      at: 'value',
      message: `“${field}”的值“${value}”不在可选范围内${guess ? `，是不是想写“${guess}”？` : '。'}`,
      hint: `可选的值：${listValues(options)}。`,
    };
  }
  return {
    code: 'wrong-type',
    path,
    at: 'value',
    message: `“${field}”应该是${describe(schema)}，现在写的是${describeValue(value)}。`,
    hint: '请按字段说明改写这个值（scenarios/README.md 列出了每个字段）。',
  };
}
