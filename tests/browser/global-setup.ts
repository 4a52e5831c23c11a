// One `vite preview` of the built dist/ for every browser test file of the run (harness.ts,
// startServer): the files run one after another and the static server keeps no state.
import type { TestProject } from 'vitest/node';
import { resolve } from 'node:path';
import { startPreview } from '../../bench/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared preview's address; empty when there is none. */
    previewUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const preview = await startPreview(resolve(import.meta.dirname, '../..'));
  project.provide('previewUrl', preview.url);
  return () => preview.close();
}
