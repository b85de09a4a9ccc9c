// Title, publisher and publication date: what stands above and around a record's prose.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractHtmlString } from '../../electron/services/library/extract/html.ts';
import { markdownToText } from '../../electron/services/library/extract/markdown.ts';
import { readByline } from '../../electron/services/library/parse/byline.ts';
import { isPageFurniture } from '../../electron/services/library/parse/chrome.ts';
import { parseRecordText } from '../../electron/services/library/parse/index.ts';

const BODY =
  'The Foreign Minister held talks with his counterpart in Hanoi on Tuesday to discuss trade and investment.\n\nThe two sides agreed to meet again next year.';

describe('structured metadata', () => {
  test('front matter in a text file is metadata, not the title or a paragraph', () => {
    const r = parseRecordText(
      `title: Ministers discuss trade\npublished_time: 2023-05-14T09:00:00+07:00\nsource: Example Daily\n\n${BODY}`,
    );
    assert.equal(r.title, 'Ministers discuss trade');
    assert.equal(r.publishedAt, '2023-05-14');
    assert.equal(r.publisher, 'Example Daily');
    assert.ok(!r.paragraphs.some((p) => p.text.includes('published_time')));
  });

  test('a Markdown heading loses its "#" and is the title', () => {
    const r = parseRecordText(`# Ministers discuss trade in Hanoi\n\n${BODY}`);
    assert.equal(r.title, 'Ministers discuss trade in Hanoi');
    assert.equal(r.titleDerived, false);
  });

  test('Markdown front matter becomes candidates with their reasons', () => {
    const { text, hints } = markdownToText(
      `---\ntitle: "Talks in Hanoi"\ndate: 2022-05-14\nurl: https://example.org/a\n---\n\n${BODY}`,
    );
    assert.ok(!text.includes('title:'));
    assert.ok(hints.candidates?.some((c) => c.field === 'publishedAt' && c.value === '2022-05-14'));
    assert.ok(!hints.candidates?.some((c) => c.value.startsWith('http')));
  });

  test('a page’s JSON-LD date in a @graph wins over its update date, and the site name is the publisher', () => {
    const html = `<html><head>
      <meta property="og:site_name" content="Example News">
      <meta property="og:updated_time" content="2023-06-01T10:00:00Z">
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Example News"},
        {"@type":"NewsArticle","headline":"Ministers meet in Hanoi","datePublished":"2023-05-14T08:00:00+07:00","dateModified":"2023-06-01","publisher":{"@type":"Organization","name":"Example News"}}]}</script>
      </head><body><article><h1>Ministers meet in Hanoi</h1><p>${BODY.replace('\n\n', '</p><p>')}</p></article></body></html>`;
    const doc = extractHtmlString(html);
    const r = parseRecordText(doc.text, { hints: doc.hints });
    assert.equal(r.publishedAt, '2023-05-14');
    assert.equal(r.publisher, 'Example News');
    assert.equal(r.title, 'Ministers meet in Hanoi');
    assert.ok((r.evidence.publishedAt?.confidence ?? 0) >= 0.9);
    assert.match(r.evidence.publishedAt?.why ?? '', /structured data/);
  });

  test('when the sharing title and the visible headline differ, the headline is the title', () => {
    const html = `<html><head><meta property="og:title" content="Hanoi talks: what to know"></head>
      <body><h1>Ministers agree to expand trade</h1><p>${BODY.split('\n\n')[0]}</p></body></html>`;
    const doc = extractHtmlString(html);
    assert.equal(parseRecordText(doc.text, { hints: doc.hints }).title, 'Ministers agree to expand trade');
  });
});

describe('bylines and datelines', () => {
  test('Korean "입력 … 수정 …": the input date is the publication date', () => {
    assert.deepEqual(readByline('홍길동 기자 입력 2021.04.29 10:00 수정 2021.04.30 09:12'), {
      published: '2021-04-29',
      updated: '2021-04-30',
      label: '입력',
    });
  });

  test('Vietnamese weekday byline and "author/outlet | date time"', () => {
    assert.equal(readByline('Thứ Năm, 29/04/2021 10:15 (GMT+7)')?.published, '2021-04-29');
    assert.equal(readByline('Minh Anh/Báo Mới | 29/04/2021 10:15')?.published, '2021-04-29');
  });

  test('a time before the date, and "Last updated" only: an update is weaker evidence', () => {
    assert.equal(readByline('10:30 JST, May 3, 2021')?.published, '2021-05-03');
    const r = parseRecordText(`Ministers meet in Tokyo\nLast updated: May 20, 2021\n\n${BODY}`);
    assert.equal(r.publishedAt, '2021-05-20');
    assert.ok((r.evidence.publishedAt?.confidence ?? 1) < 0.6);
  });

  test('a title with a date in it is not a date line', () => {
    assert.equal(readByline('Joint Statement on the Visit of the Prime Minister, 3 May 2021'), null);
    assert.equal(readByline('The ministers met in Seoul on 3 May 2021 and signed two agreements.'), null);
  });

  test('"date 2022-05-14" glued before the first line dates the record and leaves the text', () => {
    const r = parseRecordText(
      ' date 2022-05-14 Foreign Minister meets ASEAN counterpart\n\nThe Foreign Minister met his ASEAN counterpart in Jakarta on May 13 to review cooperation.',
    );
    assert.equal(r.publishedAt, '2022-05-14');
    assert.equal(r.title, 'Foreign Minister meets ASEAN counterpart');
  });

  test('a dateline’s day takes its year only from a stated date, and agrees with it', () => {
    const r = parseRecordText(
      'Published: 2021-04-24\n\nSEOUL, April 24 (Yonhap) -- The Foreign Minister held talks with his Vietnamese counterpart on Friday.',
    );
    assert.equal(r.publishedAt, '2021-04-24');
    assert.ok(r.evidence.publishedAt?.candidates.some((c) => c.source === 'dateline'));
    const alone = parseRecordText(
      'SEOUL, April 24 (Yonhap) -- The Foreign Minister held talks with his Vietnamese counterpart on Friday.',
    );
    assert.equal(alone.publishedAt, null);
  });
});

describe('chrome is not the title', () => {
  test('captions, trails, widgets and share bars are furniture', () => {
    for (const l of [
      '(Photo: VNA)',
      'Ảnh: TTXVN',
      '사진=외교부 제공',
      'Minister Lan (R) meets Ambassador Kim in Hanoi. Photo: VNA',
      'Home > News > Diplomacy',
      'Trang chủ / Thời sự',
      '홈 > 정치',
      'Hanoi 28°C',
      'KOSPI 2,500.12',
      'Zalo Facebook Twitter Print Copy link',
      'Read more: Trade ministers meet in Da Nang',
      'Welcome to the Ministry of Foreign Affairs',
    ])
      assert.equal(isPageFurniture(l), true, l);
    assert.equal(isPageFurniture('The ministers met in Seoul on Monday.'), false);
    assert.equal(isPageFurniture('Viet Nam – Korea: thirty years of partnership'), false);
  });

  test('a page whose headline sits among trails and captions still gives the headline', () => {
    const r = parseRecordText(
      `Home > News > Diplomacy\nHanoi 28°C\nMinisters agree to expand trade ties\nZalo Facebook Twitter Print Copy link\n(Photo: VNA)\n\n${BODY}`,
    );
    assert.equal(r.title, 'Ministers agree to expand trade ties');
  });

  test('a record that starts with its prose has no title of its own', () => {
    const r = parseRecordText(BODY);
    assert.equal(r.titleDerived, true);
    assert.equal(r.evidence.title?.check, true);
  });

  test('the site name alone above the text is not the title', () => {
    const r = parseRecordText(`Example News\n\n${BODY}`, { hints: { publisher: 'Example News' } });
    assert.equal(r.titleDerived, true);
  });
});

describe('publisher', () => {
  test('Korean agency form "(서울=연합뉴스) 기자 =" names the agency and leaves the text', () => {
    const r = parseRecordText(
      '(서울=연합뉴스) 김민수 기자 = 외교부 장관은 29일 베트남 외교장관과 통화했다고 외교부가 밝혔다.\n\n양측은 협력을 강화하기로 했다.',
    );
    assert.match(r.publisher ?? '', /연합뉴스/);
    assert.ok(r.paragraphs[0]?.text.startsWith('외교부 장관은'));
  });

  test('an outlet tag in square brackets opens the text; a story label does not', () => {
    assert.match(parseRecordText(`[KBS] ${BODY}`).publisher ?? '', /KBS/);
    assert.equal(parseRecordText(`[LEAD] ${BODY}`).publisher, null);
  });

  test('an unknown agency tag is read from the dateline shape', () => {
    const r = parseRecordText('JAKARTA (XYZ) – The Foreign Minister met her counterpart on Monday in Jakarta.');
    assert.equal(r.publisher, 'XYZ');
  });
});
