// A pattern run as parts (to stay under the size V8 optimises) reads a record exactly as the whole pattern did.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { execAllInTurn, headThenTail } from '../../electron/node/library/parse/patterns-split.ts';

const RECORD =
  'Wang Yi, the Chinese Foreign Minister, met Park Jin, Korea’s Foreign Minister, and Penny Wong, Foreign Minister of Australia, ' +
  'after Ana Reyes, the Philippines’ Ambassador, and Tomas Vidal, Minister-designate, arrived.';
const key = (m: RegExpExecArray | null): string => (m ? JSON.stringify([m.index, ...m]) : 'none');

test('a name and office read by four parts in turn are the matches the whole pattern finds, leftmost first', () => {
  const name = '(?<![\\p{L}])((?:\\p{Lu}\\p{L}+ ){0,3}\\p{Lu}\\p{L}+), ';
  const office = '(Foreign Minister|Ambassador|Minister)(?:-designate)?(?: of (Australia|Korea))?(?=[,.])';
  const poss = "(?:the )?(?:Korea|the Philippines|Philippines)['’]s?";
  const rest = '(?:Chinese|Korean)';
  const whole = new RegExp(`${name}(?:the )?(?:(${poss}|${rest}) )?${office}`, 'gu');
  const parts = [`the (${poss}) `, `the (?:(${rest}) )?`, `(${poss}) `, `(?:(${rest}) )?`].map(
    (whose) => new RegExp(`${name}${whose}${office}`, 'gu'),
  );
  const expected = [...RECORD.matchAll(whole)].map(key);
  assert.equal(expected.length, 5);
  assert.deepEqual([...execAllInTurn(parts, RECORD)].map(key), expected);
});

test('an office read as a head and a tail that only fails before a letter gives the whole pattern’s match at every place', () => {
  const whole =
    /(?:(?<![\p{L}])(Korean|Chinese) )?(?<![\p{L}])(Foreign Minister|Minister)(?:-designate)?(?: of (Australia|Korea))?(?![\p{L}])/uy;
  const split = headThenTail(
    /(?:(?<![\p{L}])(Korean|Chinese) )?(?<![\p{L}])(Foreign Minister|Minister)(?![\p{L}])/uy,
    /(?:-designate)?(?: of (Australia|Korea))?(?![\p{L}])/uy,
  );
  const text = `${RECORD} The Korean Ministers met; Chinese Minister of Korea.`;
  for (let at = 0; at < text.length; at++) {
    whole.lastIndex = at;
    split.lastIndex = at;
    assert.equal(key(split.exec(text)), key(whole.exec(text)), `at ${at}`);
  }
});
