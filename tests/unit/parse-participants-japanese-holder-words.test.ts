// Japanese glues to the name the words that say which holder of an office it is: "前" (former), "元"
// (one-time), "兼" (and also), "副" (deputy) inside the office, "代表"/"常務" before "理事". They are the
// role's; the name is what comes before them. A body's head ("県人会長", "国会議員") names no one.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);
const names = (text: string) => people(text).map((p) => p.name);

describe('words of the office glued after a Japanese name', () => {
  test('"田村進前会長" is the former chair 田村進, not 田村進前', () => {
    const got = people('訪問団は3日に市役所を訪れ、大川市長と懇談した。一行には森田会長、田村進前会長らが加わった。');
    const former = got.find((p) => p.name === '田村進');
    assert.ok(former, JSON.stringify(got.map((p) => p.name)));
    assert.equal(former.role, '前会長');
  });

  test('"秋元市長": a surname ending in 元 stays whole', () => {
    const got = names('秋元市長は5日、来日した中国の代表団と市役所で懇談し、今後の交流について意見を交わした。');
    assert.ok(got.includes('秋元'), String(got));
    assert.ok(!got.includes('秋'), String(got));
  });

  test('"大野理事兼事務局長" is 大野, a board member and also the secretary general', () => {
    const got = names('一行は知事を表敬訪問し、西川会長、大野理事兼事務局長が同席しました。');
    assert.ok(got.includes('大野'), String(got));
    assert.ok(!got.includes('大野理事兼'), String(got));
  });

  test('"前川副学部長": 副 starts the office after the name; "副島会長" keeps its surname', () => {
    const got = names('代表団は大学を訪れ、前川副学部長が歓迎しました。続いて副島会長と懇談しました。');
    assert.ok(got.includes('前川'), String(got));
    assert.ok(!got.some((n) => n?.startsWith('前川副')), String(got));
    assert.ok(got.includes('副島'), String(got));
  });

  test('"高野真一常務理事" and "劉明代表理事": board members, the rank before 理事 is the role', () => {
    const got = people(
      '代表団は会館を訪れ、小林会長と懇談しました。会館との協議には高野真一常務理事、劉明代表理事が出席しました。',
    );
    assert.deepEqual(
      got.map((p) => [p.name, p.role]),
      [
        ['小林', '会長'],
        ['高野真一', '常務理事'],
        ['劉明', '代表理事'],
      ],
    );
  });

  test('"県人会長" and "国会議員": the head of a body and a member of the Diet, no one named 県人 or 国会', () => {
    const got = names(
      '訪問団は県人会を訪れ、県人会長のあいさつで懇談が始まりました。一行はこのほか国会議員とも懇談しました。山本会長は歓迎しました。',
    );
    assert.ok(!got.includes('県人'), String(got));
    assert.ok(!got.includes('国会'), String(got));
    assert.ok(got.includes('山本'), String(got));
  });

  test('"初代会長" is which chair, not a name', () => {
    const got = names('交流会では浅野会長があいさつし、初代会長が設立した会の歴史を紹介しました。');
    assert.ok(!got.includes('初代'), String(got));
  });

  test('"会の評議員でもある…議員": a trustee of the association is an office, not a Mr 評', () => {
    const got = names('京都市長を表敬訪問しました。会の評議員でもある市会議員の森田明議員に取り計らっていただきました。');
    assert.ok(!got.includes('評'), String(got));
  });
});

describe('the field one is in charge of, before the title', () => {
  test('"北川徹国際担当参事" is 北川徹; "広報担当領事" alone names no one', () => {
    const got = names(
      '総領事は知事と会談し、北川徹国際担当参事が同席しました。総領事館からは広報担当領事、商務担当領事も出席しました。',
    );
    assert.ok(got.includes('北川徹'), String(got));
    assert.ok(!got.some((n) => n?.endsWith('担当')), String(got));
  });
});

describe('a list that closes on "の各…代表"', () => {
  test('"…の吉田一郎会長の各会派代表": the last of the list is one of those present, not an owner', () => {
    const got = names(
      '代表者の皆さんが議長を表敬訪問されました。A党の山下勇会長、B党の吉田一郎会長の各会派代表も加わり懇談しました。',
    );
    assert.ok(got.includes('吉田一郎'), String(got));
    assert.ok(got.includes('山下勇'), String(got));
  });
});
