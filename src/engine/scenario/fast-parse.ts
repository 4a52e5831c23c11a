// A validator for the happy path, built from a zod schema's own definition (no second copy of
// the format): it answers a valid file's data exactly as zod's parse would (trimmed strings,
// defaults, keys in the schema's order) or FAIL, and then the loader asks zod, which words the
// issues. So every error a trainer sees still comes from zod. Why: zod's generic parse (payload
// and issue objects, a check pipeline per value) was most of loading a valid file, and a
// one-shot `check` runs it cold. A definition this walker does not know makes it throw when
// built, never guess (tests/engine/scenario/fast-parse.test.ts holds it to zod's answers).
import type * as z from 'zod';

export const FAIL: unique symbol = Symbol('fast-parse: not valid, ask zod');
export type Parser = (input: unknown) => unknown;

/** What this walker reads of zod's internals (v4 core definitions). */
interface Def {
  type: string;
  checks?: Array<{ _zod: { def: CheckDef } }>;
  [key: string]: unknown;
}
interface CheckDef {
  check: string;
  [key: string]: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** zod's isPlainObject (records accept only these). */
function isPlainObject(o: unknown): o is Record<string, unknown> {
  if (!isObject(o)) return false;
  const ctor = (o as { constructor?: unknown }).constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const prototype: unknown = ctor.prototype;
  return isObject(prototype) && Object.prototype.hasOwnProperty.call(prototype, 'isPrototypeOf');
}

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** A check of the definition, as a test of the value (or, for `overwrite`, a change to it). */
function checkOf(check: CheckDef, where: string): (value: unknown) => unknown {
  switch (check.check) {
    case 'overwrite': {
      const tx = check.tx as (v: unknown) => unknown;
      return (v) => tx(v);
    }
    case 'min_length': {
      const min = check.minimum as number;
      return (v) => ((v as { length: number }).length >= min ? v : FAIL);
    }
    case 'greater_than': {
      const limit = check.value as number;
      return check.inclusive ? (v) => ((v as number) >= limit ? v : FAIL) : (v) => ((v as number) > limit ? v : FAIL);
    }
    case 'less_than': {
      const limit = check.value as number;
      return check.inclusive ? (v) => ((v as number) <= limit ? v : FAIL) : (v) => ((v as number) < limit ? v : FAIL);
    }
    case 'number_format':
      if (check.format !== 'safeint') break;
      return (v) => (Number.isSafeInteger(v) ? v : FAIL);
    case 'string_format': {
      if (check.format !== 'regex') break;
      const pattern = check.pattern as RegExp;
      return (v) => {
        pattern.lastIndex = 0;
        return pattern.test(v as string) ? v : FAIL;
      };
    }
    case 'custom': {
      // A refine: its predicate sees the parsed value.
      const fn = check.fn as (v: unknown) => unknown;
      return (v) => (fn(v) ? v : FAIL);
    }
  }
  throw new Error(`fast-parse: check "${check.check}" at ${where} is not supported`);
}

function withChecks(def: Def, base: Parser, where: string): Parser {
  const checks = (def.checks ?? []).map((c) => checkOf(c._zod.def, where));
  if (checks.length === 0) return base;
  return (input) => {
    let value = base(input);
    for (const check of checks) {
      if (value === FAIL) return FAIL;
      value = check(value);
    }
    return value;
  };
}

function build(schema: unknown, where: string): Parser {
  const def = defOf(schema);
  const sub = (s: unknown, at: string) => build(s, `${where}.${at}`);
  switch (def.type) {
    case 'string':
      return withChecks(def, (v) => (typeof v === 'string' ? v : FAIL), where);
    case 'number':
      return withChecks(def, (v) => (typeof v === 'number' && Number.isFinite(v) ? v : FAIL), where);
    case 'boolean':
      return withChecks(def, (v) => (typeof v === 'boolean' ? v : FAIL), where);
    case 'literal': {
      const values = def.values as unknown[];
      return withChecks(def, (v) => (values.includes(v) ? v : FAIL), where);
    }
    case 'enum': {
      const values = new Set(Object.values(def.entries as Record<string, unknown>));
      return withChecks(def, (v) => (values.has(v) ? v : FAIL), where);
    }
    case 'optional': {
      const inner = sub(def.innerType, '?');
      return withChecks(def, (v) => (v === undefined ? undefined : inner(v)), where);
    }
    case 'default': {
      const inner = sub(def.innerType, 'default');
      // The getter gives a fresh copy each time, as zod hands it out.
      return withChecks(def, (v) => (v === undefined ? def.defaultValue : inner(v)), where);
    }
    case 'array': {
      const element = sub(def.element, '[]');
      return withChecks(
        def,
        (v) => {
          if (!Array.isArray(v)) return FAIL;
          const out: unknown[] = new Array(v.length);
          for (let i = 0; i < v.length; i++) if ((out[i] = element(v[i])) === FAIL) return FAIL;
          return out;
        },
        where,
      );
    }
    case 'tuple': {
      if (def.rest) throw new Error(`fast-parse: a tuple with a rest at ${where} is not supported`);
      const items = (def.items as unknown[]).map((item, i) => sub(item, String(i)));
      return withChecks(
        def,
        (v) => {
          if (!Array.isArray(v) || v.length !== items.length) return FAIL;
          const out: unknown[] = new Array(v.length);
          for (let i = 0; i < items.length; i++) if ((out[i] = items[i]!(v[i])) === FAIL) return FAIL;
          return out;
        },
        where,
      );
    }
    case 'union': {
      const options = (def.options as unknown[]).map((o, i) => sub(o, `|${i}`));
      return withChecks(
        def,
        (v) => {
          for (const option of options) {
            const out = option(v);
            if (out !== FAIL) return out;
          }
          return FAIL;
        },
        where,
      );
    }
    case 'object': {
      if (defOf(def.catchall ?? { _zod: { def: { type: 'none' } } }).type !== 'never')
        throw new Error(`fast-parse: only strict objects are supported (${where})`);
      const shape = def.shape as Record<string, unknown>;
      const keys = Object.keys(shape);
      const known = new Set(keys);
      const fields = keys.map((key) => sub(shape[key], key));
      return withChecks(
        def,
        (v) => {
          if (!isObject(v)) return FAIL;
          for (const key in v) if (!known.has(key)) return FAIL;
          if (Object.getOwnPropertySymbols(v).length > 0) return FAIL;
          const out: Record<string, unknown> = {};
          for (let i = 0; i < keys.length; i++) {
            const key = keys[i]!;
            const value = fields[i]!(v[key]);
            if (value === FAIL) return FAIL;
            if (value !== undefined) out[key] = value;
            else if (key in v) out[key] = undefined;
          }
          return out;
        },
        where,
      );
    }
    case 'record': {
      const keyOf = sub(def.keyType, 'key');
      const valueOf = sub(def.valueType, '*');
      return withChecks(
        def,
        (v) => {
          if (!isPlainObject(v)) return FAIL;
          const out: Record<string, unknown> = {};
          for (const key of Reflect.ownKeys(v)) {
            // zod skips a `__proto__` key without a word: leave such a file to it (and to the reserved-key check).
            if (typeof key !== 'string' || key === '__proto__') return FAIL;
            const name = keyOf(key);
            const value = valueOf(v[key]);
            if (name === FAIL || value === FAIL) return FAIL;
            out[name as string] = value;
          }
          return out;
        },
        where,
      );
    }
  }
  throw new Error(`fast-parse: schema type "${def.type}" at ${where} is not supported`);
}

/** The happy-path parser of `schema` (see the top of this file); throws if the schema uses what it does not know. */
export function fastParser<S extends z.ZodType>(schema: S): (input: unknown) => z.output<S> | typeof FAIL {
  return build(schema, '$') as (input: unknown) => z.output<S> | typeof FAIL;
}
