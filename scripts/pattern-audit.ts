// `npm run eval -- --audit`: which lexicon pattern alternatives earn their place. Each top-level
// alternative of every pattern in moves.json / flags.json is tried on the labelled tuning replies
// (by clause and on the whole reply, as the matcher reads them); an alternative that matches
// replies of only one writer (file) was written for that writer, not for the wordings a trainee
// invents. Only tuning sets are read: the sealed sets never are.
import movesData from '@/engine/lexicon/moves.json';
import flagsData from '@/engine/lexicon/flags.json';
import { splitClauses } from '@/engine/understand/clauses';
import { normalize } from '@/engine/understand/normalize';
import toneData from '@/engine/lexicon/tone.json';
import { composedPatterns } from '@/engine/understand/tone-compose';

const GROUPS = ['patterns', 'weak', 'firm', 'replyPatterns', 'replyFirm'] as const;

/** The top-level alternatives of a regex source: split at `|` outside groups and classes. */
export function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { out.push(source.slice(start, i)); start = i + 1; }
  }
  out.push(source.slice(start));
  return out;
}

export interface AuditRow {
  entry: string;
  group: string;
  alternative: string;
  replies: number;
  files: number;
}

export interface AuditReply {
  file: string;
  text: string;
}

export function audit(replies: readonly AuditReply[]): AuditRow[] {
  const read = replies.map((r) => {
    const normalized = normalize(r.text);
    return { file: r.file, pieces: [normalized, ...splitClauses(normalized).map((c) => c.text)] };
  });
  const rows: AuditRow[] = [];
  const entries = [...Object.entries(movesData), ...Object.entries(flagsData)] as Array<[string, Record<string, unknown>]>;
  for (const [entry, data] of entries) {
    for (const group of GROUPS) {
      for (const pattern of (data[group] as string[] | undefined) ?? []) {
        for (const alternative of alternatives(pattern)) {
          let re: RegExp;
          try {
            re = new RegExp(alternative, 'u');
          } catch {
            continue; // an alternative that only parses inside its pattern (a back-reference)
          }
          const files = new Set<string>();
          let count = 0;
          for (const r of read) {
            if (r.pieces.some((p) => re.test(p))) {
              count++;
              files.add(r.file);
            }
          }
          rows.push({ entry, group, alternative, replies: count, files: files.size });
        }
      }
    }
  }
  // tone.json: each composed tone pattern (its parts put in) and each alternative of what acknowledges a buyer.
  const tried = (entry: string, group: string, alternative: string, re: RegExp): void => {
    const files = new Set<string>();
    let count = 0;
    for (const r of read) {
      if (r.pieces.some((p) => re.test(p))) {
        count++;
        files.add(r.file);
      }
    }
    rows.push({ entry, group, alternative, replies: count, files: files.size });
  };
  for (const { rule, group, index, re } of composedPatterns()) tried(rule, `${group}.${index}`, re.source, re);
  for (const [part, source] of Object.entries(toneData.acknowledge)) {
    if (part === '$comment') continue;
    for (const alternative of alternatives(source)) {
      try {
        tried('acknowledge', part, alternative, new RegExp(alternative, 'u'));
      } catch {
        continue;
      }
    }
  }
  return rows;
}
