// The rules that read real records right: each test is one shape found in the corpus
// (tests/fixtures/corpus), written small so a regression names the rule it broke.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const parse = parseRecordText;
const names = (text: string): (string | null)[] => parse(text).participants.map((p) => p.name);

describe('pages copied with their furniture', () => {
  test('a "Date" label with its value on the next line is the publication date, and the hit counter goes', () => {
    const r = parse(
      '바로가기 메뉴\n본문 바로가기\nKOR\n\nPress Releases\n\nOutcome of the Telephone Conversation of Foreign Ministers\n\nDate\n2021-04-29\nhit\n7392\n\n1. The Foreign Minister spoke with his counterpart on the phone on April 28.\n\n2. They agreed to meet.',
    );
    assert.equal(r.title, 'Outcome of the Telephone Conversation of Foreign Ministers');
    assert.equal(r.publishedAt, '2021-04-29');
    assert.equal(r.meetingDate, '2021-04-28');
    assert.deepEqual(
      r.paragraphs.map((p) => p.label),
      ['1', '2'],
    );
  });

  test('"Written:" glued to "Updated:" still gives the publication date', () => {
    const r = parse(
      'Ministers Hold Talks\n\nWritten: 2013-04-24 16:06:03Updated: 2013-04-24 17:54:27\n\nThe ministers held talks in Beijing on Wednesday.',
    );
    assert.equal(r.publishedAt, '2013-04-24');
    assert.equal(r.meetingDate, '2013-04-24');
    assert.equal(r.paragraphs.length, 1);
  });

  test('"Editor’s Pick" ends the article, the cookie notice is dropped and names the site’s owner', () => {
    const r = parse(
      "Menu Content\nGo Top\n\nInternational\n\nWritten: 2019-09-11\n\nThe foreign ministers held talks on Wednesday in New York.\n\nThey agreed to meet again.\n\nEditor's Pick\n\nClose\n\nThis website uses cookies and other technology. Continuous usage will be considered as giving consent to the application of such technology and the policy of KBS. For further details >",
    );
    assert.equal(r.paragraphs.length, 2);
    assert.equal(r.publisher, 'KBS');
    assert.equal(r.place, 'New York');
  });

  test('a section name above the headline is not the title ("Making news")', () => {
    const r = parse(
      'Making news\n\nDeputy PM holds talks with Chinese Foreign Minister\n\nDeputy Prime Minister Pham Binh Minh held talks with Foreign Minister Wang Yi in Hanoi on April 1.',
    );
    assert.equal(r.title, 'Deputy PM holds talks with Chinese Foreign Minister');
    assert.equal(r.paragraphs.length, 1);
    assert.equal(r.place, 'Hanoi');
  });

  test('a letterhead above the title is the publisher, not the title', () => {
    const r = parse(
      'U.S. Department of State · Office of the Spokesperson\n\nSecretary Blinken’s Meeting with German, UK, and French Counterparts\n\nSecretary of State Antony J. Blinken met in Berlin with German Foreign Minister Annalena Baerbock.',
    );
    assert.equal(r.title, 'Secretary Blinken’s Meeting with German, UK, and French Counterparts');
    assert.equal(r.publisher, 'U.S. Department of State');
    assert.equal(r.place, 'Berlin');
    assert.equal(r.paragraphs.length, 1);
  });

  test('a place line and a photo caption label in the heading are not paragraphs', () => {
    const r = parse(
      "Embassy Archives What's New/Press Releases\n\nMeeting between External Affairs Minister and Chinese Foreign Minister\n\nNew York\nSeptember 20, 2005\n\nPhoto\nExternal Affairs Minister, Natwar Singh, and Chinese Foreign Minister Li Zhaoxing met this morning at the Chinese Permanent Mission in New York.",
    );
    assert.equal(r.title, 'Meeting between External Affairs Minister and Chinese Foreign Minister');
    assert.equal(r.paragraphs.length, 1);
    assert.equal(r.meetingDate, '2005-09-20', '"this morning" is the release date');
    assert.equal(r.place, 'Chinese Permanent Mission in New York');
    assert.deepEqual(names(r.paragraphs.map((p) => p.text).join('\n\n')), ['Natwar Singh', 'Li Zhaoxing']);
  });

  test('"˚" marks sub-points like "◦"', () => {
    const r = parse('1. The ministers met.\n\n˚ They discussed trade.\n\n˚ They discussed visas.\n\n2. They will meet again.');
    assert.deepEqual(
      r.paragraphs.map((p) => p.label),
      ['1', '1.1', '1.2', '2'],
    );
    assert.equal(r.paragraphs[1]?.text, 'They discussed trade.');
  });
});

describe('dates in other languages and forms', () => {
  test('Korean "2021. 10. 6." is the publication date and "10.5(화)" the meeting date', () => {
    const r = parse(
      '한미 외교장관 회담 개최\n2021. 10. 6. 01:35\n\n□ 정의용 외교부 장관은 10.5(화) 오후 파리에서 안토니 블링컨(Antony J. Blinken) 미국 국무장관과 회담을 가졌다.',
    );
    assert.equal(r.publishedAt, '2021-10-06');
    assert.equal(r.meetingDate, '2021-10-05');
    assert.equal(r.place, '파리');
    assert.deepEqual(names(r.paragraphs.map((p) => p.text).join('\n')), ['정의용', '안토니 블링컨']);
    assert.equal(r.paragraphs.length, 1);
  });

  test('Vietnamese "30/10/2020 - 13:59" dates the page, "Sáng 30/10" the meeting; the credit and "TIN MỚI" go', () => {
    const r = parse(
      'Phó thủ tướng, Bộ trưởng Bộ Ngoại giao Phạm Bình Minh đón, hội đàm Ngoại trưởng Hoa Kỳ\n\n30/10/2020 - 13:59\n\nPNO - Sáng 30/10, Phó thủ tướng, Bộ trưởng Bộ Ngoại giao Phạm Bình Minh đã đón, hội đàm với Ngoại trưởng Hoa Kỳ Michael Richard Pompeo.\n\nTheo Hải Minh /VGP\n\nTIN MỚI\n\nTin khác ở đây.',
    );
    assert.equal(r.title, 'Phó thủ tướng, Bộ trưởng Bộ Ngoại giao Phạm Bình Minh đón, hội đàm Ngoại trưởng Hoa Kỳ');
    assert.equal(r.publishedAt, '2020-10-30');
    assert.equal(r.meetingDate, '2020-10-30');
    assert.equal(r.publisher, 'PNO');
    assert.equal(r.paragraphs.length, 1);
    assert.deepEqual(
      r.participants.map((p) => p.name),
      ['Phạm Bình Minh', 'Michael Richard Pompeo'],
    );
    assert.equal(r.participants[1]?.country, 'United States');
  });

  test('"01/02/2020" could be either day or month first and is not guessed', () => {
    assert.equal(parse('Talks\n\n01/02/2020\n\nThe ministers met.').publishedAt, null);
    assert.equal(parse('Talks\n\n10/30/2020\n\nThe ministers met.').publishedAt, '2020-10-30');
  });

  test('Indonesian: "Jumat, 23 Oktober 2015", "Rabu (1/8)", the language and the titles', () => {
    const a = parse(
      'Bertemu Julie Bishop\n\nTEMPO.CO, Jakarta - Menteri Luar Negeri Australia Julie Bishop bertemu dengan Menteri Luar Negeri RI Retno Marsudi di Kota Padang, Jumat, 23 Oktober 2015. Ini adalah kunjungan yang penting.\n\nKedua menteri juga membahas kerja sama yang ada dalam bidang ekonomi.\n\nANDRI EL FARUQI',
    );
    assert.equal(a.language, 'id');
    assert.equal(a.meetingDate, '2015-10-23');
    assert.equal(a.place, 'Padang');
    assert.match(a.publisher ?? '', /TEMPO/);
    assert.equal(a.paragraphs.length, 2, 'the reporter’s byline in capitals is not a paragraph');
    assert.deepEqual(
      a.participants.map((p) => [p.name, p.country]),
      [
        ['Julie Bishop', 'Australia'],
        ['Retno Marsudi', 'Indonesia'],
      ],
    );
    const b = parse(
      'Menlu Retno\n\nDi hari pertama Rabu (1/8), Retno bertemu dengan para menteri dan membahas kerja sama yang ada.',
      {
        hints: { publishedAt: '2018-08-01' },
      },
    );
    assert.equal(b.meetingDate, '2018-08-01');
  });
});

describe('where the meeting was', () => {
  test('the dateline city, when the text names no other place', () => {
    const r = parse(
      'Top diplomats hold talks\n\nBEIJING, April 24 (Yonhap) -- The foreign ministers of South Korea and China held talks on Wednesday.',
    );
    assert.equal(r.place, 'Beijing');
    assert.match(r.publisher ?? '', /Yonhap/);
  });

  test('"met … in Bucharest on the margins" and "on an official visit to Vietnam"', () => {
    assert.equal(
      parse(
        'Readout\n\nThe Secretary met today with the Slovak Foreign Minister in Bucharest on the margins of the NATO meeting.',
      ).place,
      'Bucharest',
    );
    assert.equal(
      parse('Outcome\n\nForeign Minister Kang, who is on an official visit to Vietnam on March 2, met the Prime Minister.').place,
      'Vietnam',
    );
  });

  test('a phone call has no place, even with a dateline', () => {
    assert.equal(
      parse('Ministers hold phone talks\n\nHanoi (VNA) – The two ministers held talks over the phone on July 13.').place,
      null,
    );
  });

  test('a month, an acronym or a bare venue word is not a place', () => {
    assert.equal(parse('Talks\n\nThe ministers met in June to discuss cooperation in ASEAN and the UN.').place, null);
    assert.equal(parse('Talks\n\nThe talks were held in the Hotel, and the ministers agreed to meet again.').place, null);
    // The hotel with the city after its comma ("di Hotel Mercure, Padang,"), not a month after it.
    assert.equal(
      parse('Talks\n\nRetno bertemu di Hotel Mercure, Padang, untuk membahas kerja sama.').place,
      'Hotel Mercure, Padang',
    );
  });
});

describe('who published it', () => {
  test('an agency credit in brackets closing the text is the publisher and leaves the paragraph', () => {
    const r = parse(
      'Yun had phone talks with his Chinese counterpart, Wang Yi, on Wednesday.\nThe two discussed North Korea. (Yonhap News)',
    );
    assert.equal(r.publisher, 'Yonhap News');
    assert.equal(r.paragraphs[1]?.text, 'The two discussed North Korea.');
  });

  test('a long "Source:" line is the publisher, not a paragraph', () => {
    const r = parse(
      'Readout\n\nThe Secretary met the Foreign Minister.\n\nSource: U.S. Department of State, Bureau of European and Eurasian Affairs',
    );
    assert.match(r.publisher ?? '', /^U\.S\. Department of State/);
    assert.equal(r.paragraphs.length, 1);
  });

  test('the file’s own hints: its site name over a tag in the text, its title when the text has none', () => {
    const r = parse(
      'WVR/VNA - On November 17, in Bangkok, Minister of Foreign Affairs Bui Thanh Son met his Japanese counterpart.',
      {
        hints: {
          title: 'Foreign Minister meets Japanese Foreign Minister',
          publisher: 'The World and Vietnam Report',
          publishedAt: '2022-11-18',
        },
      },
    );
    assert.equal(r.publisher, 'The World and Vietnam Report');
    assert.equal(r.title, 'Foreign Minister meets Japanese Foreign Minister');
    assert.equal(r.titleDerived, false);
    assert.equal(r.meetingDate, '2022-11-17');
    assert.equal(r.place, 'Bangkok');
  });
});

describe('credit lines name the publisher in each language', () => {
  test('a copyright notice, an agency sign-off glued to the last sentence, an outlet before its reporter', () => {
    const base = '장관은 5일 칠레 외교장관과 회담했다.\n양측은 협력 방안을 논의했다.';
    assert.equal(parse(`${base}\n저작권자 ⓒ 한빛일보, 무단전재 및 재배포 금지`).publisher, '한빛일보');
    assert.equal(parse(`${base}/뉴시스`).publisher, '뉴시스');
    assert.equal(parse(`회담 소식\n\n한빛=김하늘 기자\n\n${base}`).publisher, '한빛');
  });

  test('"ⓒ 한빛일보" under a photo is the photo\'s credit, not the publisher', () => {
    assert.equal(
      parse('장관은 5일 칠레 외교장관과 회담했다.\n회담하는 두 장관. ⓒ 한빛일보\n양측은 협력 방안을 논의했다.').publisher,
      null,
    );
  });

  test('"rapporte la APS" and a dateline after a standfirst name the agency', () => {
    assert.equal(
      parse('Les deux ministres se sont entretenus hier au siège du ministère, rapporte la APS. Ils ont évoqué la coopération.')
        .publisher,
      'APS',
    );
    const r = parse(
      'Leaders to meet\n\nSuch meetings are held about once in three months, officials say\n\nLIMA, March 7 (Andina-Peru) — The President received the Chilean Foreign Minister.',
    );
    assert.equal(r.publisher, 'Andina-Peru');
  });
});

describe('who was in the room', () => {
  test('a name set off by commas after the title is that person', () => {
    assert.deepEqual(
      names('South Korean Foreign Minister Yun Byung-se had phone talks with his Chinese counterpart, Wang Yi, on North Korea.'),
      ['Yun Byung-se', 'Wang Yi'],
    );
  });

  test('the spokesperson a statement is attributed to is not a participant', () => {
    assert.deepEqual(
      names(
        'The following is attributable to Spokesperson Ned Price:\n\nSecretary of State Antony Blinken met Slovak Foreign Minister Rastislav Káčer.',
      ),
      ['Antony Blinken', 'Rastislav Káčer'],
    );
  });

  test('people mentioned in passing are context: an owner ("Park’s trip"), a single late mention', () => {
    const text = [
      'Foreign Minister Yun Byung-se and Chinese Foreign Minister Wang Yi held talks in Beijing.',
      'Yun and Wang discussed North Korea.',
      'They also discussed President Park Geun-hye’s trip to China.',
      'Yun will return home after meeting with Chinese Prime Minister Li Keqiang.',
    ].join('\n\n');
    assert.deepEqual(names(text), ['Yun Byung-se', 'Wang Yi']);
  });

  test('"Australian counterpart Penny Wong" and "Minister for Foreign Affairs Hayashi" name people', () => {
    assert.deepEqual(
      names('On August 22, Foreign Minister Bui Thanh Son and Australian counterpart Penny Wong co-chaired the meeting.'),
      ['Bui Thanh Son', 'Penny Wong'],
    );
    assert.deepEqual(names('Minister Bui Thanh Son met Japanese Minister for Foreign Affairs Hayashi Yoshimasa in Bangkok.'), [
      'Bui Thanh Son',
      'Hayashi Yoshimasa',
    ]);
  });
});
