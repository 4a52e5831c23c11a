// The mentor's review of one attempt: turn by turn, agree with each automatic item or override
// it (remove, points within the rule's range, add from the catalog) with a comment; the
// automatic score stays beside the mentor's. Then sign pass/fail with a summary: a locked
// version. Versions, print (@media print) and JSON export; the trainee's disputes to rule on.
import { steerText } from '@/ui/live/live-transcript';
import { useEffect, useMemo, useState } from 'react';
import { formatDateTime, variantLabel, deductionLabel } from '@/app/labels';
import { findScenario } from '@/app/scenario-catalog';
import { errorText, request, send } from '@/app/team/api-client';
import type { MembershipRecord } from '@/db/team-records';
import {
  DisputeListSchema,
  MentorAttemptSchema,
  ReportSchema,
  ReviewSchema,
  SignSchema,
  type MentorAttempt,
  type ReviewItem,
} from '@/server/exam-contract';
import { TeamGate } from '@/ui/team/team-gate';
import { ruleTitle } from '@/ui/team/rule-list';
import { connectionOf, useTeamQuery, EXAM_EVENTS } from '@/ui/team/use-team-query';
import { ReportView } from '@/ui/review/report-view';
import { DisputeRulings } from '@/ui/review/dispute-rulings';
import { CATALOG_RULES, itemKey, maxPoints, turnKey } from '@/ui/review/rule-points';

export default function ExamReviewScreen({ attemptId }: { attemptId: string }) {
  return <TeamGate roles={['lead', 'mentor']}>{(m) => <Review membership={m} attemptId={attemptId} />}</TeamGate>;
}

type Items = Record<string, ReviewItem>;

function initialItems(attempt: MentorAttempt, own: MentorAttempt['reviews'][number] | undefined): Items {
  const items: Items = {};
  for (const part of attempt.grade?.parts ?? []) for (const i of part.items) items[itemKey(i)] = { part: i.part, turn: i.turn, rule: i.rule, action: 'agree' };
  for (const i of own?.items ?? []) items[itemKey(i)] = i;
  return items;
}

function Review({ membership, attemptId }: { membership: MembershipRecord; attemptId: string }) {
  const conn = useMemo(() => connectionOf(membership), [membership]);
  const base = `/api/attempts/${encodeURIComponent(attemptId)}`;
  const q = useTeamQuery(membership, base, MentorAttemptSchema, EXAM_EVENTS);
  const latestVersion = q.data?.versions.at(-1)?.version;
  const report = useTeamQuery(membership, latestVersion ? `${base}/report?version=${latestVersion}` : null, ReportSchema, EXAM_EVENTS);
  const disputes = useTeamQuery(membership, q.data?.versions.length ? `${base}/disputes` : null, DisputeListSchema, EXAM_EVENTS);
  const [items, setItems] = useState<Items | null>(null);
  const [comments, setComments] = useState<Record<string, string>>({});
  const [verdict, setVerdict] = useState<'pass' | 'fail'>('pass');
  const [summary, setSummary] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const attempt = q.data;
  const own = attempt?.reviews.find((r) => r.reviewerId === membership.member.id);
  useEffect(() => {
    if (!attempt || items !== null) return;
    setItems(initialItems(attempt, own));
    setComments(Object.fromEntries((own?.comments ?? []).map((c) => [turnKey(c), c.text])));
    setVerdict(attempt.grade?.passed === false ? 'fail' : 'pass');
  }, [attempt, own, items]);

  if (q.error) return <p className="error card" role="alert">{q.error}</p>;
  if (!attempt || items === null) return <p className="loading">加载中…</p>;
  const submitted = own?.status === 'submitted';
  const autoByKey = new Map((attempt.grade?.parts ?? []).flatMap((p) => p.items).map((i) => [itemKey(i), i]));

  const draft = () => ({
    items: Object.values(items),
    comments: Object.entries(comments)
      .filter(([, text]) => text.trim() !== '')
      .map(([k, text]) => {
        const [part, turn] = k.split(':').map(Number);
        return { part: part ?? 0, turn: turn ?? 0, text: text.trim() };
      }),
  });
  const save = async () => {
    if (submitted) return;
    await request(conn, 'PUT', `${base}/review`, ReviewSchema, draft());
  };
  const act = async (what: () => Promise<unknown>, done: string) => {
    setError(null);
    setNote(null);
    try {
      await what();
      setNote(done);
      q.reload();
      report.reload();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const sign = () =>
    act(async () => {
      const parsed = SignSchema.safeParse({ verdict, summary });
      if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join('；'));
      await save();
      await request(conn, 'POST', `${base}/sign`, ReportSchema, parsed.data);
    }, '已签字，成绩单已锁定为新版本');
  const exportJson = () =>
    act(async () => {
      const response = await send(conn, 'GET', `${base}/export.json`);
      const url = URL.createObjectURL(new Blob([await response.text()], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `exam-${attempt.id}.json`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    }, '已导出 JSON');

  const setItem = (key: string, item: ReviewItem) => setItems({ ...items, [key]: item });
  const removeAdded = (key: string) => {
    const { [key]: _gone, ...rest } = items;
    setItems(rest);
  };

  return (
    <section className="exam-review">
      <header className="card no-print">
        <h1>审阅：{attempt.trainee.name} · 第 {attempt.number} 次</h1>
        <p>
          自动评分 <strong>{attempt.grade?.total ?? '—'}</strong> 分{attempt.grade ? `（${attempt.grade.passed ? '达标' : '未达标'}，及格 ${attempt.grade.passMark} 分）` : '（未交卷）'}
          {own && (
            <>
              {' '}
              · 我的评分 <strong>{own.total}</strong> 分（{own.status === 'submitted' ? '已提交' : '草稿'}，{formatDateTime(own.updatedAt)}）
            </>
          )}
        </p>
        {attempt.hiddenReviews > 0 && <p className="muted">另有 {attempt.hiddenReviews} 份审阅，双方都提交后才能互相看到（盲评校准）。</p>}
        {attempt.reviews
          .filter((r) => r.reviewerId !== membership.member.id)
          .map((r) => (
            <p key={r.reviewerId} className="muted">
              {r.reviewerName} 的评分：{r.total} 分
            </p>
          ))}
        <FocusLog attempt={attempt} />
      </header>

      <div className="no-print">
        {attempt.parts.map((part) => (
          <article key={part.index} className="card review-part" aria-label={`第${part.index + 1}位买家`}>
            <h2>
              第 {part.index + 1} 位买家 <small className="muted">{findScenario(part.scenarioId)?.title ?? part.scenarioId}{part.variant ? ` · ${variantLabel(part.variant)}` : ''}</small>
            </h2>
            <ol className="review-turns">
              {part.turns.map((t, ti) => {
                const here = Object.entries(items).filter(([, i]) => i.part === part.index && i.turn === ti);
                const ck = turnKey({ part: part.index, turn: ti });
                return (
                  <li key={ti} className={`review-turn ${t.role}`}>
                    <SteersAt attempt={attempt} turn={ti} />
                    <p>
                      <span className="who">{t.role === 'buyer' ? '买家' : '客服'}</span> {t.text}
                      {t.timedOut && <span className="tag">超时催促</span>}
                    </p>
                    {here.map(([key, item]) => (
                      <ItemRow key={key} item={item} auto={autoByKey.get(key)} disabled={submitted} onChange={(i) => setItem(key, i)} onDrop={() => removeAdded(key)} />
                    ))}
                    {t.role === 'agent' && !submitted && <AddRule onAdd={(rule) => setItem(itemKey({ part: part.index, turn: ti, rule }), { part: part.index, turn: ti, rule, action: 'add', points: maxPoints(rule) })} />}
                    {t.role === 'agent' && (
                      <label className="turn-comment-input">
                        本句评语
                        <input value={comments[ck] ?? ''} disabled={submitted} onChange={(e) => setComments({ ...comments, [ck]: e.target.value })} />
                      </label>
                    )}
                  </li>
                );
              })}
            </ol>
            <SteersAt attempt={attempt} turn={part.turns.length} />
          </article>
        ))}

        <div className="card review-actions">
          {error && <p className="error" role="alert">{error}</p>}
          {note && <p role="status">{note}</p>}
          {!submitted && (
            <p className="actions">
              <button type="button" onClick={() => void act(save, '草稿已保存')}>
                保存草稿
              </button>
              <button type="button" onClick={() => void act(async () => { await save(); await request(conn, 'POST', `${base}/review/submit`, ReviewSchema); }, '审阅已提交')}>
                提交审阅（校准用）
              </button>
            </p>
          )}
          <fieldset>
            <legend>签字</legend>
            <label className="check">
              <input type="radio" name="verdict" checked={verdict === 'pass'} onChange={() => setVerdict('pass')} />
              通过
            </label>
            <label className="check">
              <input type="radio" name="verdict" checked={verdict === 'fail'} onChange={() => setVerdict('fail')} />
              未通过
            </label>
            <label>
              总结
              <textarea value={summary} onChange={(e) => setSummary(e.target.value)} rows={3} />
            </label>
            <button type="button" className="primary" onClick={() => void sign()} disabled={!attempt.grade}>
              签字并锁定
            </button>
          </fieldset>
        </div>
      </div>

      <section className="card" aria-label="已签版本">
        <h2>已签版本</h2>
        {attempt.versions.length === 0 && <p className="muted">还没有签字。</p>}
        <ul className="versions">
          {attempt.versions.map((v) => (
            <li key={v.version}>
              第 {v.version} 版 · {v.verdict === 'pass' ? '通过' : '未通过'} · {v.signedByName || '导师'} 签字 · {formatDateTime(v.signedAt)}
            </li>
          ))}
        </ul>
        {report.data && (
          <>
            <p className="actions no-print">
              <button type="button" onClick={() => window.print()}>
                打印 / 存为 PDF
              </button>
              <button type="button" onClick={() => void exportJson()}>
                导出 JSON
              </button>
            </p>
            <ReportView report={report.data} />
          </>
        )}
      </section>

      {attempt.versions.length > 0 && (
        <section className="card no-print" aria-label="学员申诉">
          <h2>学员申诉</h2>
          {disputes.data && <DisputeRulings conn={conn} disputes={disputes.data.disputes} onChange={disputes.reload} />}
        </section>
      )}
    </section>
  );
}

function ItemRow({ item, auto, disabled, onChange, onDrop }: { item: ReviewItem; auto: { points: number; evidence: string } | undefined; disabled: boolean; onChange: (i: ReviewItem) => void; onDrop: () => void }) {
  const max = maxPoints(item.rule);
  return (
    <div className={`review-item action-${item.action}`} aria-label={`扣分项 ${ruleTitle(item.rule)}`}>
      <strong>{ruleTitle(item.rule)}</strong> {auto ? <span className="muted">自动{deductionLabel(auto.points)}{auto.evidence ? `：“${auto.evidence}”` : ''}</span> : <span className="tag">导师补充</span>}
      {auto ? (
        <select aria-label="处理" value={item.action} disabled={disabled} onChange={(e) => onChange({ ...item, action: e.target.value as ReviewItem['action'], ...(e.target.value === 'points' ? { points: auto.points } : {}) })}>
          <option value="agree">同意</option>
          <option value="remove">撤销（误判）</option>
          <option value="points">改分</option>
        </select>
      ) : (
        !disabled && (
          <button type="button" onClick={onDrop}>
            删除
          </button>
        )
      )}
      {(item.action === 'points' || item.action === 'add') && (
        <label>
          分值（0–{max}）
          <input type="number" min={0} max={max} value={item.points ?? 0} disabled={disabled} onChange={(e) => onChange({ ...item, points: Math.min(max, Math.max(0, Number(e.target.value))) })} />
        </label>
      )}
      <label>
        评语
        <input value={item.comment ?? ''} disabled={disabled} onChange={(e) => onChange({ ...item, comment: e.target.value })} />
      </label>
    </div>
  );
}

function AddRule({ onAdd }: { onAdd: (rule: string) => void }) {
  return (
    <select aria-label="补充扣分项" value="" onChange={(e) => e.target.value && onAdd(e.target.value)}>
      <option value="">＋ 补充扣分项…</option>
      {CATALOG_RULES.map((r) => (
        <option key={r} value={r}>
          {ruleTitle(r)}
        </option>
      ))}
    </select>
  );
}

const FOCUS: Record<string, string> = { hidden: '切走页面', visible: '回到页面', blur: '窗口失焦', focus: '窗口聚焦' };

/** A live session's steers (issue 13) before the turn they came before: the review reads them where they happened. */
function SteersAt({ attempt, turn }: { attempt: MentorAttempt; turn: number }) {
  const steers = (attempt.live?.messages ?? []).filter((m) => m.kind === 'steer' && m.turn === turn);
  return steers.map((m) => (
    <p key={m.seq} className="live-event" role="note">
      {steerText(m)}
    </p>
  ));
}

function FocusLog({ attempt }: { attempt: MentorAttempt }) {
  const away = attempt.focus.filter((f) => f.kind === 'hidden' || f.kind === 'blur').length;
  return (
    <details className="focus-log">
      <summary>离开页面 {away} 次（只记录，不计分）</summary>
      <ul>
        {attempt.focus.map((f, i) => (
          <li key={i}>
            {formatDateTime(f.at)} {FOCUS[f.kind]}
            {f.part !== null ? `（第${f.part + 1}位买家）` : ''}
          </li>
        ))}
      </ul>
    </details>
  );
}
