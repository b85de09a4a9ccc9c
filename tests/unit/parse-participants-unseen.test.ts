// Rules written from records never seen while tuning (the people7 batch): a meeting only announced
// has no participants; a name written in another case is given in its dictionary form.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('a meeting that is only announced, planned or put off has no participants', () => {
  test('an English preview: "to hold talks" says the talks are still to come', () => {
    assert.deepEqual(
      names(
        'Brazil, Kenya foreign ministers to hold talks on trade\n\nForeign Minister Ana Costa and her counterpart Lena Berg to hold talks in Nairobi.',
      ),
      [],
    );
  });

  test('a Chinese announcement: "届时…将与…举行会谈" is a visit still to come', () => {
    assert.deepEqual(names('外交部发言人宣布,应外长李明邀请,某国外长张华将访华。届时,李明外长将与张华外长举行会谈。'), []);
  });

  test('a Thai preview: "มีกำหนดหารือ" (is scheduled to discuss)', () => {
    assert.deepEqual(names('ในการเยือนครั้งนี้ นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงการต่างประเทศมีกำหนดหารือกับนายบุญมี ศรีสุข'), []);
  });

  test('a Spanish report of a meeting put off: "la reunión… se pospuso"', () => {
    assert.deepEqual(
      names('La reunión del canciller Luis Pardo con 20 embajadores se pospuso, pues algunos no podrían asistir.'),
      [],
    );
  });

  test('a Russian preview: "встреча пройдёт" (the meeting will take place)', () => {
    assert.deepEqual(names('Встреча министра Ивана Орлова с коллегой пройдёт в Казани в июне.'), []);
  });

  test('a meeting held after travelling "to meet": the talks took place, both are in the room', () => {
    assert.deepEqual(
      names(
        'Foreign Minister Ana Costa travelled to Nairobi to meet Foreign Minister Lena Berg and held talks with her on Tuesday.',
      ),
      ['Ana Costa', 'Lena Berg'],
    );
  });
});

const people = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => [p.name, p.role]);

describe('Korean: words that stand where a name would, and names the title rule missed', () => {
  test('"이들", "각 나라", "제정된" before a title are a pronoun, a noun and a verb form, not people', () => {
    const got = names(
      '대통령은 20일 신임 대사 5명에게 신임장을 받았다.\n\n이날 신임장이 제정된 대사는 5개국 대사다. 이들 신임 대사는 각 나라 외교장관의 추천을 받았다.\n\n행사에는 한도윤 외교부 장관이 배석했다.',
    );
    assert.deepEqual(got, ['한도윤']);
  });

  test('"안보실 1차장" after a name is an office and its title; "주(駐)중국 대사" keeps its Chinese gloss out of the name', () => {
    assert.deepEqual(
      people('대통령은 23일 서민준 주(駐)중국 대사에게 신임장을 수여했다. 이날 행사에는 오태석 안보실 1차장이 배석했다.'),
      [
        ['서민준', '대사'],
        ['오태석', '안보실 1차장'],
      ],
    );
  });

  test('a foreigner named by surname alone ("트럼프 대통령", "매티스 국방장관") is a participant; "아프리카 대사들" is a region', () => {
    assert.deepEqual(
      names(
        '문재인 대통령은 29일 백악관에서 트럼프 대통령을 만났다. 이날 만찬에는 매티스 국방장관 등이 참석했다. 아프리카 대사들도 초청됐다.',
      ),
      ['문재인', '트럼프', '매티스'],
    );
  });
});

describe('people met, each described after a comma, in a list that goes on with a verb or another person', () => {
  test('"called on A, Minister … and met B, Secretary General, as well as C, State Secretary": three people, three clean titles', () => {
    assert.deepEqual(
      people(
        'During her visit to Oslo, the minister called on Ana Lind, Minister of Foreign Affairs and met Per Berg, Secretary General, as well as Eva Holm, State Secretary.',
      ).slice(-3),
      [
        ['Ana Lind', 'Minister of Foreign Affairs'],
        ['Per Berg', 'Secretary General'],
        ['Eva Holm', 'State Secretary'],
      ],
    );
  });

  test('"met A, Minister of Tourism and Dr. B, Minister for Culture": the honorific starts the next person', () => {
    assert.deepEqual(people('In Valletta she met Tom Vella, Minister of Tourism and Dr. Rita Borg, Minister for Culture.'), [
      ['Tom Vella', 'Minister of Tourism'],
      ['Rita Borg', 'Minister for Culture'],
    ]);
  });

  test('"The Foreign Minister, Prof. Idris Musa, received…": "Prof." is a courtesy word, not the name', () => {
    // The ambassadors, named by country alone, come without a name.
    assert.deepEqual(
      names('The Foreign Minister, Prof. Idris Musa, received on Sunday the ambassadors of Chile and Peru.').filter(Boolean),
      ['Idris Musa'],
    );
  });
});

describe('Chinese: a name after a title ends where the clause goes on', () => {
  test('"外交部长李明下午…": the time of day is not part of the name; "还将", "邀请年内" start no name', () => {
    assert.deepEqual(
      names('外交部长李明下午在北京会见了来访的某国外长张华。李明表示欢迎。双方同意加强合作,部长还将访问上海,并邀请年内回访。'),
      ['李明', '张华'],
    );
  });

  test('"刚上任的外长…以来", "首相的X": a verb or "的" after a title is not a name', () => {
    const got = names('外交部长李明与某国首相的王刚举行会谈。这是外长以来首次访问,外长上任后首次出访。');
    assert.ok(!got.some((n) => n !== null && /^(?:的|以|上任)/u.test(n)), String(got));
  });
});

describe('Arabic: a state written in its long form, an envoy posted elsewhere, a meeting word with its ending', () => {
  test('"وزير خارجية جمهورية مصر العربية X" and "سفير خادم الحرمين الشريفين لدى جمهورية مصر العربية Y"', () => {
    const got = findParticipants(
      [
        'استقبل وزير الخارجية خالد العمر في الرياض معالي وزير خارجية جمهورية مصر العربية حسن نبيل.',
        'وأقام الوزير مأدبة غداء تكريمًا لمعاليه. حضر الاستقبال سفير خادم الحرمين الشريفين لدى جمهورية مصر العربية ماجد بن سعد الراشد.',
      ],
      ctx,
    ).map((p) => [p.name, p.country]);
    assert.deepEqual(got.slice(1), [
      ['حسن نبيل', 'Egypt'],
      ['ماجد بن سعد الراشد', 'Saudi Arabia'],
    ]);
  });

  test('"عقد … اجتماعاً مع وزير خارجية روسيا الاتحادية": a meeting; the spokesperson after "،" is not in it', () => {
    assert.deepEqual(
      names(
        'عقد وزير الخارجية خالد العمر اجتماعاً مع وزير خارجية روسيا الاتحادية "إيفان بتروف" في نيويورك. وصرح السفير سعيد كامل، المتحدث الرسمي باسم وزارة الخارجية، بأن اللقاء كان مثمرا.',
      ),
      ['خالد العمر', 'إيفان بتروف'],
    );
  });
});

describe('an envoy from any country: the country after "of" in the title, in its long form too', () => {
  test('"Ambassador of the Federal Democratic Republic of Ethiopia A, … High Commissioner of Republic of Mozambique B"', () => {
    const got = findParticipants(
      [
        'Envoys of three states presented their credentials to the President today. The envoys were Ambassador of the Federal Democratic Republic of Ethiopia Abebe Tola Kebede, Ambassador of Georgia Nino Beridze and High Commissioner of Republic of Mozambique Armando Jose Sitoe.',
      ],
      ctx,
    ).map((p) => [p.name, p.country]);
    assert.deepEqual(got, [
      ['Abebe Tola Kebede', 'Ethiopia'],
      ['Nino Beridze', 'Georgia'],
      ['Armando Jose Sitoe', 'Mozambique'],
    ]);
  });
});

describe('the envoys of a credentials ceremony, listed with their countries after a plural', () => {
  test('"The envoys who presented their letters of credence are A of Brazil, B of the U.S. and C from Chad"', () => {
    const got = findParticipants(
      [
        'President Lena Berg received the credentials of three ambassadors on Tuesday.',
        'The envoys who presented their letters of credence to the president are Ana Lima of Brazil, John Hale of the U.S. and Idriss Mahamat from Chad.',
      ],
      ctx,
    ).map((p) => [p.name, p.country]);
    assert.deepEqual(got, [
      ['Lena Berg', null],
      ['Ana Lima', 'Brazil'],
      ['John Hale', 'United States'],
      ['Idriss Mahamat', 'Chad'],
    ]);
  });

  test('"The ambassadors are A, Mauritania, B, Belgium and C Austria"; a list without countries is not read here', () => {
    assert.deepEqual(
      names(
        'The President received four new envoys. The ambassadors are Amadou Sy, Mauritania, Jan Peeters, Belgium and Karl Huber Austria.',
      ),
      ['Amadou Sy', 'Jan Peeters', 'Karl Huber'],
    );
    assert.deepEqual(
      names('The President met diplomats. The diplomats present were told the envoys are Ana Lima and John Hale.'),
      [],
    );
  });
});

describe('Malay: the office, the rank, then the name', () => {
  test('"Menteri Pertahanan Datuk Seri A menerima kunjungan …; turut hadir Ahli Parlimen Bagan Datuk Seri Dr B"', () => {
    assert.deepEqual(
      people(
        'Menteri Pertahanan Datuk Seri Ahmad Karim Yusof menerima kunjungan hormat Duta Besar Jepun di Putrajaya hari ini. Pertemuan itu turut dihadiri Ahli Parlimen Bagan Datuk Seri Dr Siti Aminah Rahman.',
      ),
      [
        ['Ahmad Karim Yusof', 'Menteri Pertahanan'],
        ['Siti Aminah Rahman', 'Ahli Parlimen Bagan'],
      ],
    );
  });
});

describe('Korean: a Chinese name in four syllables, an envoy summoned, a meeting chaired, the first lady', () => {
  test('"최민호 외교부 1차관은 어제 저녁 팡하이룽 주한중국대사를 초치해…": summoning is a meeting; the envoy is named', () => {
    assert.deepEqual(names('최민호 외교부 1차관은 어제 저녁 팡하이룽 주한중국대사를 초치해 항의했다.'), ['최민호', '팡하이룽']);
  });

  test('"량궈춘 중국 외교부 상무부부장(차관)과 만났다"; "이정훈 외교부 장관 주재로 열린 회의"; "김미숙 여사"', () => {
    assert.deepEqual(names('한지우 외교부 장관은 21일 량궈춘 중국 외교부 상무부부장(차관)과 만났다.'), ['한지우', '량궈춘']);
    assert.deepEqual(names('이정훈 외교부 장관 주재로 서울에서 열린 회의에서는 협력 방안이 논의됐다.'), ['이정훈']);
    assert.deepEqual(names('오늘은 김미숙 여사가 오찬을 함께했다.'), ['김미숙']);
  });
});

describe('Vietnamese: a company head, China by its long name, the eth typed for Đ', () => {
  test('"ông Lý Minh, Chủ tịch Tập đoàn Hoa Lợi": the company is no person; "Cộng hòa Nhân dân Trung Hoa" is China', () => {
    assert.deepEqual(
      findParticipants(
        [
          'Chiều 10/6, đồng chí Đỗ Văn Hùng, Bí thư Tỉnh ủy đã tiếp ông Lý Minh, Chủ tịch Tập đoàn Hoa Lợi.',
          'Trước đó, Thủ tướng Lê Văn An đã hội đàm với Chủ tịch nước Cộng hòa Nhân dân Trung Hoa Vương Kiến Quốc.',
        ],
        ctx,
      ).map((p) => [p.name, p.country]),
      [
        ['Đỗ Văn Hùng', 'Viet Nam'],
        ['Lý Minh', null],
        ['Lê Văn An', 'Viet Nam'],
        ['Vương Kiến Quốc', 'China'],
      ],
    );
  });

  test('"Thủ tướng Ấn Ðộ" typed with Ð: the country is read and kept out of the name', () => {
    assert.deepEqual(
      findParticipants(['Bộ trưởng Lê Văn An đã gặp Thủ tướng Ấn Ðộ Raj Kumar Mehta tại New York.'], ctx).map((p) => [
        p.name,
        p.country,
      ]),
      [
        ['Lê Văn An', 'Viet Nam'],
        ['Raj Kumar Mehta', 'India'],
      ],
    );
  });
});

describe('someone the visitor is only to meet later, in Chinese "将和"', () => {
  test('"外长王毅10日…会见…;12日将和某国总理李强会面": the later meeting\'s host is not in the room', () => {
    assert.deepEqual(
      names('某国外长张华10日在植物园会见外交部长王毅。\n\n王毅12日将和某国总理陈立以及副总理林平会面,双方预计会讨论合作。'),
      ['张华', '王毅'],
    );
  });
});

describe('Korean: several names sharing the one title at the end of the list', () => {
  test('"민주당 한정우, 국민당 박소영, 정의당 이민재 대표 등": each party leader, each with the party', () => {
    assert.deepEqual(
      people('민주당 한정우, 국민당 박소영, 정의당 이민재 대표 등 3당 대표가 21일 국회에서 오세진 국회의장을 예방했다.'),
      [
        ['한정우', '민주당 대표'],
        ['박소영', '국민당 대표'],
        ['이민재', '정의당 대표'],
        ['오세진', '국회의장'],
      ],
    );
  });

  test('countries listed before a title ("이란, 이라크 대표 등") are not people', () => {
    assert.deepEqual(names('회의에는 이란, 이라크 대표 등이 참석했다. 한정우 외교부 장관이 회의를 주재했다.'), ['한정우']);
  });
});
