// Korean and Vietnamese local officials read the way a desk officer reads them: a county head
// written "강인형 군수", a city's leaders listed after "UBND TPHCM", and the list of other stories
// under "Các tin liên quan" that names nobody who was in the room.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);
const names = (text: string) => people(text).map((p) => p.name);

describe('Korean: a county or district head named before the bare title', () => {
  test('"강인형 군수는 인사말에서": the county head who welcomed the Japanese delegation took part', () => {
    const got = people(
      '일본 가와나베정 방문단 일행이 순창군을 찾았다.\n\n강인형 군수는 인사말에서 “앞으로도 변함없는 우호교류가 이어지길 바란다”고 말했다.',
    );
    const head = got.find((p) => p.name === '강인형');
    assert.ok(head, String(got.map((p) => p.name)));
    assert.equal(head.role, '군수');
    assert.equal(head.country, 'Republic of Korea');
  });

  test('"강영달 임천면장을 비롯하여": a township head, the township glued to the title', () => {
    const got = names(
      '부여군 임천면은 자매도시인 일본 와쿠야 정장의 초청에 따라 강영달 임천면장을 비롯하여 번영회 일행이 방문했다고 전했다.',
    );
    assert.ok(got.includes('강영달'), String(got));
  });

  test('"전성수 구청장은": a district head; "글로벌 시장" (the global market) is still nobody', () => {
    const got = names(
      '서울 서초구 전성수 구청장은 20일 응우옌 부 뚱 주한 베트남 대사를 만나 지역 기업의 글로벌 시장 진출 방안을 논의했다.',
    );
    assert.ok(got.includes('전성수'), String(got));
    assert.ok(!got.includes('글로벌'), String(got));
  });
});

describe("Vietnamese: a city written short before its leaders' names", () => {
  test('"Phó Chủ tịch UBND TPHCM Nguyễn Trung Tín, …, Trưởng Ban Dân vận Thành ủy Thân Thị Thư": every guest on the list, whole', () => {
    const got = people(
      'Chiều 1-4, đồng chí Lê Thanh Hải, Bí thư Thành ủy TPHCM đã tiếp đoàn đại biểu cấp cao thủ đô Viêng Chăn - Lào.\n\nTham dự buổi tiếp còn có Phó Chủ tịch UBND TPHCM Nguyễn Trung Tín, Chủ tịch UB MTTQ VN TPHCM Dương Quan Hà, Trưởng Ban Dân vận Thành ủy Thân Thị Thư cùng đại diện lãnh đạo một số sở, ban, ngành TP.',
    );
    const got2 = got.map((p) => p.name);
    for (const n of ['Nguyễn Trung Tín', 'Dương Quan Hà', 'Thân Thị Thư']) assert.ok(got2.includes(n), String(got2));
    assert.equal(got.find((p) => p.name === 'Nguyễn Trung Tín')?.role, 'Phó Chủ tịch UBND TPHCM');
  });

  test('"Phó Chủ tịch UBND TP.HCM Nguyễn Thị Hồng": the family name is kept, not read as the end of the place', () => {
    const got = names('Phó Chủ tịch UBND TP.HCM Nguyễn Thị Hồng tiếp Chủ tịch tập đoàn Sany.');
    assert.ok(got.includes('Nguyễn Thị Hồng'), String(got));
    assert.ok(!got.includes('Thị Hồng'), String(got));
  });
});

describe('Vietnamese: the list of other stories is not the record', () => {
  test('"Các tin liên quan:": the vice-chairs in other stories\' headlines did not take part', () => {
    const record = parseRecordText(
      [
        'Chủ tịch UBND TPHCM Lê Hoàng Quân tiếp đoàn đại biểu tỉnh Tứ Xuyên, Trung Quốc',
        'Tối 24-4-2010, Chủ tịch UBND TPHCM Lê Hoàng Quân đã tiếp đoàn đại biểu tỉnh Tứ Xuyên, Trung Quốc do ông Tưởng Cự Phong dẫn đầu.',
        '(Y.T., Sở Ngoại vụ TPHCM)',
        'Các tin liên quan:',
        '- Phó Chủ tịch UBND TPHCM Nguyễn Thị Hồng tiếp Chủ tịch tập đoàn Sany (Trung Quốc) (23-06-2009)',
        '- Phó Chủ tịch Thường trực UBND TPHCM Nguyễn Thành Tài tiếp đoàn Đại biểu Ủy ban Dân tộc Nhà nước Trung Quốc (27-04-2009)',
      ].join('\n'),
    );
    const got = record.participants.map((p) => p.name);
    assert.ok(got.includes('Lê Hoàng Quân'), String(got));
    assert.ok(!got.includes('Nguyễn Thị Hồng') && !got.includes('Nguyễn Thành Tài'), String(got));
  });
});

describe('Vietnamese: the heads of foreign cities, districts and provinces', () => {
  test('"do Quận trưởng Kim Youngbae làm trưởng đoàn": the Korean district head who led the delegation', () => {
    const got = people(
      'Trưa ngày 27-10, Chủ tịch UBND tỉnh Lê Văn Hưởng đã tiếp lãnh đạo quận Sung-buk-gu, thành phố Seoul, Hàn Quốc, do Quận trưởng Kim Youngbae làm trưởng đoàn.\n\nQuận trưởng Kim Youngbae cảm ơn sự đón tiếp thân tình của lãnh đạo tỉnh.',
    );
    const head = got.find((p) => p.name === 'Kim Youngbae');
    assert.ok(head, String(got.map((p) => p.name)));
    assert.equal(head.role, 'Quận trưởng');
  });

  test('"Thị trưởng thành phố Quảng Châu Tôn Chí Dương": the mayor past the city; "Đô trưởng Thủ đô Viêng Chăn" names no one called Viêng Chăn', () => {
    const got = names(
      'Đón Tổng Bí thư tại sân bay có Tỉnh trưởng tỉnh Quảng Đông Vương Vĩ Trung, Thị trưởng thành phố Quảng Châu Tôn Chí Dương.\n\nĐồng chí Sombath Yialiher, Bí thư Thành ủy, Đô trưởng Thủ đô Viêng Chăn cảm ơn sự đón tiếp.',
    );
    assert.ok(got.includes('Tôn Chí Dương'), String(got));
    assert.ok(!got.includes('Viêng Chăn'), String(got));
  });

  test('"ông Kim Hyun-gon, đại diện cho Tỉnh trưởng Kim Dong-yeon": the governor was represented, not there', () => {
    const got = names(
      'Lễ ký kết có sự tham dự của Phó Tỉnh trưởng Kinh tế tỉnh Gyeonggi – ông Kim Hyun-gon, đại diện cho Tỉnh trưởng Kim Dong-yeon, và Chủ tịch UBND thành phố Hà Nội Nguyễn Đức Chung.',
    );
    assert.ok(got.includes('Kim Hyun-gon'), String(got));
    assert.ok(!got.includes('Kim Dong-yeon'), String(got));
  });

  test('"Chủ tịch Nhóm Nghị sĩ hữu nghị Hàn Quốc – Việt Nam": a parliamentary group, not a person called Nhóm Nghị', () => {
    const got = names(
      'Vui mừng được đón tiếp Chủ tịch Nhóm Nghị sĩ hữu nghị Hàn Quốc – Việt Nam cùng các nghị sĩ Hàn Quốc, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân đánh giá cao chuyến thăm.',
    );
    assert.ok(!got.includes('Nhóm Nghị'), String(got));
    assert.ok(got.includes('Nguyễn Thị Kim Ngân'), String(got));
  });
});

describe('Korean: foreign names transliterated, with the posting glued to "주한"', () => {
  const ceremony =
    '문재인 대통령은 16일 청와대에서 신임 주한대사 신임장 제정식을 가졌다.\n\n오늘 신임장을 전달한 주한대사는 뭄타즈 자흐라 발로치 주한파키스탄 대사, 볼프강 앙거홀처 주한오스트리아 대사, 응우옌 부 뚱 주한베트남 대사다.';

  test('"볼프강 앙거홀처 주한오스트리아 대사": the whole name, though "앙거홀처" sounds Sino-Korean, and Austria from the posting', () => {
    const got = people(ceremony);
    const envoy = got.find((p) => p.name === '볼프강 앙거홀처');
    assert.ok(envoy, String(got.map((p) => p.name)));
    assert.equal(envoy.country, 'Austria');
  });

  test('"뭄타즈 자흐라 발로치 주한파키스탄 대사": three words, the last no Korean name', () => {
    const got = people(ceremony);
    const envoy = got.find((p) => p.name === '뭄타즈 자흐라 발로치');
    assert.ok(envoy, String(got.map((p) => p.name)));
    assert.equal(envoy.country, 'Pakistan');
  });

  test('"…있어 윤 대통령은": a verb before a Korean surname alone is not a foreign first name', () => {
    const got = names('이번 회의는 한미일 정상이 처음으로 따로 만나는 자리가 있어 윤 대통령은 기시다 총리와 별도로 회담했다.');
    assert.ok(!got.includes('있어 윤'), String(got));
  });
});

describe('Korean: a party between the name and the party office; "위해" is no name', () => {
  test('"김영철 노동당 부위원장 겸 통일전선부장": the party is the body, the man is 김영철', () => {
    const got = names(
      '문재인 대통령과 김정은 국무위원장이 서훈 국정원장과 김영철 노동당 부위원장 겸 통일전선부장만을 배석시키고 회담했다.',
    );
    assert.ok(got.includes('김영철'), String(got));
    assert.ok(!got.includes('노동당'), String(got));
  });

  test('"장동혁 국민의힘 대표": a party leader (but "대표" alone heads a company too)', () => {
    const got = people('장동혁 국민의힘 대표는 이날 국회에서 주한 일본대사를 만나 양국 관계를 논의했다.');
    assert.equal(got.find((p) => p.name === '장동혁')?.role, '국민의힘 대표', String(got.map((p) => p.name)));
  });

  test('"…해결 등을 위해 국회의장이 활발히 나서고": "위해" (for) is not a name before a title', () => {
    const got = names('의회 차원의 협력강화와 외교 현안문제 해결 등을 위해 국회의장이 활발히 나서고 있다.');
    assert.ok(!got.includes('위해'), String(got));
  });
});

describe('Vietnamese: a delegation led by someone, and a department that plans nothing', () => {
  const sangju = [
    'Đoàn cán bộ của TP Sangju làm việc tại Hải Dương',
    'Chiều 18.11, đoàn cán bộ của TP Sangju, tỉnh Gyeongsang Bắc (Hàn Quốc) do ông Choi Woo Hyuk, Giám đốc Viện Nghiên cứu văn hoá sáng tạo dẫn đầu làm việc tại Hải Dương.',
    'Lãnh đạo Văn phòng UBND tỉnh và lãnh đạo các Sở: Kế hoạch và Đầu tư, Nông nghiệp và Phát triển nông thôn làm việc với đoàn.',
  ];

  test('"các Sở: Kế hoạch và Đầu tư … làm việc với đoàn": the Department of Planning names no plan; the meeting took place', () => {
    const got = findParticipants(sangju, ctx).map((p) => p.name);
    assert.ok(got.includes('Choi Woo Hyuk'), String(got));
  });

  test('"đoàn … (Hàn Quốc) do ông Choi Woo Hyuk … dẫn đầu": the head of the delegation is of its country', () => {
    const head = findParticipants(sangju, ctx).find((p) => p.name === 'Choi Woo Hyuk');
    assert.equal(head?.country, 'Republic of Korea');
  });

  test('"lãnh đạo quận Sung-buk-gu, thành phố Seoul, Hàn Quốc, do Quận trưởng Kim Youngbae làm trưởng đoàn"', () => {
    const got = people(
      'Trưa ngày 27-10, Chủ tịch UBND tỉnh Lê Văn Hưởng đã tiếp lãnh đạo quận Sung-buk-gu, thành phố Seoul, Hàn Quốc, do Quận trưởng Kim Youngbae làm trưởng đoàn.',
    );
    assert.equal(got.find((p) => p.name === 'Kim Youngbae')?.country, 'Republic of Korea', String(got.map((p) => p.name)));
  });
});

describe("Korean: names in corner brackets, written solid, and a chargé d'affaires with the country glued on", () => {
  test('"「응우옌 부 뚜(Nguyen Vu Tu)」 주한베트남대사를 접견": the name inside the brackets', () => {
    const got = names('조세영 1차관은 오늘 오후 「응우옌 부 뚜(Nguyen Vu Tu)」 주한베트남대사를 접견했습니다.');
    assert.ok(got.includes('응우옌 부 뚜'), String(got));
  });

  test('"이임하는「팜 후 (Pham Huu Chi)」주한 베트남 대사": one ambassador, not a second one in Latin letters', () => {
    const got = names(
      '황교안 대통령 권한대행은 3일 오후 정부서울청사에서 이임하는「팜 후 (Pham Huu Chi)」주한 베트남 대사를 접견하였다.',
    );
    assert.ok(got.includes('팜 후'), String(got));
    assert.ok(!got.includes('Pham Huu Chi'), String(got));
  });

  test('"르꽝응오이 인민위원장을 단장으로": a Vietnamese name written as one word of five syllables', () => {
    const got = names(
      '대전시의회는 27일 베트남 빈롱성 대표단을 접견했다.\n\n대표단은 르꽝응오이 인민위원장을 단장으로 한 8명으로 구성됐다.',
    );
    assert.ok(got.includes('르꽝응오이'), String(got));
  });

  test('"구라모토 나가사키현 의원", "㈜비코에너지 회장": a prefecture or a firm written solid is no one', () => {
    const got = names('시의회는 이날 일본 나가사키현 의원 일행과 ㈜비코에너지 회장을 만나 교류 방안을 논의했다.');
    assert.ok(!got.includes('나가사키현') && !got.includes('비코에너지'), String(got));
  });

  test('"팡쿤 주한중국대사대리를 만나": the chargé d\'affaires, the country glued to the title', () => {
    const got = people('정병원 차관보가 오늘 오후 팡쿤 주한중국대사대리를 만나 최근 국내 상황에 대해 설명했습니다.');
    const envoy = got.find((p) => p.name === '팡쿤');
    assert.ok(envoy, String(got.map((p) => p.name)));
    assert.equal(envoy.country, 'China');
  });
});

describe("Korean: a city or provincial council's speaker", () => {
  test('"김동일 보령시장, 최은순 시의회 의장": the council speaker at the table with the mayor, a Korean official', () => {
    const got = people(
      '보령시는 일본 후지사와시 교류단을 만나 교류 강화 방안을 논의했다.\n\n이 자리에는 김동일 보령시장, 최은순 시의회 의장 등 관계자들이 참석했다.',
    );
    const speaker = got.find((p) => p.name === '최은순');
    assert.ok(speaker, String(got.map((p) => p.name)));
    assert.equal(speaker.role, '시의회 의장');
    assert.equal(speaker.country, 'Republic of Korea');
  });
});
