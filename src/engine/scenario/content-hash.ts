// A scenario's content hash: the same buyer file (after loading) gives the same hash, any edit
// to its content another. Each stored session keeps the hash of the scenario it was played
// with, so a result is never silently read as if it came from an edited buyer.
import type { Scenario } from '@/engine/scenario/schema';

/** JSON with object keys sorted, so that key order in the file does not change the hash. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** 64 bits as 16 hex digits: two FNV-1a 32-bit hashes with different offsets (no crypto API needed in every runtime). */
export function scenarioHash(scenario: Scenario): string {
  const text = canonical(scenario);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
