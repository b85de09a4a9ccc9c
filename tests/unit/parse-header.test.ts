// Title, publisher and publication date: what stands above and around a record's prose.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractHtmlString } from '../../electron/node/library/extract/html.ts';
import { markdownToText } from '../../electron/node/library/extract/markdown.ts';
import { readByline } from '../../electron/node/library/parse/byline.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { isPageFurniture } from '../../electron/node/library/parse/page-furniture.ts';

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
    // An update date alone is a guess at the publication date: left empty, offered, marked Check.
    assert.equal(r.publishedAt, null);
    assert.equal(r.evidence.publishedAt?.check, true);
    assert.equal(r.evidence.publishedAt?.candidates[0]?.value, '2021-05-20');
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

describe('the page names its owner in its furniture', () => {
  const pub = (text: string): string | null => parseRecordText(text).publisher;

  test('a Korean copyright line names the paper after its slogan', () => {
    assert.equal(pub(`${BODY}\n\nⓒ'아시아 최고의 경제신문' 한빛일보. 무단전재·재배포 금지`), '한빛일보');
    assert.equal(pub(`${BODY}\n\n< 저작권자 ⓒ 남도신문, 무단 전재 및 재배포 금지 >`), '남도신문');
  });

  test('an English copyright line names the company, without the year', () => {
    assert.equal(pub(`${BODY}\n\n© 2024 The Example Herald. All rights reserved.`), 'The Example Herald');
  });

  test('a photo credit at the end of a caption is not a copyright line', () => {
    assert.equal(pub(`장관이 회담을 하고 있다. ⓒ뉴스통신\n\n${BODY}`), null);
  });

  test('a "Source" label above its value, a follow bar and a welcome banner name the site', () => {
    assert.equal(pub(`Talks in Hanoi\n출처\n외교부\n작성일\n2022.10.25\n\n${BODY}`), '외교부');
    assert.equal(pub(`Talks in Hanoi\n\nTheo dõi Baothegioi.vn trên\n\n${BODY}`), 'Baothegioi.vn');
    assert.equal(pub(`Welcome to the Example Institute. Research for peace.\n\nTalks in Hanoi\n\n${BODY}`), 'Example Institute');
  });

  test('a sign-off closing the article names the outlet', () => {
    assert.equal(pub(`${BODY}\n\nABC 뉴스\n\nXS\n\nLG`), 'ABC');
    assert.equal(pub(`${BODY}\n\nTTXVN/Báo Sự kiện`), 'Báo Sự kiện');
  });

  test('an outlet and its reporter in brackets open the text, even after a caption', () => {
    const r = parseRecordText(
      '장관이 악수하고 있다. [사진=외교부]\n\n[한빛경제=김민수 기자] 외교부 장관은 26일 서울에서 일본 외무상과 회담을 가졌다.\n\n양측은 협력을 강화하기로 했다.',
    );
    assert.equal(r.publisher, '한빛경제');
    assert.ok(r.paragraphs.some((p) => p.text.startsWith('외교부 장관은 26일')));
  });

  test('an outlet before the dash, before its date, or after a Russian dateline', () => {
    assert.equal(pub(`Baomoi - ${BODY}`), 'Baomoi');
    assert.equal(pub(`(Tin Nhanh) - ${BODY}`), 'Tin Nhanh');
    // Before a byline's date, a site's domain or a known agency: a bare word may be a weekday or a city.
    assert.equal(pub(`Talks in Hanoi\n\nExamplenews.com, May 17, 2016\n\n${BODY}`), 'Examplenews.com');
    assert.equal(pub(`Talks in Hanoi\n\nXinhua, May 17, 2016\n\n${BODY}`), 'Xinhua News Agency (Xinhua)');
    assert.equal(
      pub('МОСКВА, 6 мая — Пример Новости. Министр провёл переговоры с коллегой.\n\nСтороны договорились.'),
      'Пример Новости',
    );
  });

  test('a hyphenated place in a sub-point is not an outlet tag', () => {
    assert.equal(pub('1. Outcomes of the talks.\n• Flights will resume.\n◦ Incheon-Hanoi first.'), null);
  });
});

describe('the headline among page furniture', () => {
  test('the headline is the line above its byline, not the standfirst below it', () => {
    const r = parseRecordText(
      `정부 "대화의 장으로 나와야"\n\n김철수 기자\n\n입력 2025.05.22 15:02\n\n"정세 악화에 우려"\n\n${BODY}`,
    );
    assert.equal(r.title, '정부 "대화의 장으로 나와야"');
  });

  test('a section label above the headline and a date in brackets do not make the headline', () => {
    const r = parseRecordText(`최근소식\n\n한-베트남 외교장관회담 (10.18.)\n출처\n외교부\n작성일\n2022.10.25\n\n${BODY}`);
    assert.equal(r.title, '한-베트남 외교장관회담 (10.18.)');
  });

  test('a long headline with no full stop above the lead is still the headline', () => {
    const head =
      'Readout of the Secretary-General’s meeting with the Minister for Foreign Affairs of the Example Republic, on the margins of the high-level week of the General Assembly in New York';
    const r = parseRecordText(`${head}\n\nSpokesperson for the Secretary-General\n\n${BODY}`);
    assert.equal(r.title, head);
  });

  test('a headline printed twice after the text, above its byline, is found', () => {
    const r = parseRecordText(
      `${BODY}\n정치\n홍길동\n대통령, 정상과 통화‥"공조 강화"\n대통령, 정상과 통화‥"공조 강화"\n입력 2024-04-17 20:29 |`,
    );
    assert.equal(r.title, '대통령, 정상과 통화‥"공조 강화"');
  });

  test('a country section above a Japanese headline and its era date is not the headline', () => {
    const r = parseRecordText(
      'アメリカ合衆国\n\n日米外相会談\n\n平成29年4月28日\n\n岸田外務大臣は,ティラソン国務長官と会談を行ったところ,概要は以下のとおりです。',
    );
    assert.equal(r.title, '日米外相会談');
  });

  test('a credit line, a login bar and a ticker of links are not headlines', () => {
    assert.ok(isPageFurniture('用户名: 密码: 验证码: 注册 | 忘记密码?'));
    assert.ok(isPageFurniture('Story one on trade • Story two on visas • Story three • Story four'));
    const r = parseRecordText(
      `Việt Nam vươn mình\n\nThủ tướng tiếp Đại sứ Hàn Quốc tại Hà Nội\n\nNguyễn Lan (Theo Yonhap)\n\n${BODY}`,
    );
    assert.equal(r.title, 'Thủ tướng tiếp Đại sứ Hàn Quốc tại Hà Nội');
  });

  test('a page title names the headline without the site, and the site is weak publisher evidence', () => {
    const { hints } = extractHtmlString(
      `<html><head><title>Ministers agree to resume direct flights next spring | World - Example Times</title></head><body><p>${BODY}</p></body></html>`,
    );
    assert.equal(hints.title, 'Ministers agree to resume direct flights next spring');
    assert.ok(hints.candidates?.some((c) => c.field === 'publisher' && c.value === 'Example Times' && c.confidence < 0.6));
  });
});

describe('credits, sign-offs and dates of pages from sites not seen before', () => {
  const VI_BODY =
    'Chiều 12/3, tại Hà Nội, Bộ trưởng Ngoại giao đã tiếp Đại sứ Nhật Bản đến chào xã giao nhân dịp bắt đầu nhiệm kỳ công tác tại Việt Nam.\n\nHai bên nhất trí tăng cường hợp tác trong thời gian tới.';

  test('a Vietnamese portal’s closing "Theo Chinhphu" or "Nguồn www.baoquocte.vn" names where the story comes from', () => {
    assert.equal(parseRecordText(`Bộ trưởng tiếp Đại sứ Nhật Bản\n\n${VI_BODY}\n\nTheo Chinhphu`).publisher, 'Chinhphu');
    assert.equal(parseRecordText(`Bộ trưởng tiếp Đại sứ Nhật Bản\n\n${VI_BODY}\n\nTheo: TTXVN`).publisher, 'TTXVN');
    assert.equal(
      parseRecordText(`Bộ trưởng tiếp Đại sứ Nhật Bản\n\n${VI_BODY}\n\nNguồn www.baoquocte.vn`).publisher,
      'baoquocte.vn',
    );
    // A person credited is not the publisher.
    assert.equal(parseRecordText(`Bộ trưởng tiếp Đại sứ Nhật Bản\n\n${VI_BODY}\n\nTheo Minh Anh`).publisher, null);
  });

  test('an outlet’s tag in brackets opening the text, with or without a dash, is the publisher', () => {
    const r = parseRecordText(`Bộ trưởng tiếp Đại sứ Nhật Bản\n\n(ANTV) ${VI_BODY}`);
    assert.equal(r.publisher, 'ANTV');
    assert.ok(r.paragraphs[0]?.text.startsWith('Chiều 12/3'));
    assert.equal(parseRecordText(`Bộ trưởng tiếp Đại sứ\n\n(HNM)- ${VI_BODY}`).publisher, 'HNM');
  });

  test('datelines with the agency in mixed case, hyphenated or between slashes', () => {
    const en = 'Foreign Minister held a telephone conversation with his Saudi counterpart on Friday.';
    assert.equal(parseRecordText(`LAHORE (Capital Post) - The ${en}`).publisher, 'Capital Post');
    assert.equal(parseRecordText(`KARACHI, JUNE 3 /APN/ – The ${en}`).publisher, 'APN');
    assert.equal(parseRecordText(`WIEN (apa-OTS) - Der Außenminister traf am Montag seinen Amtskollegen.`).publisher, 'apa-OTS');
  });

  test('an agency’s tag alone closing the text, and a one-word "By" credit, name the publisher', () => {
    assert.equal(parseRecordText(`${BODY}\n\nMAP`).publisher, 'MAP');
    assert.equal(parseRecordText(`${BODY}\n\nEND`).publisher, null);
    const by = parseRecordText(`Minister receives envoy\nBy QNA\n\n${BODY}`);
    assert.equal(by.publisher, 'QNA');
    assert.equal(by.title, 'Minister receives envoy');
    assert.equal(parseRecordText(`Minister receives envoy\nUNB Report\n\n${BODY}`).publisher, 'UNB');
  });

  test('a Korean paper’s rights notice beats the wire’s bare mark, with or without a ©', () => {
    const ko = '외교부 장관은 3일 서울에서 일본 외무상과 회담을 갖고 양국 현안을 논의했다.\n\n두 장관은 협력을 강화하기로 했다.';
    assert.equal(parseRecordText(`${ko}\n\nⓒ 연합뉴스\n\n저작권자 © 경남일보 무단전재 및 재배포 금지`).publisher, '경남일보');
    assert.equal(parseRecordText(`${ko}\n\n경북일보(www.kyongbuk.co.kr), 무단전재 및 재배포 금지`).publisher, '경북일보');
    assert.equal(parseRecordText(`${ko}\n\n홍길동 아시아경제 기자 hong@asiae.co.kr`).publisher, '아시아경제');
  });

  test('a site’s date above its weather widget is the day the page was viewed, not the publication date', () => {
    const r = parseRecordText(
      '2025.03.07 (금)\n  • 서울 3.2℃\n  • 부산 7.7℃\n구독신청\n\n장관, 일본 외무상과 회담\n\n외교부 장관은 3일 서울에서 일본 외무상과 회담을 갖고 양국 현안을 논의했다.',
    );
    assert.equal(r.publishedAt, null);
    assert.equal(r.publisher, null);
  });

  test('a day-first byline with a 24-hour clock, and a timestamp printed after the text', () => {
    assert.equal(readByline('06-01-2024, 12:31 (GMT+7)')?.published, '2024-01-06');
    assert.equal(readByline('03/04/2024 09:15')?.published, '2024-04-03');
    // An American page's clock says month first: not guessed.
    assert.equal(readByline('03/04/2024 09:15 (GMT-5)'), null);
    const after = parseRecordText(`Bộ trưởng tiếp Đại sứ Nhật Bản\n\n${VI_BODY}\n\nThứ sáu, 13/03/2020 08:41`);
    assert.equal(after.publishedAt, '2020-03-13');
  });

  test('a Vietnamese portal’s "Cập nhật ngày" is its posting date, taken but marked Check', () => {
    const r = parseRecordText(`Bộ trưởng tiếp Đại sứ Nhật Bản\nCập nhật ngày: 13/03/2020 05:20:24\n${VI_BODY}`);
    assert.equal(r.publishedAt, '2020-03-13');
    assert.equal(r.evidence.publishedAt?.check, true);
  });

  test('a story-kind label before the headline is not part of it; a trail ending on the headline is navigation', () => {
    assert.equal(parseRecordText(`视频 | 中日外长举行会谈\n\n${BODY}`).title, '中日外长举行会谈');
    assert.equal(parseRecordText(`VIDEO: Ministers meet in Hanoi\n\n${BODY}`).title, 'Ministers meet in Hanoi');
    assert.equal(
      parseRecordText(`Inicio / Política / Cancilleres se reúnen en Lima\nCancilleres se reúnen en Lima\n\n${BODY}`).title,
      'Cancilleres se reúnen en Lima',
    );
  });

  test('"Press Release: <a government body>" names the issuer; a weekday is never an outlet', () => {
    const r = parseRecordText(
      `Ministers hold consultations\n\nFriday, 12 November 2021, 5:04 pm\nPress Release: Ministry of Foreign Affairs and Trade\n\n${BODY}`,
    );
    assert.equal(r.publisher, 'Ministry of Foreign Affairs and Trade');
    assert.equal(r.publishedAt, '2021-11-12');
  });
});

describe('a date line or a breadcrumb above the headline is not the title', () => {
  const BODY_KO =
    '장관은 9일 오후 서울에서 방한 중인 외교장관과 회담하고 양국 관계 발전 방안을 폭넓게 논의했다고 외교부가 밝혔다.';

  test('a weekday and date alone on the first line ("목요일, 5월 9, 2024") is not the headline', () => {
    const r = parseRecordText(`목요일, 5월 9, 2024\n장관, 외교장관과 회담 개최\n\n${BODY_KO}`);
    assert.equal(r.title, '장관, 외교장관과 회담 개최');
  });

  test('a site clock "Thứ Tư, 17/12/2025, 09:32" is not the headline', () => {
    const r = parseRecordText(
      'Thứ Tư, 17/12/2025, 09:32\nBộ trưởng tiếp Đại sứ Nhật Bản\n\nChiều 16/12, tại Hà Nội, Bộ trưởng Ngoại giao đã tiếp Đại sứ Nhật Bản tại Việt Nam nhân dịp kết thúc nhiệm kỳ công tác.',
    );
    assert.equal(r.title, 'Bộ trưởng tiếp Đại sứ Nhật Bản');
  });

  test('a breadcrumb glued before a repeated headline is dropped: the headline alone is the title', () => {
    const r = parseRecordText(`Home세계 소식장관, 외교장관과 회담 개최\n\n장관, 외교장관과 회담 개최\n\n${BODY_KO}`);
    assert.equal(r.title, '장관, 외교장관과 회담 개최');
  });
});
