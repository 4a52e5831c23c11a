// Drives the workbench the way a trainee does: type in 回复, press Enter, wait for the buyer.
// Used by the browser tests and by the browser benchmarks.
import type { Page } from 'playwright-core';

/** Replies that take the price-haggle buyer (一般) to a sale while keeping the price, then close the chat. */
export const SALE_REPLIES = [
  '亲，您好，欢迎光临~ 这款已经是活动价了，A类牛奶绒面料，品质很好的哦',
  '理解您的想法呢亲~ 那家克重200g，我们是260g的A类面料，还送运费险，我再送您一个抱枕套哦',
  '不好意思哦亲，为了保障您的售后权益，我们只能在平台内下单付款呢',
  '可以开发票的亲，个人或公司抬头都可以，免费的，确认收货后3个工作日内发到您邮箱~',
  '支持信用卡分期的亲，手续费由我们承担，不额外收费哦',
  '亲，活动周日就结束了，库存不多了，现在下单还送抱枕套，付款后48小时内给您发货哦~',
  '好的亲，抱枕套已经给您备注好了，感谢您的支持，祝您生活愉快~',
];

export const SALE_BUYER = '砍价的宝妈';

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

/** One whole conversation from the home screen to the rendered report. */
export async function playToReport(page: Page): Promise<void> {
  await startBuyer(page, SALE_BUYER);
  for (const reply of SALE_REPLIES) {
    if (await chatEnded(page)) break;
    await send(page, reply);
  }
  if (await chatEnded(page)) await page.locator('.ended-bar').getByRole('button', { name: '查看报告' }).click();
  else await page.getByRole('button', { name: '结束会话' }).click();
  await page.getByRole('article', { name: '训练报告' }).waitFor();
}
