// A reply is read whole, however long: a violation after 2,000 characters of polite padding is
// still a violation (issue 10). Speed on long replies is measured by `npm run bench`, not here.
import { describe, expect, it } from 'vitest';
import { understand } from '@/engine/understand/understand';
import { score } from '@/engine/score/score';

const POLITE = '亲，您好，感谢您的耐心等待，我们会尽快为您处理的哦。';
const VIOLATION = '加我微信私下转账 不开发票';

function padded(pad: string, chars: number): string {
  let text = '';
  while (text.length < chars) text += pad;
  return text;
}

describe('long replies', () => {
  it('flags a violation that comes after 2,001 characters of polite padding', () => {
    const rules = understand(`${padded(POLITE, 2001)}${VIOLATION}`).flags.map((f) => f.rule);

    expect(rules).toContain('off-platform');
    expect(rules).toContain('invoice-refuse');
  });

  it('fails the grade of a chat whose only reply hides the violation at its end', () => {
    const result = score({
      turns: [
        { role: 'buyer', text: '能便宜点吗？' },
        { role: 'agent', text: `${padded(POLITE, 2001)}${VIOLATION}` },
      ],
      outcome: null,
    });

    expect(result.passed).toBe(false);
    expect(result.scores.compliance).toBeLessThan(100);
    expect(result.violations.map((v) => v.rule)).toContain('off-platform');
  });

  it('still reads a figure and a violation after a pasted run of thousands of digits', () => {
    const text = `${'1234567890'.repeat(2000)}，${VIOLATION}，再给您便宜10元`;
    const reply = understand(text);

    expect(reply.flags.map((f) => f.rule)).toContain('off-platform');
    expect(reply.entities.discount).toBe(10);
    expect(reply.text).toBe(text);
  });

  it('reads a short reply exactly as before', () => {
    const reply = understand('亲，您好，这款已经是活动价了哦');

    expect(reply.normalized).toBe('亲,您好,这款已经是活动价了哦');
  });
});
