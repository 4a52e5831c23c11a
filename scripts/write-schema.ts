// `npm run schema`: writes scenarios/scenario.schema.json from the loader's own zod schema,
// so that trainers' editors (yaml-language-server) autocomplete and underline mistakes.
// tests/engine/scenario/json-schema.test.ts fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchema } from '@/engine/scenario/json-schema';

const target = fileURLToPath(new URL('../scenarios/scenario.schema.json', import.meta.url));
writeFileSync(target, scenarioJsonSchema());
process.stdout.write(`wrote ${target}\n`);
