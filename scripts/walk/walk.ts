// A walk through the product as its users see it, in Debian's headless Chromium: a trainee
// practising offline, then exam day in three profiles (lead, mentor, trainee) against the team
// server started from the CLI on an empty temp folder. Saves PNGs at 1366×768 and 1920×1080 to
// reports/walk/ and prints what it noticed (English or raw ids in UI text, horizontal overflow).
// Needs a build first: `nice npx vite build && npx tsx scripts/walk/walk.ts [offline|exam]`.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { freshContext, startPreview } from '../../bench/chromium';
import { go, inviteLink, joinByLink as joinWithOptions } from '../../tests/browser/team-pages';
import { SALE_BUYER, SALE_REPLIES, send, setName, startBuyer, chatEnded } from '../../tests/browser/chat-driver';

/** The walk always joins the fast way (no animations). */
const joinByLink = (page: Page, link: string, name: string, pin?: string) => joinWithOptions(page, link, name, pin === undefined ? { fast: true } : { pin, fast: true });

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'reports', 'walk');
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
const notes: string[] = [];

/** Text nodes a user can read that hold Latin words or id-like tokens (allowed: 陪练's own brand words, units, PIN, CSV, JSON, PDF…). */
async function leaks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const allowed = /^(PIN|CSV|JSON|PDF|YAML|A|B|C|g|cm|kg|ml|Enter|Shift|Excel|ID|VIP|SKU|S|M|L|XL|XXL|Peilian|IndexedDB|localStorage|vs|OK|Tab|Ctrl|Esc|http|https|www|WeChat|QQ)$/i;
    const found = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('script,style,textarea,code,pre,.code,[data-walk-ignore]')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const text = n.textContent ?? '';
      for (const word of text.match(/[A-Za-z][A-Za-z_-]{1,}|[0-9a-f]{8,}/g) ?? []) if (!allowed.test(word)) found.add(`${word} ‹${text.trim().slice(0, 60)}›`);
    }
    for (const el of document.querySelectorAll('[placeholder],[title],[aria-label]')) {
      for (const attr of ['placeholder', 'title', 'aria-label']) {
        const v = el.getAttribute(attr);
        if (v && /[a-z]{3,}|[0-9a-f]{12,}/.test(v) && !/^https?:/.test(v)) found.add(`@${attr}=${v.slice(0, 60)}`);
      }
    }
    return [...found];
  });
}

/** Elements whose content is wider than their box (cut off) or that stick out of the window. */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const vw = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > vw + 1) out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${vw}`);
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const s = getComputedStyle(el);
      if (s.display === 'none' || s.visibility === 'hidden' || el.closest('svg')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0) continue;
      const clipsX = (s.overflowX === 'hidden' || s.overflowX === 'clip') && el.scrollWidth > el.clientWidth + 2;
      const ellipsis = s.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1;
      if ((clipsX || ellipsis) && el.textContent?.trim()) out.push(`cut off: <${el.tagName.toLowerCase()} class="${el.className}"> ${el.textContent.trim().slice(0, 40)}`);
      if (r.right > vw + 1 && s.position !== 'fixed') out.push(`sticks out right (${Math.round(r.right)}>${vw}): <${el.tagName.toLowerCase()} class="${el.className}">`);
    }
    return out.slice(0, 15);
  });
}

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(OUT, `${name}-${size.width}.png`) });
    for (const o of await overflow(page)) notes.push(`${name}-${size.width}: ${o}`);
  }
  await page.setViewportSize(SIZES[0]!);
  for (const l of await leaks(page)) notes.push(`${name}: latin/id text: ${l}`);
}

const OTHER_REPLIES: Record<string, string[]> = {
  纠结尺码的上班族: ['亲，您好~ 请问您平时穿什么码？身高体重方便说一下吗？', '按您的身高体重建议拿M码哦，偏大一点点，支持七天无理由退换的'],
  想退跑鞋的买家: ['亲，您好，非常抱歉给您带来不便，请问鞋子是哪里不合适呢？', '支持七天无理由退货的亲，您在订单页申请退货就可以，运费险会承担退货运费'],
  快递不动的生气买家: ['亲，非常抱歉让您久等了，我马上帮您查一下物流', '已经帮您联系快递催件了，有进展我第一时间告诉您，真的很抱歉'],
  货比三家的通勤族: ['亲，您好~ 这款是我们的热销款，请问您主要看重哪方面呢？', '我们这款面料更好，还送运费险，售后有保障的哦'],
};

async function offline(): Promise<void> {
  const preview = await startPreview(ROOT);
  const { context, close } = await freshContext({ acceptDownloads: true, locale: 'zh-CN' });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => notes.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && notes.push(`console error: ${m.text()}`));
  try {
    await page.goto(`${preview.url}?fast=1`);
    await page.getByLabel('你的名字').waitFor();
    await shoot(page, 'o01-first-run');
    await setName(page, '小李');
    await shoot(page, 'o02-buyer-list');
    // Sale buyer played through, with the side panel shown mid-chat.
    await startBuyer(page, SALE_BUYER);
    await send(page, SALE_REPLIES[0]!);
    await send(page, SALE_REPLIES[1]!);
    await shoot(page, 'o03-workbench-haggle');
    for (const reply of SALE_REPLIES.slice(2)) {
      if (await chatEnded(page)) break;
      await send(page, reply);
    }
    if (await chatEnded(page)) await page.locator('.ended-bar').getByRole('button', { name: '查看报告' }).click();
    else await page.getByRole('button', { name: '结束会话' }).click();
    await page.getByRole('article', { name: '训练报告' }).waitFor();
    await shoot(page, 'o04-report-haggle');
    await page.screenshot({ path: join(OUT, 'o04-report-haggle-full.png'), fullPage: true });
    // The four others: a couple of replies, then end and report.
    let i = 5;
    for (const [title, replies] of Object.entries(OTHER_REPLIES)) {
      await go(page, '#/');
      await startBuyer(page, title, title === '快递不动的生气买家' ? '难缠' : '一般');
      for (const r of replies) {
        if (await chatEnded(page)) break;
        await send(page, r);
      }
      await shoot(page, `o${String(i++).padStart(2, '0')}-workbench-${title}`);
      if (await chatEnded(page)) await page.locator('.ended-bar').getByRole('button', { name: '查看报告' }).click();
      else await page.getByRole('button', { name: '结束会话' }).click();
      await page.getByRole('article', { name: '训练报告' }).waitFor();
      await page.screenshot({ path: join(OUT, `o${String(i++).padStart(2, '0')}-report-${title}-full.png`), fullPage: true });
    }
    // Side panel tabs of a fresh chat (quick phrases).
    await go(page, '#/');
    await startBuyer(page, SALE_BUYER, '难缠');
    await shoot(page, 'o20-workbench-open');
    await page.getByRole('button', { name: '结束会话' }).click();
    await page.getByRole('article', { name: '训练报告' }).waitFor();
    await shoot(page, 'o21-report-empty');
    await go(page, '#/history');
    await page.waitForTimeout(800);
    await shoot(page, 'o22-history');
    await page.screenshot({ path: join(OUT, 'o22-history-full.png'), fullPage: true });
    await go(page, '#/phrases');
    await page.waitForTimeout(500);
    await shoot(page, 'o23-phrases');
    await go(page, '#/data');
    await page.waitForTimeout(500);
    await shoot(page, 'o24-data');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出全部数据/ }).click()]);
    notes.push(`export file: ${download.suggestedFilename()}`);
    await page.waitForTimeout(300);
    await shoot(page, 'o25-data-exported');
    await go(page, '#/');
    await page.waitForTimeout(500);
    await shoot(page, 'o26-home-after');
  } finally {
    await close();
    await preview.close();
  }
}

async function startTeamServer(): Promise<{ url: string; setupUrl: string; child: ChildProcess; dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'peilian-walk-'));
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn('npx', ['tsx', 'src/cli/main.ts', 'serve', '--port', String(port), '--data', dataDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', () => undefined);
  for (let i = 0; i < 300 && !/#\/join\//.test(out); i++) await new Promise((r) => setTimeout(r, 200));
  const setupUrl = out.match(/http\S+#\/join\/\S+/)?.[0];
  if (!setupUrl) throw new Error(`no setup link in: ${out}`);
  return { url: `http://127.0.0.1:${port}/`, setupUrl, child, dataDir };
}

async function exam(): Promise<void> {
  const team = await startTeamServer();
  const profiles = await Promise.all([0, 1, 2].map(() => freshContext({ acceptDownloads: true, locale: 'zh-CN' })));
  const [lead, mentor, trainee] = profiles.map((p) => p.context.pages()[0]!);
  for (const [who, p] of [['lead', lead], ['mentor', mentor], ['trainee', trainee]] as const) {
    p!.on('pageerror', (e) => notes.push(`${who} page error: ${e.message}`));
    p!.on('dialog', (d) => void d.accept(d.type() === 'prompt' ? '停电' : undefined));
  }
  try {
    await lead!.goto(team.setupUrl);
    await lead!.getByRole('form', { name: '加入团队' }).waitFor();
    await shoot(lead!, 'e01-lead-join');
    await joinByLink(lead!, team.setupUrl, '王组长', '2468');
    await shoot(lead!, 'e02-lead-joined');
    const mentorLink = await inviteLink(lead!, '导师');
    await shoot(lead!, 'e03-invites');
    await joinByLink(mentor!, mentorLink, '陈导师');
    await joinByLink(trainee!, await inviteLink(lead!, '学员'), '小李');
    await shoot(trainee!, 'e04-trainee-joined');
    await go(lead!, '#/invites');
    const box = lead!.getByRole('group', { name: '陈导师' }).getByLabel('小李');
    await box.click();
    for (let i = 0; i < 100 && !(await box.isChecked()); i++) await lead!.waitForTimeout(200);
    await shoot(lead!, 'e05-assigned');
    // The trainee's exam list before anything is published.
    await go(trainee!, '#/exams');
    await trainee!.waitForTimeout(600);
    await shoot(trainee!, 'e06-trainee-exams-empty');
    // Compose.
    await go(mentor!, '#/exams/new');
    const form = mentor!.getByRole('form', { name: '新建考试' });
    await form.waitFor();
    await shoot(mentor!, 'e07-compose-empty');
    await form.getByLabel('考试名称').fill('第14天 神秘买家');
    await form.getByRole('combobox', { name: '添加买家' }).selectOption({ label: SALE_BUYER });
    await form.getByLabel('小李').check();
    await shoot(mentor!, 'e08-compose-filled');
    await form.getByRole('button', { name: '发布考试' }).click();
    await mentor!.getByRole('article', { name: '第14天 神秘买家' }).waitFor();
    await shoot(mentor!, 'e09-mentor-exams');
    // Take.
    await go(trainee!, '#/exams');
    await trainee!.getByRole('link', { name: '开始考试' }).waitFor();
    await shoot(trainee!, 'e10-trainee-exams');
    await trainee!.getByRole('link', { name: '开始考试' }).click();
    await trainee!.getByText('一位买家正在等待').waitFor();
    await shoot(trainee!, 'e11-exam-start');
    const log = trainee!.getByRole('log', { name: '聊天记录' });
    for (const text of SALE_REPLIES) {
      if (!(await trainee!.getByLabel('回复').isVisible())) break;
      const before = await log.locator('.message').count();
      await trainee!.getByLabel('回复').fill(text);
      await trainee!.getByLabel('回复').press('Enter');
      await trainee!.waitForFunction((n) => document.querySelectorAll('.messages .message').length > n, before + 1, { timeout: 20_000 }).catch(() => undefined);
      if (text === SALE_REPLIES[2]) await shoot(trainee!, 'e12-exam-mid');
    }
    if (await trainee!.getByRole('button', { name: /结束对话/ }).isVisible()) await trainee!.getByRole('button', { name: /结束对话/ }).click();
    await trainee!.getByRole('heading', { name: /已交卷/ }).waitFor();
    await shoot(trainee!, 'e13-exam-submitted');
    // Review and sign.
    await go(mentor!, '#/exams');
    await mentor!.getByRole('link', { name: /第1次/ }).click();
    await mentor!.locator('.review-turn.agent').first().waitFor();
    await shoot(mentor!, 'e14-review');
    await mentor!.screenshot({ path: join(OUT, 'e14-review-full.png'), fullPage: true });
    await mentor!.getByLabel('总结').fill('整体不错，开场要更快进入正题');
    await mentor!.getByRole('button', { name: '签字并锁定' }).click();
    await mentor!.getByRole('article', { name: '成绩单' }).waitFor();
    await shoot(mentor!, 'e15-signed');
    await mentor!.screenshot({ path: join(OUT, 'e15-signed-full.png'), fullPage: true });
    // The trainee's report card.
    await go(trainee!, '#/exams');
    await trainee!.getByRole('link', { name: '查看成绩单' }).click();
    await trainee!.getByRole('article', { name: '成绩单' }).waitFor();
    await shoot(trainee!, 'e16-trainee-card');
    await trainee!.screenshot({ path: join(OUT, 'e16-trainee-card-full.png'), fullPage: true });
    // Live role-play set-up (mentor plays the buyer).
    await go(mentor!, '#/live');
    await mentor!.waitForTimeout(800);
    await shoot(mentor!, 'e17-live-list');
    // The lead's views.
    await go(lead!, '#/exams/lead');
    await lead!.getByRole('region', { name: '考试结果' }).getByText('小李').waitFor();
    await shoot(lead!, 'e18-lead-exams');
    await go(lead!, '#/team');
    await lead!.waitForTimeout(1500);
    await shoot(lead!, 'e19-lead-team');
    await lead!.screenshot({ path: join(OUT, 'e19-lead-team-full.png'), fullPage: true });
    // An error state: a used join link.
    await profiles[2]!.close();
    const again = await freshContext({ locale: 'zh-CN' });
    const p = again.context.pages()[0]!;
    await p.goto(team.setupUrl);
    await p.waitForTimeout(1500);
    await shoot(p, 'e20-used-link');
    await again.close();
  } finally {
    await Promise.all(profiles.map((p) => p.close().catch(() => undefined)));
    team.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    rmSync(team.dataDir, { recursive: true, force: true });
  }
}

const which = process.argv[2] ?? 'all';
try {
  if (which === 'offline' || which === 'all') await offline();
  if (which === 'exam' || which === 'all') await exam();
} finally {
  console.log(notes.length ? notes.join('\n') : 'nothing noticed');
}
