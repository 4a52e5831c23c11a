// The scorer's version, stored beside every exam grade (with the scenario's content hash) so
// an old result is never silently re-read under new rules. Bump it whenever a change to
// src/engine/score, the rule catalog or understand() can change a grade.
export const SCORER_VERSION = 'score-1';
