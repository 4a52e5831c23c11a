// The built command line's entry, dist-cli/peilian.mjs (the package `bin`): it runs the bundle
// of main.ts, dist-cli/peilian.cjs, through a code cache (code-cache.ts). Built by
// scripts/build-cli.mjs; `tsx src/cli/main.ts` runs main.ts directly instead.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { compileBundle, writeCodeCache } from '@/cli/code-cache';

const here = dirname(fileURLToPath(import.meta.url));
const bundlePath = join(here, 'peilian.cjs');

// `check` is over before V8's optimizing compiler pays for itself: a whole `check` of
// scenarios/ measured ~18% less CPU without it (the baseline compiler still runs). The other
// commands keep it: their work grows with their input (`understand` of 2000 lines on stdin took
// ~35% longer without it), the server's for days. V8 ties a code cache to the flags it was made
// with, so each setting has a cache of its own, made by a warm-up run of its own (build-cli.mjs).
const quick = process.argv[2] === 'check';
if (quick) setFlagsFromString('--no-opt');
const cachePath = `${bundlePath}.${quick ? 'check' : 'other'}.cache`;

const compiled = compileBundle(bundlePath, cachePath);
const module = { exports: {} as { runAsProgram?: () => void } };
compiled.run(module.exports, createRequire(bundlePath), module, bundlePath, here, dirname(here));
// Only the build sets this (its warm-up runs): the cache then holds what that command compiled.
if (process.env.PEILIAN_WRITE_CODE_CACHE === '1') process.on('exit', () => writeCodeCache(compiled, cachePath));
module.exports.runAsProgram!();
