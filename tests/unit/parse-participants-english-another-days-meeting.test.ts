// "The talks follow a phone call between President A and Chancellor B last week": a meeting the record tells
// beside its own, at another time (fronted "Last year, …", "Earlier, …", "In a phone call with B last week, …",
// "… in 2021", "… took place in January", "two weeks after talks between A and B"). Its sides are named, not met.
// The lead keeps its people whatever its time words ("Last week, the President received …"), and so does
// a person named in the lead and again in such a sentence. "Mr A B, Chairman of Zambia Sugar" is one person.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);
const LEAD =
  'Foreign Minister Anna Kowal met Ambassador Peter Lindqvist on Tuesday at the ministry in Lusaka, where the two discussed trade and investment.';

describe("a desk officer reading an English record sees only the people of its own meeting, not of another day's", () => {
  const table: [string, string[]][] = [
    [
      'The talks follow a phone call between President Joseph Mwale and Chancellor Hans Becker last week.',
      ['Joseph Mwale', 'Hans Becker'],
    ],
    ['A meeting between President Joseph Mwale and King Tomas Ruiz took place in January.', ['Joseph Mwale', 'Tomas Ruiz']],
    [
      'In a phone call with Chancellor Hans Becker last week, President Joseph Mwale agreed to deepen ties.',
      ['Joseph Mwale', 'Hans Becker'],
    ],
    ['Earlier, President Joseph Mwale held talks with Prime Minister Oren Dahan in Geneva.', ['Joseph Mwale', 'Oren Dahan']],
    ['President Joseph Mwale met Chancellor Hans Becker in Berlin in 2021.', ['Joseph Mwale', 'Hans Becker']],
    ['Last year, President Joseph Mwale hosted Prime Minister Oren Dahan in Lusaka.', ['Joseph Mwale', 'Oren Dahan']],
    [
      'The visit comes two weeks after talks between President Joseph Mwale and Chancellor Hans Becker in Berlin.',
      ['Joseph Mwale', 'Hans Becker'],
    ],
  ];
  for (const [sentence, absent] of table) {
    test(`"${sentence}"`, () => {
      const got = names(`${LEAD}\n\n${sentence}`);
      assert.ok(got.includes('Anna Kowal') && got.includes('Peter Lindqvist'), String(got));
      for (const a of absent) assert.ok(!got.includes(a), `${a} in ${got}`);
    });
  }

  test('the lead keeps its people, whatever its time words', () => {
    const got = names(
      'Last week, President Joseph Mwale received the credentials of Ambassador Peter Lindqvist at State House in Lusaka, where the two discussed trade.\n\nThe envoy thanked the President.',
    );
    assert.ok(got.includes('Joseph Mwale') && got.includes('Peter Lindqvist'), String(got));
  });

  test('someone met in the lead and also recalled from an earlier meeting stays in the room', () => {
    const got = names(`${LEAD}\n\nAmbassador Peter Lindqvist first met Anna Kowal in 2019.`);
    assert.ok(got.includes('Anna Kowal') && got.includes('Peter Lindqvist'), String(got));
  });

  test('"a Chairman of Zambia Sugar" beside a name is that person, not a "Sugar"', () => {
    const got = names(`${LEAD}\n\nMr John Banda, Chairman of Zambia Sugar, also attended.`);
    assert.ok(got.includes('John Banda'), String(got));
    assert.ok(!got.includes('Sugar'), String(got));
  });
});

test('a list of titled envoys keeps the one whose surname stands alone: "…, Ambassador of Pakistan Hashmi, …"', () => {
  const got = names(
    `${LEAD}\n\nThe guests were Ambassador of Norway Erik Dahl, Ambassador of Ghana Mensah, and Ambassador of Chile Rosa Vidal.`,
  );
  assert.ok(got.includes('Mensah'), String(got));
});
