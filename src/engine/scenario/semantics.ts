// Checks the schema cannot express: names that must refer to states, prices that must
// agree, placeholders that must exist. Runs on a scenario that already passed the schema.
import type { Scenario, State } from '@/engine/scenario/schema';
import type { RawIssue } from '@/engine/scenario/schema-issues';
import type { PathSegment } from '@/engine/scenario/locations';
import { isTerminal, effectiveTimeout } from '@/engine/scenario/effective';
import { chartSizes } from '@/engine/knowledge/facts';
import { PLACEHOLDER_PATTERN, isPlaceholder, placeholderValue } from '@/engine/scenario/placeholders';
import { PLACEHOLDERS } from '@/engine/scenario/placeholder-names';
import { closest, listValues } from '@/engine/scenario/suggest';

type Found = RawIssue & { severity?: 'error' | 'warning' };

export function semanticIssues(scenario: Scenario, file: string): Found[] {
  const issues: Found[] = [];
  const names = Object.keys(scenario.states);
  const entries = Object.entries(scenario.states);

  const stateRef = (name: string | undefined, path: PathSegment[], what: string, at: 'key' | 'value' = 'value') => {
    if (name === undefined || names.includes(name)) return;
    const guess = closest(name, names);
    issues.push({
      code: 'unknown-state',
      path,
      at,
      message: `${what}指向的状态“${name}”不存在${guess ? `，是不是想写“${guess}”？` : '。'}`,
      hint: `现有的状态：${listValues(names)}。`,
    });
  };

  // The file name is how the app and the CLI find a buyer: `price-haggle` lives in price-haggle.yaml.
  const base = file.split(/[\\/]/).pop() ?? file;
  const match = /^(.*)\.ya?ml$/i.exec(base);
  if (match && match[1] !== scenario.id)
    issues.push({
      code: 'id-mismatch',
      path: ['id'],
      at: 'value',
      message: `编号“${scenario.id}”和文件名“${base}”不一致。`,
      hint: `把 id 改成“${match[1]}”，或把文件改名为“${scenario.id}.yaml”。`,
    });

  stateRef(scenario.start, ['start'], '开场状态 start ');
  stateRef(scenario.ended, ['ended'], '提前结束状态 ended ');
  stateRef(scenario.fallback.giveUp, ['fallback', 'giveUp'], '默认兜底的 giveUp ');
  stateRef(scenario.timeout?.leave, ['timeout', 'leave'], '默认超时的 leave ');

  if (!entries.some(([, s]) => isTerminal(s)))
    issues.push({
      code: 'no-terminal',
      path: ['states'],
      at: 'key',
      message: '没有任何结束状态（带 outcome 的状态），对话永远不会结束。',
      hint: '至少写一个带 outcome 的状态，例如成交（sale）或放弃购买（no-sale）。',
    });

  for (const [name, state] of entries) checkState(scenario, name, state, issues, stateRef);

  const { price, floor } = scenario.shop.product;
  if (floor > price)
    issues.push({
      code: 'floor-above-price',
      path: ['shop', 'product', 'floor'],
      at: 'value',
      message: `最低价 floor（${floor}）高于标价 price（${price}）。`,
      hint: '最低价是店铺能接受的最低成交价，应当不高于标价。',
    });

  // Every size claim is held against the one size the chart gives the buyer: it must give one.
  const buyer = scenario.persona.facts;
  if (scenario.shop.sizes && buyer?.height !== undefined && buyer.weight !== undefined) {
    const sizes = chartSizes(scenario.shop.sizes, buyer);
    if (sizes.length !== 1)
      issues.push({
        code: 'size-ambiguous',
        path: ['shop', 'sizes', 'chart'],
        at: 'key',
        message:
          sizes.length === 0
            ? `尺码表里没有一个码适合买家（身高 ${buyer.height}cm、体重 ${buyer.weight}kg）。`
            : `尺码表给买家（身高 ${buyer.height}cm、体重 ${buyer.weight}kg）的码不止一个：${sizes.join('、')}。`,
        hint: '调整尺码表的身高体重范围（相邻两行不要重叠），让这位买家正好落在一个码里；身高和体重落在不同行时用 between 选大码或小码。',
      });
  }

  for (const [variantName, variant] of Object.entries(scenario.persona.variants ?? {})) {
    if (variant.floor !== undefined && variant.floor > price)
      issues.push({
        code: 'floor-above-price',
        path: ['persona', 'variants', variantName, 'floor'],
        at: 'value',
        message: `变体“${variantName}”的最低价 floor（${variant.floor}）高于标价 price（${price}）。`,
        hint: '最低价应当不高于商品标价。',
      });
    for (const stateName of Object.keys(variant.lines ?? {}))
      stateRef(stateName, ['persona', 'variants', variantName, 'lines', stateName], `变体“${variantName}”的台词`, 'key');
  }

  checkPlaceholders(scenario, issues);
  return issues;
}

function checkState(
  scenario: Scenario,
  name: string,
  state: State,
  issues: Found[],
  stateRef: (n: string | undefined, p: PathSegment[], what: string) => void,
): void {
  const base: PathSegment[] = ['states', name];
  const variants = Object.keys(scenario.persona.variants ?? {});

  state.on?.forEach((transition, index) => {
    const path = [...base, 'on', index];
    stateRef(transition.goto, [...path, 'goto'], `状态“${name}”第 ${index + 1} 条转移的 goto `);
    if (transition.goto === undefined && transition.say === undefined)
      issues.push({
        code: 'transition-without-effect',
        path,
        at: 'value',
        message: `状态“${name}”第 ${index + 1} 条转移既没有 goto 也没有 say，买家不会有任何反应。`,
        hint: '写 goto 去往下一个状态，或写 say 让买家留在原状态并回应一句。',
      });
    const when = transition.when;
    if (when?.size !== undefined) {
      const facts = scenario.persona.facts;
      if (!scenario.shop.sizes || facts?.height === undefined || facts.weight === undefined)
        issues.push({
          code: 'size-without-chart',
          path: [...path, 'when', 'size'],
          at: 'key',
          message: `状态“${name}”第 ${index + 1} 条转移用了尺码条件 size，但缺少尺码表或买家的身高体重。`,
          hint: '在 shop.sizes.chart 写尺码表，并在 persona.facts 写 height 和 weight。',
        });
    }
    when?.variant?.forEach((v, k) => {
      if (!variants.includes(v))
        issues.push({
          code: 'unknown-variant',
          path: [...path, 'when', 'variant', k],
          at: 'value',
          message: `条件里的变体“${v}”不存在。`,
          hint: variants.length ? `现有的变体：${listValues(variants)}。` : '在 persona.variants 里先定义变体。',
        });
    });
  });

  if (state.fallback) stateRef(state.fallback.giveUp, [...base, 'fallback', 'giveUp'], `状态“${name}”兜底的 giveUp `);
  if (state.timeout) stateRef(state.timeout.leave, [...base, 'timeout', 'leave'], `状态“${name}”超时的 leave `);

  if (isTerminal(state)) {
    const extra = (['on', 'fallback', 'timeout'] as const).filter((k) => state[k] !== undefined && state[k] !== false);
    for (const key of extra)
      issues.push({
        code: 'terminal-with-exits',
        path: [...base, key],
        at: 'key',
        message: `状态“${name}”是结束状态（outcome: ${state.outcome}），却写了 ${key}。`,
        hint: `结束状态后对话已经结束；删掉 ${key}，或删掉 outcome 让它成为普通状态。`,
      });
    return;
  }

  const fallback = state.fallback ?? scenario.fallback;
  const exits = [...(state.on ?? []).map((t) => t.goto), fallback.giveUp, effectiveTimeout(scenario, state)?.leave];
  if (!exits.some((target) => target !== undefined && target !== name))
    issues.push({
      code: 'no-way-out',
      path: base,
      at: 'key',
      message: `状态“${name}”没有任何出路：所有转移、兜底和超时都回到它自己。`,
      hint: '至少让一条转移 goto 别的状态，或让 fallback 的 giveUp 指向一个结束状态。',
    });

  if (!scenario.ended && !effectiveTimeout(scenario, state))
    issues.push({
      code: 'ended-missing',
      path: base,
      at: 'key',
      message: `在状态“${name}”里客服关闭对话时，不知道买家该去哪个状态。`,
      hint: '在文件顶层写 ended: 某个结束状态，或给这个状态设置 timeout（它的 leave 会被使用）。',
    });
}

/** Every buyer line with its path, for the placeholder check. */
function linesWithPaths(scenario: Scenario): Array<[string, PathSegment[]]> {
  const out: Array<[string, PathSegment[]]> = [];
  const add = (lines: string[] | undefined, path: PathSegment[]) => lines?.forEach((l, i) => out.push([l, [...path, i]]));
  add(scenario.fallback.lines, ['fallback', 'lines']);
  add(scenario.timeout?.lines, ['timeout', 'lines']);
  for (const [name, state] of Object.entries(scenario.states)) {
    add(state.lines, ['states', name, 'lines']);
    add(state.answered, ['states', name, 'answered']);
    state.on?.forEach((t, i) => add(t.say, ['states', name, 'on', i, 'say']));
    add(state.fallback?.lines, ['states', name, 'fallback', 'lines']);
    if (state.timeout) add(state.timeout.lines, ['states', name, 'timeout', 'lines']);
  }
  for (const [hurt, lines] of Object.entries(scenario.persona.reactions ?? {})) add(lines, ['persona', 'reactions', hurt]);
  for (const [v, variant] of Object.entries(scenario.persona.variants ?? {})) {
    for (const [name, lines] of Object.entries(variant.lines ?? {})) add(lines, ['persona', 'variants', v, 'lines', name]);
    for (const [hurt, lines] of Object.entries(variant.reactions ?? {})) add(lines, ['persona', 'variants', v, 'reactions', hurt]);
  }
  return out;
}

function checkPlaceholders(scenario: Scenario, issues: Found[]): void {
  // Values that only exist once the chat is under way are fine: they are checked at run time.
  const fixed = { floor: scenario.shop.product.floor, target: scenario.persona.target ?? null, lastOffer: 0, lastAmount: 10, lastSize: 'M' };
  const anyTarget = scenario.persona.target !== undefined || Object.values(scenario.persona.variants ?? {}).some((v) => v.target !== undefined);
  for (const [line, path] of linesWithPaths(scenario)) {
    for (const match of line.matchAll(PLACEHOLDER_PATTERN)) {
      const name = match[1] ?? '';
      if (!isPlaceholder(name)) {
        const guess = closest(name, PLACEHOLDERS);
        issues.push({
          code: 'unknown-placeholder',
          path,
          at: 'value',
          message: `台词里的占位符“{${name}}”不认识${guess ? `，是不是想写“{${guess}}”？` : '。'}`,
          hint: `可用的占位符：${PLACEHOLDERS.map((p) => `{${p}}`).join('、')}。`,
        });
      } else if (placeholderValue(name, scenario, fixed) === undefined && !(name === 'target' && anyTarget)) {
        issues.push({
          code: 'placeholder-without-value',
          path,
          at: 'value',
          severity: 'warning',
          message: `台词里的“{${name}}”在这个文件里没有对应的数据，买家会说成“这个”。`,
          hint: '在 shop 或 persona 里补上对应的信息（如 shop.competitor、persona.facts.orderNo），或改写台词。',
        });
      }
    }
  }
}
