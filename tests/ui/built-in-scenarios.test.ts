// The built-in buyers ship precompiled (virtual:built-in-scenarios, made at build time by
// scripts/built-in-scenarios.ts): what the app plays must be exactly what the loader gives for
// the YAML files today, down to the content hash stored with each session and the buyer's play.
import { describe, expect, it } from 'vitest';
import { getCatalog } from '@/app/scenario-catalog';
import { buildCatalog } from '@/app/build-catalog';
import { loadScenario } from '@/engine/scenario/load';
import { compileScenario } from '@/engine/buyer/compile';
import { scenarioHash } from '@/engine/scenario/content-hash';
import { playScript } from '@/engine/session';
import { SALE_REPLIES } from '../browser/chat-driver';

const sources = import.meta.glob<string>('/scenarios/*.yaml', { query: '?raw', import: 'default', eager: true });

describe('the precompiled built-in buyers', () => {
  it('equal the catalog built from the YAML files by the loader, file for file', () => {
    const fromYaml = buildCatalog(sources);
    expect(Object.keys(sources).length).toBeGreaterThanOrEqual(5);
    expect(getCatalog()).toStrictEqual(fromYaml);
    expect(getCatalog().scenarios.map((s) => s.id)).toEqual(fromYaml.scenarios.map((s) => s.id));
  });

  it('keep each file’s content hash and compile to the same buyer, which plays the same chat', () => {
    for (const [path, source] of Object.entries(sources)) {
      const loaded = loadScenario(source, path.slice(1)).scenario!;
      const built = getCatalog().scenarios.find((s) => s.id === loaded.id)!;
      expect(scenarioHash(built)).toBe(scenarioHash(loaded));
      expect(JSON.stringify(compileScenario(built).definition)).toBe(JSON.stringify(compileScenario(loaded).definition));
      for (const variant of Object.keys(loaded.persona.variants ?? {})) {
        expect(playScript(built, SALE_REPLIES, { seed: 7, variant })).toStrictEqual(playScript(loaded, SALE_REPLIES, { seed: 7, variant }));
      }
    }
  });
});
