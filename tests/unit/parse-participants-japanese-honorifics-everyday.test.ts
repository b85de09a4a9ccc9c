// A Japanese record names its people with the honorifics of the language ("氏", "さん", "閣下"), in a list of those
// who attended, after an office (a katakana name too), or after the body they belong to set off by a dot
// ("〇〇協会・山田太郎会長"): each one the desk officer should see, and none the record only speaks of.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('a Japanese record naming its people with the honorifics of the language', () => {
  test('"A氏、B氏、C氏が出席した": each guest listed with "氏" as attending is in the room', () => {
    const got = names(
      '11月3日、市長は市役所で姉妹都市の訪問団と懇談しました。懇談には、大野健太氏、小和田哲男氏、森下誠氏が出席し、今後の交流について意見を交わしました。',
    );
    for (const n of ['大野健太', '小和田哲男', '森下誠']) assert.ok(got.includes(n), String(got));
  });

  test('"トム・ハンクス氏と懇談した": a katakana name with "氏" before the verb of the meeting', () => {
    const got = names(
      '9月5日午後、山川一郎市長は市役所を訪れたジョージ・ウィルソン氏と懇談し、両市の交流について意見交換しました。',
    );
    assert.ok(got.includes('ジョージ・ウィルソン'), String(got));
  });

  test('"駐日米国大使のラーム・エマニュエル氏と面会": the envoy named after his office in katakana', () => {
    const got = names(
      '10月3日、知事は県庁で駐日米国大使のマイケル・ブラウン氏と面会し、経済交流の拡大について意見を交わしました。',
    );
    assert.ok(got.includes('マイケル・ブラウン'), String(got));
  });

  test('"総領事の薛剣氏の訪問を受けた": the consul general whose visit was received, not a Mr "China in Osaka"', () => {
    const got = names(
      '4月12日、大阪商工会議所の森田晃会頭は、中国駐大阪総領事の周明氏の訪問を受け、経済交流について懇談しました。',
    );
    assert.ok(got.includes('周明'), String(got));
    assert.ok(!got.some((n) => n?.includes('駐')), String(got));
  });

  test('"在重慶日本国総領事 小松一郎閣下": an envoy named after his office with "閣下"', () => {
    const got = names(
      '6月1日、知事は雲南省政府を訪問し、副省長と会談しました。会談には在重慶日本国総領事 森田一郎閣下も同席しました。',
    );
    assert.ok(got.includes('森田一郎'), String(got));
  });

  test('"観光協会・山田太郎会長": the body, a dot, then the name and office', () => {
    const got = names(
      '5月20日、訪問団が市役所を表敬訪問しました。市側からは市長、市観光協会・山口正人会長、同・中川美和副会長が出席し、歓迎しました。',
    );
    for (const n of ['山口正人', '中川美和']) assert.ok(got.includes(n), String(got));
  });

  test('"王建国・大連市人民政府外事弁公室副主任": a name, a dot, then the body and the office', () => {
    const got = names(
      '9月1日、当事務所は設立記念レセプションを開催しました。王建国・大連市人民政府外事弁公室副主任、山下一郎・大連日本商工会理事長をはじめ、約200名が出席しました。',
    );
    for (const n of ['王建国', '山下一郎']) assert.ok(got.includes(n), String(got));
  });

  test('"経済・文化交流協会会長": two fields of one body before its office, no name', () => {
    const got = names('9月1日、市長は市役所で経済・文化交流協会会長と懇談し、今後の交流について意見を交わしました。');
    assert.ok(!got.includes('経済'), String(got));
  });

  test('"南スラウェシ州知事アンディ・スディルマン・スライマンは": the office, then a foreign name in katakana', () => {
    const got = names(
      '6月7日、北スマトラ州知事アフマド・ハリム・サレーは、州都メダンの州知事事務所で日本の特命全権大使と会談し、投資と観光の協力について意見を交わしました。',
    );
    assert.ok(got.includes('アフマド・ハリム・サレー'), String(got));
  });

  test('"大統領ジョー・バイデンの親書": the owner of a letter handed over, not someone met', () => {
    const got = names('6月7日、知事は県庁で大使と会談し、米国大統領ロバート・ミラーの親書を受け取りました。');
    assert.ok(!got.includes('ロバート・ミラー'), String(got));
  });

  test('"村上春樹氏の小説を紹介した", "首相からの親書": people only spoken of stay out', () => {
    const got = names('5日、山田一郎市長はジョン・スミス氏と会談し、村上春樹氏の小説と岸田首相からの親書を紹介しました。');
    assert.ok(got.includes('ジョン・スミス'), String(got));
    assert.ok(!got.includes('村上春樹') && !got.some((n) => n?.includes('岸田')), String(got));
  });
});
