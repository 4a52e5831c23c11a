// A buyer picked by a mentor (an exam's, a live session's): the built-in or uploaded scenario
// it names, validated, its YAML text frozen in with its hash; 400 naming the field otherwise.
import type { ExamBuyer } from '@/server/exam-contract';
import type { StoredBuyer } from '@/server/exam/attempt-state';
import { builtinScenarios, loadSource, variantsOf, type LoadedSource } from '@/server/exam/scenarios';
import { ApiError } from '@/server/http/errors';
import type { Repository } from '@/server/repo/repository';

export async function resolveBuyer(repo: Repository, teamId: string, b: ExamBuyer, path: string): Promise<StoredBuyer> {
  let loaded: LoadedSource | undefined;
  let version: number | undefined;
  if (b.ref.kind === 'builtin') {
    const id = b.ref.id;
    loaded = builtinScenarios().find((s) => s.scenario.id === id);
  } else if (b.ref.kind === 'team') {
    // That exact version, frozen in: a later publish never changes an exam already set.
    const row = await repo.teamBuyers.get(teamId, b.ref.id);
    if (row) {
      loaded = loadSource(row.file, row.source);
      version = row.version;
    }
  } else {
    const row = await repo.exams.getScenario(teamId, b.ref.id);
    if (row) loaded = loadSource(row.file, row.source);
  }
  if (!loaded) throw new ApiError('bad_request', '找不到选中的买家场景', { issues: [{ path: `${path}ref`, message: '没有这个场景' }] });
  if (b.variant && !variantsOf(loaded.scenario).includes(b.variant)) {
    throw new ApiError('bad_request', '场景没有这个变体', { issues: [{ path: `${path}variant`, message: `没有变体 ${b.variant}` }] });
  }
  return {
    ...b,
    file: loaded.file,
    source: loaded.source,
    hash: loaded.hash,
    scenarioId: loaded.scenario.id,
    title: loaded.scenario.title,
    ...(version !== undefined ? { version } : {}),
  };
}
