// A Japanese record keeps a foreign guest's name in Latin letters, as the card writes it, and puts the
// office straight after it ("Mary Stone在日アメリカ大使館首席公使") or the honorific ("Paul Brandt氏").
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('names in Latin letters in a Japanese record', () => {
  test('"Mary Stone在日アメリカ大使館首席公使の訪問を受けました": the minister, of the United States', () => {
    const got = people(
      '3月2日にMary Stone在日アメリカ大使館首席公使の訪問を受けました。ほかに訪問されたのは、Tom Reed 駐大阪・神戸アメリカ総領事館 広報担当領事です。',
    );
    const stone = got.find((p) => p.name === 'Mary Stone');
    assert.ok(stone, JSON.stringify(got.map((p) => p.name)));
    assert.equal(stone.role, '首席公使');
    assert.equal(stone.country, 'United States');
    const reed = got.find((p) => p.name === 'Tom Reed');
    assert.equal(reed?.role, '広報担当領事');
  });

  test('"駐日大使 Paul Brandt氏は…": the honorific after the Latin name', () => {
    const got = people(
      '10日、各国の駐日大使が本学を訪れ、学生と懇談しました。駐日大使 Paul Brandt氏は学生との交流を喜びました。',
    );
    assert.ok(
      got.some((p) => p.name === 'Paul Brandt'),
      JSON.stringify(got.map((p) => p.name)),
    );
  });

  test('"New York市長": a place before its head is no person', () => {
    const got = people('代表団はNew York市長と懇談し、協定を結びました。山田学長も同席しました。');
    assert.ok(!got.some((p) => p.name === 'New York'), JSON.stringify(got.map((p) => p.name)));
  });

  test('"Osaka University学長": a body in Latin letters is no person', () => {
    const got = people('代表団はOsaka University学長と懇談し、協定を結びました。山田学長も同席しました。');
    assert.ok(!got.some((p) => p.name?.includes('University')), JSON.stringify(got.map((p) => p.name)));
  });
});
