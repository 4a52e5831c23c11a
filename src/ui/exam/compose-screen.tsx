// 新建考试 (mentor, lead): buyers (built-in or an uploaded scenario file) with a variant and a
// fixed seed each, the pass mark, an optional time limit, the trainees, and when they see the report.
import { variantLabel } from '@/app/labels';
import { useState, type FormEvent } from 'react';
import { hrefFor, navigate } from '@/app/route';
import { errorText, request } from '@/app/team/api-client';
import type { MembershipRecord } from '@/db/team-records';
import { MemberListSchema } from '@/server/api-contract';
import {
  DEFAULT_PASS_MARK,
  ExamCreateSchema,
  ExamScenarioListSchema,
  ExamScenarioSchema,
  ExamSchema,
  type ExamBuyer,
  type ExamScenario,
} from '@/server/exam-contract';
import { TeamGate } from '@/ui/team/team-gate';
import { connectionOf, useTeamQuery, EXAM_EVENTS } from '@/ui/team/use-team-query';

export default function ExamComposeScreen() {
  return <TeamGate roles={['lead', 'mentor']}>{(m) => <Compose membership={m} />}</TeamGate>;
}

const refKey = (s: ExamScenario) => `${s.ref.kind}:${s.ref.id}`;
const newSeed = () => Math.floor(Math.random() * 2_147_483_647);

interface Row {
  key: string;
  variant: string;
  seed: string;
}

function Compose({ membership }: { membership: MembershipRecord }) {
  const scenarios = useTeamQuery(membership, '/api/exam-scenarios', ExamScenarioListSchema, EXAM_EVENTS);
  const members = useTeamQuery(membership, '/api/members', MemberListSchema, EXAM_EVENTS);
  const [title, setTitle] = useState('');
  const [rows, setRows] = useState<Row[]>([]);
  const [passMark, setPassMark] = useState(String(DEFAULT_PASS_MARK));
  const [limit, setLimit] = useState('');
  const [trainees, setTrainees] = useState<string[]>([]);
  const [release, setRelease] = useState<'after-sign' | 'immediate'>('after-sign');
  const [error, setError] = useState<string | null>(null);
  const [uploadNote, setUploadNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const list = scenarios.data?.scenarios ?? [];
  const byKey = new Map(list.map((s) => [refKey(s), s]));
  const traineeList = (members.data?.members ?? []).filter((m) => m.role === 'trainee');

  const addBuyer = (key: string) => {
    const s = byKey.get(key);
    if (!s) return;
    setRows((r) => [...r, { key, variant: s.variants.includes('normal') ? 'normal' : '', seed: String(newSeed()) }]);
  };
  const setRow = (i: number, patch: Partial<Row>) => setRows((r) => r.map((row, j) => (j === i ? { ...row, ...patch } : row)));

  const upload = async (file: File) => {
    setUploadNote(null);
    try {
      const source = await file.text();
      const added = await request(connectionOf(membership), 'POST', '/api/exam-scenarios', ExamScenarioSchema, { file: file.name, source });
      scenarios.reload();
      setUploadNote(`已上传：${added.title}`);
    } catch (e) {
      setUploadNote(`上传失败：${errorText(e)}`);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const buyers: ExamBuyer[] = [];
    for (const row of rows) {
      const s = byKey.get(row.key);
      const seed = Number(row.seed);
      if (!s) continue;
      if (!Number.isInteger(seed) || seed < 0 || seed > 2_147_483_647) return setError('随机种子须是 0 到 2147483647 之间的整数');
      buyers.push({ ref: s.ref, seed, ...(row.variant ? { variant: row.variant } : {}) });
    }
    const parsed = ExamCreateSchema.safeParse({
      title,
      buyers,
      passMark: Number(passMark),
      timeLimitMinutes: limit.trim() === '' ? null : Number(limit),
      traineeIds: trainees,
      release,
    });
    if (!parsed.success) return setError(parsed.error.issues.map((i) => i.message).join('；'));
    setBusy(true);
    try {
      await request(connectionOf(membership), 'POST', '/api/exams', ExamSchema, parsed.data);
      navigate({ name: 'exams' });
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="exam-compose card" onSubmit={(e) => void submit(e)} aria-label="新建考试">
      <h1>新建考试</h1>
      <p className="muted">学员只看到“一位买家正在等待”，看不到买家的名称、简介和提示；同一个种子让每位学员遇到一字不差的买家。</p>
      <label>
        考试名称
        <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={80} placeholder="例如：第14天 神秘买家考核" />
      </label>
      <fieldset>
        <legend>买家（按顺序出场）</legend>
        {scenarios.error && <p className="error" role="alert">{scenarios.error}</p>}
        {rows.map((row, i) => {
          const s = byKey.get(row.key);
          return (
            <div key={i} className="compose-buyer" aria-label={`第${i + 1}位买家`}>
              <strong>
                {i + 1}. {s?.title}
                {s?.ref.kind === 'team' ? `（本店 第${s.version ?? 1}版）` : ''}
              </strong>
              <label>
                性格
                <select value={row.variant} onChange={(e) => setRow(i, { variant: e.target.value })}>
                  <option value="">标准</option>
                  {s?.variants.map((v) => (
                    <option key={v} value={v}>
                      {variantLabel(v)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                随机种子
                <input inputMode="numeric" value={row.seed} onChange={(e) => setRow(i, { seed: e.target.value })} />
              </label>
              <button type="button" onClick={() => setRows((r) => r.filter((_, j) => j !== i))}>
                移除
              </button>
            </div>
          );
        })}
        <label>
          添加买家
          <select value="" onChange={(e) => addBuyer(e.target.value)} aria-label="添加买家">
            <option value="">选择场景…</option>
            {list.map((s) => (
              <option key={refKey(s)} value={refKey(s)}>
                {s.title}
                {s.ref.kind === 'upload' ? '（上传）' : s.ref.kind === 'team' ? `（本店 第${s.version ?? 1}版）` : ''}
              </option>
            ))}
          </select>
        </label>
        <label>
          上传本店的场景文件（YAML）
          <input type="file" accept=".yaml,.yml,text/yaml" onChange={(e) => e.target.files?.[0] && void upload(e.target.files[0])} />
        </label>
        {uploadNote && <p role="status">{uploadNote}</p>}
      </fieldset>
      <div className="compose-row">
        <label>
          及格分
          <input type="number" min={0} max={100} value={passMark} onChange={(e) => setPassMark(e.target.value)} />
        </label>
        <label>
          时间限制（分钟，留空不限）
          <input type="number" min={1} max={600} value={limit} onChange={(e) => setLimit(e.target.value)} />
        </label>
      </div>
      <fieldset>
        <legend>参加的学员</legend>
        {traineeList.length === 0 && <p className="muted">还没有学员。</p>}
        {traineeList.map((t) => (
          <label key={t.id} className="check">
            <input
              type="checkbox"
              checked={trainees.includes(t.id)}
              onChange={(e) => setTrainees((ids) => (e.target.checked ? [...ids, t.id] : ids.filter((id) => id !== t.id)))}
            />
            {t.name}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>成绩单何时给学员看</legend>
        <label className="check">
          <input type="radio" name="release" checked={release === 'after-sign'} onChange={() => setRelease('after-sign')} />
          导师签字后
        </label>
        <label className="check">
          <input type="radio" name="release" checked={release === 'immediate'} onChange={() => setRelease('immediate')} />
          交卷后立即（自动评分）
        </label>
      </fieldset>
      {error && <p className="error" role="alert">{error}</p>}
      <p className="actions">
        <button type="submit" className="primary" disabled={busy}>
          发布考试
        </button>
        <a href={hrefFor({ name: 'exams' })}>取消</a>
      </p>
    </form>
  );
}
