import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string, opts: Parameters<typeof findPlace>[1] = {}) => findPlace(text.split('\n\n'), opts);

describe('where the meeting took place', () => {
  test('"In Tokyo, the Deputy Secretary met …" names the place', () => {
    const p = place(
      'The Deputy Secretary travelled to Japan and Korea from May 3 to May 9.\n\nIn Tokyo, the Deputy Secretary met with senior officials to discuss regional security.',
    );
    assert.equal(p?.place, 'Tokyo');
    assert.ok((p?.confidence ?? 0) >= 0.7);
  });

  test('a readout headed "Geneva" over its date takes that place, more weakly than "met in"', () => {
    const p = place('The Secretary-General met with the Foreign Minister of Chile.', {
      head: ['Geneva', '12 March 2019', 'Readout of the Secretary-General’s meeting'],
    });
    assert.equal(p?.place, 'Geneva');
    assert.ok((p?.confidence ?? 1) < 0.75);
  });

  test('a dateline alone is offered with doubt', () => {
    const p = place('The two ministers met and discussed trade and investment between their countries.', { dateline: 'Jakarta' });
    assert.equal(p?.place, 'Jakarta');
    assert.ok((p?.confidence ?? 1) < 0.6);
  });

  test('a phone call has no place, unless the text opens with where it was made', () => {
    assert.equal(place('HANOI — The minister held a phone call with his Lao counterpart on trade.', { dateline: 'Hanoi' }), null);
    assert.equal(
      place('Chiều 5/3, tại Hà Nội, Bộ trưởng Ngoại giao có cuộc điện đàm với Bộ trưởng Ngoại giao Lào.')?.place,
      'Hà Nội',
    );
  });

  test('a topic is not a place: "the situation in Europe", "ở Biển Đông"', () => {
    assert.equal(place('The adviser met today with the President. They discussed the security situation in Europe.'), null);
    assert.equal(place('Hai Bộ trưởng đã hội đàm và trao đổi về tình hình ở Biển Đông.'), null);
  });

  test('"the work of the Foreign Office in London" is not a meeting place', () => {
    assert.equal(place('A look at the work of the Foreign Office in London and its embassies overseas this week.'), null);
  });

  test("a spokesperson's press conference has no meeting place", () => {
    assert.equal(
      place(
        'Foreign Ministry Spokesperson’s Regular Press Conference on May 3\n\nQ: The minister met his counterpart in Manila. What is your comment?',
      ),
      null,
    );
  });

  test('a future meeting elsewhere is not where this one took place', () => {
    assert.equal(place('The ministers talked on Monday. The next round of talks will be held in Geneva on June 2.'), null);
  });

  test('an ambassador "tại Việt Nam" is a post, not a place', () => {
    assert.equal(place('Bộ trưởng tiếp Đại sứ Trung Quốc tại Việt Nam Hùng Ba.'), null);
  });

  test('venues and cities in Korean, Vietnamese, Japanese, German, Spanish, Italian, Russian and Indonesian', () => {
    assert.equal(place('조 장관은 5일 오후 서울 종로구 외교부에서 일본 외무상과 회담했다.')?.place, '서울 종로구');
    assert.equal(place('Sáng 11/8, tại Phủ Chủ tịch, Chủ tịch nước hội đàm với Tổng thống Pháp.')?.place, 'Phủ Chủ tịch');
    assert.equal(place('5月3日，ジュネーブ出張中の外務大臣は，国連事務総長と会談を行いました。')?.place, 'ジュネーブ');
    assert.equal(place('Die Außenministerin traf ihren Amtskollegen in Bern zu einem Gespräch.')?.place, 'Bern');
    assert.equal(place('El canciller se reunió con su homólogo en Lima para revisar la agenda.')?.place, 'Lima');
    assert.equal(place('La premier è arrivata a Mar-a-Lago per incontrare il presidente eletto.')?.place, 'Mar-a-Lago');
    assert.equal(place('Встреча министров прошла в финском Рованиеми.')?.place, 'Рованиеми');
    assert.equal(place('Menteri Luar Negeri bertemu dengan mitranya di Jakarta, Senin (6/3).')?.place, 'Jakarta');
    assert.equal(place('The President received the Premier at the Great Hall of the People.')?.place, 'Great Hall of the People');
  });

  test('Italian "di" is "of", not Indonesian "di" (in)', () => {
    assert.notEqual(place('La premier ha incontrato il presidente. Segreta l’agenda di Trump, dicono.')?.place, 'Trump');
  });
});

describe('the place in the forms new sites write it', () => {
  test('"which was held at the Foreign Ministry headquarters in Lima" beats an "at" inside a visitor\'s title', () => {
    const p = place(
      'The Minister received Ms Ana Soto, Senior Director for Andean Affairs at the Executive Office of the President. During the meeting, which was held at the Foreign Ministry headquarters in Lima, the two sides discussed trade.',
    );
    assert.equal(p?.place, 'Foreign Ministry headquarters in Lima');
  });

  test('"met … in New York and discussed" names New York', () => {
    const p = place('The Foreign Minister held a meeting with his Chilean counterpart in New York and discussed trade.');
    assert.equal(p?.place, 'New York');
  });

  test('ministers who "travelled to Melbourne today for the meeting" met in Melbourne, not at the dateline', () => {
    const p = place(
      'The foreign and defence ministers met today to discuss regional security.\n\nThe two ministers travelled to Melbourne today for the inaugural meeting.',
      { dateline: 'Wellington' },
    );
    assert.equal(p?.place, 'Melbourne');
  });

  test('"Doha: the Minister received …" offers the city opening the text, with doubt; "Photo: …" is no place', () => {
    const p = place('Doha: The Minister of State on Monday received the visiting Foreign Minister of Chile.');
    assert.equal(p?.place, 'Doha');
    assert.ok((p?.confidence ?? 1) < 0.6);
    assert.equal(place('Photo: The Minister received the visiting Foreign Minister of Chile.')?.place ?? null, null);
  });

  test('a headline "Minister meets counterparts in Munich conference" names Munich when the text does not', () => {
    const p = place('The Secretary met with his counterparts from five European countries during the security conference.', {
      title: 'Foreign Secretary meets counterparts in Munich conference',
    });
    assert.equal(p?.place, 'Munich');
  });

  test('a "Published Feb 19, 2023" line is no place over a date; an agency tag "(FN)" is no country', () => {
    assert.equal(
      place('The Secretary met with his counterparts.', { head: ['Published Feb 19, 2023 12:54 pm'] })?.place ?? null,
      null,
    );
    assert.equal(
      place('Phnom Penh (FN), May 19 – The Foreign Minister, on 17 May 2021, met with the US Ambassador.')?.place ?? null,
      null,
    );
  });
});

describe('Korean places before 에서 and buildings visited', () => {
  test('"이날 오후 서울 종로구 도렴동 외교부 청사에서" names the district, without the time words', () => {
    const p = place('외교부는 “장관이 이날 오후 서울 종로구 도렴동 외교부 청사에서 신임 대사를 만났다”고 전했다.');
    assert.equal(p?.place, '서울 종로구 도렴동');
  });

  test('"총리는 특사와의 면담에서" is a meeting, not a place', () => {
    assert.equal(place('총리는 특사와의 면담에서 양국 관계 발전 방안을 논의했다.')?.place ?? null, null);
  });

  test('"지사가 20일 경남도청을 찾아 … 만났다" names the building visited', () => {
    const p = place('효고현 지사가 20일 경남도청을 찾아 경남지사를 만났다.');
    assert.equal(p?.place, '경남도청');
  });
});

describe('a Vietnamese lead that opens with its venue', () => {
  test('"Chiều 2/11, tại trụ sở Bộ Quốc phòng (Hà Nội), … chủ trì lễ đón" names the venue and its city', () => {
    const p = place(
      'Chiều 2/11, tại trụ sở Bộ Quốc phòng (Hà Nội), Bộ trưởng Quốc phòng chủ trì lễ đón Bộ trưởng Quốc phòng Chile.',
    );
    assert.equal(p?.place, 'trụ sở Bộ Quốc phòng (Hà Nội)');
  });

  test('"Tối 2/10, tại khách sạn Rex, … tổ chức lễ kỷ niệm" without a meeting word gives no venue from the opening', () => {
    assert.equal(place('Tối 2/10, tại khách sạn Rex, Tổng Lãnh sự tổ chức lễ kỷ niệm Quốc khánh.')?.place ?? null, null);
  });
});

describe('no place where no meeting has happened yet, and none made up from a call', () => {
  test('a preview filed from a capital ("is to receive … on Wednesday") has no meeting place', () => {
    const p = place('The President is to receive twelve new ambassadors at a ceremony on Wednesday, the office said.', {
      dateline: 'Ottawa',
    });
    assert.equal(p, null);
  });

  test('a "telephonic conversation" is a call: the dateline city is not its place', () => {
    const p = place('The Foreign Minister on Friday held a telephonic conversation with his Kenyan counterpart.', {
      dateline: 'Lisbon',
    });
    assert.equal(p, null);
  });

  test('a joint press conference after the talks does not make the record a briefing', () => {
    const p = place('대통령은 이날 오전 리마 대통령궁에서 페루 대통령과 정상회담을 개최했다.', {
      title: '대통령, 페루 대통령과 공동기자회견',
    });
    assert.equal(p?.place, '리마 대통령궁');
  });

  test('a weekday in Spanish or German is not a place ("el Jueves en …")', () => {
    assert.equal(place('El canciller se reunió en Jueves con su homólogo.')?.place ?? null, null);
  });
});

describe('the meeting place in the forms Romance, German and English leads use', () => {
  test('a venue named by its kind: "au siège du ministère …", "en el Palacio …"', () => {
    assert.equal(
      place('Le ministre a reçu son homologue au siège du ministère des Affaires étrangères, où ils ont parlé.')?.place,
      'siège du ministère des Affaires étrangères',
    );
    assert.equal(place('La reunión tuvo lugar en el Palacio Real y duró una hora.')?.place, 'Palacio Real');
  });

  test('"s’est entretenu, mardi à Genève" and "se reuniu, no Recife" name the place', () => {
    assert.equal(place('Le ministre s’est entretenu, mardi à Genève, avec son homologue.')?.place, 'Genève');
    assert.equal(place('O ministro se reuniu, no Recife, com o chanceler do Chile.')?.place, 'Recife');
  });

  test('"the meeting held in Nelson in the north" and "Visiting Perth within …" name the town', () => {
    assert.equal(place('At the meeting held in Nelson in the north, the ministers discussed trade.')?.place, 'Nelson');
    assert.equal(place('Visiting Perth within a regional tour, the minister met his counterpart today.')?.place, 'Perth');
  });

  test('German "in Graz getroffen" names the city; a noun after "in" is not one', () => {
    assert.equal(place('Die beiden Außenminister haben sich am Montag in Graz getroffen.')?.place, 'Graz');
    assert.equal(place('Die Minister trafen sich und sprachen über das Leben in Frieden zusammen mit den Nachbarn.'), null);
  });
});

describe('the place in Chinese, Thai and Vietnamese meeting sentences, and the first meeting first', () => {
  test('"在北京會見" and "在法國巴黎先后會見" name the city, without the country before it', () => {
    assert.equal(place('外交部長周一在北京會見來訪的外長。')?.place, '北京');
    assert.equal(place('外交部長3日在法國巴黎先后會見了兩國外長。')?.place, '巴黎');
  });

  test('Thai "ณ เมืองเว้" names the city; ณ inside a word does not', () => {
    assert.equal(place('รัฐมนตรีหารือกับรัฐมนตรีต่างประเทศญี่ปุ่น ณ เมืองเว้ เมื่อวันจันทร์')?.place, 'เมืองเว้');
    assert.equal(place('คณะทูตเข้าพบหารือกับรัฐมนตรี')?.place ?? null, null);
  });

  test('"đến thăm Thành phố Đà Nẵng" names the city whatever its capital letter', () => {
    assert.equal(place('Đoàn đến chào xã giao nhân chuyến đến thăm Thành phố Đà Nẵng.')?.place, 'Đà Nẵng');
  });

  test('the talks reported first win over an earlier leg told after them ("앞서 … 에서")', () => {
    const p = place('대통령은 이날 오후 부산 벡스코에서 총리와 회담했다. 대통령은 앞서 이날 오전 서울에서 장관과 회담했다.');
    assert.equal(p?.place, '부산 벡스코');
  });
});

describe('the platform a statement was posted on is not a place', () => {
  test('"у повідомленні МЗС у Twitter" gives no place; "в Анталії" in the same sentence does, filed as Анталія', () => {
    assert.equal(place('Кулеба розпочав переговори, йдеться у повідомленні МЗС у Twitter.')?.place ?? null, null);
    assert.equal(place('Кулеба розпочав переговори у Twitter та в Анталії з міністром.')?.place, 'Анталія');
  });
});

describe('"in the German city of Bonn", and a call recalled later is not this meeting', () => {
  test('the city named with its kind is the place; "In a phone call … last week" further down does not make it a call', () => {
    assert.equal(
      place(
        'Foreign Minister Li Wen met Secretary of State Mark Hale on Friday on the sidelines of a meeting of foreign ministers in the German city of Bonn.\n\nThe pair exchanged views on two-way ties.\n\nIn a phone call with Li Wen’s president last week, the US President agreed to honour the policy.',
      )?.place,
      'Bonn',
    );
  });
});
