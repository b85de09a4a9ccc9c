// What a page shows where a widget stands, copied as text above the record: the ad slot ("Advertisement", "광고"),
// the logo ("로고", "Site icon …"), the navigation's controls ("Nav view search"), a share button in the page's
// language ("Twittern"), a Japanese site's skip links told as sentences. None is the headline; a headline that
// names an advertisement or a search still is one.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

describe('page slots and controls above the text', () => {
  test("an ad slot and the site's logo above a Korean new-year address with no headline", () => {
    const text = [
      '광고',
      '광고',
      '로고',
      '',
      '김민수 기자 | 기사입력 2024/01/01 [09:00]',
      '',
      '존경하는 시민 여러분, 새해 복 많이 받으십시오. 올해도 시민 여러분과 함께 더 나은 도시를 만들겠습니다.',
    ].join('\n');
    assert.notEqual(title(text), '로고');
  });

  test("the navigation's controls in a row are not the headline", () => {
    const text = [
      'Nav view search',
      '',
      '',
      'The university president concluded his visit to Kenya and met the governors of two counties and some graduates.',
      '',
      'The president met the deputy governor of Kisumu on Monday to discuss scholarships and research.',
    ].join('\n');
    assert.notEqual(title(text), 'Nav view search');
  });

  test("the site's icon named by its alternative text", () => {
    const text = [
      'Ícone do site Jornal da Cidade',
      '',
      'Prefeito recebe embaixador do Japão',
      '',
      'O prefeito recebeu nesta terça-feira o embaixador do Japão para discutir investimentos e intercâmbio cultural.',
    ].join('\n');
    assert.equal(title(text), 'Prefeito recebe embaixador do Japão');
  });

  test("a German share button above the page's date line", () => {
    const text = [
      'Twittern',
      '',
      '14.03.2024, 10:15 Uhr',
      '',
      'Die Bürgermeisterin hat am Montag den Botschafter der Republik Chile im Rathaus empfangen. Beide sprachen über Schulpartnerschaften.',
    ].join('\n');
    assert.notEqual(title(text), 'Twittern');
  });

  test("a Japanese prefecture's skip links, told as sentences, above the headline", () => {
    const text = [
      'このページは、共通のメニューを読み飛ばすことができます。直接本文をご覧になるかたは「このページの情報へ」というリンクをクリックしてください。',
      'サイト共通のメニューへ',
      'このページの情報へ',
      '',
      'ここからこのページの情報です。',
      '',
      'パンくずリスト(現在位置の表示)',
      '',
      '知事がタイ王国大使の表敬訪問を受けました',
      '',
      '知事は5月10日、県庁で駐日タイ王国大使の表敬訪問を受け、観光と農業の交流について意見を交わしました。',
    ].join('\n');
    assert.equal(title(text), '知事がタイ王国大使の表敬訪問を受けました');
  });

  test('a headline about an advertisement or a search keeps its words', () => {
    const text = [
      'Ministers search for common ground on advertising rules',
      '',
      'The two ministers met in Brussels on Friday to discuss rules for online advertising.',
    ].join('\n');
    assert.equal(title(text), 'Ministers search for common ground on advertising rules');
  });
});
