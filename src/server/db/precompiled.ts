// A query whose SQL text never changes, only its parameter values, built and compiled by Kysely
// once and then run with fresh values. Building and compiling a query tree costs more than
// running it on SQLite (a tenth of the team server's CPU per request went to it); the queries
// every request runs (who is asking, the stored session an upload continues) are compiled once.
// Each argument is found in the compiled parameters by a marker value, so the positions are
// Kysely's own, whatever the dialect's placeholder syntax.
//
// On PostgreSQL these texts also run as named prepared statements (`preparedName`, used by
// db/open.ts): the server parses and plans each once per connection instead of on every call.
import { createHash } from 'node:crypto';
import type { CompiledQuery } from 'kysely';

/** SQL text of every precompiled query → its prepared statement's name. */
const names = new Map<string, string>();

/**
 * Any other query's text, once seen twice, runs as a named statement too: the server's queries
 * differ in their values, not their text (an upload of four messages is always the same
 * statement), so they are few. Bounded all the same (a text past the bound is parsed each
 * time, as before), and only plain DML: DDL (migrations) is never prepared.
 */
const REPEATED_MAX = 400;
const TEXT_MAX = 20_000;
const seen = new Set<string>();
const repeated = new Map<string, string>();
const nameOf = (sql: string) => `peilian_${createHash('sha256').update(sql).digest('hex').slice(0, 16)}`;

/** The prepared statement name of a precompiled query's SQL text, or of a query text already seen; undefined for a text to send unnamed. */
export function preparedName(sql: string): string | undefined {
  const name = names.get(sql) ?? repeated.get(sql);
  if (name || repeated.size >= REPEATED_MAX || sql.length > TEXT_MAX || !/^\s*(select|insert|update|delete|with)\b/i.test(sql)) return name;
  if (!seen.has(sql)) {
    if (seen.size >= REPEATED_MAX * 4) seen.clear();
    seen.add(sql);
    return undefined;
  }
  seen.delete(sql);
  const fresh = nameOf(sql);
  repeated.set(sql, fresh);
  return fresh;
}

const marker = (i: number) => `\u0000precompiled-parameter-${i}\u0000`;

export function precompiled<A extends readonly unknown[], O>(arity: A['length'], build: (...args: A) => { compile(): CompiledQuery<O> }): (...args: A) => CompiledQuery<O> {
  let compiled: CompiledQuery<O> | null = null;
  let slots: number[][] = [];
  return (...args: A) => {
    if (!compiled) {
      const marks = Array.from({ length: arity }, (_, i) => marker(i));
      const query = build(...(marks as unknown as A)).compile();
      slots = marks.map((m) => query.parameters.flatMap((p, i) => (p === m ? [i] : [])));
      if (slots.some((s) => s.length === 0)) throw new Error(`precompiled query: an argument is not a parameter of ${query.sql}`);
      compiled = query;
      names.set(query.sql, nameOf(query.sql));
    }
    const parameters = [...compiled.parameters];
    slots.forEach((positions, k) => {
      for (const i of positions) parameters[i] = args[k];
    });
    return { ...compiled, parameters };
  };
}
