// A costly pattern tried only where a cheap one matches finds exactly what the costly one finds alone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchesWhereLoose } from '../../electron/node/library/parse/patterns.ts';

const all = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, ...m]);
const via = (loose: RegExp, strict: RegExp, text: string) =>
  [...matchesWhereLoose(loose, strict, text)].map((m) => [m.index, ...m]);

test('a name before a title is found where the exclusions allow it, as the whole pattern finds it', () => {
  const strict =
    '(?<![\\p{L}])((?:(?!외교부|장관)\\p{Script=Hangul}{1,4} ){0,2}(?!외교부|장관)\\p{Script=Hangul}{1,4}) (장관|차관)';
  const loose = '(?<![\\p{L}])((?:\\p{Script=Hangul}{1,4} ){0,2}\\p{Script=Hangul}{1,4}) (장관|차관)';
  const texts = [
    '외교부 장관 박진 장관은 외교부 차관과 만났다. 조태열 외교부 장관, 김 차관',
    '장관 장관 장관 차관',
    '😀 박진 장관 😀😀 외교부 차관 이도훈 차관',
    '',
  ];
  for (const text of texts)
    assert.deepEqual(via(new RegExp(loose, 'gu'), new RegExp(strict, 'uy'), text), all(new RegExp(strict, 'gu'), text), text);
});

test('a pattern that can match nothing moves on by whole characters, as matchAll does', () => {
  const text = 'a😀b😀😀c';
  assert.deepEqual(via(/(?=.)|x/gu, /(?!b)(?=.)|x/uy, text), all(/(?!b)(?=.)|x/gu, text));
});

test('a loose pattern that misses where the strict one matches is caught by the comparison', () => {
  // The guard of the tests above can fail: a "loose" pattern narrower than the strict one loses matches.
  const text = '박진 장관 조태열 장관';
  assert.notDeepEqual(via(/조태열 장관/gu, /\p{Script=Hangul}+ 장관/uy, text), all(/\p{Script=Hangul}+ 장관/gu, text));
});

test('every match of a pattern is found as matchAll finds it, nested searches and empty matches included', async () => {
  const { execAll } = await import('../../electron/node/library/parse/patterns.ts');
  const re = /(?<![\p{L}])\p{Lu}\p{L}*|(?=😀)/gu;
  const text = 'Park Jin met 😀Bui Thanh Son in Seoul 😀';
  const nested: string[] = [];
  for (const m of execAll(re, text)) {
    // The same pattern used inside the loop does not move the outer search.
    nested.push(`${m[0]}:${[...execAll(re, 'Hanoi Tokyo')].length}`);
  }
  assert.deepEqual(
    nested,
    [...text.matchAll(re)].map((m) => `${m[0]}:2`),
  );
  assert.equal(re.lastIndex, 0, 'the pattern is left as it was');
  assert.throws(() => [...execAll(/x/u, 'x')], /global/);
});

test('counting the letters of a record gives what match() counts, for any pattern, and leaves it as it was', async () => {
  const { countMatches, wordsOf } = await import('../../electron/node/library/parse/patterns.ts');
  const cases: [RegExp, string][] = [
    [/\p{L}/gu, 'Bùi Thanh Sơn met 박진 😀 in Hà Nội'],
    [/\p{Script=Hangul}/gu, '박진 장관은 Bui Thanh Son과'],
    [/x*/g, 'axxbx'],
    [/(?:)/gu, 'a😀b'],
    [/b|/g, 'abab'],
    [/ab/g, ''],
  ];
  for (const [re, text] of cases) {
    re.lastIndex = 2;
    const counted = countMatches(re, text);
    assert.equal(re.lastIndex, 2, 'the pattern is left as it was');
    assert.equal(counted, text.match(re)?.length ?? 0, `${re} in "${text}"`);
  }
  assert.throws(() => countMatches(/x/u, 'x'), /global/);
  assert.deepEqual([...wordsOf('Hà Nội, 3 May: Park-Jin')], ['Hà', 'Nội', 'May', 'Park', 'Jin']);
});
