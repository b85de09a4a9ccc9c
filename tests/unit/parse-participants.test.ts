// Who was in the room, as a desk officer reads it: officials under any title, in Korean,
// Vietnamese, English and Russian order, and the people a record only mentions left out.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { findParticipants, type PeopleDirectory } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string, c: Parameters<typeof findParticipants>[1] = ctx) =>
  findParticipants(text.split('\n\n'), c).map((p) => [p.name, p.role, p.country]);
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('titles the rules were never given one by one', () => {
  test('a national security advisor and a deputy secretary are read with their countries', () => {
    assert.deepEqual(people('US National Security Advisor Jake Sullivan met Japanese Deputy Secretary Mori Takeo in Tokyo.'), [
      ['Jake Sullivan', 'National Security Advisor', 'United States'],
      ['Mori Takeo', 'Deputy Secretary', 'Japan'],
    ]);
  });

  test('a high representative, a state councilor and a secretary-general of organisations', () => {
    assert.deepEqual(
      people(
        'EU High Representative Josep Borrell held talks with Chinese State Councilor Wang Yi, while ASEAN Secretary-General Kao Kim Hourn joined them.',
      ),
      [
        ['Josep Borrell', 'High Representative', 'European Union'],
        ['Wang Yi', 'State Councilor', 'China'],
        ['Kao Kim Hourn', 'Secretary-General', 'ASEAN'],
      ],
    );
  });

  test('"Minister for Foreign Affairs", "Under Secretary for Political Affairs", a chargé d’affaires', () => {
    assert.deepEqual(
      names(
        'Minister for Foreign Affairs Vivian Balakrishnan received Under Secretary for Political Affairs Victoria Nuland and Chargé d’Affaires Nguyen Minh Hang.',
      ),
      ['Vivian Balakrishnan', 'Victoria Nuland', 'Nguyen Minh Hang'],
    );
  });

  test('a country’s possessive names the office: "Korea’s Vice Foreign Minister"', () => {
    assert.deepEqual(people('Korea’s First Vice Foreign Minister Cho Hyun met Thai Ambassador Sarun Charoensuwan.'), [
      ['Cho Hyun', 'First Vice Foreign Minister', 'Republic of Korea'],
      ['Sarun Charoensuwan', 'Ambassador', 'Thailand'],
    ]);
  });
});

describe('Korean puts the name before the title', () => {
  test('"박진 외교부 장관" and "왕이 중국 외교부장": the role as written, the country from the title', () => {
    assert.deepEqual(people('박진 외교부 장관은 14일 왕이(王毅) 중국 외교부장과 회담을 가졌다.'), [
      ['박진', '외교부 장관', 'Republic of Korea'],
      ['왕이', '외교부장', 'China'],
    ]);
  });

  test('a foreign name in two words with its country: "토니 블링컨 미국 국무장관"', () => {
    assert.deepEqual(people('조태열 장관은 토니 블링컨 미국 국무장관과 통화했다.'), [
      ['조태열', '장관', null],
      ['토니 블링컨', '국무장관', 'United States'],
    ]);
  });

  test('an embassy is not an ambassador: "주한 베트남 대사관"', () => {
    assert.deepEqual(names('김홍균 외교부 제1차관은 주한 베트남 대사관을 방문했다.'), ['김홍균']);
  });

  test('a name in two scripts is one person, with the other script as an alias', () => {
    const [wang] = findParticipants(['왕이(王毅) 중국 외교부장은 베이징에서 회담을 가졌다.'], ctx);
    assert.equal(wang?.name, '왕이');
    assert.ok(wang?.aliases.includes('王毅'));
  });
});

describe('Vietnamese puts the title, then the country, before the name', () => {
  test('"Bộ trưởng Ngoại giao Bùi Thanh Sơn" and "Ngoại trưởng Hoa Kỳ Antony Blinken"', () => {
    assert.deepEqual(
      people('Chiều 14/4, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Ngoại trưởng Hoa Kỳ Antony Blinken tại Hà Nội.'),
      [
        ['Bùi Thanh Sơn', 'Bộ trưởng Ngoại giao', 'Viet Nam'],
        ['Antony Blinken', 'Ngoại trưởng', 'United States'],
      ],
    );
  });

  test('a deputy minister and an ambassador "tại Việt Nam" with the country they speak for', () => {
    assert.deepEqual(people('Thứ trưởng Ngoại giao Đỗ Hùng Việt tiếp Đại sứ Nhật Bản tại Việt Nam Ito Naoki.'), [
      ['Đỗ Hùng Việt', 'Thứ trưởng Ngoại giao', 'Viet Nam'],
      ['Ito Naoki', 'Đại sứ', 'Japan'],
    ]);
  });

  test('the Vietnamese name with its Korean reading beside it is one person', () => {
    const p = findParticipants(['Bộ trưởng Bùi Thanh Sơn (부이 타인 선) tiếp Đại sứ Hàn Quốc Choi Young-sam.'], ctx);
    assert.deepEqual(
      p.map((x) => x.name),
      ['Bùi Thanh Sơn', 'Choi Young-sam'],
    );
    assert.ok(p[0]?.aliases.includes('부이 타인 선'));
  });
});

test('a Russian record names the minister in Cyrillic', () => {
  assert.deepEqual(people('Министр иностранных дел России Сергей Лавров провёл переговоры в Ханое.'), [
    ['Сергей Лавров', 'Министр иностранных дел', 'Russia'],
  ]);
});

describe('people the record only mentions are not participants', () => {
  test('a president whose greetings were conveyed', () => {
    assert.deepEqual(
      names(
        'Foreign Minister Park Jin met Deputy Prime Minister Tran Luu Quang.\n\nMinister Park conveyed the greetings of President Yoon Suk Yeol to General Secretary To Lam.',
      ),
      ['Park Jin', 'Tran Luu Quang'],
    );
  });

  test('a leader thanked, congratulated or quoted', () => {
    assert.deepEqual(
      names(
        'Foreign Minister Penny Wong met Foreign Minister Retno Marsudi in Jakarta.\n\nShe congratulated President-elect Prabowo Subianto and thanked Prime Minister Anthony Albanese for his support.',
      ),
      ['Penny Wong', 'Retno Marsudi'],
    );
  });

  test('an earlier visit recalled and a meeting still to come', () => {
    assert.deepEqual(
      names(
        'Minister Bui Thanh Son received Ambassador Marc Knapper.\n\nThe Ambassador recalled the previous visit of President Joe Biden.\n\nLater, Minister Son is scheduled to meet Senator Tammy Duckworth.',
      ),
      ['Bui Thanh Son', 'Marc Knapper'],
    );
  });

  test('speaking "on behalf of" a leader does not make the leader present', () => {
    assert.deepEqual(
      names('On behalf of Prime Minister Pham Minh Chinh, Deputy Minister Do Hung Viet welcomed Ambassador Park Noh-wan.'),
      ['Do Hung Viet', 'Park Noh-wan'],
    );
  });

  test('Korean: a president whose greetings were conveyed ("대통령의 안부")', () => {
    assert.deepEqual(names('박진 장관은 응우옌 푸 쫑 베트남 총리를 예방하고 윤석열 대통령의 안부를 전했다.'), [
      '박진',
      '응우옌 푸 쫑',
    ]);
  });

  test('Vietnamese: a list of earlier visits is context', () => {
    assert.deepEqual(
      names(
        'Bộ trưởng Bùi Thanh Sơn đón Ngoại trưởng Anh David Lammy.\n\nĐây là chuyến thăm sau các chuyến thăm của Ngoại trưởng Nhật Bản Kamikawa Yoko, Ngoại trưởng Pháp Jean-Noël Barrot.',
      ),
      ['Bùi Thanh Sơn', 'David Lammy'],
    );
  });
});

test('a minister who met three people in turn: each is a participant', () => {
  assert.deepEqual(
    names(
      'Foreign Minister Cho Tae-yul arrived in Vientiane on Thursday.\n\nHe first met Lao Foreign Minister Saleumxay Kommasith.\n\nHe then held talks with Thai Foreign Minister Maris Sangiampongsa.\n\nFinally, he met Philippine Foreign Secretary Enrique Manalo.',
    ),
    ['Cho Tae-yul', 'Saleumxay Kommasith', 'Maris Sangiampongsa', 'Enrique Manalo'],
  );
});

test('no participant ever has an empty name; one known only by title keeps a null name', () => {
  const p = findParticipants(['The Korean ambassador called on the minister.'], ctx);
  assert.ok(p.every((x) => x.name === null || x.name.trim() !== ''));
  assert.deepEqual(
    p.map((x) => [x.name, x.country]),
    [[null, 'Republic of Korea']],
  );
});

describe('the people directory', () => {
  const directory: PeopleDirectory = {
    lookup: (name) =>
      ({
        'Sergei Lavrov': { name: 'Sergei Lavrov', role: 'Minister of Foreign Affairs', country: 'Russia' },
        'Bui Thanh Son': { name: 'Bùi Thanh Sơn', role: 'Minister of Foreign Affairs', country: 'Viet Nam' },
      })[name] ?? null,
  };

  test('a known name without a title is recognised, its country and role filled, and the reason given', () => {
    const p = findParticipants(['Sergei Lavrov held talks with Minister Bui Thanh Son in Hanoi.'], { ...ctx, directory });
    assert.deepEqual(
      p.map((x) => [x.name, x.country]),
      [
        ['Sergei Lavrov', 'Russia'],
        ['Bui Thanh Son', 'Viet Nam'],
      ],
    );
    assert.match(p[0]?.why ?? '', /people directory/);
    assert.equal(p[1]?.role, 'Minister', 'the record’s own title is kept');
  });

  test('without a directory the same text gives only the titled person', () => {
    assert.deepEqual(names('Sergei Lavrov held talks with Minister Bui Thanh Son in Hanoi.'), ['Bui Thanh Son']);
  });
});

test('every participant says how sure the parser is and why', () => {
  const [p] = findParticipants(['Foreign Minister Wang Yi held talks in Beijing.'], ctx);
  assert.ok((p?.confidence ?? 0) > 0.6);
  assert.match(p?.why ?? '', /title/);
  const [short] = findParticipants(['The guest was met by Minister Son at the airport.'], ctx);
  assert.equal(short?.check, true, 'a short name with no country is marked for checking');
});

describe('titles in German, Spanish, Italian, French', () => {
  const people = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => [p.name, p.role, p.country]);

  test('a German release names ministers by compound titles and genitive countries', () => {
    assert.deepEqual(
      people(
        'Außenministerin Anna Berger traf am Montag in Wien den Außenminister der Schweiz Marco Bernasconi sowie den Außenminister Polens, Jan Nowicki, zu Gesprächen.',
      ),
      [
        ['Anna Berger', 'Außenministerin', null],
        ['Marco Bernasconi', 'Außenminister', 'Switzerland'],
        ['Jan Nowicki', 'Außenminister', 'Poland'],
      ],
    );
  });

  test('a Spanish article gives the portfolio, the nationality and the name after a comma', () => {
    assert.deepEqual(
      people(
        'El ministro de Asuntos Exteriores portugués, Pedro Costa Lima, se reunió en Madrid con el nuevo Ministro de Relaciones Exteriores del Perú, Luis Alberto Quispe.',
      ),
      [
        ['Pedro Costa Lima', 'ministro de Asuntos Exteriores', 'Portugal'],
        ['Luis Alberto Quispe', 'Ministro de Relaciones Exteriores', 'Peru'],
      ],
    );
  });

  test('Italian and French titles before the name are read', () => {
    assert.deepEqual(people('Il ministro degli Esteri Paolo Rossi ha incontrato a Roma la premier estone Kadri Tamm.'), [
      ['Paolo Rossi', 'ministro degli Esteri', null],
      ['Kadri Tamm', 'premier', 'Estonia'],
    ]);
    assert.deepEqual(people('Le ministre des Affaires étrangères Luc Martin a reçu son homologue japonais Kenji Sato.'), [
      ['Luc Martin', 'ministre des Affaires étrangères', null],
      ['Kenji Sato', 'homologue', 'Japan'],
    ]);
  });

  test('a source quoted with "según" is not in the room', () => {
    assert.deepEqual(
      names(
        'La ministra Ana Ruiz se reunió con su homólogo chileno, Diego Soto, en Lima, según confirmó el presidente del Gobierno, Carlos Vidal.',
      ),
      ['Ana Ruiz', 'Diego Soto'],
    );
  });
});

describe('countries outside the table', () => {
  test('an Indonesian list of bilaterals reads "Menlu Rumania, X" as a minister of Romania, not a person called Rumania', () => {
    const p = findParticipants(
      ['Menlu Retno bertemu dengan Menlu Rumania, Ana Popescu. Kemudian Retno bertemu dengan Menlu Aljazair, Karim Benali.'],
      ctx,
    );
    assert.deepEqual(
      p.map((x) => [x.name, x.country]),
      [
        ['Retno', null],
        ['Ana Popescu', 'Romania'],
        ['Karim Benali', 'Algeria'],
      ],
    );
  });
});

describe('who attended, and who was only talked about', () => {
  test('a Korean delegation list after "중국측은" gives each member and their side', () => {
    const p = findParticipants(
      [
        '박민수 외교부 장관이 왕하이 중국 외교부장과 회담했다.',
        '우리측은 이지훈 북미국장, 최영수 평화외교기획단장이 배석했다. 중국측은 쑨위 외교부 부부장, 류빈 외교부 아주사 사장 등이 자리했다.',
      ],
      ctx,
    );
    assert.deepEqual(
      p.slice(2).map((x) => [x.name, x.country]),
      [
        ['이지훈', 'Republic of Korea'],
        ['최영수', 'Republic of Korea'],
        ['쑨위', 'China'],
        ['류빈', 'China'],
      ],
    );
  });

  test('a doorstep with reporters or a regular press conference has no participants', () => {
    assert.deepEqual(names('김태호 대통령은 오늘 출근길에 기자들과 만나 "현안을 논의하겠다"고 말했습니다.'), []);
    assert.deepEqual(
      names(
        'Foreign Ministry Spokesperson Li Ming’s Regular Press Conference on May 3\n\nForeign Minister Zhao Lei will visit Laos on May 5.',
      ),
      [],
    );
  });
});

describe('Vietnamese body words are not names', () => {
  test('a Vietnamese record names no one "Ủy", "Đại" or "UBND"', () => {
    const found = parseRecordText(
      'Hội đàm\n\nPublished: 2024-06-06\n\nSáng 5/6, Phó Chủ tịch Ủy ban Thường vụ Quốc hội đã tiếp Đoàn đại biểu. Chủ tịch UBND tỉnh có buổi làm việc với Đại sứ đặc mệnh toàn quyền Cộng hòa Pháp.',
    ).participants;
    assert.ok(
      found.every((p) => p.name === null || p.name.split(' ').length > 1),
      found.map((p) => p.name).join(', '),
    );
  });
  test("the minister's wife leading a delegation does not make the minister a participant", () => {
    const found = parseRecordText(
      'Tiếp đoàn\n\nPublished: 2024-06-06\n\nSáng 5/6, đồng chí Hoàng Văn Bình, Chủ tịch UBND tỉnh tiếp đoàn do bà Trần Thị Mai, phu nhân Bộ trưởng Bộ Ngoại giao Nguyễn Văn An làm Trưởng đoàn.',
    ).participants;
    const names = found.map((p) => p.name);
    assert.ok(names.includes('Hoàng Văn Bình'), names.join(', '));
    assert.ok(names.includes('Trần Thị Mai'), names.join(', '));
    assert.ok(!names.includes('Nguyễn Văn An'), names.join(', '));
  });
});
