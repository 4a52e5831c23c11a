import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '@/ui/app';
import { db } from '@/db/db';
import { buildCatalog } from '@/app/build-catalog';
import { loadScenario } from '@/engine/scenario/load';
import { readFileSync } from 'node:fs';
import { BrokenFiles } from '@/ui/home/broken-files';
import { endedSession, storeSessions } from './fixtures';

describe('home screen', () => {
  it('asks for the trainee name once and keeps it', async () => {
    const user = userEvent.setup();
    const first = render(<App />);

    await user.type(await screen.findByLabelText('你的名字'), '小王');
    await user.click(screen.getByRole('button', { name: '开始训练' }));

    expect(await screen.findByText('学员：小王')).toBeInTheDocument();
    first.unmount();
    render(<App />);
    expect(await screen.findByText('学员：小王')).toBeInTheDocument();
    expect(screen.queryByLabelText('你的名字')).not.toBeInTheDocument();
  });

  it('shows each buyer as a card with category, difficulty, variants and the best score', async () => {
    await db.settings.put({ key: 'traineeName', value: '小王' });
    await storeSessions(...[
      endedSession({ id: 'a', summary: { tone: 80, compliance: 100, conversion: 70, total: 84, passed: true, pointsDeducted: 0 } }),
      endedSession({ id: 'b', summary: { tone: 60, compliance: 100, conversion: 50, total: 71, passed: false, pointsDeducted: 0 } }),
    ]);

    render(<App />);

    const card = await screen.findByRole('article', { name: '砍价的宝妈' });
    expect(within(card).getByText('售前')).toBeInTheDocument();
    expect(within(card).getByLabelText('难度 2 / 5')).toBeInTheDocument();
    expect(await within(card).findByText('最好成绩 84 分')).toBeInTheDocument();
    expect(within(card).getByRole('radio', { name: '好说话' })).not.toBeChecked();
    expect(within(card).getByRole('radio', { name: '一般' })).toBeChecked();
    expect(within(card).getByRole('radio', { name: '难缠' })).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: '开始：砍价的宝妈' })).toBeEnabled();
  });

  it('starts one session only when 开始接待 is double-clicked', async () => {
    await db.settings.put({ key: 'traineeName', value: '小王' });
    const user = userEvent.setup();
    render(<App />);
    const card = await screen.findByRole('article', { name: '砍价的宝妈' });
    await waitFor(() => expect(within(card).getByRole('button', { name: '开始：砍价的宝妈' })).toBeEnabled());

    await user.dblClick(within(card).getByRole('button', { name: '开始：砍价的宝妈' }));

    // Opening a chat claims it for this tab first (one writer per chat): give it time under load.
    await screen.findByRole('textbox', { name: '回复' }, { timeout: 5000 });
    expect(await db.sessions.count()).toBe(1);
  });

  it('keeps start disabled until the trainee has given a name', async () => {
    render(<App />);

    const card = await screen.findByRole('article', { name: '砍价的宝妈' });

    expect(within(card).getByRole('button', { name: '开始：砍价的宝妈' })).toBeDisabled();
  });

  it('lists a broken scenario file with its errors while the good ones load', () => {
    const catalog = buildCatalog({
      '/scenarios/bad.yaml': 'formatVersion: 1\nid: Bad Id\n',
      '/scenarios/broken-yaml.yaml': 'title: [unclosed\n',
    });

    render(<BrokenFiles files={catalog.broken} />);

    expect(catalog.scenarios).toHaveLength(0);
    expect(screen.getByRole('heading', { name: 'scenarios/bad.yaml' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'scenarios/broken-yaml.yaml' })).toBeInTheDocument();
    expect(screen.getAllByText(/scenarios\/bad\.yaml:\d+:\d+/).length).toBeGreaterThan(0);
  });

  it('shows a hostile file with the same code, position and Chinese message as the command line', () => {
    const good = readFileSync('tests/fixtures/scenarios/valid/mini-haggle.yaml', 'utf8');
    const hostile = (name: string) => new TextDecoder().decode(readFileSync(`tests/fixtures/scenarios/hostile/${name}.yaml`));
    const sources = {
      '/scenarios/mini-haggle.yaml': good,
      '/scenarios/alias-bomb.yaml': hostile('alias-bomb'),
      '/scenarios/nest-flow-seq.yaml': hostile('nest-flow-seq'),
      '/scenarios/utf8-invalid-title.yaml': hostile('utf8-invalid-title'),
      '/scenarios/proto-state.yaml': hostile('proto-state'),
    };

    const catalog = buildCatalog(sources);
    render(<BrokenFiles files={catalog.broken} />);

    expect(catalog.scenarios.map((s) => s.id)).toEqual(['mini-haggle']);
    for (const [path, source] of Object.entries(sources).slice(1)) {
      const file = path.slice(1);
      const [issue] = loadScenario(source, file).errors;
      expect(screen.getByText(`${file}:${issue!.line}:${issue!.column} ${issue!.code}`)).toBeInTheDocument();
      expect(document.body.textContent).toContain(issue!.message);
    }
    expect(screen.getAllByText(/[a-z]+-[a-z]+$/).map((e) => e.textContent)).toEqual(
      expect.arrayContaining(['scenarios/alias-bomb.yaml:96:9 alias-too-many', 'scenarios/utf8-invalid-title.yaml:5:8 invalid-encoding']),
    );
    expect(document.body.textContent).not.toMatch(/Error|exceeded|Excessive/);
  });
});
