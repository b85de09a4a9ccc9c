import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dateOfDateLine, firstFullDate, meetingDateCandidates } from '../../electron/node/library/parse/dates.ts';

/** The meeting date a record's paragraphs give, against a publication date. */
const meeting = (text: string, publishedAt: string | null = null) => {
  const c = meetingDateCandidates(text.split('\n\n'), publishedAt, 'from the page');
  return { date: c[0]?.value ?? null, confidence: c[0]?.confidence ?? 0, why: c[0]?.why ?? '' };
};

describe('bylines and date lines read in the forms sites write them', () => {
  test('European, Korean, Japanese, Vietnamese and Indonesian full dates', () => {
    assert.equal(firstFullDate('Posted 22.09.2020'), '2020-09-22');
    assert.equal(firstFullDate('2021.04.29 10:00'), '2021-04-29');
    assert.equal(firstFullDate('2021년 4월 29일'), '2021-04-29');
    assert.equal(firstFullDate('2021年4月29日'), '2021-04-29');
    assert.equal(firstFullDate('平成29年4月28日'), '2017-04-28');
    assert.equal(firstFullDate('Thứ Năm, 29/04/2021'), '2021-04-29');
    assert.equal(firstFullDate('29/04/2021 10:15'), '2021-04-29');
    assert.equal(firstFullDate('Rabu, 29 April 2021'), '2021-04-29');
    assert.equal(firstFullDate('10:15 JST, May 3, 2024'), '2024-05-03');
    assert.equal(firstFullDate('le 18 septembre 2020'), '2020-09-18');
    assert.equal(firstFullDate('18 сентября 2020 года'), '2020-09-18');
  });

  test('a date line with a clock or place is a date line; a sentence is not', () => {
    assert.equal(dateOfDateLine('29/04/2021 10:15'), '2021-04-29');
    assert.equal(dateOfDateLine('Seoul, 18 September 2020'), '2020-09-18');
    assert.equal(dateOfDateLine('The ministers met in Seoul on 18 September 2020 to discuss trade.'), null);
  });

  test('"05/04/2021" could be April or May: not guessed; "12/11/2021 08:57 AM" is American', () => {
    assert.equal(firstFullDate('05/04/2021'), null);
    assert.equal(firstFullDate('12/11/2021 08:57 AM EST'), '2021-12-11');
  });
});

describe('the meeting date', () => {
  test('"on Tuesday" is the Tuesday before the publication date, and says so', () => {
    const m = meeting('The foreign ministers met on Tuesday in Jakarta.', '2024-05-16');
    assert.equal(m.date, '2024-05-14');
    assert.equal(m.why, "'on Tuesday', the Tuesday before the publication date 2024-05-16");
  });

  test('"yesterday" and "this morning" are read against the publication date', () => {
    assert.equal(meeting('The Secretary met yesterday with the Foreign Minister.', '2024-05-16').date, '2024-05-15');
    assert.equal(meeting('The Minister received the Ambassador this morning.', '2024-05-16').date, '2024-05-16');
  });

  test('a relative date with no publication date gives no meeting date', () => {
    assert.equal(meeting('The Secretary met yesterday with the Foreign Minister.').date, null);
    assert.equal(meeting('The ministers held talks on 18 September in Seoul.').date, null);
  });

  test('"last week" names no day: no meeting date', () => {
    assert.equal(meeting('The two ministers held talks last week in Geneva.', '2024-05-16').date, null);
  });

  test('a record with a future summit does not take its date', () => {
    const m = meeting('The ministers met on Monday in Seoul to prepare the summit to be held on 25 May in Hanoi.', '2024-05-16');
    assert.equal(m.date, '2024-05-13');
    assert.equal(meeting('The President will visit Hanoi on 25 May for talks with his counterpart.', '2024-05-16').date, null);
    assert.equal(meeting('Bộ trưởng sẽ thăm Hàn Quốc ngày 25/5 và hội đàm với người đồng cấp.', '2024-05-16').date, null);
    assert.equal(meeting('정상회담은 오는 25일 서울에서 열릴 예정이다.', '2024-05-16').date, null);
    assert.equal(meeting('Menlu akan bertemu dengan Menlu Jepang pada 25 Mei 2024.', '2024-05-16').date, null);
  });

  test('a document number, an anniversary and an earlier meeting are not the meeting', () => {
    assert.equal(meeting('The ministers discussed Note No. 2023/11/05 at their meeting.', '2024-05-16').date, null);
    assert.equal(
      meeting('Following their call of 2 May, the ministers met on the morning of 14 May.', '2024-05-16').date,
      '2024-05-14',
    );
    assert.equal(meeting('The sides marked the treaty signed on 5 December 1992 during the visit.', '2024-05-16').date, null);
  });

  test('a speech with no meeting takes no date from its lead', () => {
    assert.equal(meeting('The Foreign Secretary delivered a speech on 14 May 2024 on European security.').date, null);
  });

  test('Korean 이날 is the day the text has already given; "N일" takes month and year from publication', () => {
    const m = meeting(
      '박진 외교부 장관은 28일 부이 타잉 썬 베트남 외교장관과 전화 통화를 가졌다.\n\n이날 통화에서 양 장관은 협력을 논의했다.',
      '2021-04-29',
    );
    assert.equal(m.date, '2021-04-28');
    assert.match(m.why, /month and year from the publication date 2021-04-29/);
    assert.equal(meeting('양 장관은 이날 전화 통화를 가졌다.', '2021-04-29').why, "'이날', the publication date 2021-04-29");
    assert.equal(meeting('외교부는 어제(28일) 양국 외교장관이 회담을 가졌다고 밝혔다.', '2021-04-29').date, '2021-04-28');
  });

  test('the talks on the second day of a visit, not the day it began', () => {
    assert.equal(
      meeting('장관은 10.17.(월)-18.(화)간 베트남을 공식방문하여, 10.18.(화) 외교장관회담을 가졌다.', '2022-10-25').date,
      '2022-10-18',
    );
  });

  test('Vietnamese "chiều qua (15/5)", "sáng nay", "hôm qua", and the ministry\'s announcement date set aside', () => {
    assert.equal(meeting('Chiều qua (15/5), Bộ trưởng đã hội đàm với Ngoại trưởng Hàn Quốc.', '2024-05-16').date, '2024-05-15');
    assert.equal(meeting('Sáng nay, Bộ trưởng tiếp Đại sứ Nhật Bản.', '2024-05-16').date, '2024-05-16');
    assert.equal(meeting('Hôm qua, hai Bộ trưởng đã điện đàm.', '2024-05-16').date, '2024-05-15');
    assert.equal(
      meeting('Bộ Ngoại giao ngày 16/5 cho biết Thứ trưởng ngày 14/5 đã có cuộc hội đàm với Đại sứ.', '2024-05-16').date,
      '2024-05-14',
    );
  });

  test('Indonesian "Rabu (15/5)" and "kemarin"', () => {
    assert.equal(meeting('Menlu bertemu dengan Menlu Vietnam di Jakarta, Rabu (15/5).', '2024-05-16').date, '2024-05-15');
    assert.equal(meeting('Menlu bertemu dengan Menlu Vietnam kemarin.', '2024-05-16').date, '2024-05-15');
  });

  test('a dispatch date and the meeting date differ: the meeting wins', () => {
    assert.equal(meeting('新华社北京5月16日电 5月15日,外交部长同越南外长通电话。', '2024-05-16').date, '2024-05-15');
  });

  test('a day months after publication is another event, and no year is invented for it', () => {
    assert.equal(meeting('The ministers met on 18 September in Seoul.', '2024-05-16').date, null);
  });

  test('a full date long before publication is only offered with doubt', () => {
    const m = meeting('The ministers met on 18 September 2023 in Seoul.', '2024-05-16');
    assert.equal(m.date, '2023-09-18');
    assert.ok(m.confidence < 0.6);
  });

  test('without a publication date, a date line heading the text anchors "today", with less confidence', () => {
    const m = meeting('New York, 4 December 2013\n\nThe Secretary-General today met with the Foreign Minister.');
    assert.equal(m.date, '2013-12-04');
    assert.ok(m.confidence < 0.8);
  });
});

describe('the meeting date in German, Spanish, Italian, French, Russian, Portuguese and Japanese', () => {
  test('"am Montag", "ayer", "ieri", "hier", "вчера", "в понедельник", "ontem", "本日" resolve against the publication date', () => {
    // 2024-05-15 is a Wednesday.
    assert.equal(meeting('Außenministerin Berger traf am Montag ihren Amtskollegen in Wien.', '2024-05-15').date, '2024-05-13');
    assert.equal(meeting('El canciller se reunió ayer con su homólogo de Chile en Santiago.', '2024-05-15').date, '2024-05-14');
    assert.equal(meeting('Il ministro ha incontrato ieri il suo omologo giapponese a Roma.', '2024-05-15').date, '2024-05-14');
    assert.equal(meeting('Le ministre a rencontré hier son homologue coréen à Paris.', '2024-05-15').date, '2024-05-14');
    assert.equal(
      meeting("La ministre s'est entretenue hier avec son homologue coréen à Paris.", '2024-05-15').date,
      '2024-05-14',
    );
    assert.equal(meeting('Министр встретился вчера с коллегой из Вьетнама.', '2024-05-15').date, '2024-05-14');
    assert.equal(meeting('В понедельник министры провели переговоры в Москве.', '2024-05-15').date, '2024-05-13');
    assert.equal(meeting('O chanceler reuniu-se ontem com o homólogo angolano.', '2024-05-15').date, '2024-05-14');
    assert.equal(meeting('本日，外務大臣は来日中の韓国外交部長官と会談を行いました。', '2024-05-15').date, '2024-05-15');
  });

  test('German "hier" (here) is not French "hier" (yesterday)', () => {
    assert.equal(meeting('Die Ministerin traf hier in Berlin ihren Amtskollegen.', '2024-05-15').date, null);
  });

  test('a meeting "next Monday" in another language is not the meeting date', () => {
    assert.equal(meeting('Der Minister wird am nächsten Montag seinen Amtskollegen treffen.', '2024-05-15').date, null);
    assert.equal(meeting('Le ministre rencontrera son homologue lundi prochain.', '2024-05-15').date, null);
  });

  test('a Spanish name "Domingo" is not a Sunday', () => {
    assert.equal(meeting('El canciller se reunió con Plácido Domingo en Madrid.', '2024-05-15').date, null);
  });
});

describe('the year of a partial date', () => {
  test('a record published on 2 January reports a meeting on 30 December of the year before', () => {
    assert.equal(meeting('The ministers met on December 30 in Hanoi.', '2025-01-02').date, '2024-12-30');
    assert.equal(meeting('양국 외교장관은 30일 서울에서 회담했다.', '2025-01-01').date, '2024-12-30');
  });

  test('a month stated above the text ("date 2017-08") dates "ngày 7/8" but not "hôm qua"', () => {
    const head = ['date 2017-08 Bộ trưởng gặp người đồng cấp.'];
    const c = meetingDateCandidates(['Ngày 7/8, Bộ trưởng Ngoại giao đã gặp Bộ trưởng Ngoại giao New Zealand.'], null, '', head);
    assert.equal(c[0]?.value, '2017-08-07');
    const y = meetingDateCandidates(['Hôm qua, Bộ trưởng Ngoại giao đã gặp Bộ trưởng Ngoại giao New Zealand.'], null, '', head);
    assert.equal(y.length, 0);
  });
});

describe('a meeting date stated after the lead', () => {
  test('a later sentence about the talks themselves dates them, with doubt', () => {
    const m = meeting(
      [
        'The foreign minister held a series of bilateral meetings on the sidelines of the regional summit this week.',
        'The summit brought together leaders from twenty countries around the Indian Ocean rim for the first time.',
        'Officials said the agenda covered maritime security, trade and the blue economy for the whole region.',
        'The bilateral meetings took place on Monday, 6 March 2017, in the convention centre.',
      ].join('\n\n'),
    );
    assert.equal(m.date, '2017-03-06');
    assert.ok(m.confidence <= 0.6);
  });

  test('a later paragraph recalling another date does not date the meeting', () => {
    const m = meeting(
      [
        'The foreign minister held a series of bilateral meetings on the sidelines of the regional summit this week.',
        'The summit brought together leaders from twenty countries around the Indian Ocean rim for the first time.',
        'Officials said the agenda covered maritime security, trade and the blue economy for the whole region.',
        'The association was founded on 7 March 1997 in Mauritius.',
      ].join('\n\n'),
    );
    assert.equal(m.date, null);
  });
});

describe('dates that belong to something other than the meeting', () => {
  test('a Korean photo caption (▲) dates the photo, and a briefing about a call still to come dates no meeting', () => {
    const m = meeting(
      [
        '▲대통령실 대변인이 14일 오후 브리핑룸에서 한미 정상회담 관련 브리핑을 하고 있다.(연합뉴스)',
        '대통령과 미국 대통령 간 정상 통화가 14일 밤 10시께 이뤄질 예정이라고 대통령실이 밝혔다.',
        '대변인은 이날 정례브리핑에서 “정상 통화 시간은 현지 일정에 따라 달라질 수 있다”고 말했다.',
      ].join('\n\n'),
      '2025-03-14',
    );
    assert.equal(m.date, null);
  });

  test('"on Tuesday at a press briefing" dates the briefing, not the talks it mentions', () => {
    const m = meeting(
      'The spokesperson said on Tuesday at a press briefing that the ministers discussed trade during their talks.',
      '2024-05-16',
    );
    assert.equal(m.date, null);
  });

  test('"this afternoon" inside a quoted post is the post\'s day, which the record does not give', () => {
    const m = meeting(
      'The minister said he and his counterpart discussed regional issues. "Met my counterpart this afternoon. Good talks," he posted.',
      '2024-09-26',
    );
    assert.equal(m.date, null);
  });

  test('an agency dateline "New York [US], September 26 :" dates the dispatch, not the undated meeting after it', () => {
    const m = meeting(
      [
        'New York [US], September 26 : External Affairs Minister Ravi Kumar held a meeting with his Chilean counterpart on the sidelines of the General Assembly.',
        'The two ministers discussed trade, energy and the situation in the region, the ministry said in a statement.',
        'They agreed to keep in close contact ahead of the summit to be held later this year.',
        'It was their second meeting this month. The two ministers held a meeting in Riyadh on September 9.',
      ].join('\n\n'),
      '2024-09-26',
    );
    assert.equal(m.date, null);
  });
  test('a dateline with its country, "LUSAKA, Zambia, Mar 4 –", dates the dispatch, not talks held elsewhere on a day not given', () => {
    const m = meeting(
      [
        'LUSAKA, Zambia, Mar 4 – Lusaka has been chosen to host a new regional office of the agency.',
        'This follows a meeting between the Foreign Minister and the agency chief in Geneva.',
        'The minister also held talks with the deputy director on the sidelines of the council.',
      ].join('\n\n'),
      '2021-03-04',
    );
    assert.equal(m.date, null);
  });

  test('"Ms Ana Ruiz, Minister of Trade, on Tuesday held talks" is a meeting on Tuesday, not a dateline', () => {
    const m = meeting(
      'Ms Ana Ruiz, Minister of Trade of Chile, on Tuesday held talks with her Peruvian counterpart.',
      '2024-10-23',
    );
    assert.equal(m.date, '2024-10-22');
  });
});

describe('the date the text states for the meeting', () => {
  test('"met this evening [Wednesday 26 February]" on a page dated the 27th is the 26th', () => {
    const m = meeting(
      [
        'The Secretary of State met the Foreign Minister this evening at the ministry in Dublin.',
        'The two ministers met this evening [Wednesday 26 February] and discussed the peace agreement and trade.',
      ].join('\n\n'),
      '2025-02-27',
    );
    assert.equal(m.date, '2025-02-26');
  });

  test('a minister\'s written answer "I met the Foreign Secretary on 11 September" dates the meeting', () => {
    const m = meeting(
      'I met with the Foreign Secretary on 11 September when we had substantive discussions on European issues.',
      '2008-10-09',
    );
    assert.equal(m.date, '2008-09-11');
  });

  test('"I believe that on 11 September we can agree" in a speech dates no meeting', () => {
    const m = meeting('I believe that on 11 September we can agree on the text of the declaration.', '2008-10-09');
    assert.equal(m.date, null);
  });
});
