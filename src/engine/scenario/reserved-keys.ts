// `__proto__` as a field or a name (a state, a variant): the YAML reader keeps it as a plain
// key, but zod's records drop it without a word, so a state of that name just vanished. Found
// here, before the schema, and reported where it is written.
import type { RawIssue } from '@/engine/scenario/schema-issues';
import type { PathSegment } from '@/engine/scenario/locations';

const RESERVED = '__proto__';

export function reservedKeyIssues(data: unknown): RawIssue[] {
  const issues: RawIssue[] = [];
  // Depth is bounded by the source guard (MAX_DEPTH), so recursion is safe here. One path, pushed
  // and popped, copied only for an issue: a fresh array per field was most of the walk's time.
  const path: PathSegment[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value))
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        walk(value[i]);
        path.pop();
      }
    else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        if (key === RESERVED)
          issues.push({
            code: 'invalid-id',
            path: [...path, key],
            at: 'key',
            message: `“${RESERVED}”不能用作名字或字段名。`,
            hint: '名字只用小写字母、数字和连字符，例如 gone、price-talk。',
          });
        else {
          path.push(key);
          walk((value as Record<string, unknown>)[key]);
          path.pop();
        }
      }
    }
  };
  walk(data);
  return issues;
}
