// Joining a team by invite link: look at the invite, use it, keep the device token and the
// server's address in Dexie, and queue the whole local history for the new server.
import {
  InvitePreviewSchema,
  JoinResponseSchema,
  type InvitePreview,
  type JoinRequest,
  type JoinResponse,
  type PinLoginRequest,
} from '@/server/api-contract';
import { db } from '@/db/db';
import { saveMembership } from '@/db/membership';
import { requeueEverything } from '@/db/outbox';
import { getSetting, setSetting, TRAINEE_NAME } from '@/db/settings';
import { request } from '@/app/team/api-client';

/** The server's base URL for a page it served: its origin and folder, without a trailing slash. */
export function baseOf(href: string): string {
  const url = new URL('.', href.split('#')[0]);
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/** A short label for the lead's device list, from the user agent (no secure-context API). */
export function deviceLabel(userAgent: string): string {
  const browser = /Edg\//.test(userAgent) ? 'Edge' : /Firefox\//.test(userAgent) ? 'Firefox' : /Chrom(e|ium)\//.test(userAgent) ? 'Chrome' : /Safari\//.test(userAgent) ? 'Safari' : '浏览器';
  const system = /Windows/.test(userAgent) ? 'Windows' : /Mac OS/.test(userAgent) ? 'Mac' : /Android/.test(userAgent) ? 'Android' : /Linux/.test(userAgent) ? 'Linux' : '';
  return system ? `${browser} · ${system}` : browser;
}

export function previewInvite(base: string, code: string): Promise<InvitePreview> {
  return request({ base, bearer: code }, 'GET', '/api/join', InvitePreviewSchema);
}

export async function joinTeam(base: string, code: string, body: JoinRequest): Promise<JoinResponse> {
  return adopt(base, await request({ base, bearer: code }, 'POST', '/api/join', JoinResponseSchema, body));
}

/** A lead back in on a new browser with the team PIN (no invite). */
export async function pinLogin(base: string, body: PinLoginRequest): Promise<JoinResponse> {
  return adopt(base, await request({ base, bearer: '' }, 'POST', '/api/auth/pin', JoinResponseSchema, body));
}

async function adopt(base: string, joined: JoinResponse): Promise<JoinResponse> {
  // One transaction: the sync that starts on the new membership already finds the whole history
  // queued, so it never reports 已同步 before the history went out.
  await db.transaction('rw', db.membership, db.outbox, db.sessions, async () => {
    await saveMembership({
      base,
      token: joined.token,
      deviceId: joined.deviceId,
      member: joined.member,
      team: joined.team,
      joinedAt: Date.now(),
      downloadCursor: null,
    });
    // A new server has none of this browser's sessions: all of them go out again (idempotent).
    await requeueEverything();
  });
  if (!(await getSetting(TRAINEE_NAME))) await setSetting(TRAINEE_NAME, joined.member.name);
  return joined;
}
