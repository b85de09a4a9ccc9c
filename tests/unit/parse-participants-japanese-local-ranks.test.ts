// A Japanese town or prefecture lists its officials below the head by their ranks: the deputy director ("次長"),
// a section's chief ("係長"), the superintendent of education ("教育長"), the treasurer ("収入役"). The desk officer
// gets each of them, named with the rank, as the mayor and the assembly's chair beside them already are.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => [p.name, p.role]);

describe('Japanese: officials named with a rank below the head of their office', () => {
  test('a town lists its superintendent of education beside the mayor and the chair', () => {
    const got = people('友好町を訪問し、懇談しました。先方からは高橋一郎町長、中村浩教育長、森田議長が出席しました。');
    assert.ok(
      got.some(([n, r]) => n === '中村浩' && r === '教育長'),
      JSON.stringify(got),
    );
  });

  test('a delegation met by the treasurer at city hall', () => {
    const got = people('訪問団は20日、市役所を表敬訪問し、小西正人収入役らと会い、今後の交流について意見を交わした。');
    assert.ok(
      got.some(([n, r]) => n === '小西正人' && r === '収入役'),
      JSON.stringify(got),
    );
  });

  test('a deputy director who spoke at the reception, and a section chief in a visiting university', () => {
    const got = people(
      '大使らを招いた懇談会が開かれた。市東京事務所の森下和也次長は「交流を深めたい」と話した。大学からは学長と黄 美玲(ホアン・メイリン)教務係長が出席した。',
    );
    assert.ok(
      got.some(([n, r]) => n === '森下和也' && r === '次長'),
      JSON.stringify(got),
    );
    assert.ok(
      got.some(([n, r]) => n === '黄 美玲' && r === '教務係長'),
      JSON.stringify(got),
    );
  });
});
