// Korean and Vietnamese records read the way a desk officer reads them: a body's name, a
// conference or an embassy is not a person; an office ends where the sentence's verb begins.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);
const names = (text: string) => people(text).map((p) => p.name);

describe('Vietnamese: offices, bodies and conferences that are not people', () => {
  test('"Trưởng ban Tuyên giáo Tỉnh ủy": "Tuyên" starts the board\'s name, it is nobody', () => {
    const got = names(
      'Chiều 5/6, Bí thư Tỉnh ủy Trần Văn Hùng tiếp Đoàn đại biểu tỉnh Vân Nam do ông Triệu Kim, Trưởng ban Tuyên truyền Tỉnh ủy Vân Nam (Trung Quốc) làm trưởng đoàn.\n\nCùng dự có ông Lê Văn Nam, Trưởng ban Tuyên giáo Tỉnh ủy.',
    );
    assert.ok(!got.includes('Tuyên'), String(got));
    assert.ok(got.includes('Triệu Kim'), String(got));
  });

  test('"Hội nghị Bộ trưởng Ngoại giao hợp tác Mê Công – Lan Thương": a ministers\' conference, not a minister called Mê Công', () => {
    const got = names(
      'Ngày 8/6, Bộ trưởng Ngoại giao Bùi Thanh Sơn gặp Bộ trưởng Ngoại giao Trung Quốc Vương Nghị bên lề Hội nghị Bộ trưởng Ngoại giao hợp tác Mê Công – Lan Thương lần thứ sáu.',
    );
    assert.ok(!got.includes('Mê Công'), String(got));
    assert.ok(got.includes('Vương Nghị'), String(got));
  });

  test('"Đại sứ quán Trung Quốc … do ông Hùng Ba, Đại sứ …": the embassy is no ambassador; "Ba" is a name, not "bà"', () => {
    const got = people(
      'Chủ tịch UBND tỉnh Hồ Tiến Thiệu tiếp Đoàn công tác của Đại sứ quán Trung Quốc tại Việt Nam do ông Hùng Ba, Đại sứ đặc mệnh toàn quyền Trung Quốc tại Việt Nam dẫn đầu.',
    );
    const envoy = got.find((p) => p.name === 'Hùng Ba');
    assert.ok(envoy, String(got.map((p) => p.name)));
    assert.equal(envoy.country, 'China');
    assert.ok(envoy.role?.startsWith('Đại sứ đặc mệnh'), String(envoy.role));
  });

  test('"Hồ Tiến Thiệu, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lạng Sơn tiếp …": his office ends at the verb, the guest\'s is not his', () => {
    const got = people(
      'Sáng nay, đồng chí Hồ Tiến Thiệu, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lạng Sơn tiếp xã giao ông Ri Ho Jun, Đại biện lâm thời Đại sứ quán Triều Tiên tại Việt Nam.',
    );
    const host = got.find((p) => p.name === 'Hồ Tiến Thiệu');
    assert.equal(host?.role, 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lạng Sơn');
  });
});

describe("Korean: a clause's words before a title are not a name", () => {
  test('"신임장은 대사를 … 파견국의 원수와 외무담당 장관이": an explanation of credentials names nobody', () => {
    const got = names(
      '윤석열 대통령은 5일 용산 대통령실에서 비상주 대사 6명으로부터 신임장을 받았다.\n\n신임장은 대사를 외교 사절로 파견하는 취지를 알리는 문서로, 파견국의 원수와 외무담당 장관이 보내는 것이다.',
    );
    assert.ok(!got.includes('신임장은') && !got.includes('원수와'), String(got));
  });

  test('"가장 먼 곳에서 참석한 브라질 대사 배우자": "참석한" (who attended) is no one\'s name', () => {
    const got = names(
      '김정숙 여사는 12일 청와대에서 주한 외교단 배우자들과 오찬을 함께했다.\n\n가장 먼 곳에서 참석한 브라질 대사 배우자를 비롯해 30여 명이 자리했다.',
    );
    assert.ok(!got.includes('참석한'), String(got));
    assert.ok(got.includes('김정숙'), String(got));
  });

  test('"일정에 따르면 트럼프 대통령은": "according to" is not part of the president\'s name', () => {
    const got = names(
      '이재명 대통령은 25일 백악관에서 도널드 트럼프 미국 대통령과 정상회담을 했다.\n\n백악관이 배포한 일정에 따르면 트럼프 대통령은 정오에 이 대통령을 맞았다.',
    );
    assert.ok(!got.some((n) => n?.includes('따르면')), String(got));
  });
});

describe('Korean: heads named in brackets, acting presidents, signing ceremonies', () => {
  test('"스기나미구 대표단(구장 키시모토 사토코)을 만나": the delegation\'s head, named in brackets after it, was met', () => {
    const got = people(
      '서울 서초구는 19일 구청에서 일본 도쿄도 스기나미구 대표단(구장 키시모토 사토코)을 만나 교류 의지를 다졌다.',
    );
    const head = got.find((p) => p.name === '키시모토 사토코');
    assert.ok(head, String(got.map((p) => p.name)));
    assert.equal(head.country, 'Japan');
  });

  test('"한덕수 대통령 권한대행 국무총리가 … 통화했다": the acting president is a participant, and Korea\'s', () => {
    const got = people('한덕수 대통령 권한대행 국무총리가 8일 도널드 트럼프 미국 대통령과 전화 통화를 했다.');
    const acting = got.find((p) => p.name === '한덕수');
    assert.ok(acting, String(got.map((p) => p.name)));
    assert.equal(acting.country, 'Republic of Korea');
  });

  test('"광진구(구청장 김경호)는 … 자매결연 협약을 체결했다": a signing ceremony is a meeting of the two sides', () => {
    const got = names(
      '서울 광진구(구청장 김경호)는 20일 전남 장흥군과 자매결연 협약을 체결했다.\n\n이날 협약식에는 김경호 구청장과 김성 장흥군수 등 30여 명이 참석했다.',
    );
    assert.ok(got.includes('김경호') && got.includes('김성'), String(got));
  });
});

test('"김성 장흥군수", "추윤구 광진구의회의장": a Korean district\'s or county\'s head is Korea\'s without saying so', () => {
  const got = people('이날 협약식에는 김성 장흥군수와 추윤구 광진구의회의장 등 30여 명이 참석했다.');
  assert.deepEqual(
    got.map((p) => [p.name, p.country]),
    [
      ['김성', 'Republic of Korea'],
      ['추윤구', 'Republic of Korea'],
    ],
  );
});

describe('Korean: the office first, as a letterhead writes it; the host who invited', () => {
  test('"국무총리 이낙연은 … 방한한 비엣남 부총리 부엉 딩 후에를 접견": both named after their offices', () => {
    const got = people(
      '국무총리 이낙연은 21일 정부서울청사에서 회의 참석을 위해 방한한 비엣남 부총리 부엉 딩 후에를 접견, 양국 경제협력 방안에 대해 의견을 나눴다.',
    );
    assert.deepEqual(
      got.map((p) => [p.name, p.country]),
      [
        ['이낙연', 'Republic of Korea'],
        ['부엉 딩 후에', 'Viet Nam'],
      ],
    );
  });

  test('"부이 타잉 썬 베트남 외교부장관의 초청으로 … 방문": the minister who invited is the host, not just an owner', () => {
    const got = names(
      "박진 외교부장관은 '부이 타잉 썬(Bui Thanh Son)' 베트남 외교부장관의 초청으로 17일 하노이를 방문하여 외교장관회담을 개최하였다.",
    );
    assert.ok(got.includes('부이 타잉 썬'), String(got));
  });
});

test('"mong muốn sớm được đón Quốc vương Mohammed VI thăm": a king hoped for later was not in the room', () => {
  const got = names(
    'Chủ tịch nước Trần Đại Quang tiếp Đại sứ Maroc Jamale Eddine Benyahia trình quốc thư.\n\nNhân dịp này, Chủ tịch nước Trần Đại Quang bày tỏ mong muốn sớm được đón Quốc vương Mohammed VI thăm chính thức Việt Nam.',
  );
  assert.ok(!got.includes('Mohammed VI'), String(got));
  assert.ok(got.includes('Trần Đại Quang'), String(got));
});

test('"패트 콘로이 호주 방위산업부 장관", "이건한 의원", "김영채 한-아프리카 재단 이사장": any ministry, a member, a foundation\'s chair', () => {
  const got = people(
    '김 장관은 패트 콘로이 호주 방위산업부 장관과 회담했다.\n\n방문단은 김기준 부의장과 이건한 의원을 면담했다.\n\n협의회에는 김영채 한-아프리카 재단 이사장이 참석했다.',
  );
  const named = got.map((p) => p.name);
  assert.ok(named.includes('패트 콘로이') && named.includes('이건한') && named.includes('김영채'), String(named));
  assert.equal(got.find((p) => p.name === '패트 콘로이')?.country, 'Australia');
  assert.equal(got.find((p) => p.name === '이건한')?.country, 'Republic of Korea');
});

test('"đồng chí TS. Vi-lay-vông Bút-đa-khăm": a degree before the name ("TS." doctor) is not the name', () => {
  const got = names(
    'Chiều 10/3, Bí thư Tỉnh ủy Thái Thanh Quý tiếp Đoàn đại biểu tỉnh Chăm Pa Sắc, nước Cộng hòa dân chủ nhân dân Lào do đồng chí TS. Vi-lay-vông Bút-đa-khăm - Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy làm Trưởng đoàn.',
  );
  assert.ok(got.includes('Vi-lay-vông Bút-đa-khăm'), String(got));
});

test('"이철우 경상북도 도지사", "Sang Guowei 전인대 부위원장": a province or China\'s NPC is the body, not the name', () => {
  const got = names('이철우 경상북도 도지사는 주한 대사들을 만났다.\n\n중국 측에서는 Sang Guowei 전인대 부위원장이 참석했다.');
  assert.ok(got.includes('이철우'), String(got));
  assert.ok(!got.includes('경상북도') && !got.includes('전인대'), String(got));
});
