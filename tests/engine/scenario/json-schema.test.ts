import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '@/engine/scenario/json-schema';

describe('scenarios/scenario.schema.json', () => {
  it('matches the loader schema (run `npm run schema` when this fails)', () => {
    const committed = readFileSync(new URL('../../../scenarios/scenario.schema.json', import.meta.url), 'utf8');

    expect(committed).toBe(scenarioJsonSchema());
  });

  it('rejects unknown fields so editors underline them', () => {
    const schema = JSON.parse(scenarioJsonSchema()) as { additionalProperties?: boolean; required?: string[] };

    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toContain('formatVersion');
  });
});
