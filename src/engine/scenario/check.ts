// Every path through a buyer: states reachable from the start, terminal states and outcomes
// reachable, no state the buyer can never leave for an ending, plus warnings a trainer
// wants to see (no coaching where the trainee decides, lines that can never be said).
// See paths.ts for how the graph is explored.
import type { Scenario } from '@/engine/scenario/schema';
import { compileScenario, type BuyerMachine } from '@/engine/buyer/compile';
import type { ScenarioIssue, Severity } from '@/engine/scenario/issues';
import { sortIssues } from '@/engine/scenario/issues';
import type { SourceMap, PathSegment } from '@/engine/scenario/locations';
import type { RawIssue } from '@/engine/scenario/schema-issues';
import { placeIssue } from '@/engine/scenario/load';
import { declaredEdges, explore, reachableFrom } from '@/engine/scenario/paths';
import { effectiveFallback, effectiveTimeout, isTerminal } from '@/engine/scenario/effective';

export interface CheckResult {
  errors: ScenarioIssue[];
  warnings: ScenarioIssue[];
  stats: { states: number; reached: number; vertices: number; outcomes: string[] };
}

/** Where the scenario came from: a LoadResult will do (its `locations` is read only to place an issue). */
export interface CheckSource {
  file: string;
  readonly locations: SourceMap;
}

export function checkScenario(scenario: Scenario, machine?: BuyerMachine, source?: CheckSource): CheckResult {
  const found: Array<RawIssue & { severity: Severity }> = [];
  const add = (severity: Severity, code: RawIssue['code'], path: PathSegment[], message: string, hint: string) =>
    found.push({ severity, code, path, at: 'key', message, hint });

  const names = Object.keys(scenario.states);
  const edges = declaredEdges(scenario);
  const declared = reachableFrom(edges, scenario.start);
  const exploration = explore(scenario, machine ?? compileScenario(scenario), declared);
  const reached = exploration.truncated ? declared : exploration.reached;

  for (const name of names) {
    if (!declared.has(name))
      add('error', 'unreachable-state', ['states', name], `状态“${name}”从开场状态出发永远到不了：没有任何转移、兜底或超时指向它。`, '让某个状态的转移 goto 到它，或删掉这个状态。');
    else if (!reached.has(name))
      // Found only by the explored machine, whose mood bands are approximate: a warning.
      add(
        'warning',
        'unreachable-state',
        ['states', name],
        `状态“${name}”虽然有转移指向它，但按顺序模拟各种回复后，那些转移的条件看来不会成立。`,
        '检查指向它的转移：是否被前面条件更宽的转移抢先（按顺序先匹配先生效），心情或轮数条件是否永远达不到，变体名是否写对。',
      );
  }

  // A trap: the buyer can get here but can never reach an ending from here.
  const terminals = new Set(names.filter((n) => isTerminal(scenario.states[n]!)));
  const buyerEdges = declaredEdges(scenario, false);
  for (const name of names) {
    if (terminals.has(name) || !declared.has(name)) continue;
    const onward = reachableFrom(buyerEdges, name);
    if (![...onward].some((n) => terminals.has(n)))
      add('error', 'dead-end', ['states', name], `状态“${name}”是死胡同：从这里出发到不了任何结束状态。`, '让这个状态（或它通往的状态）至少有一条路通向带 outcome 的状态，例如 fallback 的 giveUp。');
  }

  const outcomes = [...new Set(names.flatMap((n) => scenario.states[n]!.outcome ?? []))];
  for (const outcome of outcomes) {
    const holders = names.filter((n) => scenario.states[n]!.outcome === outcome);
    if (!holders.some((n) => reached.has(n)))
      add(holders.some((n) => declared.has(n)) ? 'warning' : 'error', 'unreachable-outcome', ['states', holders[0]!, 'outcome'], `结局“${outcome}”在任何对话里都不会出现：所有带这个结局的状态都到不了。`, '检查通往这些状态的转移条件，或删掉这个结局。');
  }

  if (exploration.truncated)
    add('warning', 'graph-too-large', ['states'], '这个买家的对话路径太多，只按状态之间的指向做了检查。', '条件是否真的能成立没有逐一验证；可以减少心情、轮数、记忆条件的组合。');

  for (const name of names) {
    const state = scenario.states[name]!;
    if (!isTerminal(state) && (state.on?.length ?? 0) > 0 && !state.coaching)
      add('warning', 'missing-coaching', ['states', name], `状态“${name}”需要客服做出判断，但没有写 coaching。`, '写一句“好的客服此时会怎么做”，它会出现在学员的报告里。');
  }

  const spoken = statesWhoseLinesAreSaid(scenario);
  for (const name of names)
    if (!spoken.has(name) && declared.has(name))
      add('warning', 'unused-lines', ['states', name, 'lines'], `状态“${name}”自己的台词永远不会说出：每条进入它的转移都用 say 说了别的话。`, '删掉某条转移的 say，或把台词合并进转移的 say。');
  for (const [variant, v] of Object.entries(scenario.persona.variants ?? {}))
    for (const name of Object.keys(v.lines ?? {}))
      if (!reached.has(name) || !spoken.has(name))
        add('warning', 'unused-variant-lines', ['persona', 'variants', variant, 'lines', name], `变体“${variant}”为状态“${name}”写的台词永远不会说出。`, '这个状态到不了，或它的台词总被转移的 say 取代；删掉这组台词或调整转移。');

  const file = source?.file ?? `${scenario.id}.yaml`;
  // `source.locations` only when there is an issue to place: a loader's source map is worked out on first read.
  const place = (i: (typeof found)[number]) => placeIssue(i, file, source?.locations ?? {}, i.severity);
  return {
    errors: sortIssues(found.filter((i) => i.severity === 'error').map(place)),
    warnings: sortIssues(found.filter((i) => i.severity === 'warning').map(place)),
    stats: { states: names.length, reached: [...reached].filter((n) => names.includes(n)).length, vertices: exploration.vertices, outcomes },
  };
}

/** States whose own lines are said on some way in: the opening, or an entry without its own `say`. */
function statesWhoseLinesAreSaid(scenario: Scenario): Set<string> {
  const spoken = new Set<string>([scenario.start]);
  if (scenario.ended) spoken.add(scenario.ended);
  for (const state of Object.values(scenario.states)) {
    if (isTerminal(state)) continue;
    for (const t of state.on ?? []) if (t.goto && !t.say) spoken.add(t.goto);
    const fallback = effectiveFallback(scenario, state);
    if (fallback) spoken.add(fallback.giveUp);
    const timeout = effectiveTimeout(scenario, state);
    if (timeout) spoken.add(timeout.leave);
  }
  return spoken;
}
