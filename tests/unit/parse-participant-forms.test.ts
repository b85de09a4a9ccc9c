// A desk officer imports readouts from any ministry: whoever met whom, in whatever order the
// language writes title and name, both principals are found, with their country when it is said.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const CASES: [string, [string, string | null][]][] = [
  [
    'Foreign Minister Ana Reyes of the Philippines met with Chilean Foreign Minister Pedro Soto on Wednesday.',
    [
      ['Ana Reyes', 'Philippines'],
      ['Pedro Soto', 'Chile'],
    ],
  ],
  [
    'Indian External Affairs Minister S. Jaishankar held talks with his Saudi counterpart Prince Faisal bin Farhan in Riyadh on Monday.',
    [
      ['S. Jaishankar', 'India'],
      ['Faisal bin Farhan', 'Saudi Arabia'],
    ],
  ],
  [
    'Malaysian Prime Minister Anwar Ibrahim received a courtesy call from Singapore Foreign Minister Vivian Balakrishnan yesterday.',
    [
      ['Anwar Ibrahim', 'Malaysia'],
      ['Vivian Balakrishnan', 'Singapore'],
    ],
  ],
  [
    'Mr Pedro Soto, the Chilean Foreign Minister, called on Minister Ana Reyes on Tuesday.',
    [
      ['Pedro Soto', 'Chile'],
      ['Ana Reyes', null],
    ],
  ],
  [
    '조태열 외교부 장관은 5일 페드로 소토 칠레 외교장관과 회담했다.',
    [
      ['조태열', 'Republic of Korea'],
      ['페드로 소토', 'Chile'],
    ],
  ],
  [
    'Thủ tướng Phạm Minh Chính hội kiến Tổng thống Indonesia Joko Widodo.',
    [
      ['Phạm Minh Chính', 'Viet Nam'],
      ['Joko Widodo', 'Indonesia'],
    ],
  ],
  [
    'Chiều 5/6, Tổng Bí thư Tô Lâm đã tiếp Thủ tướng Singapore Lawrence Wong.',
    [
      ['Tô Lâm', 'Viet Nam'],
      ['Lawrence Wong', 'Singapore'],
    ],
  ],
  [
    'Menteri Luar Negeri Retno Marsudi bertemu dengan Menteri Luar Negeri Chile Pedro Soto di Jakarta, Rabu (5/6/2024).',
    [
      ['Retno Marsudi', null],
      ['Pedro Soto', 'Chile'],
    ],
  ],
  // Vietnamese: the office, the body that holds it (every word capitalised), the country, the name.
  [
    'Chiều 3/4, Chủ tịch Quốc hội Trần Thanh Mẫn hội đàm với Chủ tịch Nhân đại Trung Quốc Triệu Lạc Tế.',
    [
      ['Trần Thanh Mẫn', 'Viet Nam'],
      ['Triệu Lạc Tế', 'China'],
    ],
  ],
  [
    'Sáng 2/5, Chủ tịch UBND tỉnh Hoàng Văn Bình tiếp Đại sứ đặc mệnh toàn quyền Cộng hòa Dân chủ Nhân dân Lào Khamphao Ernthavanh.',
    [
      ['Hoàng Văn Bình', 'Viet Nam'],
      ['Khamphao Ernthavanh', 'Laos'],
    ],
  ],
  [
    'Đại tướng Lương Tam Quang tiếp ông Marco Ferri, Bộ trưởng Bộ Quốc phòng Italy, tại Hà Nội.',
    [
      ['Lương Tam Quang', null],
      ['Marco Ferri', 'Italy'],
    ],
  ],
  [
    'Đến dự về phía Nhật Bản có: Phó Chủ tịch Ủy ban Thường vụ Thượng viện Tanaka Kenji; Trợ lý Bộ trưởng Bộ Ngoại giao Sato Yumi.',
    [
      ['Tanaka Kenji', 'Japan'],
      ['Sato Yumi', 'Japan'],
    ],
  ],
  [
    'Cambodian Foreign Minister Sok Dara met with US Ambassador to Cambodia John Miller on Monday.',
    [
      ['Sok Dara', 'Cambodia'],
      ['John Miller', 'United States'],
    ],
  ],
  [
    'The Minister received the Omani envoy on Monday. The meeting was attended by Dr. Salim Al Harthy, Adviser to the Oman Foreign Ministry; Nasser Al Busaidi, Director of Protocol.',
    [
      ['Salim Al Harthy', 'Oman'],
      ['Nasser Al Busaidi', null],
    ],
  ],
  [
    '윤석열 대통령은 27일 기시다 총리와 한일 정상회담을 가졌다. 우리 측에서는 최상목 부총리 겸 기획재정부 장관, 장호진 국가안보실장, 이도운 홍보수석 등이 배석했다. 일본 측에서는 모리야 히로시 관방부 장관, 세리자와 키요시 방위성 방위심의관 등이 자리했다.',
    [
      ['이도운', 'Republic of Korea'],
      ['최상목', 'Republic of Korea'],
      ['모리야 히로시', 'Japan'],
      ['세리자와 키요시', 'Japan'],
    ],
  ],
  [
    '한미 정상회담이 열렸다. 미국도 지나 레이몬드 상무장관, 카린 장-피에르 백악관 대변인, 헨리 해거드 주한미국대사관 정무 공사참사관 등이 참석했다.',
    [
      ['지나 레이몬드', 'United States'],
      ['카린 장-피에르', 'United States'],
      ['헨리 해거드', 'United States'],
    ],
  ],
  [
    '문재인 대통령은 20일 도널드 트럼프 대통령과 한미 정상통화를 했다.',
    [
      ['문재인', 'Republic of Korea'],
      ['도널드 트럼프', 'United States'],
    ],
  ],
  [
    '김용현 국방부 장관과 나카타니 방위상은 비엔티안에서 회담했다. 윤석열 대통령은 도착한 시진핑 중국 국가주석과 만났다.',
    [
      ['나카타니', 'Japan'],
      ['시진핑', 'China'],
    ],
  ],
  [
    'Foreign Minister Ana Reyes met her counterpart, Tomas Vidal, who arrived in Manila on Monday, for talks on fisheries.',
    [
      ['Ana Reyes', null],
      ['Tomas Vidal', null],
    ],
  ],
  ['Defence Minister Lee Jong-sup received Brigadier General Hamid Karimi on Tuesday.', [['Hamid Karimi', null]]],
  [
    'The talks were attended by Maria Santos, Minister of Trade of the Philippines, Juan Cruz, Minister of Finance, and Pedro Soto, Ambassador of Chile.',
    [
      ['Maria Santos', 'Philippines'],
      ['Juan Cruz', null],
      ['Pedro Soto', 'Chile'],
    ],
  ],
  [
    'Presiden Joko Widodo menerima surat kepercayaan dari Duta Besar Kanada Cameron MacKay dan Duta Besar Prancis Olivier Chambard di Istana Merdeka.',
    [
      ['Cameron MacKay', 'Canada'],
      ['Olivier Chambard', 'France'],
    ],
  ],
  [
    'Chiều 5/6, Đồng chí Nguyễn Văn Hùng đã tiếp Đại sứ Lào Sengphet Houngboungnuang.',
    [
      ['Nguyễn Văn Hùng', 'Viet Nam'],
      ['Sengphet Houngboungnuang', 'Laos'],
    ],
  ],
  [
    '岸田文雄首相は5日、来日した韓国の尹錫悦大統領と首相官邸で会談した。',
    [
      ['岸田文雄', 'Japan'],
      ['尹錫悦', 'Republic of Korea'],
    ],
  ],
  [
    'Presiden menerima surat kepercayaan dari empat duta besar negara sahabat di Istana Merdeka, yaitu: Maria Lopez Vidal (Uruguay); Tomas Berg (Swedia); Aiko Tanaka Mori (Jepang); dan Paul Okoro (Dubes LBBP Nigeria berkedudukan di Singapura).',
    [
      ['Maria Lopez Vidal', 'Uruguay'],
      ['Tomas Berg', 'Sweden'],
      ['Paul Okoro', 'Nigeria'],
    ],
  ],
  [
    '中国外交部长王毅5日在北京会见了韩国外长赵兑烈。',
    [
      ['王毅', 'China'],
      ['赵兑烈', 'Republic of Korea'],
    ],
  ],
];

describe('the participants, however the record names them', () => {
  for (const [text, expected] of CASES) {
    test(text.slice(0, 70), () => {
      const found = parseRecordText(`Talks\n\nPublished: 2024-06-06\n\n${text}`).participants;
      for (const [name, country] of expected) {
        const p = found.find((f) => f.name === name || f.name?.endsWith(` ${name}`));
        assert.ok(p, `${name} among ${found.map((f) => f.name).join(', ')}`);
        if (country) assert.equal(p.country, country, name);
      }
      assert.ok(
        found.every((p) => p.name !== ''),
        'no participant with an empty name',
      );
    });
  }
});

describe('one plural title for two people', () => {
  const two = (text: string) =>
    findParticipants(text.split('\n\n'), { publisherCountry: null, hostCountry: null }).map((p) => [p.name, p.role]);

  test('French: "sous la présidence des ministres des Affaires étrangères A et B"', () => {
    assert.deepEqual(
      two(
        'Une rencontre s’est tenue hier au Caire, sous la présidence des ministres des Affaires étrangères Sameh Karim et Fayçal Morad.',
      ),
      [
        ['Sameh Karim', 'ministre des Affaires étrangères'],
        ['Fayçal Morad', 'ministre des Affaires étrangères'],
      ],
    );
  });

  test('Spanish and English: "los cancilleres A y B", "Foreign Ministers A and B"', () => {
    assert.deepEqual(two('Los cancilleres Luis Mora y Ana Ruiz se reunieron en Lima.'), [
      ['Luis Mora', 'canciller'],
      ['Ana Ruiz', 'canciller'],
    ]);
    assert.deepEqual(
      two('Foreign Ministers Ana Costa and Lena Berg met in Oslo.').map((p) => p[0]),
      ['Ana Costa', 'Lena Berg'],
    );
  });
});

describe('an office said briefly later is the person named with it in full', () => {
  test('"Ana Costa, U.S. Ambassador to Chile" and later "the US Ambassador" are one person', () => {
    const got = findParticipants(
      [
        'On November 2, Dr. Luis Mora, Cabinet Secretary for Foreign Affairs held fruitful discussions with H.E. Ana Costa, U.S. Ambassador to Chile, and H.E. Jo Park, Ambassador of Peru to Chile.',
        'During the meeting with the US Ambassador, CS Mora acknowledged the strong relations.',
      ],
      { publisherCountry: null, hostCountry: null },
    ).map((p) => p.name);
    assert.deepEqual(got, ['Luis Mora', 'Ana Costa', 'Jo Park']);
  });
});

describe('a credentials ceremony is a meeting with each envoy', () => {
  const who = (text: string) =>
    findParticipants(text.split('\n\n'), { publisherCountry: null, hostCountry: null }).map((p) => [p.name, p.country]);

  test('English: "received letters of credence from Ana Costa (Chile), Jo Park (Peru) and Lena Berg (Norway)"', () => {
    assert.deepEqual(
      who(
        'President Omar Diaz received letters of credence from the ambassadors Ana Costa (Chile), Jo Park (Peru) and Lena Berg (Norway).',
      ),
      [
        ['Omar Diaz', null],
        ['Ana Costa', 'Chile'],
        ['Jo Park', 'Peru'],
        ['Lena Berg', 'Norway'],
      ],
    );
  });

  test('Vietnamese: "tiếp nhận quốc thư của Đại sứ Chile Ana Costa, Đại sứ Peru Jo Park": the envoys present them', () => {
    assert.deepEqual(
      who(
        'Chủ tịch nước Lương Văn An tiếp nhận quốc thư của Đại sứ Chile Ana Costa, Đại sứ Peru Jo Park và Đại sứ Na Uy Lena Berg.',
      ),
      [
        ['Lương Văn An', 'Viet Nam'],
        ['Ana Costa', 'Chile'],
        ['Jo Park', 'Peru'],
        ['Lena Berg', 'Norway'],
      ],
    );
  });

  test('each envoy of a bracketed list takes the office the list is introduced by', () => {
    const roles = findParticipants(
      [
        'President Omar Diaz received letters of credence from the ambassadors Ana Costa (Chile), Jo Park (Peru) and Lena Berg (Norway).',
      ],
      {
        publisherCountry: null,
        hostCountry: null,
      },
    ).map((p) => p.role);
    assert.deepEqual(roles, ['President', 'ambassador', 'ambassador', 'ambassador']);
  });

  test('a record about credentials alone, with no other word of meeting, still reports one', () => {
    assert.deepEqual(
      who(
        'The Governor-General accepted the credentials of Ambassador of Chile, Ana Costa; Ambassador of Peru, Jo Park; Ambassador of Norway, Lena Berg.',
      ).slice(-3),
      [
        ['Ana Costa', 'Chile'],
        ['Jo Park', 'Peru'],
        ['Lena Berg', 'Norway'],
      ],
    );
  });
});

describe('an initial glued to the surname is the same person', () => {
  test('"C.Ashton" later in the record is the "Catherine Ashton" named first', () => {
    const got = findParticipants(
      [
        'High Representative Catherine Ashton met Foreign Minister Linas Berg in Vilnius.',
        "The EU's High Representative C.Ashton also hailed the presidency.",
      ],
      {
        publisherCountry: null,
        hostCountry: null,
      },
    ).map((p) => p.name);
    assert.deepEqual(got, ['Catherine Ashton', 'Linas Berg']);
  });
});
