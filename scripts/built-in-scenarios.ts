// Vite plugin: `virtual:built-in-scenarios` is the catalog of scenarios/*.yaml as the engine's
// loader reads it (app/build-catalog.ts), computed when the app is built (and by the dev server
// and vitest when first imported), emitted as JSON. The app then opens a chat without parsing
// YAML or running the schema in the browser. Editing a file rebuilds the module; a new file is
// seen by the next build or dev-server start.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport, type AliasOptions, type Plugin } from 'vite';

const ID = 'virtual:built-in-scenarios';
const RESOLVED = `\0${ID}`;

export function builtInScenarios(root: string, alias: AliasOptions): Plugin {
  return {
    name: 'peilian-built-in-scenarios',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      // The engine's own TypeScript, through a module runner with the app's @/ alias.
      const { module, dependencies } = await runnerImport<typeof import('../src/app/build-catalog')>('/src/app/build-catalog.ts', {
        root,
        resolve: { alias },
        logLevel: 'error',
      });
      const dir = join(root, 'scenarios');
      const sources: Record<string, string> = {};
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
        const file = join(dir, name);
        this.addWatchFile(file);
        sources[`/scenarios/${name}`] = readFileSync(file, 'utf8');
      }
      for (const dep of dependencies) this.addWatchFile(dep);
      const catalog = module.buildCatalog(sources);
      // JSON.parse of a string literal is parsed faster than the same object as a JS literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(catalog))});`;
    },
  };
}
