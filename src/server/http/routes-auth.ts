// Joining (invite links, the lead's PIN), the caller's own record and devices, and invites.
import { Hono } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import {
  InviteRequestSchema,
  JoinRequestSchema,
  PinLoginRequestSchema,
  joinUrl,
  rooms,
  type InviteCreated,
  type InvitePreview,
  type JoinResponse,
  type Me,
} from '@/server/api-contract';
import { hashPin, verifyPin } from '@/server/auth/secrets';
import { ApiError, forbidden, notFound, readBody, unauthorized } from '@/server/http/errors';
import { requireRole } from '@/server/http/access';
import { viewerOf, type Ctx, type Env, type ServerDeps } from '@/server/http/context';
import { deviceJson, inviteJson, memberJson, teamJson } from '@/server/http/present';
import type { InviteRow } from '@/server/repo/people-repo';
import type { Limit } from '@/server/repo/attempts-repo';

/** Failed join / PIN attempts from one address, and wrong PINs against one team. */
export const FAILED_PER_ADDRESS: Limit = { max: 10, windowMs: 60_000 };
export const WRONG_PIN_PER_TEAM: Limit = { max: 5, windowMs: 15 * 60_000 };

export function bearer(c: Ctx): string | null {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match ? match[1]! : null;
}

function address(c: Ctx): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export function authRoutes(deps: ServerDeps) {
  const { repo } = deps;
  const app = new Hono<Env>();

  async function guard(key: string, limit: Limit) {
    const wait = await repo.attempts.waitSeconds(key, limit);
    if (wait > 0) throw new ApiError('rate_limited', `尝试次数太多，请 ${wait} 秒后再试`, { retryAfter: wait });
  }

  /** The invite behind the bearer code; every failure counts against the caller's address. */
  async function inviteOf(c: Ctx): Promise<InviteRow> {
    const key = `join:${address(c)}`;
    await guard(key, FAILED_PER_ADDRESS);
    const code = bearer(c);
    const invite = code ? await repo.people.inviteByCode(code) : undefined;
    if (!invite) {
      await repo.attempts.record(key);
      throw new ApiError('unauthorized', '邀请链接无效、已用过或已过期，请向组长要一个新链接');
    }
    return invite;
  }

  async function pinState(invite: InviteRow): Promise<InvitePreview['pin']> {
    if (invite.role !== 'lead') return 'none';
    const team = await repo.people.getTeam(invite.team_id);
    return team?.pin_hash ? 'confirm' : 'set';
  }

  async function checkPin(c: Ctx, teamId: string, pinHash: string, pin: string | undefined) {
    await guard(`pin:${teamId}`, WRONG_PIN_PER_TEAM);
    if (pin && (await verifyPin(pin, pinHash))) return;
    await repo.attempts.record(`pin:${teamId}`);
    await repo.attempts.record(`join:${address(c)}`);
    throw new ApiError('unauthorized', pin ? 'PIN 不对' : '请输入团队 PIN');
  }

  app.get('/join', async (c) => {
    const invite = await inviteOf(c);
    const team = await repo.people.getTeam(invite.team_id);
    if (!team) throw unauthorized();
    const member = invite.member_id ? await repo.people.getMember(team.id, invite.member_id) : undefined;
    const preview: InvitePreview = {
      team: { id: team.id, name: team.name },
      role: member?.role ?? invite.role,
      member: member ? { id: member.id, name: member.name } : null,
      pin: await pinState(member ? { ...invite, role: member.role } : invite),
      expiresAt: invite.expires_at,
    };
    return c.json(preview);
  });

  app.post('/join', async (c) => {
    const invite = await inviteOf(c);
    const body = await readBody(c, JoinRequestSchema);
    const team = await repo.people.getTeam(invite.team_id);
    if (!team) throw unauthorized();
    const existing = invite.member_id ? await repo.people.getMember(team.id, invite.member_id) : undefined;
    if (invite.member_id && !existing) throw new ApiError('unauthorized', '这个邀请对应的成员已被移出团队');
    if (!existing && !body.name) throw new ApiError('bad_request', '请填写名字', { issues: [{ path: 'name', message: '请填写名字' }] });
    const role = existing?.role ?? invite.role;
    if (role === 'lead') {
      if (team.pin_hash) await checkPin(c, team.id, team.pin_hash, body.pin);
      else if (!body.pin) throw new ApiError('bad_request', '请设置团队 PIN（4–12 位数字）', { issues: [{ path: 'pin', message: '请设置 PIN' }] });
      else await repo.people.setPin(team.id, await hashPin(body.pin));
    }
    const joined = await repo.people.redeemInvite(invite, { name: body.name ?? null, deviceLabel: body.deviceLabel ?? '' });
    if (!joined) throw new ApiError('unauthorized', '邀请链接已被使用，请向组长要一个新链接');
    deps.log(`join: member ${joined.member.id} (${joined.member.role}) device ${joined.device.id} team ${team.id}`);
    await deps.rooms.publish([rooms.team(team.id)], { type: 'team', change: 'member' });
    const response: JoinResponse = { token: joined.token, deviceId: joined.device.id, member: memberJson(joined.member), team: teamJson(team) };
    return c.json(response, 201);
  });

  app.post('/auth/pin', async (c) => {
    const key = `join:${address(c)}`;
    await guard(key, FAILED_PER_ADDRESS);
    const body = await readBody(c, PinLoginRequestSchema);
    const teams = await repo.people.listTeams();
    const team = body.teamId ? teams.find((t) => t.id === body.teamId) : teams.length === 1 ? teams[0] : undefined;
    if (!team && !body.teamId && teams.length > 1) throw new ApiError('bad_request', '这台服务器有多个团队，请指明团队', { issues: [{ path: 'teamId', message: '请指明团队' }] });
    if (!team?.pin_hash) {
      await repo.attempts.record(key);
      throw new ApiError('unauthorized', '团队不存在或还没有设置 PIN');
    }
    await checkPin(c, team.id, team.pin_hash, body.pin);
    const leads = (await repo.people.listMembers(team.id)).filter((m) => m.role === 'lead');
    const lead = body.memberId ? leads.find((m) => m.id === body.memberId) : leads.length === 1 ? leads[0] : undefined;
    if (!lead) throw new ApiError('bad_request', leads.length > 1 ? '团队有多位组长，请选择你自己' : '找不到这位组长', { issues: [{ path: 'memberId', message: '请选择组长' }] });
    const { token, device } = await repo.people.newDevice(team.id, lead.id, body.deviceLabel ?? '', Date.now());
    deps.log(`pin login: member ${lead.id} device ${device.id} team ${team.id}`);
    const response: JoinResponse = { token, deviceId: device.id, member: memberJson(lead), team: teamJson(team) };
    return c.json(response, 201);
  });

  return app;
}

/** Routes behind the device token. */
export function meRoutes(deps: ServerDeps) {
  const { repo } = deps;
  const app = new Hono<Env>();

  app.get('/me', (c) => {
    const v = viewerOf(c);
    const me: Me = { member: memberJson(v.member), team: teamJson(v.team), deviceId: v.device.id };
    return c.json(me);
  });

  app.post('/me/logout', async (c) => {
    const v = viewerOf(c);
    await repo.people.revokeDevice(v.team.id, v.device.id);
    await deps.rooms.publish([rooms.device(v.device.id)], { type: 'revoked' });
    return c.body(null, 204);
  });

  app.get('/members/:memberId/devices', async (c) => {
    const v = viewerOf(c);
    const memberId = c.req.param('memberId');
    if (v.member.role !== 'lead' && memberId !== v.member.id) throw notFound('成员');
    const member = await repo.people.getMember(v.team.id, memberId);
    if (!member) throw notFound('成员');
    return c.json({ devices: (await repo.people.listDevices(v.team.id, memberId)).map(deviceJson) });
  });

  app.post('/devices/:deviceId/revoke', async (c) => {
    const v = viewerOf(c);
    const device = await repo.people.getDevice(v.team.id, c.req.param('deviceId'));
    if (!device || (v.member.role !== 'lead' && device.member_id !== v.member.id)) throw notFound('设备');
    await repo.people.revokeDevice(v.team.id, device.id);
    deps.log(`revoke: device ${device.id} by member ${v.member.id}`);
    await deps.rooms.publish([rooms.device(device.id)], { type: 'revoked' });
    await deps.rooms.publish([rooms.team(v.team.id)], { type: 'team', change: 'device' });
    return c.body(null, 204);
  });

  app.post('/invites', async (c) => {
    const v = viewerOf(c);
    const body = await readBody(c, InviteRequestSchema);
    let role = body.role;
    if (body.memberId) {
      // Onto another machine: oneself, or anyone when the lead asks.
      if (body.memberId !== v.member.id && v.member.role !== 'lead') throw forbidden();
      const member = await repo.people.getMember(v.team.id, body.memberId);
      if (!member) throw notFound('成员');
      role = member.role;
    } else {
      requireRole(v, 'lead');
    }
    const { code, invite } = await repo.people.createInvite(v.team.id, role, {
      memberId: body.memberId ?? null,
      createdBy: v.member.id,
      ...(body.hours ? { hours: body.hours } : {}),
    });
    const base = body.base ?? deps.baseUrl ?? new URL(c.req.url).origin;
    deps.log(`invite: ${invite.id} role ${role} by member ${v.member.id}`);
    await deps.rooms.publish([rooms.team(v.team.id)], { type: 'team', change: 'invite' });
    const created: InviteCreated = { ...inviteJson(invite), code, url: joinUrl(base, code) };
    return c.json(created, 201);
  });

  app.get('/invites', async (c) => {
    const v = viewerOf(c);
    requireRole(v, 'lead');
    return c.json({ invites: (await repo.people.listOpenInvites(v.team.id)).map(inviteJson) });
  });

  app.delete('/invites/:inviteId', async (c) => {
    const v = viewerOf(c);
    requireRole(v, 'lead');
    if (!(await repo.people.deleteInvite(v.team.id, c.req.param('inviteId')))) throw notFound('邀请');
    await deps.rooms.publish([rooms.team(v.team.id)], { type: 'team', change: 'invite' });
    return c.body(null, 204);
  });

  return app;
}
