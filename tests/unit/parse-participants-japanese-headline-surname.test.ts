// A Japanese headline shortens a leader to surname, country and office: "温中国首相が来日" (Premier Wen
// of China). The country between them is the leader's, the surname the one the story names in full.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('surname, country and office in a Japanese headline', () => {
  test('"温中国首相が来日": read as the premier the story names in full, not a Mr 温中国', () => {
    const got = people(
      '温中国首相が来日\n\n中国の温家宝首相は11日夕、首相官邸で安倍晋三首相と会談した。両首相は戦略的互恵関係の推進で一致した。',
    );
    const names = got.map((p) => p.name);
    assert.ok(!names.includes('温中国'), String(names));
    assert.ok(names.includes('温家宝'), String(names));
  });

  test('"日中首相会談": two countries and an office name no one', () => {
    const got = people('日中首相会談\n\n中国の温家宝首相は11日、首相官邸で安倍晋三首相と会談した。');
    assert.ok(!got.some((p) => p.name === '日' || p.name === '日中'), JSON.stringify(got.map((p) => p.name)));
  });
});
