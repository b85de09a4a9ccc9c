// What a page prints around its headline that is never the headline: the kind of document on a line of
// its own ("Photo Release", "Pressemeldung") and its number ("Nr. 170 / 2008"), the headings a page gives
// screen readers ("Navigation und Suche"), a caption under its label ("Pie de foto: …"), a "posted on" line
// in a site's date template ("Đã đăng vào 20 Th1, 2020"), a trail closed by "≫". And a title made from the
// first sentence when there is no headline: the page's date before it and a name's initial inside it are no
// part of it, nor the date stamp a headline runs into.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const read = (lines: string[]) => parseRecordText(lines.join('\n'));
const title = (lines: string[]): string | null => read(lines).title;

describe('labels around the headline are not the headline', () => {
  test('a university release: language switch, screen-reader headings, kind and number, then the dated headline', () => {
    const got = title([
      'ENGLISCH Navigation und Suche',
      '',
      'ENGLISCH Hauptinhalt',
      '',
      'Pressemeldung',
      '',
      'Nr. 42 / 2019',
      '',
      '14. March 2019 : Delegation aus Kyoto besucht die Hochschule',
      '',
      'Eine Delegation der Partneruniversität in Kyoto besuchte am 13. März die Hochschule und traf den Präsidenten.',
    ]);
    assert.equal(got, 'Delegation aus Kyoto besucht die Hochschule');
  });

  test('a "Photo Release" label over a text that opens with its date: the headline is what comes before the colon', () => {
    const got = title([
      'Photo Release',
      '',
      'March 3, 2022 Governor welcomes trade mission from Chile: Governor Ana Reyes received a trade delegation from Chile led by Minister Luis Soto on 2 March 2022.',
    ]);
    assert.equal(got, 'Governor welcomes trade mission from Chile');
  });

  test('a caption under its Spanish label above the headline is the photo, not the story', () => {
    const got = title([
      'Pie de foto: El ministro y la embajadora durante la reunión',
      'Reunión del Ministro de Comercio con la Embajadora de Noruega y el Secretario General del Foro Nórdico.',
      '12/04/2022 - 10:15',
      'El ministro de Comercio recibió este martes a la embajadora de Noruega para conversar sobre el comercio bilateral y la pesca.',
    ]);
    assert.equal(got, 'Reunión del Ministro de Comercio con la Embajadora de Noruega y el Secretario General del Foro Nórdico');
  });

  test('a Vietnamese "posted on" line with the short month is the date, not the headline', () => {
    const got = read([
      'Sở Ngoại vụ tiếp đoàn công tác tỉnh Gyeonggi',
      '',
      'Đã đăng vào 14 Th3, 2022',
      '',
      'Sáng 12/3, Giám đốc Sở Ngoại vụ Trần Văn An đã tiếp và làm việc với đoàn công tác tỉnh Gyeonggi, Hàn Quốc.',
    ]);
    assert.equal(got.title, 'Sở Ngoại vụ tiếp đoàn công tác tỉnh Gyeonggi');
    assert.equal(got.publishedAt, '2022-03-14');
  });

  test('a trail closed by "≫": the headline printed below it', () => {
    const got = title([
      'HOMEお知らせ ≫ 姉妹都市代表団 表敬訪問 ≫',
      '',
      '姉妹都市代表団 表敬訪問',
      '',
      '姉妹都市から代表団が来訪し、市長を表敬訪問しました。記念品の交換を行いました。',
    ]);
    assert.equal(got, '姉妹都市代表団 表敬訪問');
  });

  test('a headline that happens to start with "Statement on" is still the headline', () => {
    const got = title([
      'Statement on the visit of the Foreign Minister of Peru',
      '',
      'The Foreign Minister of Peru visited the capital on Monday and met the Prime Minister.',
    ]);
    assert.equal(got, 'Statement on the visit of the Foreign Minister of Peru');
  });
});

describe('a title made from the first sentence', () => {
  test("a name's initial does not end the sentence", () => {
    const got = title([
      'Dubes RI Niniek K. Naryatie dan Senator dari Argentina Bahas Kerja Sama Parlemen',
      'redaksi - Selasa, 12 Oktober 2021 11:59 BUENOS AIRES - Duta Besar Indonesia bertemu Senator Argentina.',
    ]);
    assert.equal(got, 'Dubes RI Niniek K. Naryatie dan Senator dari Argentina Bahas Kerja Sama Parlemen');
  });

  test('a headline run into its date stamp and the next line of the page: the headline alone', () => {
    const got = title([
      '友好協会主催「2024年新春交流会」 2024年2月3日 最終更新日時 : 2024年2月3日 管理者 新春交流会で挨拶を行いました。 交流の積み重ねが大切です。',
    ]);
    assert.equal(got, '友好協会主催「2024年新春交流会」');
  });

  test('a date inside the sentence after a preposition stays in it', () => {
    const got = title(['The minister met the ambassador on May 4, 2021 in Hanoi to discuss trade and investment ties.']);
    assert.ok(got?.includes('May 4, 2021'), String(got));
  });
});
