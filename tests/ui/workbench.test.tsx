import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '@/ui/app';
import { db } from '@/db/db';
import { storedSessions } from './fixtures';
import { RESPONSE_SECONDS } from '@/engine/score/weights';

// ?fast=1 makes the buyer "type" in 30 ms so a chat runs at test speed.
beforeEach(async () => {
  window.history.replaceState(null, '', '/?fast=1#/');
  await db.settings.put({ key: 'traineeName', value: '小王' });
});

async function startChat(user: ReturnType<typeof userEvent.setup>) {
  const card = await screen.findByRole('article', { name: '砍价的宝妈' });
  await user.click(within(card).getByRole('button', { name: '开始：砍价的宝妈' }));
  return screen.findByRole('textbox', { name: '回复' }, { timeout: 5000 });
}

function log() {
  return screen.getByRole('log', { name: '聊天记录' });
}

describe('workbench', () => {
  it('opens with the buyer line and the product card beside the chat', async () => {
    const user = userEvent.setup();
    render(<App />);

    await startChat(user);

    expect(window.location.hash).toMatch(/^#\/chat\//);
    expect(within(log()).getAllByText(/./, { selector: '.bubble' }).length).toBeGreaterThan(0);
    expect(screen.getByRole('region', { name: '商品卡片' })).toHaveTextContent('加厚牛奶绒四件套');
    expect(screen.getByText('¥199', { exact: false })).toBeInTheDocument();
    // The promotion the knowledge check holds replies to (product.regularPrice, product.promotionEnds).
    expect(screen.getByRole('region', { name: '商品卡片' })).toHaveTextContent('活动：日常价 ¥239，周日24点结束');
    expect(screen.getByRole('button', { name: '发送' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '结束会话' })).toBeInTheDocument();
  });

  it('shows the floor of the chosen variant in the product card, the one the grade holds her to', async () => {
    const user = userEvent.setup();
    render(<App />);
    const card = await screen.findByRole('article', { name: '砍价的宝妈' });

    await user.click(within(card).getByRole('radio', { name: '难缠' }));
    await user.click(within(card).getByRole('button', { name: '开始：砍价的宝妈' }));
    await screen.findByRole('textbox', { name: '回复' }, { timeout: 5000 });

    expect(screen.getByRole('region', { name: '商品卡片' })).toHaveTextContent('可让价底线 ¥185');
  });

  it('sends on Enter, makes a new line on Shift+Enter, and shows the buyer answer after typing', async () => {
    const user = userEvent.setup();
    render(<App />);
    const box = await startChat(user);

    await user.type(box, '亲，您好{Shift>}{Enter}{/Shift}在的');
    expect(box).toHaveValue('亲，您好\n在的');
    const before = within(log()).getAllByText(/./, { selector: '.bubble' }).length;
    await user.keyboard('{Enter}');

    expect(box).toHaveValue('');
    expect(within(log()).getByText((_, el) => el?.textContent === '亲，您好\n在的' && el.classList.contains('bubble'))).toBeInTheDocument();
    await waitFor(() => {
      expect(screen.queryByText(/对方正在输入/)).not.toBeInTheDocument();
      expect(within(log()).getAllByText(/./, { selector: '.bubble' }).length).toBeGreaterThan(before + 1);
    });
  });

  it('writes every message to IndexedDB with the buyer snapshot and resumes it after a reload', async () => {
    const user = userEvent.setup();
    const first = render(<App />);
    const box = await startChat(user);
    await user.type(box, '亲，您好，在的{Enter}');
    await waitFor(async () => {
      const [record] = await storedSessions();
      expect(record?.turns.filter((t) => t.role === 'agent')).toHaveLength(1);
      expect(record?.snapshot).toBeTruthy();
    });
    await waitFor(() => expect(screen.queryByText(/对方正在输入/)).not.toBeInTheDocument());
    const shown = within(log()).getAllByText(/./, { selector: '.bubble' }).map((b) => b.textContent);
    first.unmount();

    render(<App />);

    await screen.findByRole('textbox', { name: '回复' });
    expect(within(log()).getAllByText(/./, { selector: '.bubble' }).map((b) => b.textContent)).toEqual(shown);
    await user.type(screen.getByRole('textbox', { name: '回复' }), '这款是A类面料哦{Enter}');
    await waitFor(async () => expect((await storedSessions())[0]?.turns.filter((t) => t.role === 'agent')).toHaveLength(2));
  });

  it('keeps an unsent draft across a reload', async () => {
    const user = userEvent.setup();
    const first = render(<App />);
    const box = await startChat(user);
    await user.type(box, '还没写完的回复');
    first.unmount();

    render(<App />);

    expect(await screen.findByRole('textbox', { name: '回复' })).toHaveValue('还没写完的回复');
  });

  it('shows markup typed by the trainee as plain text', async () => {
    const user = userEvent.setup();
    const { container } = render(<App />);
    const box = await startChat(user);

    await user.type(box, '<img src=x onerror=alert(1)>{Enter}');

    expect(await within(log()).findByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('keeps the chat on screen and offers export when a write fails', async () => {
    const user = userEvent.setup();
    render(<App />);
    const box = await startChat(user);
    const put = vi.spyOn(db.messages, 'bulkPut').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));

    await user.type(box, '亲，您好{Enter}');

    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('浏览器存储空间已满');
    expect(within(banner).getByRole('button', { name: '立即导出备份' })).toBeInTheDocument();
    expect(within(log()).getByText('亲，您好')).toBeInTheDocument();
    put.mockRestore();
  });

  it('stores the turns a failed write missed with the next write, and clears the banner', async () => {
    const user = userEvent.setup();
    render(<App />);
    const box = await startChat(user);
    vi.spyOn(db.messages, 'bulkPut').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    await user.type(box, '亲，您好{Enter}');
    await screen.findByRole('alert');
    await waitFor(() => expect(screen.queryByText(/对方正在输入/)).not.toBeInTheDocument());

    await user.type(box, '这款是A类面料哦{Enter}');

    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    const [record] = await storedSessions();
    expect(record?.turns.filter((t) => t.role === 'agent').map((t) => t.text)).toEqual(['亲，您好', '这款是A类面料哦']);
  });

  it('saves, inserts, edits and deletes quick phrases', async () => {
    const user = userEvent.setup();
    render(<App />);
    const box = await startChat(user);
    await user.click(screen.getByRole('tab', { name: '快捷短语' }));

    await user.type(await screen.findByLabelText('新短语'), '亲，您好，欢迎光临~');
    await user.click(screen.getByRole('button', { name: '保存短语' }));
    await user.click(await screen.findByRole('button', { name: '插入：亲，您好，欢迎光临~' }));
    expect(box).toHaveValue('亲，您好，欢迎光临~');

    await user.click(screen.getByRole('button', { name: '编辑：亲，您好，欢迎光临~' }));
    const edit = screen.getByLabelText('编辑短语');
    await user.clear(edit);
    await user.type(edit, '亲，在的~');
    await user.click(screen.getByRole('button', { name: '保存修改' }));
    expect(await screen.findByRole('button', { name: '插入：亲，在的~' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '删除：亲，在的~' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: '插入：亲，在的~' })).not.toBeInTheDocument());
    expect(await db.phrases.count()).toBe(0);
  });

  it('stays open after the buyer decides for one closing reply, then ends', async () => {
    const user = userEvent.setup();
    render(<App />);
    const box = await startChat(user);

    await user.type(box, '亲您好,给您优惠到169元哦{Enter}');

    expect(await screen.findByText(/买家已做决定：成交/)).toBeInTheDocument();
    expect(box).toBeEnabled();
    let [record] = await storedSessions();
    expect(record).toMatchObject({ status: 'active', outcome: 'sale' });
    await user.type(box, '好的亲 这就给您改价 感谢支持~{Enter}');

    expect(await screen.findByText(/会话已结束/)).toBeInTheDocument();
    await waitFor(async () => {
      [record] = await storedSessions();
      expect(record?.status).toBe('ended');
    });
    expect(record?.turns.at(-1)).toMatchObject({ role: 'agent', text: '好的亲 这就给您改价 感谢支持~' });
  });

  it('ends the chat on 结束会话 and shows the report', async () => {
    const user = userEvent.setup();
    render(<App />);
    const box = await startChat(user);
    await user.type(box, '亲，您好{Enter}');

    await user.click(screen.getByRole('button', { name: '结束会话' }));

    expect(await screen.findByRole('article', { name: '训练报告' })).toBeInTheDocument();
    expect(window.location.hash).toMatch(/^#\/report\//);
    const [record] = await storedSessions();
    expect(record?.status).toBe('ended');
    expect(record?.summary).toBeDefined();
  });

  it('nudges when the buyer has waited past her timeout', async () => {
    const user = userEvent.setup();
    render(<App />);
    await startChat(user);
    const before = within(log()).getAllByText(/./, { selector: '.bubble' }).length;
    expect(screen.getByRole('timer')).toHaveTextContent('买家已等待');
    // The scorer's first-response threshold and the buyer's own wait, the numbers the report uses.
    expect(screen.getByRole('timer')).toHaveTextContent(`${RESPONSE_SECONDS.first} 秒内回复不扣分，60 秒没回买家会催`);

    // The next clock tick finds a minute gone by: past the 60 s this buyer waits.
    const now = Date.now();
    vi.spyOn(Date, 'now').mockImplementation(() => now + 61_000);

    await waitFor(() => expect(within(log()).getAllByText(/./, { selector: '.bubble' }).length).toBe(before + 1), { timeout: 3000 });
    await waitFor(async () => expect((await storedSessions())[0]?.turns).toHaveLength(before + 1));
  });
});

describe('practice hints', () => {
  it('stays quiet after a flagged reply while the toggle is off', async () => {
    const user = userEvent.setup();
    render(<App />);
    const box = await startChat(user);

    await user.type(box, '加我微信吧，微信上给您便宜点{Enter}');

    await within(log()).findByText('加我微信吧，微信上给您便宜点');
    expect(screen.getByRole('checkbox', { name: '练习提示' })).not.toBeChecked();
    expect(screen.queryByRole('complementary', { name: '练习提示' })).not.toBeInTheDocument();
  });

  it('explains a flagged reply gently when the toggle is on', async () => {
    const user = userEvent.setup();
    render(<App />);
    const box = await startChat(user);
    await user.click(screen.getByRole('checkbox', { name: '练习提示' }));

    await user.type(box, '加我微信吧，微信上给您便宜点{Enter}');

    const hint = await screen.findByRole('complementary', { name: '练习提示' });
    expect(hint).toHaveTextContent('引导站外交易');
    expect(hint).toHaveTextContent('可以试试');
  });
});
