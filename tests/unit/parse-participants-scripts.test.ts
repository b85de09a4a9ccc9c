// Who was in the room when the record is written in Chinese, Japanese, Russian or Ukrainian, and
// which country a home official speaks for when the record does not say it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => [p.name, p.role, p.country]);

describe('a home official needs no country in their own press', () => {
  test('a Korean paper’s "외교부 장관" is Korea’s; a foreign name with a bare title stays without one', () => {
    assert.deepEqual(people('조태열 외교부 장관은 이날 마크롱 대통령과 회담했다.'), [
      ['조태열', '외교부 장관', 'Republic of Korea'],
      ['마크롱', '대통령', null],
    ]);
  });

  test('a Vietnamese paper’s "Thủ tướng" is Viet Nam’s, but a bare ambassador is not assumed', () => {
    assert.deepEqual(people('Thủ tướng Nguyễn Văn An tiếp Đại sứ Trần Hữu Bình tại Hà Nội.'), [
      ['Nguyễn Văn An', 'Thủ tướng', 'Viet Nam'],
      ['Trần Hữu Bình', 'Đại sứ', null],
    ]);
  });

  test('a Korean minister in a record that only plans the meeting is not kept', () => {
    assert.deepEqual(people('외교부는 14일 회담 결과를 발표했다.\n\n김민수 외교부 장관은 다음 달 베트남을 방문할 예정이다.'), []);
  });
});

describe('Chinese writes the title, then the name, with no space', () => {
  test('a chain of offices and a foreign adviser with the country taken off the role', () => {
    assert.deepEqual(
      people(
        '新华社电 3月2日，中共中央政治局委员、外交部长李明华应约同法国总统外事顾问杜邦通电话。李明华表示，中方重视中法关系。杜邦表示，法方愿同中方加强沟通。',
      ),
      [
        ['李明华', '中共中央政治局委员、外交部长', 'China'],
        ['杜邦', '总统外事顾问', 'France'],
      ],
    );
  });
});

describe('Japanese writes the name, then the title', () => {
  test('a kanji name with a home title, a katakana name with a country prefix, and the short forms', () => {
    assert.deepEqual(
      people(
        '本日，訪米中の山田一郎外務大臣は，ジョン・スミス米国務長官と会談を行いました。冒頭，山田大臣から謝意を述べ，スミス長官から歓迎の意が表明されました。',
      ),
      [
        ['山田一郎', '外務大臣', 'Japan'],
        ['ジョン・スミス', '国務長官', 'United States'],
      ],
    );
  });

  test('"日米外相会談" is a meeting, not a person', () => {
    assert.deepEqual(
      people('日米外相会談が行われ、両外相は協力の推進で一致しました。山田一郎外務大臣が出席しました。').length,
      1,
    );
  });
});

describe('Russian and Ukrainian titles take their complement in the genitive', () => {
  test('a delegation list with a side, a plural title and two names', () => {
    assert.deepEqual(
      people(
        'В Кремле начались переговоры. С российской стороны участвуют министр обороны Иван Петров, помощники президента РФ Олег Смирнов и Павел Орлов.',
      ),
      [
        ['Иван Петров', 'министр обороны', 'Russia'],
        ['Олег Смирнов', 'помощники президента', 'Russia'],
        ['Павел Орлов', 'помощники президента', 'Russia'],
      ],
    );
  });

  test('a Ukrainian minister met someone; a person recalled with "Нагадаємо" is not in the room', () => {
    assert.deepEqual(
      people(
        'Міністр закордонних справ України Тарас Коваль зустрівся з колегою. Нагадаємо, раніше голова ОП Петро Бондар відвідав Варшаву.',
      ),
      [['Тарас Коваль', 'Міністр закордонних справ', 'Ukraine']],
    );
  });
});

describe('the people met, each described after the name', () => {
  test('a minister received a visitor named first and described after a comma', () => {
    assert.deepEqual(people('Minister Tomas Vidal received Ana Costa, Minister of Trade of Brazil, in his office.'), [
      ['Tomas Vidal', 'Minister', null],
      ['Ana Costa', 'Minister of Trade of Brazil', 'Brazil'],
    ]);
  });

  test('a list of envoys met, each "H.E. Name, office", keeps whose office it is, not where it is posted', () => {
    const found = people(
      'Cabinet Secretary Omar Kiprop held talks with H.E. Lena Berg, U.S. Ambassador to Kenya, H.E. Sami Haddad, Ambassador of Jordan to Kenya, and Madam Rosa Lima, Director General of the United Nations Office in Nairobi.',
    ).slice(1);
    assert.deepEqual(
      found.map(([name, , country]) => [name, country]),
      [
        ['Lena Berg', 'United States'],
        ['Sami Haddad', 'Jordan'],
        ['Rosa Lima', 'United Nations'],
      ],
    );
  });

  test('a nationality after "met with" is not taken for a name', () => {
    const names = people('Minister Tomas Vidal held a meeting with Sri Lankan foreign minister Dev Perera.').map(([n]) => n);
    assert.ok(!names.includes('Sri Lankan'), `got ${names.join(', ')}`);
  });

  test('a counterpart named after "su par" or "son homologue" is a participant', () => {
    assert.ok(
      people('El canciller Pablo Ruiz recibió a su par de Uruguay, Marta Sosa, en Buenos Aires.').some(
        ([n]) => n === 'Marta Sosa',
      ),
    );
    assert.ok(
      people("Le ministre Jean Morel s'est entretenu avec son homologue, Marc Dubois, à Paris.").some(
        ([n]) => n === 'Marc Dubois',
      ),
    );
  });

  test('"Director General United Nations Office" does not make the organisation a person', () => {
    const names = people('Minister Tomas Vidal met Director General United Nations Office Rosa Lima.').map(([n]) => n);
    assert.ok(!names.includes('United Nations'), `got ${names.join(', ')}`);
  });
});

describe('Korean titles written as one word with what they head', () => {
  test('a speaker of parliament meets a chairman whose body is named in brackets', () => {
    assert.deepEqual(
      people('김민수 국회의장은 11일 중국 왕지강(王志剛) 전국인민대표회의(全國人民代表大會) 상무위원장과 회담했다.').map(
        ([n, r]) => [n, r],
      ),
      [
        ['김민수', '국회의장'],
        ['왕지강', '전국인민대표회의(全國人民代表大會) 상무위원장'],
      ],
    );
  });

  test('a vice mayor receives a new ambassador: "신임 주한 중국 대사", "…대통령과의 회담"', () => {
    const found = people(
      '이서준 정무부시장은 5일 류빙(劉兵) 신임 주한 중국 대사와 만났다. 이어 바트 에르덴 몽골 대통령과의 회담에 배석했다.',
    );
    assert.deepEqual(
      found.map(([n, , c]) => [n, c]),
      [
        ['이서준', null],
        ['류빙', 'China'],
        ['바트 에르덴', 'Mongolia'],
      ],
    );
  });

  test('adverbs and possessives before a title are not names: "나란히 대사와", "한 나라의 대통령"', () => {
    const names = people('정서윤 시장은 19일 대사를 접견했다. 나란히 대사와 앉았다. 한 나라의 대통령과 같은 예우다.').map(
      ([n]) => n,
    );
    assert.deepEqual(names, ['정서윤']);
  });
});

describe('a Vietnamese local office is named with its place, not a person', () => {
  test('"Bí thư Thành ủy Hải Phòng" and "Chủ tịch UBND Đà Nẵng" give the office, never a person called by the city', () => {
    assert.deepEqual(
      people(
        'Ngày 3/5, ông Lê Văn Nam, Bí thư Thành ủy Hải Phòng, đã tiếp ông Sommad Pholsena. Chủ tịch UBND Đà Nẵng cùng dự.',
      ).map(([n, r]) => [n, r]),
      [
        ['Lê Văn Nam', 'Bí thư Thành ủy Hải Phòng'],
        ['Sommad Pholsena', null],
      ],
    );
  });
});

describe('Russian and Ukrainian name the person met in the instrumental, after "с"', () => {
  test('"провёл переговоры с министром … Иваном Петровым" lists the minister and his office in the dictionary form, Иван Петров, министр', () => {
    assert.deepEqual(
      people('Министр иностранных дел России Олег Смирнов провёл переговоры с министром иностранных дел Чили Иваном Петровым.'),
      [
        ['Олег Смирнов', 'Министр иностранных дел', 'Russia'],
        ['Иван Петров', 'министр иностранных дел', 'Chile'],
      ],
    );
  });

  test('a plural title names two people: "с главами МИД … X и Y"; a place after "с" is not a person', () => {
    const got = people(
      'Глава МИД Сергей Орлов встретился с главами МИД Перу и Чили Хуаном Мартинесом и Анной Рохас. Встреча прошла с Москвой на связи.',
    ).map((p) => p[0]);
    assert.deepEqual(got, ['Сергей Орлов', 'Хуан Мартинес', 'Анна Рохас']);
  });
});

describe('a Korean record may give a counterpart only by country and office', () => {
  test('"박 장관은 우간다 부통령과 … 논의했다": the Ugandan vice-president is a participant without a name', () => {
    assert.deepEqual(
      people(
        '박진 외교부 장관은 20일 뉴욕에서 아프리카 각국 인사와 회담했다.\n\n박 장관은 우간다 부통령과 양국 협력 방안을 논의했다.',
      ),
      [
        ['박진', '외교부 장관', 'Republic of Korea'],
        [null, '부통령', 'Uganda'],
      ],
    );
  });

  test('a named holder of the office keeps it named, and a leader only invited is not a counterpart', () => {
    const got = people('김민수 장관은 7일 존 스미스 신임 미국 국무장관과 통화했다. 또 칠레 대통령의 방한을 요청했다.');
    assert.deepEqual(
      got.map((p) => p[0]),
      ['김민수', '존 스미스'],
    );
  });
});

describe('a long transliterated name in Chinese is read whole', () => {
  test('five and six characters ("卡斯特拉诺", "姆巴·莫库伊") are not cut at four', () => {
    assert.deepEqual(
      people(
        '新华社纽约9月25日电 外交部长李明华25日在纽约会见了智利外长卡斯特拉诺、秘鲁外长姆巴·莫库伊。\n\n李明华表示，中方愿加强合作。卡斯特拉诺表示支持。姆巴·莫库伊说，愿深化关系。',
      ).map((p) => p[0]),
      ['李明华', '卡斯特拉诺', '姆巴·莫库伊'],
    );
  });
});

describe('Korean offices written as one word after the name', () => {
  test('"다이빙 주한중국대사" and "남관표 2차장" are read with their offices', () => {
    assert.deepEqual(
      people('김민수 외교부 제1차관은 장밍 주한중국대사를 만나 협력을 논의했다. 배석자는 우리 쪽의 이동훈 2차장이다.'),
      [
        ['김민수', '외교부 제1차관', 'Republic of Korea'],
        ['장밍', '주한중국대사', 'China'],
        ['이동훈', '2차장', null],
      ],
    );
  });
});

describe('Arabic, which writes no capitals: the title, "his counterpart" or an honorific marks the name', () => {
  test('a minister receives his counterpart; an official "present at the meeting" is in the room', () => {
    assert.deepEqual(
      people(
        'استقبل وزير الخارجية كريم ناصر اليوم نظيره المغربي عادل منصور بمقر الوزارة.\n\nحضر اللقاء، مستشار وزير الخارجية للشؤون السياسية الدكتور سمير بن علي.',
      ),
      [
        ['كريم ناصر', 'وزير الخارجية', null],
        ['عادل منصور', null, 'Morocco'],
        ['سمير بن علي', 'مستشار وزير الخارجية للشؤون السياسية', null],
      ],
    );
  });

  test('an honorific with the office after the name, and "بوزير خارجية" with the country after it', () => {
    assert.deepEqual(people('التقى الأمير خالد بن سعد وزير الخارجية السعودي، اليوم في الرياض، بوزير خارجية نيجيريا يوسف أحمد.'), [
      ['خالد بن سعد', 'وزير الخارجية', 'Saudi Arabia'],
      ['يوسف أحمد', 'وزير خارجية', 'Nigeria'],
    ]);
  });

  test('the same minister spelt شكري and شكرى is one person', () => {
    assert.deepEqual(people('السفير سامح شكري وزير الخارجية.\n\nاستقبل وزير الخارجية سامح شكرى نظيره التونسي نبيل حسن.'), [
      ['سامح شكري', 'وزير الخارجية', null],
      ['نبيل حسن', null, 'Tunisia'],
    ]);
  });
});

describe('Thai, which spaces phrases, not words: the name stands between an honorific and the office after it', () => {
  test('a courtesy call: the visitor, the minister glued to "กับนาย", and the officials attending', () => {
    assert.deepEqual(
      people(
        'เมื่อวันที่ ๕ มิถุนายน ๒๕๖๗ นาย John Smith ที่ปรึกษากระทรวงการต่างประเทศสหรัฐฯ ได้เข้าเยี่ยมคารวะและพบหารือกับนายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงการต่างประเทศ โดยมีนางสมศรี มีสุข อธิบดีกรมอเมริกาและแปซิฟิกใต้ เข้าร่วมด้วย',
      ),
      [
        ['John Smith', 'ที่ปรึกษากระทรวงการต่างประเทศ', 'United States'],
        ['สมชาย ใจดี', 'รัฐมนตรีว่าการกระทรวงการต่างประเทศ', 'Thailand'],
        ['สมศรี มีสุข', 'อธิบดีกรมอเมริกาและแปซิฟิกใต้', 'Thailand'],
      ],
    );
  });

  test('an envoy "ประจำประเทศไทย" is the sending country’s; the office ends where the verb begins', () => {
    assert.deepEqual(
      people('ดาตุ๊ก อาหมัด ยูซุฟ เอกอัครราชทูตมาเลเซียประจำประเทศไทยได้เข้าเยี่ยมคารวะนายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงการต่างประเทศ'),
      [
        ['อาหมัด ยูซุฟ', 'เอกอัครราชทูตประจำประเทศไทย', 'Malaysia'],
        ['สมชาย ใจดี', 'รัฐมนตรีว่าการกระทรวงการต่างประเทศ', 'Thailand'],
      ],
    );
  });

  test('the spokesperson (โฆษก) who tells of a conference is not in it', () => {
    assert.deepEqual(people('นางสมศรี มีสุข อธิบดีกรมสารนิเทศและโฆษกกระทรวงการต่างประเทศ เปิดเผยว่า กระทรวงจัดการประชุมเอกอัครราชทูต'), []);
  });
});

describe('Russian and Ukrainian names after "с"/"з" that decline only in part', () => {
  test('"с президентом Венесуэлы Николасом Мадуро": the country is not part of the name, the surname does not decline', () => {
    assert.deepEqual(people('Глава МИД России Сергей Лавров встретился с президентом Венесуэлы Николасом Мадуро в Нью-Йорке.'), [
      ['Сергей Лавров', 'Глава МИД', 'Russia'],
      ['Николас Мадуро', 'президент', 'Venezuela'],
    ]);
  });

  test('"з державним секретарем США Ентоні Блінкеном": the plain surname the record writes later names him', () => {
    assert.deepEqual(
      people(
        'Міністр закордонних справ України Дмитро Кулеба зустрівся з державним секретарем США Ентоні Блінкеном. Блінкен запевнив Україну у підтримці.',
      ),
      [
        ['Дмитро Кулеба', 'Міністр закордонних справ', 'Ukraine'],
        ['Ентоні Блінкен', 'державний секретар', 'United States'],
      ],
    );
  });
});

describe('Japanese names a pair of countries and puts the plan last', () => {
  test('"日・インドネシア外相電話会談" names a country, not a person; "…と会談を行う予定" is a meeting to come', () => {
    assert.deepEqual(
      people(
        '茂木敏充外務大臣は19日、日・インドネシア外相電話会談を行った。\n\n会談では、明日菅総理大臣がジョコ大統領と会談を行う予定であることが紹介された。',
      ).map((p) => p[0]),
      ['茂木敏充'],
    );
  });
});

describe('Chinese: "會面" reports a meeting, and a weekday after the name is not part of it', () => {
  test('"外長李明華周五(8日)…與澳洲外長黃英賢會面" gives both ministers, whole', () => {
    assert.deepEqual(
      people('國務委員兼外長李明華周五(8日)在峇里與澳洲外長黃英賢會面。李明華表示,中方願加強合作。黃英賢表示支持。').map(
        (p) => p[0],
      ),
      ['李明華', '黃英賢'],
    );
  });

  test('"会见俄罗斯外长拉夫罗夫时" ends the name at 时 (when)', () => {
    assert.deepEqual(
      people('外交部长王毅在会见俄罗斯外长拉夫罗夫时表示,中方愿同俄方加强协调。').map((p) => p[0]),
      ['王毅', '拉夫罗夫'],
    );
  });
});
