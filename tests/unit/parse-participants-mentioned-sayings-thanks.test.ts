// People named only for what they once said, for the thanks owed to them, or as the sender of an
// invitation an envoy carries: "As President X once said, …", "grateful to King Y", "conveyed an
// invitation from President Z", "biết ơn Tổng thống X", "trao thư của Tổng thống X gửi Chủ tịch nước Y".
// They were not in the room; the two who met still are.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);
const MET = 'Foreign Minister Lena Park received Ambassador Omar Haddad of Jordan at the ministry on Tuesday.';

describe('an English record quoting a leader for a saying of another time leaves the leader out', () => {
  test('"As President X once said, …" at the start of a sentence', () => {
    const got = names(`${MET} As President Samuel Obi once said, friendship is built step by step.`);
    assert.ok(!got.includes('Samuel Obi'), String(got));
    assert.ok(got.includes('Lena Park') && got.includes('Omar Haddad'), String(got));
  });

  test('"as former President X famously put it" and "as the King has often stated" inside a sentence', () => {
    const got = names(
      `${MET} The ambassador said that, as former President Tomas Reyes famously put it, trade is the road to peace. He added that, as King Hassan Idris has often stated, the two peoples are brothers.`,
    );
    assert.ok(!got.includes('Tomas Reyes'), String(got));
    assert.ok(!got.includes('Hassan Idris'), String(got));
  });

  test('"As President X said at the talks" is a speaker in the room: kept', () => {
    const got = names(`${MET} As Minister Lena Park said at the talks, the ties are strong.`);
    assert.ok(got.includes('Lena Park'), String(got));
  });

  test('"In the words of President X, …"', () => {
    const got = names(`${MET} In the words of President Samuel Obi, the two nations are partners.`);
    assert.ok(!got.includes('Samuel Obi'), String(got));
  });
});

describe('an English record naming the leader someone is grateful to, or whose invitation an envoy carries, leaves him out', () => {
  test('"remains grateful to King X for his support"', () => {
    const got = names(`${MET} Minister Park said her country remains grateful to King Hassan Idris for his support.`);
    assert.ok(!got.includes('Hassan Idris'), String(got));
    assert.ok(got.includes('Omar Haddad'), String(got));
  });

  test('"conveyed an invitation from President X to President Y"', () => {
    const got = names(
      `${MET} Ambassador Haddad conveyed an invitation from President Samuel Obi to President Maria Kent to visit Amman.`,
    );
    assert.ok(!got.includes('Samuel Obi'), String(got));
    assert.ok(!got.includes('Maria Kent'), String(got));
  });

  test('"visited at the invitation from President X": the host, kept', () => {
    const got = names(
      'President Maria Kent visited Amman at the invitation from President Samuel Obi. The two presidents held talks on Monday.',
    );
    assert.ok(got.includes('Samuel Obi'), String(got));
  });
});

describe('a Vietnamese record naming the leader owed gratitude, or the addressee of a letter handed over, leaves them out', () => {
  const TIEP = 'Bộ trưởng Ngoại giao Trần Văn Minh đã tiếp Đại sứ Jordan Omar Haddad tại trụ sở Bộ.';
  test('"bày tỏ biết ơn Tổng thống X"', () => {
    const got = names(`${TIEP} Bộ trưởng Trần Văn Minh bày tỏ biết ơn Quốc vương Hassan Idris đã ủng hộ Việt Nam.`);
    assert.ok(!got.includes('Hassan Idris'), String(got));
    assert.ok(got.includes('Trần Văn Minh') && got.includes('Omar Haddad'), String(got));
  });

  test('"trao thư của Quốc vương X gửi Chủ tịch nước Y"', () => {
    const got = names(`${TIEP} Đại sứ trao thư của Quốc vương Hassan Idris gửi Chủ tịch nước Lê Văn Hòa.`);
    assert.ok(!got.includes('Lê Văn Hòa'), String(got));
    assert.ok(!got.includes('Hassan Idris'), String(got));
  });

  test('credentials presented to the head of state keep him: "trình Quốc thư … lên Chủ tịch nước Y"', () => {
    const got = names('Đại sứ Jordan Omar Haddad trình Quốc thư của Quốc vương Hassan Idris lên Chủ tịch nước Lê Văn Hòa.');
    assert.ok(got.includes('Lê Văn Hòa'), String(got));
  });
});
