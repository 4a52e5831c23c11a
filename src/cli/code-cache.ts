// The built command line is one CommonJS bundle (dist-cli/peilian.cjs) run through vm.Script
// with a V8 code cache written at build time (dist-cli/peilian.cjs.*.cache): V8 then neither
// parses the bundle nor compiles the functions the warm-up run (a `check` of scenarios/) used.
// Node 20 has no compile cache for ES modules (module.enableCompileCache came in Node 22),
// hence a script. The cache file starts with a copy of the exact text compiled (wrapper and
// bundle, as bytes): a cache of another build is not even handed to V8, and V8 itself refuses
// one made by another Node version or with other flags. Comparing the bytes is a memcmp; a hash
// cost loading node:crypto (~25 internal modules) and hashing the bundle on every start.
// Whatever is wrong with the cache, the bundle is compiled from its text as usual: a cache only
// ever saves time.
import { readFileSync, writeFileSync } from 'node:fs';
import { Script } from 'node:vm';

/** What became of the cache: `used`, or why the bundle was compiled from its text. */
export type CacheStatus = 'used' | 'missing' | 'stale' | 'rejected';

/** The bundle's parameters: CommonJS's own plus the package root (for `import.meta.dirname`, see build-cli.mjs). */
const WRAPPER_START = '(function (exports, require, module, __filename, __dirname, __peilianRoot) {';
const WRAPPER_END = '\n})';
const START = Buffer.from(WRAPPER_START, 'latin1');
const END = Buffer.from(WRAPPER_END, 'latin1');

export interface CompiledBundle {
  /** Calls the bundle's module body with the given arguments. */
  run: (...args: unknown[]) => void;
  status: CacheStatus;
  /** The cache file's contents for what has been compiled so far (call after the work). */
  cacheData: () => Buffer;
}

export function compileBundle(bundlePath: string, cachePath: string): CompiledBundle {
  const bytes = readFileSync(bundlePath);
  const source = `${WRAPPER_START}${bytes.toString('utf8')}${WRAPPER_END}`;
  let status: CacheStatus = 'missing';
  let cachedData: Buffer | undefined;
  try {
    const file = readFileSync(cachePath);
    const header = cacheHeaderLength(bytes);
    const same =
      file.length > header &&
      file.subarray(0, START.length).equals(START) &&
      file.subarray(START.length, START.length + bytes.length).equals(bytes) &&
      file.subarray(START.length + bytes.length, header).equals(END);
    if (same) cachedData = file.subarray(header);
    else status = 'stale';
  } catch {
    // No cache (never built, or deleted): compile from the text.
  }
  const script = new Script(source, { filename: bundlePath, ...(cachedData ? { cachedData } : {}) });
  if (cachedData) status = script.cachedDataRejected ? 'rejected' : 'used';
  const body = script.runInThisContext() as (...args: unknown[]) => void;
  return {
    run: (...args) => body(...args),
    status,
    cacheData: () => Buffer.concat([START, bytes, END, script.createCachedData()]),
  };
}

/** Bytes before V8's own data in a cache file: the wrapped bundle's text it was made from. */
export function cacheHeaderLength(bundle: Uint8Array): number {
  return START.length + bundle.length + END.length;
}

/** Writes the cache for `compiled` (the build's warm-up run does, once its command is done). */
export function writeCodeCache(compiled: CompiledBundle, cachePath: string): void {
  writeFileSync(cachePath, compiled.cacheData());
}
