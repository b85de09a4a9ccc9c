// The headline of text copied from a page with what the page printed around it on the same lines:
// credits, slogans, buttons, a video's length, the date and the lead glued on.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const LEAD =
  'The Foreign Minister held talks with his counterpart in Hanoi on Tuesday to discuss trade and investment.\n\nThe two sides agreed to meet again next year.';
const title = (text: string): string | null => parseRecordText(text).title;

describe('a headline among the lines a page prints around it', () => {
  test('a reporter credit above the headline is not the headline ("작성자 … 기자 | 팔로우뉴스", "Penulis: … | Editor: …")', () => {
    assert.equal(
      title(`top of page\n작성자 사진홍길동 기자 | 예시뉴스\n\n한·베트남 외교장관 회담 개최\n\n${LEAD}`),
      '한·베트남 외교장관 회담 개최',
    );
    assert.equal(
      title(`Penulis: Budi Santoso | Editor: Made Wirawan\n\nMenlu Bertemu Mitra dari Vietnam di Hanoi\n\n${LEAD}`),
      'Menlu Bertemu Mitra dari Vietnam di Hanoi',
    );
  });

  test("a site's slogan ending in '!' above the headline is not the first sentence", () => {
    assert.equal(
      title(`Example Radio: Always On Air!\n\nForeign Minister receives credentials of five new ambassadors\n\n${LEAD}`),
      'Foreign Minister receives credentials of five new ambassadors',
    );
  });

  test('a headline in capitals is a headline, even ending in "!" and under a weekday date', () => {
    assert.equal(
      title(`Chủ Nhật, 18 tháng 8, 2024\n\nTÌM HIỂU: BỘ TRƯỞNG NGOẠI GIAO BẮT ĐẦU CHUYẾN THĂM CHÍNH THỨC LÀO!\n\n${LEAD}`),
      'TÌM HIỂU: BỘ TRƯỞNG NGOẠI GIAO BẮT ĐẦU CHUYẾN THĂM CHÍNH THỨC LÀO!',
    );
  });

  test('a rubric in lowercase above the headline ("новости" / "власть") is not a wrapped sentence', () => {
    assert.equal(
      title(
        'новости\nвласть\nЛавров и министр Вьетнама обсудили торговлю\nМинистр иностранных дел России Сергей Лавров встретился с коллегой из Вьетнама в Ханое. Стороны обсудили торговлю и инвестиции.',
      ),
      'Лавров и министр Вьетнама обсудили торговлю',
    );
  });

  test('a section printed twice on one line, or a date glued before the headline, is not the headline', () => {
    assert.equal(title(`活動報告 活動報告\n\n日越外相会談の開催\n\n${LEAD}`), '日越外相会談の開催');
    assert.equal(
      title(`본문 바로가기\n도지사 일정 카드뉴스 타임라인\n22.12.02 주한외국공관장 초청 간담회\n${LEAD}`),
      '주한외국공관장 초청 간담회',
    );
  });

  test("what follows the headline on its line is not part of it: a video's length, a 'show more' button", () => {
    assert.equal(title(`外長通話 中越雙方同意加強合作 (01:07)\n\n${LEAD}`), '外長通話 中越雙方同意加強合作');
    assert.equal(
      title(`Rencontre des ministres jeudi à Hanoï Afficher plus\n\n${LEAD}`),
      'Rencontre des ministres jeudi à Hanoï',
    );
    assert.equal(title(`王毅同越南外长通电话_国务委员王毅\n\n${LEAD}`), '王毅同越南外长通电话');
  });

  test("a photo's credit in brackets marks a caption, not the headline", () => {
    assert.equal(
      title(
        `Ministers hold a series of bilateral meetings in New York\nMinister meets the Emir of Qatar (File Photo | PTI)\nBy Staff Reporter\n\n${LEAD}`,
      ),
      'Ministers hold a series of bilateral meetings in New York',
    );
  });

  test('a headline copied on one line with its date and lead ends where the date begins', () => {
    const r = parseRecordText(
      '中越外長會面 雙方同意加強合作 Mar 30, 2022 在河內,越南外長與到訪的中國外長會面。雙方同意在貿易、投資、教育和文化等領域加強合作,並將於年內再次會面,進一步推動兩國關係發展。',
    );
    assert.equal(r.title, '中越外長會面 雙方同意加強合作');
    assert.ok(r.paragraphs.some((p) => p.text.includes('在河內')));
  });
  test('a short heading that names the talks is the headline, not a longer section name above it', () => {
    assert.equal(title(`オーストラリア連邦\n\n日越外相会談\n\n平成30年5月21日\n\n${LEAD}`), '日越外相会談');
    assert.equal(title(`活動報告\n\n日越外相会談\n\n${LEAD}`), '日越外相会談');
  });

  test('a reading-time line ("3 Phút để đọc") marks the headline above it, not a label further down', () => {
    assert.equal(
      title(
        `An official website\n\nĐiện đàm giữa Bộ trưởng Ngoại giao hai nước về hợp tác song phương\n3 Phút để đọc\n\nNỘI DUNG TRAO ĐỔI\n\nNgày 27 tháng 5 năm 2021,\n\n${LEAD}`,
      ),
      'Điện đàm giữa Bộ trưởng Ngoại giao hai nước về hợp tác song phương',
    );
  });
  test('a reading time written with a label or an "about" ("Lesedauer < 1 Minute", "Reading time: 4 minutes") is not the headline', () => {
    const german =
      'Besuch aus der Partnerstadt\n\nLesedauer < 1 Minute\nWir bleiben für Sie am Ball, spendieren Sie uns dafür einen Kaffee!\n\n(Foto: pm)\nMosbach.  (pm) Der Oberbürgermeister empfing am Montag eine Delegation aus der Partnerstadt im Rathaus.\n\nDie Gäste besuchten danach die Altstadt.';
    assert.equal(title(german), 'Besuch aus der Partnerstadt');
    const english =
      'Visit of the delegation\n\nReading time: 4 minutes\nSupport our newsroom with a coffee!\n\n(Photo: pm)\nLONDON (pm) The Foreign Minister held talks with his counterpart on Tuesday.';
    assert.equal(title(english), 'Visit of the delegation');
  });
});
