// Reads scenario fixtures for tests (the engine itself never touches the file system).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadScenario } from '@/engine/scenario/load';
import type { Scenario } from '@/engine/scenario/schema';

export const fixturePath = (relative: string): string =>
  fileURLToPath(new URL(`../../fixtures/scenarios/${relative}`, import.meta.url));

export const readFixture = (relative: string): string => readFileSync(fixturePath(relative), 'utf8');

export function loadFixture(relative: string) {
  return loadScenario(readFixture(relative), relative);
}

/** The valid test buyer, parsed; throws if it stopped loading (which its own test reports). */
export function miniHaggle(): Scenario {
  const result = loadFixture('valid/mini-haggle.yaml');
  if (!result.scenario) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.scenario;
}
