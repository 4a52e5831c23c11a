// Problems found in a scenario file. Codes are stable: the trainer's guide documents them,
// tests and tools match on them. Messages are plain Chinese sentences for trainers.

export const ISSUE_CODES = [
  // Reading the file
  'file-unreadable',
  'file-too-large',
  'invalid-encoding',
  'invalid-character',
  'too-deep',
  'yaml-tag',
  'alias-unknown',
  'alias-cycle',
  'alias-too-many',
  'yaml-syntax',
  'duplicate-key',
  // Shape of the data (schema)
  'format-version-missing',
  'format-version-unsupported',
  'unknown-field',
  'missing-field',
  'wrong-type',
  'out-of-range',
  'invalid-value',
  'invalid-id',
  'empty-condition',
  'unknown-move',
  'unknown-rule',
  'unknown-outcome',
  'unknown-entity',
  // Meaning (checks the schema cannot express)
  'unknown-state',
  'unknown-variant',
  'id-mismatch',
  'terminal-with-exits',
  'no-way-out',
  'no-terminal',
  'transition-without-effect',
  'floor-above-price',
  'size-without-chart',
  'size-ambiguous',
  'unknown-placeholder',
  'placeholder-without-value',
  'ended-missing',
  // Every path through the buyer (checker)
  'unreachable-state',
  'dead-end',
  'unreachable-outcome',
  'missing-coaching',
  'unused-lines',
  'unused-variant-lines',
  'graph-too-large',
  // A fault of Peilian's own while reading or checking the file (never a stack trace)
  'internal-error',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export type Severity = 'error' | 'warning';

export interface ScenarioIssue {
  code: IssueCode;
  severity: Severity;
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** Field path such as `states.haggle.on[2].goto`; empty for the whole file. */
  path: string;
  message: string;
  hint: string;
}

/** `FILE:LINE:COL code message`, the form editors and CI logs understand. */
export function formatIssue(issue: ScenarioIssue): string {
  const tag = issue.severity === 'warning' ? `${issue.code} (警告)` : issue.code;
  return `${issue.file}:${issue.line}:${issue.column} ${tag} ${issue.message}`;
}

/** Orders issues as they appear in the file, so a trainer can fix them top to bottom. */
export function sortIssues(issues: ScenarioIssue[]): ScenarioIssue[] {
  return [...issues].sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}
