import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import model from '@/engine/lexicon/classifier-model.json';
import type { Understanding } from '@/engine/understanding-types';
import { classify, compileWeights, withBackstop, type ClassifierModel } from '@/engine/understand/classifier';
import { compileRuntime } from '@/engine/understand/classifier-runtime';
import { parseLabelled } from '@/engine/understand/evaluate';
import { NEGATED, contextFeatures, isWhitespace, replyFeatures } from '@/engine/understand/classifier-features';
import { normalize } from '@/engine/understand/normalize';
import { understand, understandByRules } from '@/engine/understand/understand';

/** What the rules would say on a reply they did not cover: their reading minus one label. */
/** The rules' reading with the label taken out, as if they had missed it (and read no answer). */
function rulesMissing(text: string, label: string): Understanding {
  const { answers: _answers, ...u } = understandByRules(text);
  return { ...u, moves: u.moves.filter((m) => m !== label), flags: u.flags.filter((f) => f.rule !== label) };
}

describe('the classifier model', () => {
  it('loads with weights and at least one move and one flag it may add', () => {
    const m = model as ClassifierModel;

    const enabled = m.labels.filter((l) => l.threshold !== null);

    expect(Object.keys(m.weights).length).toBeGreaterThan(1000);
    expect(enabled.some((l) => l.kind === 'move')).toBe(true);
    expect(enabled.some((l) => l.kind === 'flag')).toBe(true);
  });

  it('scores the same reply the same way every time', () => {
    const text = normalize('亲,加我微信发您优惠券,下单再返5元');

    const first = classify(text);
    const second = classify(text);

    expect(second).toEqual(first);
  });

  it('marks negated bigrams apart from the plain ones', () => {
    const features = replyFeatures(normalize('不能加微信哦'));

    expect(features).toContain('加微');
    expect(features).not.toContain(`${NEGATED}不能`);
    expect(features).toContain(`${NEGATED}加微`);
  });
});

describe('the backstop on replies the rules miss', () => {
  it.each([
    ['稍等我看下哈', 'please-wait'],
    ['加我微信聊吧,那边给您便宜', 'off-platform'],
    ['开发票的话要加点税', 'invoice-fee'],
    ['给个五星好评返现5元', 'review-induce'],
  ])('adds what "%s" does (%s)', (text, label) => {
    const missed = rulesMissing(text, label);

    const u = withBackstop(missed);

    expect([...u.moves, ...u.flags.map((f) => f.rule)]).toContain(label);
  });

  it('adds no move to a reply the rules read as the answer to her question', () => {
    const missed = rulesMissing('稍等我看下哈', 'please-wait');
    expect(withBackstop(missed).moves).toContain('please-wait');

    const answered: Understanding = { ...missed, answers: [{ topic: 'other', polarity: 'yes' }] };

    expect(withBackstop(answered).moves).not.toContain('please-wait');
  });

  it('gives words of the reply as the evidence for a flag it adds', () => {
    const text = '加我微信聊吧,那边给您便宜';

    const flag = withBackstop(rulesMissing(text, 'off-platform')).flags.find((f) => f.rule === 'off-platform');

    expect(flag?.evidence.length).toBeGreaterThanOrEqual(2);
    expect(normalize(text)).toContain(flag?.evidence);
  });

  it('takes back a flag of the rules only where its veto label is confident', () => {
    // A model of one veto label: "平台" argues that the rules' off-platform flag is false.
    const m: ClassifierModel = { version: 1, scale: 100, labels: [{ id: 'off-platform', kind: 'veto', bias: -1, threshold: 0.5 }], weights: { 平台: [0, 200] } };
    const weights = compileWeights(m);
    const flagged = (text: string): Understanding => ({ ...understandByRules(text), flags: [{ rule: 'off-platform', points: 6, evidence: '微信' }] });

    const declined = withBackstop(flagged('不能加微信哦 我们都在平台上聊'), {}, m, weights);
    const invited = withBackstop(flagged('加我微信聊'), {}, m, weights);
    const unflagged = understandByRules('我们都在平台上聊');

    expect(declined.flags.map((f) => f.rule)).not.toContain('off-platform');
    expect(invited.flags.map((f) => f.rule)).toContain('off-platform');
    expect(withBackstop(unflagged, {}, m, weights)).toBe(unflagged);
  });

  it('leaves the rules reading alone when it adds nothing', () => {
    const rules = understandByRules('好的亲');

    expect(withBackstop(rules)).toBe(rules);
  });
});

describe('the rules and the backstop together', () => {
  it.each([
    ['不能加微信哦', 'off-platform'],
    ['不收手续费', 'card-fee'],
    ['不收手续费', 'invoice-fee'],
    ['我们不会私下加微信的,都在平台沟通', 'off-platform'],
  ])('do not flag the negated "%s" as %s', (text, rule) => {
    const u = understand(text);
    const stripped = withBackstop(rulesMissing(text, rule));

    expect(u.flags.map((f) => f.rule)).not.toContain(rule);
    expect(stripped.flags.map((f) => f.rule)).not.toContain(rule);
  });

  it('keep a flag off when the shop context switches its rule off', () => {
    const text = '偏远地区需要补10元邮费';

    const u = understand(text, { freeShipping: false });

    expect(u.flags.map((f) => f.rule)).not.toContain('freeship-breach');
  });
});

describe('the runtime scorer', () => {
  it('gives the labels with a threshold the same logits and evidence as classify()', () => {
    const m = model as ClassifierModel;
    const weights = compileWeights(m);
    const scorer = compileRuntime(m, weights);
    const replies: Array<{ text: string; buyer?: string }> = [
      ...parseLabelled(readFileSync('tests/eval/tuning/holdout.jsonl', 'utf8')).map((r) => ({ text: r.text })),
      ...parseLabelled(readFileSync('tests/eval/tuning/writer-a.jsonl', 'utf8')).slice(0, 60).map((r) => ({ text: r.text, buyer: r.buyer })),
      { text: '不用加运费 顺丰包邮哦😊😊,不能加微信' },
      { text: '亲🎁 不满意就退,不用给理由的', buyer: '能退吗' },
      { text: '' },
    ];

    for (const { text, buyer } of replies) {
      const normalized = normalize(text);
      const ctx = buyer ? { buyer } : {};
      const reference = classify(normalized, m, weights, ctx);
      const scores = scorer.score(normalized, contextFeatures(normalized, ctx));
      const got = [...scores.labels].map((i, j) => ({ id: m.labels[i]!.id, logit: scores.logits[j], evidence: scores.evidence[j] }));
      const want = reference.filter((_, i) => m.labels[i]!.threshold !== null).map((s) => ({ id: s.id, logit: s.logit, evidence: s.evidence }));

      expect(got).toEqual(want);
    }
  });

  it('skips exactly the characters /\\s/u calls whitespace', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (isWhitespace(c) !== /\s/u.test(String.fromCharCode(c))) differ.push(c.toString(16));
    expect(differ).toEqual([]);
  });

  it('counts an n-gram repeated in the reply once', () => {
    const m = model as ClassifierModel;
    const weights = compileWeights(m);
    const scorer = compileRuntime(m, weights);
    for (const text of ['好评好评好评返现返现', '亲亲亲亲亲亲', '不能不能加微信加微信']) {
      const normalized = normalize(text);
      const reference = classify(normalized, m, weights, {});
      const scores = scorer.score(normalized, contextFeatures(normalized, {}));
      expect([...scores.logits]).toEqual(reference.filter((_, i) => m.labels[i]!.threshold !== null).map((s) => s.logit));
    }
  });
});
