// Team buyers (issue 14): a trainer (mentor) or the lead publishes a buyer written in the studio,
// checked here with the same loader and checker as `peilian check` (a file with errors is
// refused with each issue's code and position); each publish is a new version (who, when, the
// text's SHA-256). Every member of the team reads them — trainees only the ones published for
// practice — and never another team's.
import { Hono } from 'hono';
import { loadScenario } from '@/engine/scenario/load';
import { checkScenario } from '@/engine/scenario/check';
import { compileScenario } from '@/engine/buyer/compile';
import type { ScenarioIssue } from '@/engine/scenario/issues';
import type { Scenario } from '@/engine/scenario/schema';
import { rooms } from '@/server/api-contract';
import { TeamBuyerPublishSchema, type TeamBuyer, type TeamBuyerList } from '@/server/team-buyer-contract';
import { ApiError, readBody } from '@/server/http/errors';
import { requireRole } from '@/server/http/access';
import { viewerOf, type Env, type ServerDeps } from '@/server/http/context';
import { newServerId } from '@/server/auth/secrets';
import { builtinScenarios, contentHash } from '@/server/exam/scenarios';
import type { TeamBuyerRow } from '@/server/repo/team-buyer-repo';
import type { Viewer } from '@/server/repo/people-repo';

const issueJson = (i: ScenarioIssue) => ({ path: `${i.file}:${i.line}:${i.column}${i.path ? ` ${i.path}` : ''}`, message: `${i.message}${i.hint ? `（${i.hint}）` : ''}`, code: i.code });

/** The scenario of a file that passes the checker; 400 with every error (code, FILE:LINE:COL, Chinese) otherwise. */
export function checkedScenario(file: string, source: string): Scenario {
  const loaded = loadScenario(source, file);
  const errors = [...loaded.errors];
  if (loaded.scenario) errors.push(...checkScenario(loaded.scenario, compileScenario(loaded.scenario), loaded).errors);
  if (!loaded.scenario || errors.length > 0) {
    throw new ApiError('bad_request', `剧本 ${file} 没有通过检查（${errors.length} 个错误），改好后再发布`, { issues: errors.slice(0, 50).map(issueJson) });
  }
  return loaded.scenario;
}

/** The team's buyers as `viewer` may see them: each with her versions, latest last. */
export function teamBuyersJson(rows: TeamBuyerRow[], viewer: Viewer, names: Map<string, string>): TeamBuyerList {
  const seen = viewer.member.role === 'trainee' ? rows.filter((r) => r.audience === 'team') : rows;
  const by = new Map<string, TeamBuyerRow[]>();
  for (const r of seen) by.set(r.scenario_id, [...(by.get(r.scenario_id) ?? []), r]);
  const buyers: TeamBuyer[] = [];
  for (const versions of by.values()) {
    versions.sort((a, b) => a.version - b.version);
    const last = versions.at(-1)!;
    const json = (r: TeamBuyerRow) => ({ id: r.id, version: r.version, hash: r.hash, audience: r.audience, publishedBy: r.published_by, publishedByName: names.get(r.published_by) ?? '', publishedAt: r.published_at });
    buyers.push({ scenarioId: last.scenario_id, title: last.title, file: last.file, source: last.source, latest: json(last), versions: versions.map(json) });
  }
  return { buyers };
}

export function teamBuyerRoutes(deps: ServerDeps) {
  const { repo } = deps;
  const app = new Hono<Env>();

  const listFor = async (v: Viewer) => {
    const [rows, members] = await Promise.all([repo.teamBuyers.list(v.team.id), repo.people.listMembers(v.team.id)]);
    return teamBuyersJson(rows, v, new Map(members.map((m) => [m.id, m.name])));
  };

  app.get('/team-buyers', async (c) => c.json(await listFor(viewerOf(c))));

  app.post('/team-buyers', async (c) => {
    const v = viewerOf(c);
    requireRole(v, 'mentor', 'lead');
    const body = await readBody(c, TeamBuyerPublishSchema);
    const scenario = checkedScenario(body.file, body.source);
    if (builtinScenarios().some((s) => s.scenario.id === scenario.id)) {
      throw new ApiError('conflict', `编号“${scenario.id}”是内置买家的编号，请换一个 id 再发布`, { issues: [{ path: 'id', message: '与内置买家重名', code: 'builtin-id' }] });
    }
    const hash = contentHash(body.source);
    const last = await repo.teamBuyers.latest(v.team.id, scenario.id);
    let status: 200 | 201 = 200;
    if (!last || last.hash !== hash || last.audience !== body.audience || last.file !== body.file) {
      await repo.teamBuyers.publish({ id: newServerId(), team_id: v.team.id, scenario_id: scenario.id, file: body.file, source: body.source, title: scenario.title, hash, audience: body.audience, published_by: v.member.id, published_at: deps.now() });
      status = 201;
      const members = await repo.people.listMembers(v.team.id);
      await deps.rooms.publish([rooms.team(v.team.id), ...members.map((m) => rooms.member(m.id))], { type: 'buyers', scenarioId: scenario.id });
    }
    const buyer = (await listFor(v)).buyers.find((b) => b.scenarioId === scenario.id)!;
    return c.json(buyer, status);
  });

  return app;
}
