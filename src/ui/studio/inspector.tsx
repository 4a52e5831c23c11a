// Beside the playtest chat: where the buyer is and how she feels, the way she went on the
// last event and why (each part of the condition with the fact that made it hold), and what
// the engine understood the trainee's reply as.
import type { Scenario } from '@/engine/scenario/schema';
import { RULES } from '@/engine/rules/catalog';
import { OUTCOME_LABELS } from '@/app/labels';
import type { LogEntry, Playtest } from '@/ui/studio/use-playtest';
import { conditionFacts, MOVE_LABELS, stepText } from '@/ui/studio/condition-text';

export function Inspector({ play }: { play: Playtest }) {
  const { context, state, scenario } = play;
  const last = play.log.at(-1);
  const outcome = context.outcome;
  return (
    <aside className="inspector" aria-label="检查器">
      <h3>买家现在</h3>
      <dl className="facts">
        <dt>状态</dt>
        <dd>
          <code>{state}</code>
          {outcome ? `（结局：${OUTCOME_LABELS[outcome]}）` : ''}
        </dd>
        <dt>心情</dt>
        <dd>{context.mood}/100</dd>
        <dt>客服回复</dt>
        <dd>{context.turn} 条</dd>
        <dt>耐心</dt>
        <dd>
          这个状态里没答到点 {context.tries} 次（{context.patience} 次后放弃），催过 {context.nudges} 次
        </dd>
        <dt>记得的事</dt>
        <dd>{context.memory.length ? context.memory.join('、') : '（没有）'}</dd>
      </dl>
      {last ? <LastStep entry={last} scenario={scenario} /> : <p className="muted">发出第一条回复后，这里显示买家走了哪条转移、为什么。</p>}
      {play.log.length > 1 && (
        <details className="step-log">
          <summary>全部 {play.log.length} 步</summary>
          <ol>
            {play.log.map((e, i) => (
              <li key={i}>{stepText(e.step)}</li>
            ))}
          </ol>
        </details>
      )}
    </aside>
  );
}

function LastStep({ entry, scenario }: { entry: LogEntry; scenario: Scenario }) {
  const { step } = entry;
  const u = entry.agent?.understanding;
  return (
    <>
      <h3>上一步</h3>
      <p className="step" aria-label="触发的转移">
        {stepText(step)}
      </p>
      {step.kind === 'transition' && (
        <ul className="why" aria-label="为什么成立">
          {conditionFacts(scenario, step.transition.when, entry.before, u).map((f, i) => (
            <li key={i}>
              <code>{f.key}</code> ✓ {f.fact}
            </li>
          ))}
        </ul>
      )}
      {u && (
        <>
          <h3>回复被理解为</h3>
          <dl className="facts" aria-label="回复被理解为">
            <dt>动作</dt>
            <dd>{u.moves.length ? u.moves.map((m) => `${m}（${MOVE_LABELS[m]}）`).join('、') : '（没有）'}</dd>
            <dt>违规</dt>
            <dd>
              {u.flags.length
                ? u.flags.map((f) => `${f.rule}（${RULES[f.rule].title}${f.points ? `，扣${f.points}分` : ''}）：“${f.evidence}”`).join('；')
                : '（没有）'}
            </dd>
            <dt>实体</dt>
            <dd>
              {Object.keys(u.entities).length
                ? Object.entries(u.entities)
                    .map(([k, v]) => `${k} = ${String(v)}`)
                    .join('，')
                : '（没有）'}
            </dd>
          </dl>
        </>
      )}
    </>
  );
}
