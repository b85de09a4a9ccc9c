// Korean and Vietnamese records, third round, read the way a desk officer reads them: Korea's own
// envoys named with their posting glued on, everyday words that stand before a title, several
// names sharing one title, Vietnamese names and provinces as Korean writes them.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);
const names = (text: string) => people(text).map((p) => p.name);

describe('Korean: envoys with their posting glued to the title', () => {
  test('"신임장을 받은 대사는 ▲ 김창범 주인도네시아대사 ▲ …": every new envoy is Korea\'s, posted abroad', () => {
    const got = people(
      '문재인 대통령은 7일 청와대에서 신임 대사들에게 신임장을 수여했다.\n\n신임장을 받은 대사는 ▲ 김창범 주인도네시아대사 ▲ 전홍조 주스페인대사 ▲ 유복렬 주카메룬대사다.',
    );
    const envoy = got.find((p) => p.name === '김창범');
    assert.ok(envoy, String(got.map((p) => p.name)));
    assert.equal(envoy.role, '주인도네시아대사');
    assert.equal(envoy.country, 'Republic of Korea');
    assert.ok(
      got.some((p) => p.name === '유복렬'),
      'the last one, before "…대사다"',
    );
    assert.ok(!got.some((p) => p.name === '받은'), '"받은" (who received) is no name');
  });

  test('"정재호 주중국대사, 조태호 주미국대사 등이 발표자로": heads of mission at the dinner, Korea\'s', () => {
    const got = people(
      '윤석열 대통령이 3월 27일 재외공관장 166명을 청와대 영빈관에 초청해 만찬을 함께했다. 정재호 주중국대사, 조태호 주미국대사 등이 발표자로 나와 주재국의 외교 현안을 소개했다.',
    );
    const envoy = got.find((p) => p.name === '정재호');
    assert.equal(envoy?.country, 'Republic of Korea');
    assert.ok(
      got.some((p) => p.name === '조태호'),
      String(got.map((p) => p.name)),
    );
  });

  test('"미하엘 라이펜슈툴 주한독일 대사다": "주한독일" (posted to Korea, from Germany) is no name', () => {
    const got = names(
      '문재인 대통령은 오늘 신임 주한대사 6명에게서 신임장을 받았다. 신임장을 전달한 주한대사는 응우옌 부 뚱 주한베트남 대사, 미하엘 라이펜슈툴 주한독일 대사다.',
    );
    assert.ok(!got.includes('주한독일'), String(got));
  });
});

describe('Korean: everyday words standing where a name would, before a title', () => {
  test('"출범 5주년을 맞아 코트디부아르 대사를 단장으로": "맞아" (marking) is nobody', () => {
    const got = names(
      '세종시는 6일 세종시 출범 5주년을 맞아 코트디부아르 대사를 단장으로 하는 외교사절을 초청했다. 이춘희 세종시장이 대사와 환담했다.',
    );
    assert.ok(!got.includes('맞아'), String(got));
  });

  test('"요구되고 있는 만큼 대사 여러분의 역할", "이에 대통령은", "이임 주한 베트남대사 접견": clause words, not people', () => {
    const got = names(
      '이임 주한 베트남대사 접견\n\n황교안 대통령 권한대행은 이임하는 주한 베트남 대사를 접견하였다. 협력이 요구되고 있는 만큼 대사 여러분의 역할이 중요하다. 이에 대통령은 감사를 표했다. 첫 여성 국회의장으로 취임한 의장의 뜻도 전했다.',
    );
    for (const w of ['이임', '만큼', '이에', '여성']) assert.ok(!got.includes(w), `${w} in ${got}`);
  });
});

describe('Korean: Vietnamese names and provinces as Korean writes them', () => {
  test('"레 쑤언 러이 당서기장과 황 바 휘 뜨선시장을 만나": three words opened by 황 (Hoàng) are one Vietnamese name', () => {
    const got = names(
      '30일에는 국제교류도시인 뜨선시를 방문해 레 쑤언 러이 당서기장과 황 바 휘 뜨선시장을 만나 교류에 대해 논의했다.',
    );
    assert.ok(got.includes('황 바 휘'), String(got));
    assert.ok(!got.includes('휘'), String(got));
  });

  test('"부엉 꾸억 투언 박린성 부성장은": a province\'s vice-chair, named the Vietnamese way', () => {
    const got = people(
      '교류단은 덴도축제 개막식에 참석해 뜨선시장, 박린부성장을 면담했다. 부엉 꾸억 투언 박린성 부성장은 하반기에 공연단 파견을 약속했다.',
    );
    const vice = got.find((p) => p.name === '부엉 꾸억 투언');
    assert.equal(vice?.role, '박린성 부성장');
  });

  test('"응웬 반 록(Nguyễn Văn Lộc) 베트남 빈증성 인민의회 의장": the province\'s council is his body, not part of his name', () => {
    const got = people(
      '조원휘 대전시의회 의장은 8일 오후 대전시의회를 찾은 응웬 반 록(Nguyễn Văn Lộc) 베트남 빈증성 인민의회 의장을 비롯한 대표단 11명을 접견했다.',
    );
    const chair = got.find((p) => p.name === '응웬 반 록');
    assert.equal(chair?.role, '빈증성 인민의회 의장');
    assert.equal(chair?.country, 'Viet Nam');
  });

  test('"웬 탁 퐁(Nguyen Thac Phong) 정무서기관": an embassy\'s political secretary', () => {
    const got = names(
      '정세균 국회의장은 팜 후 치 주한베트남대사의 예방을 받았다. 베트남 측에서는 웬 탁 퐁(Nguyen Thac Phong) 정무서기관, 짠 쑤언 튀(Tran Xuan Thuy) 서기관이 함께 했다.',
    );
    assert.ok(got.includes('웬 탁 퐁'), String(got));
  });
});

describe('Korean: several names sharing one title, with no "등"', () => {
  test('"송대윤, 황경아 부의장이 자리를 함께했으며": both vice-chairs sat in', () => {
    const got = names(
      '조원휘 대전시의회 의장은 8일 오후 빈증성 대표단을 접견했다.\n\n이날 접견에는 송대윤, 황경아 부의장이 자리를 함께했으며, 양 의회 간 의견을 교환했다.',
    );
    assert.ok(got.includes('송대윤') && got.includes('황경아'), String(got));
  });

  test('"조원휘 의장, 김영삼·황경아 부의장, 이금선 교육위원장 등과 환담": names joined by "·" share the title', () => {
    const got = people(
      '대표단은 대전시청에서 이장우 대전시장과 면담한 데 이어, 대전시의회 소통실에서 조원휘 의장, 김영삼·황경아 부의장, 이금선 교육위원장 등과 환담을 나눴다.',
    );
    assert.equal(got.find((p) => p.name === '김영삼')?.role, '부의장');
    assert.ok(
      got.some((p) => p.name === '황경아'),
      String(got.map((p) => p.name)),
    );
  });

  test('"최대 교역국”이라며, 주부산 총영사 임명을 축하": a quote\'s ending and a posting ("주부산") are no names', () => {
    const got = names(
      '박형준 부산시장과 도안 프엉 란 총영사가 4일 만났다. 박 시장은 “베트남은 최대 교역국”이라며, 주부산 총영사 임명을 축하했다.',
    );
    assert.ok(!got.includes('이라며') && !got.includes('주부산'), String(got));
  });
});

describe("Vietnamese: an office described in lower case, closed by its body's acronym", () => {
  test('"Đại diện cấp cao về chính sách an ninh và đối ngoại của Liên minh châu Âu (EU) Joseph Borell": the EU\'s, in the room', () => {
    const got = people(
      'Tối 13/7, tại Jakarta, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã có cuộc gặp ngắn với Ngoại trưởng Mỹ Antony J. Blinken và Đại diện cấp cao về chính sách an ninh và đối ngoại của Liên minh châu Âu (EU) Joseph Borell.',
    );
    const eu = got.find((p) => p.name === 'Joseph Borell');
    assert.ok(eu, String(got.map((p) => p.name)));
    assert.equal(eu.country, 'European Union');
    assert.ok(eu.role?.startsWith('Đại diện cấp cao'), String(eu.role));
  });

  test('"Đại diện cao cấp phụ trách an ninh và chính sách đối ngoại Liên minh châu Âu (EU) Federica Mogherini"', () => {
    const got = names(
      'Ngày 7/8, Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh đã gặp Bộ trưởng Ngoại giao Trung Quốc Vương Nghị và Đại diện cao cấp phụ trách an ninh và chính sách đối ngoại Liên minh châu Âu (EU) Federica Mogherini.',
    );
    assert.ok(got.includes('Federica Mogherini'), String(got));
  });
});

describe('Vietnamese: words that hold a meeting word and mean something else', () => {
  test('"đã gửi Điện thăm hỏi đến Thủ tướng": a cable of sympathy is no visit, and nobody met', () => {
    const got = names(
      'Trước tình hình mưa lũ, ngày 22-10-2020, Thủ tướng Quốc vụ viện Trung Quốc Lý Khắc Cường đã gửi Điện thăm hỏi đến Thủ tướng Chính phủ Nguyễn Xuân Phúc.\n\nCùng ngày, Bộ trưởng Ngoại giao Trung Quốc Vương Nghị đã gửi Điện, Thư thăm hỏi tới Phó Thủ tướng Chính phủ, Bộ trưởng Ngoại giao Phạm Bình Minh.',
    );
    assert.deepEqual(got, []);
  });

  test('"tiếp bước người cha": following in a father\'s footsteps is no reception', () => {
    const got = names(
      'Kỳ này giới thiệu bài viết về Phó Thủ tướng, Ngoại trưởng Phạm Bình Minh, vị Bộ trưởng tiếp bước người cha, cố Ngoại trưởng Nguyễn Cơ Thạch.',
    );
    assert.deepEqual(got, []);
  });

  test('"gửi lời thăm hỏi" in a reception: the words of greeting do not stop the meeting being read', () => {
    const got = names(
      'Quyền Bộ trưởng Lê Hoài Trung gửi lời thăm hỏi đến Bộ trưởng Vương Nghị; đánh giá cao Đại sứ Hà Vĩ đã có nhiều đóng góp.',
    );
    assert.ok(got.includes('Lê Hoài Trung'), String(got));
  });
});

describe('Vietnamese: history told around the meeting', () => {
  test('"quan hệ … do Chủ tịch Hồ Chí Minh và Chủ tịch Kim Nhật Thành xây dựng và vun đắp": the founders are recalled', () => {
    const got = names(
      'Sáng nay, đồng chí Hồ Tiến Thiệu, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lạng Sơn tiếp xã giao ông Ri Ho Jun, Đại biện lâm thời Đại sứ quán Triều Tiên tại Việt Nam.\n\nChủ tịch UBND tỉnh khẳng định mối quan hệ hữu nghị truyền thống giữa hai Đảng, hai Nhà nước do Chủ tịch Hồ Chí Minh và Chủ tịch Kim Nhật Thành xây dựng và vun đắp.',
    );
    assert.ok(got.includes('Ri Ho Jun'), String(got));
    assert.ok(!got.includes('Hồ Chí Minh') && !got.includes('Kim Nhật Thành'), String(got));
  });

  test('"Sau Chiến thắng Điện Biên Phủ 1954, Chủ tịch Hồ Chí Minh đã đến thăm …": a visit seventy years ago', () => {
    const got = names(
      'Thủ tướng Phạm Minh Chính tiếp các doanh nghiệp tại Hà Nội.\n\nSau Chiến thắng Điện Biên Phủ 1954, Chủ tịch Hồ Chí Minh đã đến thăm và nói chuyện với cán bộ, công nhân Nhà máy.',
    );
    assert.ok(!got.includes('Hồ Chí Minh'), String(got));
  });
});

describe('Vietnamese: a place is no known person called by a short name', () => {
  // The directory knows the Foreign Minister, also called by his given name alone.
  const son = { name: 'Bùi Thanh Sơn', role: 'Bộ trưởng Ngoại giao', country: 'Viet Nam' };
  const directory = { lookup: (n: string) => (n === 'Sơn' || n === 'Bùi Thanh Sơn' ? son : null) };
  const known = (text: string) => findParticipants(text.split('\n\n'), { ...ctx, directory }).map((p) => p.name);

  test('"tỉnh Lạng Sơn", "Lạng Sơn vinh dự là điểm đón": the province, not Minister Sơn', () => {
    const got = known(
      'Sáng 25/10, đồng chí Hồ Tiến Thiệu, Chủ tịch UBND tỉnh tiếp Đại sứ Hùng Ba đến thăm và làm việc tại tỉnh Lạng Sơn.\n\nLạng Sơn vinh dự là điểm đón đoàn. Hai bên trao đổi về hợp tác.',
    );
    assert.ok(!got.includes('Sơn') && !got.includes('Bùi Thanh Sơn'), String(got));
  });

  test('"Bộ trưởng Sơn tiếp …": the minister called by his given name is still found', () => {
    const got = known('Chiều 5/6, tại Hà Nội, Bộ trưởng Sơn tiếp Đại sứ Hùng Ba.');
    assert.ok(
      got.some((n) => n === 'Sơn' || n === 'Bùi Thanh Sơn'),
      String(got),
    );
  });
});

describe('Korean: the owner of the meeting reported is in it', () => {
  test('"정 총장은 강창희 국회의장의 파퓰리아스 그리스 대통령 면담에 배석했다": the Speaker held that meeting', () => {
    const got = names('정진석 국회사무총장은 3일 오전 강창희 국회의장의 파퓰리아스 그리스 대통령 면담에 배석했다.');
    assert.ok(got.includes('강창희'), String(got));
  });

  test('"문 대통령과 시진핑 중국 국가주석의 정상회담 일정": a summit\'s schedule is still someone else\'s plan', () => {
    const got = names(
      '왕 외교부장은 이날 강경화 외교부 장관과 회담했다. 왕 부장은 5일 문재인 대통령과 만나 문 대통령과 시진핑 중국 국가주석의 정상회담 일정 등을 조율할 것으로 알려졌다.',
    );
    assert.ok(!got.includes('시진핑'), String(got));
  });
});

describe('Anyone only ever named as someone to be met later is not in the room, even in the lead', () => {
  test('"왕 외교부장은 이날 강 장관과 회담에 이어 5일 문재인 대통령과 만날 예정이다": the President is still to come', () => {
    const got = names(
      '강경화 외교부 장관과 왕이 중국 외교부장이 4일 외교부에서 회담했다. 왕 외교부장은 이날 강 장관과의 회담에 이어 5일 문재인 대통령과 만날 예정이다.',
    );
    assert.ok(got.includes('강경화'), String(got));
    assert.ok(!got.includes('문재인'), String(got));
  });
});

describe('Korean: a city before a title is the posting, not a name', () => {
  test('"도안 프엉 란 총영사는 부산 총영사로 부임해": "부산" is where she serves', () => {
    const got = names(
      '부 호 대사는 5일 주한 베트남 대사관에서 도안 프엉 란 총영사를 만났다. 부 호 대사는 부산 총영사로 부임한 도안 프엉 란 총영사를 환영했다.',
    );
    assert.ok(!got.includes('부산'), String(got));
  });
});

describe('Vietnamese: a hyphenated surname after a long chain of offices', () => {
  test('"… Chủ tịch nước Cộng hòa Cuba Miguel Díaz-Canel Bermúdez và Phu nhân": the guest is found', () => {
    const got = names(
      'Sáng 1/9, tại Phủ Chủ tịch (Hà Nội), Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam Tô Lâm đã chủ trì Lễ đón chính thức Bí thư thứ nhất Ban Chấp hành Trung ương Đảng Cộng sản Cuba, Chủ tịch nước Cộng hòa Cuba Miguel Díaz-Canel Bermúdez và Phu nhân.',
    );
    assert.ok(
      got.some((n) => n?.startsWith('Miguel Díaz-Canel')),
      String(got),
    );
  });

  test('"quan hệ Việt Nam-Trung Quốc": two countries joined by a hyphen are nobody', () => {
    const got = names(
      'Bộ trưởng Ngoại giao Phạm Bình Minh tiếp Đại sứ Khổng Huyễn Hựu, đánh giá cao đóng góp của Đại sứ cho quan hệ Đối tác hợp tác chiến lược toàn diện Việt Nam-Trung Quốc.',
    );
    assert.ok(!got.some((n) => n?.includes('-')), String(got));
  });
});
