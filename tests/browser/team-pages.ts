// The team pages as a person drives them in Chromium: go to a screen, join by an invite link,
// make an invite link, assign a trainee. Free of vitest, so the browser tests (through
// harness.ts) and the exam-day walk (scripts/walk) share one copy.
import type { Page } from 'playwright-core';

export const go = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);

/** Opens a join link (in fast mode the buyer "types" at once; the code stays in the hash) and joins under `name`; the first lead sets the PIN. */
export async function joinByLink(page: Page, link: string, name: string, pinOrOptions: string | { pin?: string; fast?: boolean } = {}): Promise<void> {
  const options = typeof pinOrOptions === 'string' ? { pin: pinOrOptions } : pinOrOptions;
  await page.goto(options.fast ? link.replace('/#/', '/?fast=1#/') : link);
  const form = page.getByRole('form', { name: '加入团队' });
  await form.waitFor();
  await form.getByLabel('你的名字').fill(name);
  if (options.pin) {
    await form.getByLabel(/设置团队 PIN/).fill(options.pin);
    await form.getByLabel('再输入一次 PIN').fill(options.pin);
  }
  await form.getByRole('button', { name: '加入团队' }).click();
  await page.getByRole('region', { name: '已加入团队' }).waitFor();
}

/** A fresh invite link made on the lead's invites screen. */
export async function inviteLink(lead: Page, role: '导师' | '学员' | '组长'): Promise<string> {
  await go(lead, '#/invites');
  const box = lead.getByRole('textbox', { name: '邀请链接', exact: true });
  // The screen may still show the previous (already used) link: wait for the new one.
  const before = (await box.count()) > 0 ? await box.inputValue() : '';
  await lead.getByRole('button', { name: `生成${role}邀请` }).click();
  await box.waitFor();
  for (let i = 0; i < 150 && (await box.inputValue()) === before; i++) await lead.waitForTimeout(200);
  const link = await box.inputValue();
  if (link === before) throw new Error(`no new ${role} invite link appeared`);
  return link;
}

/** The lead assigns a trainee to a mentor on the invites screen (the box follows the server's answer). */
export async function assign(lead: Page, mentor: string, trainee: string): Promise<void> {
  await go(lead, '#/invites');
  const box = lead.getByRole('group', { name: mentor }).getByLabel(trainee);
  await box.click();
  for (let i = 0; i < 100 && !(await box.isChecked()); i++) await lead.waitForTimeout(200);
  if (!(await box.isChecked())) throw new Error(`${trainee} was not assigned to ${mentor}`);
}
