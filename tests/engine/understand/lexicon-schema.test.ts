import { describe, expect, it } from 'vitest';
import movesData from '@/engine/lexicon/moves.json';
import flagsData from '@/engine/lexicon/flags.json';
import answersData from '@/engine/lexicon/answers.json';
import topicsData from '@/engine/lexicon/topics.json';
import toneData from '@/engine/lexicon/tone.json';
import modelData from '@/engine/lexicon/classifier-model.json';
import { answersSchema, checkLexicon, flagsSchema, modelSchema, movesSchema, toneSchema, topicsSchema } from '@/engine/understand/lexicon-schema';

describe('the lexicon and the model are checked at load', () => {
  it('accepts the shipped files', () => {
    expect(() => checkLexicon('moves.json', movesSchema, movesData)).not.toThrow();
    expect(() => checkLexicon('flags.json', flagsSchema, flagsData)).not.toThrow();
    expect(() => checkLexicon('answers.json', answersSchema, answersData)).not.toThrow();
    expect(() => checkLexicon('topics.json', topicsSchema, topicsData)).not.toThrow();
    expect(() => checkLexicon('tone.json', toneSchema, toneData)).not.toThrow();
    expect(() => checkLexicon('classifier-model.json', modelSchema, modelData)).not.toThrow();
  });

  it('rejects a move id that is not in the vocabulary, naming file and field', () => {
    const broken = { ...movesData, 'ofer-gift': { patterns: ['送您'] } };
    expect(() => checkLexicon('moves.json', movesSchema, broken)).toThrow(/moves\.json is invalid: .*ofer-gift/);
  });

  it('rejects a pattern that is not a regular expression', () => {
    const broken = { ...flagsData, 'off-platform': { patterns: ['加(微信'] } };
    expect(() => checkLexicon('flags.json', flagsSchema, broken)).toThrow(/flags\.json is invalid: off-platform\.patterns\.0: not a valid regular expression/);
  });

  it('rejects an answer table that names an unknown rule or topic', () => {
    const rule = { ...answersData, topics: { ...answersData.topics, invoice: { no: { flags: ['invoice-refused'] } } } };
    expect(() => checkLexicon('answers.json', answersSchema, rule)).toThrow(/answers\.json is invalid: topics\.invoice\.no\.flags\.0/);
    const topic = { ...topicsData, topics: { ...topicsData.topics, weather: '下雨' } };
    expect(() => checkLexicon('topics.json', topicsSchema, topic)).toThrow(/topics\.json is invalid/);
  });

  it('rejects a model whose weights point past its labels or whose label is unknown', () => {
    const weights = { ...modelData, weights: { 好的: [999, 5] } };
    expect(() => checkLexicon('classifier-model.json', modelSchema, weights)).toThrow(/classifier-model\.json is invalid: weights\.好的/);
    const label = { ...modelData, labels: [{ id: 'greeting', kind: 'move', bias: 0, threshold: null }] };
    expect(() => checkLexicon('classifier-model.json', modelSchema, label)).toThrow(/labels\.0\.id/);
  });
});
