// People a record recalls from another time are named around the meeting, not in it: the
// president a government serves under, the one who appointed an envoy, an officer appointed
// decades ago, a minister "appointed last June" in Korean, "từng" in Vietnamese, 曾 in Chinese.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('people recalled from another time are not participants', () => {
  test('"under President X": the leader a government serves is not at the table', () => {
    const got = names(
      'National Security Adviser Moeed Yusuf met National Security Adviser Jake Sullivan in Geneva on Sunday.\n\nPakistan hopes to rebuild ties with the new US administration under President Joe Biden.',
    );
    assert.ok(got.includes('Moeed Yusuf') && got.includes('Jake Sullivan'));
    assert.ok(!got.includes('Joe Biden'));
  });

  test('"appointed by President X" and "when General X was appointed": history, not the meeting', () => {
    const got = names(
      'Foreign Secretary Enrique Manalo met Secretary of State Marco Rubio in Munich. Rubio spoke with Manalo shortly after being appointed by US President Donald Trump.\n\nThe post has existed since 1969, when Major General Ghulam Omar was appointed as its first holder.',
    );
    assert.ok(got.includes('Enrique Manalo') && got.includes('Marco Rubio'));
    assert.ok(!got.includes('Donald Trump'));
    assert.ok(!got.includes('Ghulam Omar'));
  });

  test('"the government, led by Prime Minister X" praises a leader who was not at the table', () => {
    const got = names(
      'Foreign Minister Abdul Momen met Foreign Minister Ali Sabry in Colombo.\n\nThe ministers praised the Bangladesh government, led by Prime Minister Sheikh Hasina, for its growth.',
    );
    assert.ok(got.includes('Abdul Momen') && got.includes('Ali Sabry'));
    assert.ok(!got.includes('Sheikh Hasina'));
  });

  test('"in a phone call with X last week" recalls an earlier call, not this meeting', () => {
    const got = names(
      'Foreign Minister Wang Yi met Secretary of State Rex Tillerson in Bonn on Friday.\n\nIn a phone call with Chinese leader Xi Jinping last week, the US side changed tack.',
    );
    assert.ok(got.includes('Wang Yi') && got.includes('Rex Tillerson'));
    assert.ok(!got.includes('Xi Jinping'));
  });

  test('"X had then said …", "X said last month …": words from another time, not from the table', () => {
    const got = names(
      'Foreign Minister Shah Mehmood Qureshi met Foreign Minister Ana Costa in Lisbon.\n\nHis Chinese counterpart Wang Yi had then said the issue should be settled peacefully. Deputy Foreign Minister Sergei Ryabkov said last month that talks would go on.',
    );
    assert.ok(got.includes('Shah Mehmood Qureshi') && got.includes('Ana Costa'));
    assert.ok(!got.includes('Wang Yi'));
    assert.ok(!got.includes('Sergei Ryabkov'));
  });

  test('"an uprising against President X", "los choques entre los presidentes X y Y": the background, not the table', () => {
    const en = names(
      'Secretary-General Ban Ki-moon met Foreign Minister Ana Costa in New York.\n\nThousands have been killed since an uprising against President Bashar al-Assad erupted.',
    );
    assert.ok(en.includes('Ban Ki-moon') && en.includes('Ana Costa'));
    assert.ok(!en.includes('Bashar al-Assad'));
    const es = names(
      'El canciller Luis Murillo recibió a la canciller Diana Mondino en San Carlos.\n\nLa visita llega tras los choques entre los presidentes Javier Milei y Gustavo Petro.',
    );
    assert.ok(es.includes('Luis Murillo') && es.includes('Diana Mondino'));
    assert.ok(!es.includes('Javier Milei'));
  });

  test('"he said he hoped to meet Prime Minister X": someone he wishes to meet, not someone he met', () => {
    const got = names(
      'Adviser Sartaj Aziz met Chief Minister Vasundhara Raje in Durban on Tuesday.\n\nAziz said the talks were constructive.\n\nHe said he hoped to meet Indian Prime Minister Atal Bihari Vajpayee soon.',
    );
    assert.ok(got.includes('Sartaj Aziz') && got.includes('Vasundhara Raje'));
    assert.ok(!got.includes('Atal Bihari Vajpayee'));
  });

  test('a Chinese preview: "届时，王毅将同岩屋毅举行会谈" names people to be met later, not met', () => {
    const got = names(
      '中国外交部发言人今天宣布，日本外相岩屋毅将于12月25日访华。\n\n届时，中共中央政治局委员、外交部长王毅将同岩屋毅举行会谈。',
    );
    assert.ok(!got.includes('王毅'));
  });

  test('but "chaired by" or a meeting "under the chairmanship of" a minister keeps the chair', () => {
    const got = names('The talks were held under the chairmanship of Foreign Minister Ana Costa, who met Minister Lena Berg.');
    assert.ok(got.includes('Ana Costa') && got.includes('Lena Berg'));
  });

  test('a Korean report: "최선희 외무상은 지난 6월 임명됐다" recalls an appointment, not a meeting', () => {
    const got = names(
      '박진 외교부 장관은 12일 프놈펜에서 안광일 대사와 만났다.\n\n이어 최선희 외무상에게 취임을 축하한다고 전해달라고 했다. 최선희 외무상은 지난 6월 임명됐다.',
    );
    assert.ok(got.includes('박진'));
    assert.ok(!got.includes('최선희'));
  });

  test('a Korean report: "지난 7일 자카르타에서 진행된 X 대통령과 Y 총리의 회담" recalls an earlier meeting', () => {
    const got = names(
      '한덕수 국무총리는 23일 항저우에서 시진핑 국가주석과 면담했다.\n\n이번 면담은 지난 7일 자카르타에서 진행된 윤석열 대통령과 리창 총리의 회담 이후 보름 만이다.',
    );
    assert.ok(got.includes('한덕수'));
    assert.ok(!got.includes('윤석열'));
  });

  test('a Vietnamese report: "X từng …" (X once …) recalls an earlier visit', () => {
    const vi = names(
      'Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Ngoại trưởng Lena Berg tại Hà Nội.\n\nNguyên Bộ trưởng Phạm Gia Khiêm từng thăm Na Uy năm 2005.',
    );
    assert.ok(vi.includes('Bùi Thanh Sơn'));
    assert.ok(!vi.includes('Phạm Gia Khiêm'));
  });

  test('a Chinese report: "此前，外交部长李肇星曾…" recalls an earlier visit', () => {
    const zh = names('外交部长王毅在北京会见美国国务卿蒂勒森。\n\n此前，外交部长李肇星曾访问华盛顿。');
    assert.ok(zh.includes('王毅'));
    assert.ok(!zh.includes('李肇星'));
  });
});
