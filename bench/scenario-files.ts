import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const scenarioDir = resolve(import.meta.dirname, '..', 'scenarios');

/** The built-in buyer files, read once (reading is not part of the measured work). */
export function readScenarioFiles(): Array<{ file: string; source: string }> {
  return readdirSync(scenarioDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ file: `scenarios/${f}`, source: readFileSync(join(scenarioDir, f), 'utf8') }));
}
