// Moves read from the shape of a clause (src/engine/lexicon/shapes.json): "充绒量180克", "这款无香精",
// "敏感肌也能用" state what the item is without any listed phrase. One shape covers the wordings a
// trainee invents for the same act; the `not` words keep a clause about a price, postage or a return
// (which states something else) from reading as one.
import shapesJson from '@/engine/lexicon/shapes.json';
import { checkLexicon, shapesSchema } from '@/engine/understand/lexicon-schema';
import type { Clause } from '@/engine/understand/clauses';
import { MOVES, type Move } from '@/engine/vocabulary';
import { patternRequirement, REPLY_INDEX, type RequirementId } from '@/engine/understand/requirement-index';
import type { Flag } from '@/engine/understanding-types';

const data = checkLexicon('shapes.json', shapesSchema, shapesJson);

interface CompiledShape {
  move: Move;
  shapes: readonly RegExp[];
  /** Each shape's required characters and words (requirement-index.ts), checked on the whole reply first. */
  requires: readonly RequirementId[];
  not: RegExp | null;
  yieldsTo: readonly Move[];
  unlessFlagged: boolean;
}

const SHAPES: readonly CompiledShape[] = MOVES.flatMap((move) => {
  const entry = data.moves[move];
  if (!entry) return [];
  return [{ move, shapes: entry.shapes.map((s) => new RegExp(s, 'u')), requires: entry.shapes.map((s) => patternRequirement(s)), not: entry.not ? new RegExp(entry.not, 'u') : null, yieldsTo: entry.yieldsTo ?? [], unlessFlagged: entry.unlessFlagged ?? false }];
});

export interface ShapeHit {
  move: Move;
  evidence: string;
}

/**
 * The first of the shapes (in their order) that the clause has: the later ones are not run, nor
 * those the reply's index rules out (`may`: a clause is a piece of the reply).
 */
function firstShape(shapes: readonly RegExp[], may: readonly boolean[], text: string): RegExpExecArray | null {
  for (let i = 0; i < shapes.length; i++) {
    if (!may[i]) continue;
    const m = shapes[i]!.exec(text);
    if (m !== null) return m;
  }
  return null;
}

/** The moves a clause's shape makes that the phrase rules (`found`) did not. */
export function shapeMoves(clauses: readonly Clause[], found: readonly Move[], normalized?: string): ShapeHit[] {
  const out: ShapeHit[] = [];
  for (const shape of SHAPES) {
    if (found.includes(shape.move) || shape.yieldsTo.some((m) => found.includes(m))) continue;
    // Without the reply (a caller with clauses only), every shape is tried.
    const may = shape.requires.map((id) => normalized === undefined || REPLY_INDEX.passes(id, normalized));
    if (!may.includes(true)) continue;
    for (const clause of clauses) {
      if (shape.not?.test(clause.text)) continue;
      const hit = firstShape(shape.shapes, may, clause.text);
      if (hit) {
        out.push({ move: shape.move, evidence: hit[0] });
        break;
      }
    }
  }
  return out;
}

const UNLESS_FLAGGED: ReadonlySet<Move> = new Set(SHAPES.filter((s) => s.unlessFlagged).map((s) => s.move));

/**
 * Drops the shaped moves that a flag on the reply takes back: a rule stated wrongly or used to
 * refuse (要补8块运费才能发) is the flag it breaks, not a statement of policy. Tone flags do not count.
 */
export function withoutFlaggedShapes(moves: readonly Move[], shaped: readonly Move[], flags: readonly Flag[]): Move[] {
  if (!flags.some((f) => !f.rule.startsWith('tone-'))) return [...moves];
  return moves.filter((m) => !(shaped.includes(m) && UNLESS_FLAGGED.has(m)));
}
