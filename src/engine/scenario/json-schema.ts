// The JSON Schema of scenario format v1, generated from the zod schema the loader uses.
import * as z from 'zod';
import { scenarioSchema } from '@/engine/scenario/schema';

/** The text of scenarios/scenario.schema.json (stable formatting, trailing newline). */
export function scenarioJsonSchema(): string {
  // `input`: a file may leave out fields that have defaults (tags, nudges).
  const schema = z.toJSONSchema(scenarioSchema, { io: 'input', target: 'draft-7' });
  return `${JSON.stringify({ ...schema, title: '陪练买家场景文件（formatVersion 1）' }, null, 2)}\n`;
}
