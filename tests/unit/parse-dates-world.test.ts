// How the world writes a meeting's day, beyond the forms the corpus was first tuned on: a day the
// reporting clause gives, talks still ahead, the Romance future, a post's time stamp, a relative
// word its date restates, a span of days.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findDateMentions, meetingDateCandidates } from '../../electron/node/library/parse/dates.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

/** The meeting date a record's paragraphs give, against a publication date. */
const meeting = (text: string, publishedAt: string | null = null): string | null =>
  meetingDateCandidates(text.split('\n\n'), publishedAt, 'from the page')[0]?.value ?? null;

describe('a day that belongs to the telling, not the meeting', () => {
  test('"the ministers spoke by telephone…, the State Department said on Monday" does not date the call', () => {
    const text =
      'WASHINGTON (Reuters) - The U.S. and Russian foreign ministers spoke by telephone about Syria and Ukraine, the U.S. State Department said on Monday.\n\n' +
      'They agreed to stay in close touch, the spokesman said.';
    assert.equal(meeting(text, '2016-01-11'), null);
  });

  test('a readout dated Tuesday that says the call was "on Monday" still takes Monday', () => {
    const text = 'The Secretary spoke on Monday with Foreign Minister Lavrov about next steps, the spokesperson said.';
    assert.equal(meeting(text, '2016-01-12'), '2016-01-11');
  });
});

describe('talks still ahead', () => {
  test('"talks to be held here on Wednesday… the minister arrived here on Tuesday": the arrival is not the meeting', () => {
    const text =
      'Counterterrorism will be one of the subjects of talks to be held here on Wednesday between Foreign Minister Sergei Lavrov and his Azerbaijani counterpart Elmar Mamedyarov. The Azeri Foreign Minister arrived here on Tuesday for his first official visit.\n\n' +
      'The two ministers are to exchange views on the regional situation, the deputy spokesman said.';
    assert.equal(meeting(text, '2004-08-17'), null);
  });

  test('"les ministres se rencontreront mercredi à Moscou, a annoncé mardi Ankara" gives no meeting date', () => {
    const text =
      'Les ministres turc et syrien des Affaires étrangères, Mevlüt Çavuşoğlu et Fayçal Mekdad, se rencontreront mercredi à Moscou, une première depuis 2011, a annoncé mardi Ankara.';
    assert.equal(meeting(text, '2023-05-09'), null);
  });

  test('"el canciller se reunirá el jueves con su homólogo" gives no meeting date; "se reunió este jueves" does', () => {
    assert.equal(meeting('El canciller se reunirá el jueves con su homólogo de Brasil en Río de Janeiro.', '2024-02-20'), null);
    assert.equal(
      meeting('La canciller se reunió este jueves en Brasil con el secretario de Estado.', '2024-02-23'),
      '2024-02-22',
    );
  });
});

describe("a post's time stamp and a restated day", () => {
  test('"…調整 0 30.12.2024 17:14 NHK 石破総理大臣は…会談時期について…" is when the item was posted, not a meeting', () => {
    const text =
      '石破首相 トランプ氏との会談 1月中旬は見送る方向で調整 0 30.12.2024 17:14 NHK 石破総理大臣はアメリカのトランプ次期大統領との会談時期について、日程の打診があった1月中旬は見送る方向で調整に入りました。';
    assert.equal(meeting(text), null);
  });

  test('"hari ini Kamis (18/4/2024)" with no publication date: the bracketed date is the day, "hari ini" says the same', () => {
    const text =
      'Jakarta – Menteri Luar Negeri China Wang Yi mengunjungi Istana Kepresidenan Jakarta hari ini Kamis (18/4/2024) untuk bertemu dengan Presiden Joko Widodo (Jokowi).';
    assert.equal(meeting(text), '2024-04-18');
  });

  test('"today" on its own, with no date to count from, still gives nothing', () => {
    assert.equal(meeting('The minister met his counterpart today in Jakarta.'), null);
  });
});

describe('a span of days', () => {
  test('"between 20th to 24th May 2022", "3–5 March", "18 hingga 23 April" read as their first day', () => {
    const first = (s: string) => {
      const m = findDateMentions(s)[0];
      return m ? [m.year, m.month, m.day] : null;
    };
    assert.deepEqual(first('The diplomats visited the High Commission between 20th to 24th May 2022.'), [2022, 5, 20]);
    assert.deepEqual(first('a 3–5 March visit to Canberra'), [null, 3, 3]);
    assert.deepEqual(first('Pada tanggal 18 hingga 23 April, Wang Yi akan berkunjung.'), [null, 4, 18]);
    // A span running backwards is no span: only "3 May" is read.
    assert.deepEqual(first('from 24 to 3 May'), [null, 5, 3]);
  });

  test('a visit "from 17 to 20 October 2021" dates the meeting to its first day when the lead gives no other', () => {
    const text = 'The Minister paid an official visit to Jakarta from 17 to 20 October 2021 and called on the President.';
    assert.equal(meeting(text, '2021-10-21'), '2021-10-17');
  });

  test('"… paid an official visit from 15 to 17 December 2023. The two Prime Ministers held talks on 16 December": the talks\' day', () => {
    const text =
      'Prime Minister Kishida Fumio paid an official visit to Viet Nam from 15 to 17 December 2023. The two Prime Ministers held talks in Hanoi on 16 December.';
    assert.equal(meeting(text, '2023-12-16'), '2023-12-16');
  });
});

describe('more of the ways the world writes the day', () => {
  test('"se reuniu nesta quinta-feira (18)" under a month-only date line takes the 18th of that month', () => {
    const text =
      ' date 2024-01 Apoie o 247\n\n247 - O ministro das Relações Exteriores, Mauro Vieira, se reuniu nesta quinta-feira (18) com o chanceler chinês Wang Yi.';
    const texts = text.split('\n\n');
    assert.equal(meetingDateCandidates(texts, null, '', texts)[0]?.value, '2024-01-18');
  });

  test('"ABU DHABI, (UrduPoint / WAM - 02nd May, 2021) … received his Saudi counterpart today": the tag dates "today"', () => {
    const text =
      'ABU DHABI, (UrduPoint / Pakistan Point News / WAM - 02nd May, 2021) H.H. Sheikh Abdullah bin Zayed and Prince Faisal bin Farhan reviewed their relations.\n\n' +
      'This came as the UAE top diplomat received his Saudi counterpart today and reciprocated with him the Ramadan greetings.';
    assert.equal(meeting(text), '2021-05-02');
  });

  test('"received a courtesy call … at Seri Perdana, Putrajaya last night" is the day before the record', () => {
    const text = 'Prime Minister Anwar Ibrahim received a courtesy call from Jusuf Kalla at Seri Perdana, Putrajaya last night.';
    assert.equal(meeting(text, '2023-10-26'), '2023-10-25');
  });

  test('"Das Treffen, zwei Tage vor Beginn der EU-Ratspräsidentschaft am 1. Juli 2020, soll ein Zeichen sein" is no meeting date', () => {
    const text =
      'Das Treffen mit dem französischen Präsidenten, zwei Tage vor Beginn der deutschen EU-Ratspräsidentschaft am 1. Juli 2020, soll ein Zeichen für die engen Beziehungen sein.';
    assert.equal(meeting(text), null);
  });

  test('"the ministers met on 5 May and will meet again in the autumn" keeps 5 May', () => {
    assert.equal(
      meeting('The ministers met on 5 May in Canberra and will meet again in the autumn.', '2024-05-06'),
      '2024-05-05',
    );
  });
});

describe('the date a release gives itself', () => {
  test('"Addis Ababa, March 5, 2021 (FBC) – President … has today received" counts "today" from the dispatch', () => {
    const text =
      'Addis Ababa, March 5, 2021 (FBC) – President Sahle-Work Zewde has today received credential letters of new ambassadors of five countries.';
    const texts = text.split('\n\n');
    assert.equal(meetingDateCandidates(texts, null, '', texts)[0]?.value, '2021-03-05');
  });

  test('a release reposted a day later: "November 24, 2021 – Ottawa, Ontario – Global Affairs Canada … today met" is the 24th', () => {
    const text =
      'November 24, 2021 – Ottawa, Ontario – Global Affairs Canada\n\n' +
      'The Honourable Mélanie Joly, Minister of Foreign Affairs, today met with Nanaia Mahuta, New Zealand’s Minister of Foreign Affairs.';
    assert.equal(meeting(text, '2021-11-25'), '2021-11-24');
  });

  test('a date line weeks before the publication date is not taken for the release’s own: "today" stays the site’s day', () => {
    const text =
      'October 2, 2021 – Ottawa, Ontario – Global Affairs Canada\n\n' +
      'The Minister of Foreign Affairs today met with the Minister of Foreign Affairs of New Zealand.';
    assert.equal(meeting(text, '2021-11-25'), '2021-11-25');
  });
});

describe('the publication date a dispatch states', () => {
  test('"Addis Ababa, March 5, 2021 (FBC) –" under a slogan and a headline is the record\'s date', () => {
    const r = parseRecordText(
      'Fana: At a Speed of Life!\n\nPresident Sahle-Work Zewde receives letters of credentials of five new ambassadors\n\n' +
        'Addis Ababa, March 5, 2021 (FBC) – President Sahle-Work Zewde has today received credential letters of new ambassadors of five countries.\n\n' +
        'The envoys who presented their letters of credence to the president are Geeta Pasi of the U.S. and Gaen Kamau of Kenya.',
    );
    assert.equal(r.publishedAt, '2021-03-05');
    assert.equal(r.meetingDate, '2021-03-05');
  });

  test('"ABU DHABI, (UrduPoint / WAM - 02nd May, 2021)": the date inside the agency tag is the record\'s date', () => {
    const r = parseRecordText(
      'ABU DHABI, (UrduPoint / Pakistan Point News / WAM - 02nd May, 2021) H.H. Sheikh Abdullah bin Zayed Al Nahyan and Prince Faisal bin Farhan reviewed the relations between the two nations.\n\n' +
        'This came as the UAE top diplomat received his Saudi counterpart today and reciprocated with him the Ramadan greetings.',
    );
    assert.equal(r.publishedAt, '2021-05-02');
  });

  test('"SEOUL, Aug. 24 (Yonhap) --" with no year and no other date gives no publication date', () => {
    const r = parseRecordText(
      'SEOUL, Aug. 24 (Yonhap) -- Unification Minister Lee In-young met with the U.S. envoy for North Korea and discussed a coordinated approach.\n\nThe two shared their views on the situation.',
    );
    assert.equal(r.publishedAt, null);
  });
});
