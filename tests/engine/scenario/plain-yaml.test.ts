import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { readPlainYaml } from '@/engine/scenario/plain-yaml';
import { buildSourceMap } from '@/engine/scenario/locations';
import { fixturePath, readFixture } from './fixtures';

/** What the loader got before the fast reader: the `yaml` package's data and source map, or null on errors. */
function viaYaml(source: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) return null;
  return { data: doc.toJS() as unknown, locations: buildSourceMap(doc.contents, lineCounter) };
}

const yamlFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => `${dir}/${f}`);

const allFiles = [
  ...yamlFiles('scenarios'),
  ...['valid', 'paths', 'broken'].flatMap((d) => yamlFiles(fixturePath(d)).map((f) => f.slice(f.indexOf('tests/')))),
];

describe('readPlainYaml', () => {
  it('reads every scenario file and fixture exactly as the yaml package does, declining only the broken YAML', () => {
    const declined: string[] = [];

    for (const file of allFiles) {
      const source = readFileSync(file, 'utf8');
      const plain = readPlainYaml(source);
      if (plain) expect(plain, file).toEqual(viaYaml(source));
      else declined.push(file.split('/').pop()!);
    }

    expect(allFiles.length).toBeGreaterThan(30);
    expect(declined).toEqual(['duplicate-key.yaml', 'yaml-syntax.yaml']);
  });

  it.each([
    ['comments, quotes and trailing comments', "# head\na: 1 # one\nb: 'it''s' # quoted\nc: \"say \"\n# tail\n"],
    ['numbers, booleans and strings that only look like numbers', 'a: -5\nb: 0.25\nc: true\nd: 2-3天\ne: 1.2.3\nf: 60s\n'],
    ['a sequence at its key’s own indent', 'a:\n- x\n- y\nb: 2\n'],
    ['maps inside sequence items', 'on:\n  -   when: { move: greet }\n      goto: deal\n  - say: [hi, 你好]\n'],
    ['nested flow collections with an emoji before them', 'a: 😀\nb: { h: [150, 160], w: [50, 60], }\nc: []\nd: {}\n'],
    ['plain text with colons, brackets and hashes inside', 'a: 亲[图片]在吗?#好 a:b http://x\nb: [亲:在吗, x#y]\n'],
    ['a sequence of sequences', 'a:\n  - - 1\n    - 2\n  - [3]\n'],
  ])('agrees with the yaml package on %s', (_, source) => {
    const plain = readPlainYaml(source);

    expect(plain).not.toBeNull();
    expect(plain).toEqual(viaYaml(source));
  });

  it.each([
    ['anchors and aliases', 'a: &x 1\nb: *x\n'],
    ['block scalars', 'a: |\n  line\n'],
    ['plain text continued on the next line', 'a: one\n  two\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['tabs', 'a:\t1\n'],
    ['an empty value', 'a:\nb: 1\n'],
    ['a flow collection over several lines', 'a: [1,\n  2]\n'],
    ['escapes in double quotes', 'a: "x\\ny"\n'],
    ['numbers written unusually', 'a: 007\n'],
    ['a key YAML reads as a boolean', 'true: 1\n'],
    ['bad indentation', 'a:\n    b: 1\n  c: 2\n'],
    ['a mapping nested in a plain value', 'a: b: c\n'],
    ['a document marker', '---\na: 1\n'],
  ])('declines %s, leaving it to the yaml package', (_, source) => {
    expect(readPlainYaml(source)).toBeNull();
  });

  it('agrees with the yaml package on every damaged copy of a valid file it accepts', () => {
    const lines = readFixture('valid/mini-haggle.yaml').split('\n');
    const edits = [' ', '- ', ': ', '#', ' #', "'", '"', '[', ']', '{', '}', ',', '&a', '|', '007', 'true', '~', '\n  ', '\n- ', ''];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    let accepted = 0;

    for (let round = 0; round < 400; round++) {
      const copy = [...lines];
      const i = random(copy.length);
      const kind = random(4);
      if (kind === 0) copy.splice(i, 1);
      else if (kind === 1) copy[i] = ` ${copy[i]}`;
      else if (kind === 2) copy.splice(i, 0, copy[random(copy.length)]!);
      else {
        const at = random(copy[i]!.length + 1);
        copy[i] = copy[i]!.slice(0, at) + edits[random(edits.length)]! + copy[i]!.slice(at);
      }
      const source = copy.join('\n');
      const plain = readPlainYaml(source);
      if (!plain) continue;
      accepted++;
      expect(plain, source).toEqual(viaYaml(source));
    }

    expect(accepted).toBeGreaterThan(50);
  });
});
