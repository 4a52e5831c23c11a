// The browser figures of `npm run bench`: start-up, history at scale and memory, each in its
// own fresh Chromium profile against `vite preview` of a fresh production build.
import { resolve } from 'node:path';
import { build } from 'vite';
import { freshContext, startPreview } from './chromium';
import type { Figure } from './figure';
import { measureStartup } from './browser-startup';
import { measureHistory } from './browser-history';
import { measureMemory } from './browser-memory';

const root = resolve(import.meta.dirname, '..');

type Measure = (context: Awaited<ReturnType<typeof freshContext>>['context'], url: string) => Promise<Figure>;

const FIGURES: Array<[string, string, Measure]> = [
  ['start-up', 'start-up (cold load to reply box enabled)', measureStartup],
  ['history-at-scale', 'history at scale (10,000 sessions, 200,000 messages)', measureHistory],
  ['memory', 'memory (JS heap after 50 conversations)', measureMemory],
];

export async function measureInBrowser(): Promise<Figure[]> {
  // Always the current source: a stale dist/ would measure someone else's app.
  await build({ root, logLevel: 'error' });
  const server = await startPreview(root);
  const figures: Figure[] = [];
  try {
    for (const [id, name, measure] of FIGURES) {
      const { context, close } = await freshContext();
      try {
        figures.push(await measure(context, server.url));
      } catch (error) {
        const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
        figures.push({ id, name, value: null, unit: '', budget: '', over: null, error: message });
      } finally {
        await close();
      }
    }
  } finally {
    await server.close();
  }
  return figures;
}
