// Where each field of a scenario file sits in the source. Built once from the YAML syntax
// tree and kept as plain data, so that the loader, the checker and the app can point a
// trainer at FILE:LINE:COL without holding on to the YAML document.
import { isMap, isScalar, isSeq, type LineCounter, type Node } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

export interface Location {
  /** Where the key of a mapping entry starts (absent for sequence items and the root). */
  key?: Position;
  /** Where the value starts. */
  value: Position;
}

/** Field path (`states.haggle.on[2].goto`) → location. */
export type SourceMap = Record<string, Location>;

export type PathSegment = string | number;

export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

export function buildSourceMap(root: Node | null, lineCounter: LineCounter): SourceMap {
  // No prototype: a key written `__proto__` is a field like any other (reserved-keys.ts reports it).
  const map = Object.create(null) as SourceMap;
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const walk = (node: unknown, path: PathSegment[], key?: Position): void => {
    const range = (node as Node | null)?.range;
    const value = range ? at(range[0]) : (key ?? { line: 1, column: 1 });
    map[formatPath(path)] = key ? { key, value } : { value };
    if (isMap(node)) {
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        const name = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
        const keyPos = keyNode?.range ? at(keyNode.range[0]) : value;
        walk(pair.value, [...path, name], keyPos);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => walk(item, [...path, index]));
    }
  };
  if (root) walk(root, []);
  else map[''] = { value: { line: 1, column: 1 } };
  return map;
}

/**
 * The best position for an issue at `path`: the key for problems with the field itself,
 * the value for problems with what it holds. Falls back to the nearest enclosing field
 * (a missing field is reported on the object that lacks it).
 */
export function locate(map: SourceMap, path: readonly PathSegment[], prefer: 'key' | 'value' = 'value'): Position {
  for (let length = path.length; length >= 0; length--) {
    const location = map[formatPath(path.slice(0, length))];
    if (!location) continue;
    if (length < path.length) return location.key ?? location.value;
    return prefer === 'key' ? (location.key ?? location.value) : location.value;
  }
  return { line: 1, column: 1 };
}
