// Japanese glues a surname to the field or department the office belongs to: "佐伯工学研究科長" (Saeki, dean of
// the graduate school of engineering), "田中真一総務課長", "文国際交流部長". The desk officer gets the name, and the
// department kept with the office.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => [p.name, p.role]);
const names = (text: string) => people(text).map(([n]) => n);

describe('Japanese: a surname, then a field or department, then the office', () => {
  test('a discipline before a faculty head, an associate professor', () => {
    const got = people('調印式には、本学から中野総長、松本工学研究科長、川口経済学部准教授が出席しました。');
    assert.ok(
      got.some(([n, r]) => n === '松本' && r === '工学研究科長'),
      JSON.stringify(got),
    );
    assert.ok(
      got.some(([n]) => n === '川口'),
      JSON.stringify(got),
    );
  });

  test('an administrative department before its head, a one-kanji surname after "及び"', () => {
    const got = names('先方からは学長夫妻及び朴国際交流部長が出席し、本学からは木村真一総務課長が出席して会談しました。');
    for (const want of ['朴', '木村真一']) assert.ok(got.includes(want), JSON.stringify(got));
  });

  test('not the body\'s own word ("本学国際交流課長"), nor a department alone', () => {
    const got = names('会談には本学国際交流課長と国際交流部長が同席し、相手方の学長と意見を交わしました。');
    for (const wrong of ['本学', '国際交流', '']) assert.ok(!got.includes(wrong), JSON.stringify(got));
  });
});
