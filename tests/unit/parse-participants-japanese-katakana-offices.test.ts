// A foreign guest in a Japanese record keeps the Latin letters of the card, and a mission or a foreign body writes
// the office in katakana straight after it: "Philip Mastersonプログラムオフィサー", "Anna Berg 在日アメリカ大使館
// コントロールオフィサー" (the visit's control officer). The guest is read with the katakana office.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('Latin names with an office in katakana (Japanese)', () => {
  test('"…所長とJane Rossプログラムオフィサーの2名が調印式に参加": both signatories\' party is read', () => {
    const got = people(
      '協会は3日、東南アジアの高等教育機関と覚書を締結した。機関からは、Somchai Prasert所長とJane Rossプログラムオフィサーの2名が調印式に参加しました。',
    );
    const ross = got.find((p) => p.name === 'Jane Ross');
    assert.ok(ross, JSON.stringify(got.map((p) => p.name)));
    assert.equal(ross.role, 'プログラムオフィサー');
  });

  test('"Anna Berg 在日アメリカ大使館コントロールオフィサー": the embassy\'s officer, of the United States', () => {
    const got = people(
      '5月2日にMary Stone在日アメリカ大使館首席公使の訪問を受けました。ほかに訪問されたのは、Anna Berg 在日アメリカ大使館コントロールオフィサー、Tom Reed 同 政治担当領事です。',
    );
    const berg = got.find((p) => p.name === 'Anna Berg');
    assert.ok(berg, JSON.stringify(got.map((p) => p.name)));
    assert.equal(berg.role, 'コントロールオフィサー');
    assert.equal(berg.country, 'United States');
  });
});
