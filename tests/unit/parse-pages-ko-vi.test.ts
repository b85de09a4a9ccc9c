// Korean and Vietnamese pages as a desk officer copies them from provincial portals, ministries,
// broadcasters and papers: the site's furniture is not the record, and a date the record does not
// give to a meeting is never the meeting's. Each test is one shape found in the corpus (new-kovi5.json).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractHtmlString } from '../../electron/node/library/extract/html.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const parse = parseRecordText;

describe('Vietnamese pages', () => {
  test('a spokesperson\'s answer about a missile test "tiếp tục" (continued) reports no meeting, so its date is no meeting date', () => {
    const r = parse(
      'Người phát ngôn Bộ Ngoại giao Lê Thị Thu Hằng.\nTrả lời câu hỏi của phóng viên liên quan đến việc Triều Tiên tiến hành thử tên lửa ngày 29/11/2017, Người phát ngôn nêu rõ:\n“Việt Nam hết sức quan ngại trước việc Triều Tiên tiếp tục tiến hành thử tên lửa đạn đạo ngày 29/11/2017, làm gia tăng căng thẳng ở khu vực.”',
    );
    assert.equal(r.meetingDate, null);
    assert.deepEqual(r.participants, []);
  });

  test("the ministry's top bar and today's date beside its search box are neither title nor publication date; a briefing has no participants", () => {
    const r = parse(
      'Trang chủ     Đăng ký nhận tin    Ý kiến bạn đọc   Liên kết website English \nThứ hai, ngày 23 tháng 12 năm 2024 Tìm kiếm\n Tìm kiếm nâng cao\n\nNội dung Họp báo thường kỳ lần thứ 14 năm 2021\n\nI. THÔNG BÁO\n\n1. Chủ tịch nước Nguyễn Xuân Phúc và Phu nhân thăm chính thức Lào từ 9 – 10/8/2021\n\nDự kiến trong khuôn khổ chuyến thăm, Chủ tịch nước Nguyễn Xuân Phúc sẽ hội đàm với Tổng Bí thư, Chủ tịch nước Lào Thoong-lun Xỉ-xu-lít.',
    );
    assert.equal(r.title, 'Nội dung Họp báo thường kỳ lần thứ 14 năm 2021');
    assert.equal(r.publishedAt, null);
    assert.equal(r.meetingDate, null);
    assert.deepEqual(r.participants, []);
  });

  test('a courtesy call told only as "chào xã giao" is a meeting, and its people are its participants', () => {
    const r = parse(
      'Sáng 27/5/2016, ông Park Noh Wan, Tổng Lãnh sự Hàn Quốc tại TP. Hồ Chí Minh, đã chào xã giao Bí thư Tỉnh ủy Nguyễn Phú Cường nhân dịp thành lập Hội hữu nghị.',
    );
    assert.equal(r.meetingDate, '2016-05-27');
    assert.ok(r.participants.some((p) => p.name === 'Nguyễn Phú Cường'));
  });

  test('a call said to come "sau khi" (after) another call: the date told later is that other call\'s, not this one\'s', () => {
    const r = parse(
      'date 2025-11-25\n\nCuộc điện đàm diễn ra sau khi nhà lãnh đạo Mỹ có cuộc trao đổi với Chủ tịch Trung Quốc Tập Cận Bình, trong đó ông Tập nhấn mạnh quan điểm của Bắc Kinh.\n\nCăng thẳng bùng lên giữa Nhật Bản và Trung Quốc từ thời điểm Thủ tướng Takaichi trả lời chất vấn tại Quốc hội đầu tháng này.\n\nTân Hoa Xã dẫn lời Chủ tịch Tập Cận Bình nói trong cuộc điện đàm với Tổng thống Mỹ Trump ngày 24/11 rằng vấn đề Đài Loan là then chốt.',
    );
    assert.equal(r.publishedAt, '2025-11-25');
    assert.equal(r.meetingDate, null);
  });

  test('a portal\'s "Cỡ chữ: Font size: Giảm (A-) …" buttons are not the headline; its "Thứ 3, Ngày 14/12/2021" stamp dates the page', () => {
    const r = parse(
      'Tin Tức\nThứ 3, Ngày 14/12/2021, 15:00\nChủ tịch UBND tỉnh Võ Văn Minh tiếp Tổng Lãnh sự Hàn Quốc\nCỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)\n14/12/2021\nChiều 16-11, tại Trung tâm Hành chính tỉnh Bình Dương, ông Võ Văn Minh - Chủ tịch UBND tỉnh Bình Dương đã tiếp Ngài Kang Myongil - Tổng Lãnh sự Hàn Quốc tại thành phố Hồ Chí Minh đến thăm và làm việc với tỉnh.',
    );
    assert.equal(r.title, 'Chủ tịch UBND tỉnh Võ Văn Minh tiếp Tổng Lãnh sự Hàn Quốc');
    assert.equal(r.publishedAt, '2021-12-14');
    assert.equal(r.meetingDate, '2021-11-16');
  });

  test('"Theo dõi Báo Gia Lai trên Google News" names the paper and is not its headline', () => {
    const r = parse(
      'Chính trị\n\nQuốc phòng - An ninh\n\nGia Lai\n\nLãnh sự quán Hàn Quốc tại TP. Hồ Chí Minh thăm Gia Lai\n\nTheo dõi Báo Gia Lai trên Google News\nChiều 28-11, tại trụ sở UBND tỉnh Gia Lai, Phó Chủ tịch UBND tỉnh Huỳnh Nữ Thu Hà đã có buổi tiếp ông Ahn Seong-ho, Tham tán thương mại, và đoàn cán bộ nhân chuyến thăm và làm việc tại tỉnh.',
    );
    assert.equal(r.title, 'Lãnh sự quán Hàn Quốc tại TP. Hồ Chí Minh thăm Gia Lai');
    assert.equal(r.publisher, 'Báo Gia Lai');
  });

  test('a broadcaster\'s "(TTV)" tag is not part of its headline, and "20:51, 01/01/2023" reads the same in either order', () => {
    const r = parse(
      'Banner\n\n(TTV) Phỏng vấn đồng chí Chủ tịch Ủy ban Nhân dân tỉnh\n\n20:51, 01/01/2023\nNăm 2022, tỉnh Tuyên Quang đã vượt qua khó khăn thách thức để hoàn thành nhiều chỉ tiêu về kinh tế - xã hội, và Đài đã mời tới trường quay đồng chí Chủ tịch để chia sẻ về những nhiệm vụ trọng tâm.',
    );
    assert.equal(r.title, 'Phỏng vấn đồng chí Chủ tịch Ủy ban Nhân dân tỉnh');
    assert.equal(r.publishedAt, '2023-01-01');
  });
});

describe('a meeting still to come', () => {
  test('a trip announced ("방문할 예정이다") reports no meeting: the prime minister is not yet a participant', () => {
    const r = parse(
      '[중앙뉴스라인, 신기철기자] 한덕수 국무총리는 7월 19일 서거한 베트남 당서기장 국장에 우리 정부 대표로 참석하기 위해 7월 24일~7월 25일 간 베트남을 방문할 예정이다.\n베트남 정부는 국장을 7월 25일~7월 26일 간 거행하며, 외국 조문사절단을 7월 25일 접수 예정이다.',
    );
    assert.deepEqual(r.participants, []);
    assert.equal(r.meetingDate, null);
  });

  test('a meeting held, in a sentence that also looks ahead ("đã hội đàm … sẽ"), is still reported', () => {
    const r = parse(
      'Chiều 5/3/2024, Bộ trưởng Bùi Thanh Sơn đã hội đàm với Ngoại trưởng Penny Wong; hai bên sẽ gặp lại vào năm sau.',
    );
    assert.ok(r.participants.length >= 2);
  });
});

describe('Vietnamese lists of those present', () => {
  test('"có các đồng chí: name, offices; name, offices; …" names each comrade with their offices, for Viet Nam', () => {
    const r = parse(
      'Sáng 8/11, Đoàn đại biểu thành phố Asan (Hàn Quốc) đã đến thăm và làm việc với tỉnh Ninh Bình. Tiếp và làm việc với Đoàn có các đồng chí: Đinh Văn Điến, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Tống Quang Thìn, TVTU, Phó Chủ tịch UBND tỉnh; lãnh đạo một số sở, ngành của tỉnh.',
    );
    const got = r.participants.map((p) => `${p.name}|${p.country}`);
    assert.ok(got.includes('Đinh Văn Điến|Viet Nam') && got.includes('Tống Quang Thìn|Viet Nam'), got.join(', '));
    assert.equal(r.participants.find((p) => p.name === 'Đinh Văn Điến')?.role, 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh');
  });
});

describe('who published it', () => {
  test('a paper\'s masthead line ("Báo Đồng Nai điện tử") names it, above its own "(ĐN)" tag', () => {
    const r = parse(
      'Báo Đồng Nai điện tử\nEn\n\nBí thư Tỉnh ủy tiếp Tổng lãnh sự Hàn Quốc\n\n05:05, 27/05/2016\n\n(ĐN) – Sáng 27-5, Bí thư Tỉnh ủy Nguyễn Phú Cường đã tiếp ông Park Noh Wan, Tổng Lãnh sự Hàn Quốc tại TP. Hồ Chí Minh đến thăm.',
    );
    assert.equal(r.publisher, 'Báo Đồng Nai điện tử');
    assert.equal(r.title, 'Bí thư Tỉnh ủy tiếp Tổng lãnh sự Hàn Quốc');
  });

  test('"[중앙뉴스라인, 신기철기자]" opening the text names the outlet', () => {
    const r = parse('[중앙뉴스라인, 신기철기자] 한덕수 국무총리는 7월 24일~7월 25일 간 베트남을 방문할 예정이다.');
    assert.equal(r.publisher, '중앙뉴스라인');
  });
});

describe('names that are places or common words', () => {
  test('"Thành phố Hồ Chí Minh" in a headline, or a "Hồ Chí Minh" the directory knows after "TP.", is the city, not a person', () => {
    const r = parse(
      'Chủ tịch UBND tỉnh làm việc với Tổng Lãnh sự Hàn Quốc tại Thành phố Hồ Chí Minh\n\nChiều ngày 29-7, ông Lê Tiến Châu, Chủ tịch UBND tỉnh, đã có buổi làm việc với Ngài Lim Jae Hoon, Tổng Lãnh sự Hàn Quốc.',
    );
    assert.ok(!r.participants.some((p) => p.name === 'Hồ Chí Minh'));
    const directory = {
      lookup: (n: string) => (n === 'Hồ Chí Minh' ? { name: n, role: 'Chủ tịch', country: 'Viet Nam' } : null),
    };
    const found = findParticipants(
      ['Sáng 27-5, Bí thư Tỉnh ủy Nguyễn Phú Cường đã tiếp ông Park Noh Wan, Tổng Lãnh sự Hàn Quốc tại TP. Hồ Chí Minh.'],
      { publisherCountry: null, hostCountry: null, directory },
    ).map((p) => p.name);
    assert.ok(found.includes('Nguyễn Phú Cường') && !found.includes('Hồ Chí Minh'));
  });

  test('"한국과", "양국은", "각 부처", "권한대행" stand where a Korean name would and are not names', () => {
    const names = (t: string) => parse(t).participants.map((p) => p.name);
    assert.ok(!names('한국과 베트남 외교장관이 오는 31일 서울에서 만나 협력 방안을 논의한다.').includes('한국과'));
    const got = names(
      '나가미네 대사가 황교안 대통령 권한대행 총리를 만나겠다고 발표했다. 나가미네 대사가 각 부처 장관과 황 대행에게 면담을 요청했다.',
    );
    assert.ok(!got.includes('권한대행') && !got.includes('부처'), got.join(', '));
  });
});

describe('where a Korean record says the meeting was', () => {
  test('a city or province visited ("전라북도를 찾았다", "대전시를 방문하고") is the place; an event of another year ("2018년 무주에서") is not', () => {
    const r = parse(
      '주한 베트남 응웬 부 뚜 대사가 23일 송하진 도지사를 만나 교류방안을 모색했다.\n\n주한 베트남 응웬 부 뚜 대사가 23일 전라북도를 찾았다.\n\n지난 2017년 부임한 응웬 부 뚜 대사는 2018년 무주에서 열린 국제회의 참석차 전북을 방문한 적이 있었으나 공식적인 방문은 처음이다.',
    );
    assert.equal(r.place, '전라북도');
    assert.equal(
      parse('부이 반 하이 박장성장 등 21명의 베트남 고위공무원단이 10일 대전시를 방문하고 권선택 대전시장과 오찬간담회를 가졌다.')
        .place,
      '대전시',
    );
  });

  test('a province visited "지난 2월" is an earlier visit, not where this meeting was', () => {
    const r = parse(
      '전라남도가 14일 베트남 빈프억성과 우호협력 간담회를 개최했다.\n\n김영록 지사는 지난 2월 베트남 빈프억성을 방문해 성장을 만나 우호협력 방안을 논의했다.',
    );
    assert.notEqual(r.place, '빈프억성');
  });
});

describe('Korean lists of those present', () => {
  test('mayors and county heads with their place glued on, and a Vietnamese name of three words, are participants', () => {
    const r = parse(
      '전라남도가 14일 목포에서 베트남 빈프억성 대표단과 오찬을 가졌다. 오찬에는 김영록 전남도지사, 박홍률 목포시장, 우승희 영암군수, 응우옌 만 끄엉 빈프억성 당서기장 등 50여 명이 참석했다.',
    );
    const names = r.participants.map((p) => p.name);
    for (const n of ['김영록', '박홍률', '우승희', '응우옌 만 끄엉']) assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
  });

  test('"방세환 경기 광주시장": the province before the title is not the name; "또 척 헤이글" keeps "또" (also) out', () => {
    const r = parse('김동연 경기도지사와 방세환 경기 광주시장은 6일 응우옌 쑤언 푹 베트남 국가주석을 만나 협력 방안을 논의했다.');
    const names = r.participants.map((p) => p.name);
    assert.ok(names.includes('방세환') && !names.includes('경기'), names.join(', '));
    assert.ok(
      !parse(
        '케리 장관은 또 척 헤이글 국방장관이 계획을 발표했다고 전했다. 케리 장관은 윤병세 장관과 통화했다.',
      ).participants.some((p) => p.name === '또 척 헤이글'),
    );
  });
});

describe('Korean consuls general', () => {
  test('"도안 프엉 란(Doan Phuong Lan) 주부산베트남총영사": the posting, country and office in one word', () => {
    const r = parse(
      '정해관 국제관계대사는 2일 부 호(Vu Ho) 주한베트남대사와 도안 프엉 란(Doan Phuong Lan) 주부산베트남총영사를 만나 의견을 나눴다.',
    );
    const consul = r.participants.find((p) => p.name === '도안 프엉 란');
    assert.equal(consul?.role, '주부산베트남총영사');
    assert.equal(consul?.country, 'Viet Nam');
  });
});

describe('Korean pages', () => {
  test('a headline with its deck (부제) above the byline: the headline is the first line, and the tool bar is not a title', () => {
    const r = parse(
      '사회\n사회일반\n베트남 외교부 레티투항 차관… 전북 방문\n김관영 도지사와 환담, 지자체 교류 확대 의향 전달ㆍ협력 제안\n박동일 기자\n필자의 다른기사 보기 인쇄하기 메일로 보내기 글자 크게 글자 작게\n기사입력: 2024/04/01 [12:19]\n\n베트남 외교부 레티투항 차관이 1일 전북특별자치도를 방문해 김관영 도지사를 만나, 분야별 전략적 교류 협력을 제안했다.',
    );
    assert.equal(r.title, '베트남 외교부 레티투항 차관… 전북 방문');
    assert.equal(r.publishedAt, '2024-04-01');
    assert.equal(r.meetingDate, '2024-04-01');
  });

  test('a video page\'s channel after the bar ("/ YTN (Yes! Top News)") is not part of the headline', () => {
    const r = parse(
      '외교부 "日 대사, 조율 안 된 황 대행 면담 언급 부적절" / YTN (Yes! Top News)\n\n2017-11-15 0\n\n외교부는 나가미네 야스마사 주한 일본 대사가 황교안 대통령 권한대행 총리를 만나겠다고 일방적으로 발표한 데 대해 유감을 나타냈습니다.',
    );
    assert.equal(r.title, '외교부 "日 대사, 조율 안 된 황 대행 면담 언급 부적절"');
  });

  test('a page whose sharing title ends "-정치ㅣ한국일보" gives its plain headline tag as the title', () => {
    const doc = extractHtmlString(
      '<html><head><title>장동혁, 한동훈 제명했지만… 부담 커졌다-정치ㅣ한국일보</title><meta name="headline" content="장동혁, 한동훈 제명했지만… 부담 커졌다"/><meta property="og:site_name" content="한국일보"/></head><body><div><p>장동혁 국민의힘 대표가 한동훈 전 대표를 제명했지만, 어깨는 한층 무거워졌다.</p></div></body></html>',
    );
    assert.equal(doc.hints.title, '장동혁, 한동훈 제명했지만… 부담 커졌다');
    assert.ok(doc.hints.candidates?.some((c) => c.field === 'title' && c.value === '장동혁, 한동훈 제명했지만… 부담 커졌다'));
  });
});
