// Drives the workbench the way a trainee does: type in 回复, press Enter, wait for the buyer.
import type { Page } from 'playwright-core';

export async function setName(page: Page, name: string): Promise<void> {
  const field = page.getByLabel('你的名字');
  // The name loads from IndexedDB: wait until either the form or the badge is there.
  await field.or(page.getByText(/^学员：/)).first().waitFor();
  if (await field.isVisible()) {
    await field.fill(name);
    await page.getByRole('button', { name: '开始训练' }).click();
    await page.getByText(`学员：${name}`).waitFor();
  }
}

export async function startBuyer(page: Page, title: string, variant = '一般'): Promise<void> {
  const card = page.getByRole('article', { name: title });
  await card.getByRole('radio', { name: variant }).check();
  await card.getByRole('button', { name: `开始：${title}` }).click();
  await page.getByRole('textbox', { name: '回复' }).waitFor();
}

export async function bubbles(page: Page): Promise<string[]> {
  return page.locator('.pane-chat .messages .bubble').allTextContents();
}

/** Sends one reply and waits until the buyer has finished "typing" her answer. */
export async function send(page: Page, text: string): Promise<void> {
  const before = (await bubbles(page)).length;
  await page.getByRole('textbox', { name: '回复' }).fill(text);
  await page.getByRole('textbox', { name: '回复' }).press('Enter');
  await page.waitForFunction(
    (n) => document.querySelectorAll('.pane-chat .messages .bubble').length > n && !document.querySelector('.pane-chat .typing'),
    before,
  );
}

export async function chatEnded(page: Page): Promise<boolean> {
  return page.getByRole('status').filter({ hasText: '会话已结束' }).isVisible();
}
