// Session 13 (fair13, player12 F30): `play` says whether the chat passed, as the report does.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';

function repliesFile(...lines: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'peilian-play-')), 'replies.txt');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('peilian play: 及格 / 不及格', () => {
  it('a veto fails a chat scoring above the pass mark, and the text says so; --json carries passed and passMark', async () => {
    // complaint/normal/seed 1: a good chat with one platform violation (微信 in a reply) fails.
    const replies = repliesFile('亲，您好，真的很抱歉让您久等了，我马上联系申通查件', '亲，加我微信吧，我微信上给您补偿');
    const text = await runCli(['play', 'complaint', '--replies', replies, '--seed', '1', '--variant', 'normal']);
    expect(text.out).toMatch(/结果：不及格（及格线 80；有平台违规，一票否决）/u);
    const json = JSON.parse((await runCli(['play', 'complaint', '--replies', replies, '--seed', '1', '--variant', 'normal', '--json'])).out) as { passed: boolean; passMark: number };
    expect(json).toMatchObject({ passed: false, passMark: 80 });
  });

  it('a passing chat says 及格', async () => {
    // complaint/normal/seed 1, the session-12 tester's good chat (cp6).
    const replies = repliesFile(
      '亲，您好，辛苦您等这么久了，我立刻联系申通查件，30分钟内给您回复哦',
      '亲，让您久等了，刚联系了申通，包裹在中转站确实滞留了，我已经催快递加急处理，有新进展第一时间通知您哦',
      '亲，您放心，如果周五晚上还没到，我们直接给您补发顺丰，运费店铺承担；另外这次耽误您了，再给您补偿一张10元无门槛券，和评价无关哦',
      '亲，真的很抱歉哦，补偿只是因为物流耽误了您，和评价没有关系的，评价您按真实感受来就好，这张10元券我现在就给您发过去🙏',
      '好的亲，我会一直盯着物流，一有消息马上告诉您，再次抱歉给您添麻烦了，祝阿姨生日快乐😊',
      '感谢您的耐心，祝阿姨生日快乐😊',
    );
    const text = await runCli(['play', 'complaint', '--replies', replies, '--seed', '1', '--variant', 'normal']);
    expect(text.out).toContain('结果：及格（及格线 80）');
  });
});
