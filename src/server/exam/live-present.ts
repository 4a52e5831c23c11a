// Live session rows → the live contract's JSON. The trainee's shapes are built field by field:
// the buyer's lines, the trainee's own replies, the end, the shop facts without the floor.
import type { LiveMessage } from '@/server/api-contract';
import type { LiveSummarySchema, MentorLive, TraineeLive, TraineeLiveMessage } from '@/server/live-contract';
import type { z } from 'zod';
import { suggestions } from '@/engine/buyer/suggestions';
import { steerableStates } from '@/engine/buyer/steer';
import type { BuyerContext } from '@/engine/buyer/types';
import type { LiveAttempt } from '@/server/exam/attempts';
import { machineView, type LiveState } from '@/server/exam/live-state';
import { shopFacts } from '@/server/exam/present';
import { loadSource } from '@/server/exam/scenarios';
import type { StoredBuyer } from '@/server/exam/attempt-state';
import type { LiveMessageRow } from '@/server/repo/live-repo';

export const liveStatus = (status: string): 'active' | 'ended' => (status === 'active' ? 'active' : 'ended');

export const staffMessage = (row: LiveMessageRow): LiveMessage => JSON.parse(row.body) as LiveMessage;

/** What the trainee may hear of a message: nothing but who said what, when (and their own numbering). */
export function traineeMessage(row: LiveMessageRow): TraineeLiveMessage {
  const m = staffMessage(row);
  return { seq: row.tseq ?? 0, kind: m.kind, text: m.kind === 'end' ? '' : m.text, at: m.at };
}

export function traineeLiveJson(a: LiveAttempt, rows: LiveMessageRow[], mentorName: string, reportVersion: number | null): TraineeLive {
  const buyer = a.buyers[0]!;
  const messages = rows.filter((r) => r.tseq !== null).map(traineeMessage);
  return {
    id: a.row.id,
    status: liveStatus(a.row.status),
    mentorName,
    startedAt: a.row.started_at,
    endedAt: a.row.ended_at,
    shop: shopFacts(buyer.file, buyer.source),
    messages,
    lastSeq: messages.at(-1)?.seq ?? 0,
    reportVersion,
  };
}

const json = <T>(value: T): Record<string, unknown> => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

export function mentorLiveJson(a: LiveAttempt, rows: LiveMessageRow[], viewerId: string, names: Map<string, string>): MentorLive {
  const buyer: StoredBuyer = a.buyers[0]!;
  const state = a.state as LiveState;
  const { scenario } = loadSource(buyer.file, buyer.source);
  const machine = machineView(state, buyer);
  const active = a.row.status === 'active';
  const reading = state.parts[0].reading ?? null;
  return {
    id: a.row.id,
    examId: a.exam.id,
    status: liveStatus(a.row.status),
    role: a.exam.created_by === viewerId ? 'driver' : 'watcher',
    trainee: { id: a.row.trainee_id, name: names.get(a.row.trainee_id) ?? '' },
    mentor: { id: a.exam.created_by, name: names.get(a.exam.created_by) ?? '' },
    scenario: { scenarioId: buyer.scenarioId, title: buyer.title, file: buyer.file, source: buyer.source, hash: buyer.hash, variant: buyer.variant ?? null, seed: buyer.seed },
    startedAt: a.row.started_at,
    endedAt: a.row.ended_at,
    messages: rows.map(staffMessage),
    lastSeq: rows.at(-1)?.seq ?? 0,
    machine: { state: machine.state, context: json(machine.context), outcome: machine.outcome, over: machine.over },
    suggestions: active ? suggestions(scenario, machine.context as BuyerContext, machine.state) : [],
    reading: reading ? { turn: reading.turn, text: reading.text, understanding: json(reading.understanding), step: json(reading.step), before: json(reading.before) } : null,
    steerable: active ? steerableStates(scenario) : [],
    grade: a.grade,
  };
}

type Summary = z.infer<typeof LiveSummarySchema>;

export function liveSummary(row: { id: string; trainee_id: string; status: string; started_at: number; ended_at: number | null; created_by: string; buyers: string }, names: Map<string, string>): Summary {
  const buyer = (JSON.parse(row.buyers) as StoredBuyer[])[0];
  return {
    id: row.id,
    status: liveStatus(row.status),
    trainee: { id: row.trainee_id, name: names.get(row.trainee_id) ?? '' },
    mentor: { id: row.created_by, name: names.get(row.created_by) ?? '' },
    scenarioTitle: buyer?.title ?? '',
    startedAt: Number(row.started_at),
    endedAt: row.ended_at === null ? null : Number(row.ended_at),
  };
}
