// A title pattern opened by whose office it is ("the Republic of Korea's", "Korean") tried only at its
// titles and the words close enough before one finds what the pattern finds searched alone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { longestAlternative, matchesWithinReach } from '../../electron/node/library/parse/patterns-reach.ts';

const all = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, ...m]);
const via = (heads: RegExp, strict: RegExp, text: string, reach: number) =>
  [...matchesWithinReach(heads, strict, text, reach)].map((m) => [m.index, ...m]);

const COUNTRIES = 'the Republic of Korea|Republic of Korea|New Zealand|Korea|Chile|Örsland';
const NATIONALITIES = 'South Korean|Korean|Chilean|Örsish';
const WHOSE = `(?:(?:the )?(?:${COUNTRIES})['’]s|${NATIONALITIES}|(?:${COUNTRIES})(?= (?:Foreign|Prime)))`;
const ROLE =
  '(?:(?:Deputy|Vice) )?(?:Foreign Minister|Prime Minister|Minister|Ambassador)(?: and (?:Foreign Minister|Minister))*';
const PATTERN = `(?:(?<![\\p{L}])(${WHOSE}) )?(?<![\\p{L}])(${ROLE})(?: of (?:the )?(${COUNTRIES}))?(?![\\p{L}])`;
const HEADS = `(?<![\\p{L}])(?:${ROLE})`;
const REACH = Math.max(longestAlternative(COUNTRIES) + 6, longestAlternative(NATIONALITIES)) + 1;

test('a desk reading an English readout finds each title with whose office it is, as the whole pattern does', () => {
  const texts = [
    "Korean Foreign Minister Park Jin met the Republic of Korea's Ambassador to Chile and New Zealand Prime Minister Luis.",
    'the Republic of Korea’s Deputy Minister and Minister Ana Reyes; Chile Foreign Minister Tomas; Chilean Minister of Korea.',
    'South Korean Vice Minister, XKorean Minister, Korea Minister, Korea Prime Minister and Örsish Ambassador 😀 Örsland Foreign Minister',
    'Ministers met. Minister Minister Minister; 𝑎Korean Minister, (Korean Minister) Korean  Minister',
    'Minister',
    ' Korean Ambassador',
    '',
  ];
  for (const text of texts)
    assert.deepEqual(
      via(new RegExp(HEADS, 'gu'), new RegExp(PATTERN, 'uy'), text, REACH),
      all(new RegExp(PATTERN, 'gu'), text),
      text,
    );
});

test('a reach shorter than the longest opening is caught by the comparison', () => {
  const text = "the Republic of Korea's Ambassador Kim";
  assert.notDeepEqual(via(new RegExp(HEADS, 'gu'), new RegExp(PATTERN, 'uy'), text, 8), all(new RegExp(PATTERN, 'gu'), text));
});

test('the longest alternative counts its escapes, never less than the words it matches', () => {
  assert.equal(longestAlternative('U\\.S\\.|Korea'), 6);
  assert.equal(longestAlternative(''), 0);
});
