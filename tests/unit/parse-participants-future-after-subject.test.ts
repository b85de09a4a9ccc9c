// Turkish and Chinese tell a plan after the person: Turkish closes the sentence on its verb
// ("…evinde ziyaret edecek.", "…görüşmesi bekleniyor."), Chinese puts "will" right after the subject
// ("王毅將于…訪問", "外长…即将访华"). Someone named only in such sentences is to be met, not met.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { reportsMeeting } from '../../electron/node/library/parse/participants/meeting.ts';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('a plan told after the name: the desk officer lists only who was in the room', () => {
  test('Turkish: the envoy was received; the minister who "comes tomorrow" ("yarın … geliyor") is not a participant', () => {
    const got = names(
      "Vali Ahmet Yılmaz, Macaristan'ın Ankara Büyükelçisi Peter Kovacs'ı makamında kabul etti.\n\nMacaristan Dışişleri Bakanı Laszlo Farkas yarın Ankara'ya geliyor.",
    );
    assert.ok(got.includes('Peter Kovacs'), String(got));
    assert.ok(!got.includes('Laszlo Farkas'), String(got));
  });

  test('Turkish: talks with three ministers "are expected" on the sidelines: none of them met yet', () => {
    const got = names(
      "Bakan Ali Kaya, Cidde'de İİT toplantısına katıldı.\n\nKaya'nın toplantı marjında Fas Dışişleri Bakanı Karim Benali ve Ürdün Dışişleri Bakanı Samir Haddad ile görüşmesi bekleniyor.",
    );
    assert.ok(!got.includes('Karim Benali'), String(got));
    assert.ok(!got.includes('Samir Haddad'), String(got));
  });

  test('Turkish: a participle inside the sentence ("katılacak olan") does not make a past meeting a plan', () => {
    const got = names('Törene katılacak olan Gürcistan Başbakanı Levan Beridze, dün Cumhurbaşkanı Ahmet Sezgin ile görüştü.');
    assert.ok(got.includes('Levan Beridze'), String(got));
  });

  test('Chinese: a spokesperson announces that the minister "將于" visit: no meeting yet', () => {
    const text = '外交部發言人宣布:應南非外長邀請,國務委員兼外交部長張明將于10月17日至23日對南非進行正式訪問。';
    assert.equal(reportsMeeting([text]), false);
    assert.deepEqual(names(text), []);
  });

  test('Chinese: the visiting minister who "即将访华" is not met in a story about the plan', () => {
    const got = names(
      '日本外长山本一郎即将开展就任后的首次访华行程。这是山本一郎首次访问中国。\n\n据报道,山本一郎将于12月25日与中国外交部长李华举行会谈。',
    );
    assert.ok(!got.includes('山本一郎'), String(got));
  });

  test('Chinese: a readout in the past keeps its two sides', () => {
    const got = names('10月17日,国务委员兼外交部长张明在北京会见了南非外长玛丽·恩科西。双方就两国关系交换了意见。');
    assert.ok(got.length >= 1, String(got));
  });
});
