// Where the meeting took place, when the record names a venue with its city, reports a press
// conference after the talks, or prints a deck and a share bar above its lead.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string, title: string | null = null) => findPlace(text.split('\n\n'), { title })?.place ?? null;

describe('a venue and its city', () => {
  test('a credentials ceremony "at the presidential Villa, Abuja" keeps the city the venue is in', () => {
    assert.equal(
      place(
        'On Thursday four newly appointed ambassadors presented their letters of credence to the President at the presidential Villa, Abuja.\n\nThe ambassadors came from Chile, Peru, Laos and Mongolia.',
      ),
      'presidential Villa, Abuja',
    );
  });

  test('"at the Flagstaff House, Accra, Ghana": the venue and the first place after it', () => {
    assert.equal(
      place(
        'The High Commissioner presented his Letter of Credence to the President of Ghana.\n\nThe colourful ceremony took place at the Flagstaff House, Accra, Ghana, on Friday.',
      ),
      'Flagstaff House, Accra',
    );
  });

  test('a named residence with no venue word, then its city: "at Seri Perdana, Putrajaya last night"', () => {
    assert.equal(
      place('The Prime Minister received a courtesy call from the former Vice-President at Seri Perdana, Putrajaya last night.'),
      'Seri Perdana, Putrajaya',
    );
  });
});

describe('talks first, a press conference after', () => {
  test('a summit followed by a joint press conference is a meeting record with a place', () => {
    assert.equal(
      place(
        '두 정상은 30일 오전 백악관에서 단독 정상회담을 가졌다. 정상회담 이후 두 정상은 기자회견을 열었다.\n\n두 정상은 동맹 문제를 논의했다.',
      ),
      '백악관',
    );
  });

  test('a press conference that is the record itself still has no meeting place', () => {
    assert.equal(place('외교부 대변인은 이날 정례브리핑에서 한일 외교장관 회담 결과를 설명했다.'), null);
  });

  test('a floor of a building is part of the Korean place ("청와대 본관 1층에서")', () => {
    assert.equal(place('회담이 끝난 후 두 정상은 청와대 본관 1층에서 기자들을 만났습니다.'), '청와대 본관 1층');
  });

  test('days and hours before a Korean place are not part of it, and a year marks another event', () => {
    assert.equal(place('두 장관은 20일부터 이틀간 남아공 요하네스버그에서 회담했다.'), '남아공 요하네스버그');
    assert.equal(place('두 사람은 2018년 무주에서 열린 회의 이후 처음으로 만났다.'), null);
  });
});

describe('the lead under a deck and a share bar', () => {
  test('deck lines without a full stop and a share bar above the lead do not crowd the lead out', () => {
    const r = parseRecordText(
      [
        '문 대통령-트럼프, 단독 정상회담 이어 확대 정상회담',
        '입력 2017-07-01 00:18',
        '동맹·북핵·평화·무역현안 의견 교환 확대정상회담 후 공동성명서 채택 예정',
        '크게 작게 프린트 메일 URL 줄이기 페이스북 X',
        '동맹·북핵·평화·무역현안 의견 교환 확대정상회담 후 공동성명서 채택 예정',
        '문재인 대통령과 도널드 트럼프 미국 대통령은 30일 오전(이하 미국 현지시간) 백악관에서 정상회담을 시작했다.',
        '한미 두 정상은 이날 오전 10시22분부터 23분간에 걸쳐 단독 정상회담을 갖고 의견을 교환했다.',
      ].join('\n\n'),
    );
    assert.equal(r.place, '백악관');
    assert.ok(!r.paragraphs.some((p) => p.text.includes('URL 줄이기')));
  });
});

describe('a place in the grammar of each language', () => {
  test('Russian "прибыл в Минск" and a hyphenated city "в Куала-Лумпуре" are read whole (Куала-Лумпур)', () => {
    assert.equal(
      place('Министр прибыл в Минск в среду. Министры провели переговоры один на один в здании министерства.'),
      'Минск',
    );
    assert.equal(place('Встреча министров состоялась в Куала-Лумпуре на полях форума.'), 'Куала-Лумпур');
  });

  test('German "der zu einem Arbeitsbesuch in Moskau weilte" names where they met', () => {
    assert.equal(
      place('Am 10. Mai traf sich der Außenminister mit seinem Amtskollegen, der zu einem Arbeitsbesuch in Moskau weilte.'),
      'Moskau',
    );
  });

  test('a headline "Réunion … à Singapour" gives the place when the text does not', () => {
    assert.equal(
      place('Les deux ministres ont tenu un entretien sur la situation régionale.', 'Réunion des ministres à Singapour'),
      'Singapour',
    );
  });

  test('"in a beach resort of Goa", and "is in New York to attend" when no meeting sentence says where', () => {
    assert.equal(place('The minister held a bilateral meeting with his counterpart in a beach resort of Goa.'), 'Goa');
    assert.equal(
      place(
        'The Prime Minister met with the Secretary-General yesterday.\n\nThe Prime Minister is in New York to attend the General Assembly.',
      ),
      'New York',
    );
  });

  test('Vietnamese "đã đến thành phố Quảng Châu" is where the visitor went', () => {
    assert.equal(
      place(
        'Sáng 18/8, Chủ tịch nước và Đoàn đại biểu cấp cao đã đến thành phố Quảng Châu, tỉnh Quảng Đông, bắt đầu chuyến thăm cấp Nhà nước.',
      ),
      'Quảng Châu',
    );
  });
});

describe('venues named the way each language names them', () => {
  test('Japanese names a building in kanji before で: "港区の迎賓館で", "官邸で"', () => {
    assert.equal(place('首相は東京都港区の迎賓館で各国の首脳と個別に会談した。'), '迎賓館');
    assert.equal(place('首相は24日、官邸で外相と会い、首脳会談の日程を協議した。'), '官邸');
  });

  test('Chinese names the hall before the counterpart ("在北京人民大會堂與…舉行會談") or opens the lead with it ("在北京,…會面")', () => {
    assert.equal(place('外交部長下午在北京人民大會堂與越南外長舉行會談。'), '北京人民大會堂');
    assert.equal(place('在北京,國務委員兼外長與到訪的越南外長會面。'), '北京');
    assert.equal(place('外長在美國紐約先后會見三國外長。'), '紐約');
  });

  test('the city named just before the venue comes with it ("in New York in der Ständigen Mission")', () => {
    assert.equal(
      place('Am Montag trafen sich beide Außenminister in New York in der Ständigen Mission Russlands bei der UNO.'),
      'der Ständigen Mission, New York',
    );
  });

  test('"at a ceremony held in Rashtrapati Bhavan here today" names the venue', () => {
    assert.equal(
      place('Four ambassadors presented their credentials to the President at a ceremony held in Rashtrapati Bhavan here today.'),
      'Rashtrapati Bhavan',
    );
  });

  test('an online meeting whose lead opens "tại Trụ sở Bộ Ngoại giao," keeps where it was held from', () => {
    assert.equal(
      place('Ngày 16/7, tại Trụ sở Bộ Ngoại giao, Thứ trưởng đã hội đàm trực tuyến với Thứ trưởng Ngoại giao Lào.'),
      'Trụ sở Bộ Ngoại giao',
    );
  });
});

describe('Arabic says where the visitor is', () => {
  test('"الذي يزور القاهرة حاليا" (who is visiting Cairo currently), with or without its tanween', () => {
    assert.equal(
      place('استقبل وزير الخارجية بعد عصر السبت، نظيره المغربي الذي يزور القاهرة حاليا وذلك بمقر وزارة الخارجية.'),
      'القاهرة',
    );
    assert.equal(place('التقى وزير الخارجية اليوم نظيره النيوزيلندي الذي يزور أبو ظبي حاليًا.'), 'أبو ظبي');
  });
});
