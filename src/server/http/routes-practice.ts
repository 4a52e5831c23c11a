// Practice on the team server (issue 15): the team's 话术库 (lead and mentors write, every
// member reads, each team only its own) and the skills per trainee and for the team, graded
// from the uploaded sessions by the engine's own sessionSkills() — the picture the trainee sees.
import { Hono } from 'hono';
import * as z from 'zod';
import { rooms } from '@/server/api-contract';
import { TeamPhrasesBodySchema, type TeamPhrases, type TeamSkills } from '@/server/practice-contract';
import { ApiError, readBody, readQuery } from '@/server/http/errors';
import { requireRole, visibleIds, visibleMember } from '@/server/http/access';
import { viewerOf, type Env, type ServerDeps } from '@/server/http/context';
import { builtinScenarios, loadSource } from '@/server/exam/scenarios';
import { understand } from '@/engine/understand/understand';
import { RULES } from '@/engine/rules/catalog';
import { sessionSkills } from '@/engine/skills/session-skills';
import { skillFigures } from '@/engine/skills/skill-summary';
import type { PracticeSession } from '@/engine/skills/recommend';
import type { GradedSession, SkillsCache } from '@/server/http/skills-cache';
import type { Scenario } from '@/engine/scenario/schema';
import { transcriptOf } from '@/app/grade';
import type { SessionFull } from '@/server/api-contract';
import type { OutcomeKind } from '@/engine/vocabulary';

/** A buyer the team's chats may have been played against, with its file's content hash (part of a cached grading's stamp). */
interface TeamScenario {
  scenario: Scenario;
  hash: string;
}

/** Sessions graded per trainee: the recommendation's window on the trainee's own machine. */
const PER_TRAINEE = 30;
/** The history the per-trainee answer carries (for the picture), when one trainee is asked for. */
const HISTORY_FOR_ONE = 60;

const SkillsQuerySchema = z.object({ memberId: z.string().min(1).max(100).optional() });

/**
 * The team's buyers by id: the built-in files, then the trainer's buyers published to the team
 * (the latest version of each), then exam uploads; a built-in id always wins.
 */
async function teamScenarios(deps: ServerDeps, teamId: string): Promise<Map<string, TeamScenario>> {
  const byId = new Map<string, TeamScenario>();
  for (const s of builtinScenarios()) byId.set(s.scenario.id, { scenario: s.scenario, hash: s.hash });
  const builtIn = new Set(byId.keys());
  // Oldest version first: a later one replaces it.
  for (const row of await deps.repo.teamBuyers.list(teamId)) {
    if (builtIn.has(row.scenario_id)) continue;
    try {
      const loaded = loadSource(row.file, row.source);
      byId.set(row.scenario_id, { scenario: loaded.scenario, hash: loaded.hash });
    } catch {
      // Published files were checked when published; one that no longer loads is skipped.
    }
  }
  for (const row of await deps.repo.exams.listScenarios(teamId)) {
    if (byId.has(row.scenario_id)) continue;
    try {
      const loaded = loadSource(row.file, row.source);
      byId.set(row.scenario_id, { scenario: loaded.scenario, hash: loaded.hash });
    } catch {
      // A file that no longer loads grades on the turns alone (sessionSkills without a scenario).
    }
  }
  return byId;
}

function graded(s: SessionFull, scenario: Scenario | undefined): GradedSession {
  const transcript = transcriptOf({
    id: s.id,
    scenarioId: s.scenarioId,
    scenarioTitle: s.scenarioTitle,
    variant: s.variant,
    seed: s.seed,
    trainee: '',
    startedAt: s.startedAt,
    updatedAt: s.updatedAt,
    status: s.status,
    outcome: s.outcome as OutcomeKind | null,
    turns: s.messages.map(({ role, text, ...rest }) => ({
      role,
      text,
      ...(rest.at !== undefined ? { at: rest.at } : {}),
      ...(rest.state !== undefined ? { state: rest.state } : {}),
      ...(rest.mood !== undefined ? { mood: rest.mood } : {}),
      ...(rest.upset !== undefined ? { upset: rest.upset } : {}),
    })),
    snapshot: s.snapshot,
  });
  return { id: s.id, scenarioId: s.scenarioId, scenarioTitle: s.scenarioTitle, variant: s.variant, at: s.startedAt, outcomes: sessionSkills(transcript, scenario) };
}

/** Each trainee's latest `limit` ended chats graded, oldest first: from the cache where the stored chat and its buyer are unchanged. */
async function gradedHistory(deps: ServerDeps, skills: SkillsCache, teamId: string, memberId: string, limit: number, scenarios: Map<string, TeamScenario>): Promise<GradedSession[]> {
  const stamps = await deps.repo.sessions.latestEndedStamps(teamId, memberId, limit);
  const hashOf = (scenarioId: string) => scenarios.get(scenarioId)?.hash ?? null;
  const cached = stamps.map((row) => skills.get(memberId, row, hashOf(row.scenario_id)));
  const missing = stamps.filter((_, i) => !cached[i]);
  const fresh = new Map<string, GradedSession>();
  for (const s of await deps.repo.sessions.fullByIds(teamId, memberId, missing.map((row) => row.id))) {
    const one = graded(s, scenarios.get(s.scenarioId)?.scenario);
    fresh.set(s.id, one);
  }
  for (const row of missing) {
    const one = fresh.get(row.id);
    if (one) skills.set(memberId, row, hashOf(row.scenario_id), one);
  }
  return stamps.flatMap((row, i) => cached[i] ?? fresh.get(row.id) ?? []).reverse();
}

export function practiceRoutes(deps: ServerDeps, skills: SkillsCache) {
  const { repo } = deps;
  const app = new Hono<Env>();

  app.get('/team/phrases', async (c) => {
    const v = viewerOf(c);
    const stored = await repo.phrases.get(v.team.id);
    if (!stored) return c.json({ library: null } satisfies TeamPhrases);
    const by = await repo.people.getMember(v.team.id, stored.updatedBy);
    const answer: TeamPhrases = {
      library: { phrases: stored.phrases, version: stored.version, updatedAt: stored.updatedAt, updatedBy: { id: stored.updatedBy, name: by?.name ?? '' } },
    };
    return c.json(answer);
  });

  app.put('/team/phrases', async (c) => {
    const v = viewerOf(c);
    requireRole(v, 'lead', 'mentor');
    const body = await readBody(c, TeamPhrasesBodySchema);
    // A team library teaches the whole team: a phrase that breaks a rule is refused, with the rule named.
    const broken = body.phrases.flatMap((p, i) =>
      understand(p.text).flags.map((f) => ({ path: `phrases[${i}]`, message: `「${p.text.slice(0, 30)}」：${RULES[f.rule].title}（${f.evidence}）` })),
    );
    if (broken.length) throw new ApiError('bad_request', '有的短语违反平台或服务规则，请修改后再发布', { issues: broken.slice(0, 20) });
    const version = await repo.phrases.put(v.team.id, body.phrases, v.member.id, Date.now());
    await publishToTeam(deps, v.team.id, version);
    deps.log(`phrases: team ${v.team.id} version ${version} by member ${v.member.id}`);
    return c.json({ version });
  });

  app.delete('/team/phrases', async (c) => {
    const v = viewerOf(c);
    requireRole(v, 'lead', 'mentor');
    if (await repo.phrases.remove(v.team.id, v.member.id, Date.now())) await publishToTeam(deps, v.team.id, 0);
    return c.body(null, 204);
  });

  app.get('/team/skills', async (c) => {
    const v = viewerOf(c);
    requireRole(v, 'lead', 'mentor');
    const query = readQuery(c, SkillsQuerySchema);
    const people = query.memberId
      ? [await visibleMember(repo, v, query.memberId)]
      : (await repo.people.listMembers(v.team.id, await visibleIds(repo, v))).filter((m) => m.role === 'trainee');
    const scenarios = await teamScenarios(deps, v.team.id);
    const limit = query.memberId ? HISTORY_FOR_ONE : PER_TRAINEE;
    const trainees: TeamSkills['trainees'] = [];
    const all: PracticeSession[] = [];
    for (const person of people) {
      const history = await gradedHistory(deps, skills, v.team.id, person.id, limit, scenarios);
      // The team's figures read each trainee's recent window, so one busy trainee does not drown the rest.
      all.push(...history.slice(-PER_TRAINEE));
      trainees.push({ memberId: person.id, sessions: history.length, figures: skillFigures(history.slice(-PER_TRAINEE)), ...(query.memberId ? { history } : {}) });
    }
    const answer: TeamSkills = { perTrainee: PER_TRAINEE, trainees, team: skillFigures(all) };
    return c.json(answer);
  });

  return app;
}

/** Every member hears it in their own room (trainees are in no team room). */
async function publishToTeam(deps: ServerDeps, teamId: string, version: number): Promise<void> {
  const members = await deps.repo.people.listMembers(teamId);
  await deps.rooms.publish(members.map((m) => rooms.member(m.id)), { type: 'phrases', version });
}
