// Korean names a person, then the office, in any institution's everyday words: a firm's executives ("전무", "상무",
// "지사장", "법인장", "본부장"), a board's honorary chair ("명예 이사장"), an adviser ("고문"), the head of an institute
// or a township ("원장", "면장", "읍장"), an officer's rank ("중장"); a body in the genitive before the name ("시청의 김민수
// 계장"). The desk officer gets each person with the office the record gives, and never a firm, a service, an adverb
// or a common word that stands where a name would ("삼성전자 사장", "육군 중장 일행", "고문 의혹").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const read = (title: string, body: string): { name: string | null; role: string | null }[] =>
  parseRecordText(`${title}\n\n${body}`).participants.map((p) => ({ name: p.name, role: p.role }));
const names = (title: string, body: string): (string | null)[] => read(title, body).map((p) => p.name);

/** Made-up sentences, each with the people a desk officer expects from it. */
const PEOPLE: [string, string, string[]][] = [
  ['기업 간담회', '간담회에는 송민호 전무, 임수정 상무, 오세훈 지사장이 참석했다.', ['송민호', '임수정', '오세훈']],
  ['법인장 면담', '배수지 베트남법인장은 14일 현지 공장에서 거래처 대표단을 만났다.', ['배수지']],
  ['재단 간담회', '재단은 4일 조영수 명예 이사장을 비롯해 백수미 이사장이 참석한 가운데 간담회를 열었다.', ['조영수', '백수미']],
  ['회장 접견', '김철민 명예 회장은 5일 일본 방문단을 접견했다.', ['김철민']],
  ['마을 교류', '김태희 읍장과 이병헌 면장은 4일 자매결연 마을 방문단을 맞이했다.', ['김태희', '이병헌']],
  ['병원 면담', '하정우 원장은 8일 카자흐스탄 보건부 대표단과 면담했다.', ['하정우']],
  ['방문', '방문단은 김영창 고문, 이성용 회장과 함께 10일 시청을 방문해 시장과 면담했다.', ['김영창', '이성용']],
  ['군 교류', '김영호 육군 중장은 9일 미군 대표단을 접견했다.', ['김영호']],
  [
    '총장 접견',
    '유홍림 총장은 9일 콜롬비아 대학 방문단을 접견했다. 이날 접견에는 이재욱 국제협력본부장이 배석했다.',
    ['유홍림', '이재욱'],
  ],
  [
    '회장 면담',
    '박영수 회장은 10일 일본 상공회의소 방문단을 만났다. 이날 면담에는 시청의 김민수 계장과 협회의 정다은 주사가 배석했다.',
    ['박영수', '김민수', '정다은'],
  ],
  ['기업 예방', '김철수 삼성전자 사장은 9일 하노이 인민위원장을 예방했다.', ['김철수']],
  ['재단 간담회', '재단은 4일 간담회를 열었다. 간담회에는 백수미 이사장, 정우진 고문 등이 참석했다.', ['백수미', '정우진']],
];

for (const [title, body, want] of PEOPLE) {
  test(`a Korean record naming ${want.join(', ')} after their offices lists them: ${body.slice(0, 24)}…`, () => {
    const found = names(title, body);
    for (const name of want) assert.ok(found.includes(name), `${name} in ${JSON.stringify(found)}`);
    assert.equal(found.length, want.length, JSON.stringify(found));
  });
}

test('the office of an honorary chair and of an officer keeps its word ("명예 이사장", "육군 중장")', () => {
  const chair = read('재단', '재단은 4일 조영수 명예 이사장을 비롯해 백수미 이사장이 참석한 가운데 간담회를 열었다.');
  assert.equal(chair.find((p) => p.name === '조영수')?.role, '명예 이사장');
  const officer = read('군 교류', '김영호 육군 중장은 9일 미군 대표단을 접견했다.');
  assert.equal(officer.find((p) => p.name === '김영호')?.role, '육군 중장');
});

/** Made-up sentences where nobody is named: a firm, a service, an adverb or a common word before an office. */
const NOBODY: [string, string][] = [
  ['기업 방문', '삼성전자 베트남법인장과 현지 지사장들은 9일 하노이 인민위원회를 방문했다.'],
  ['협약', '시는 10일 한국전력 영업본부장과 협약을 체결했다.'],
  ['군 교류', '미 육군 중장 일행은 9일 국방부를 방문해 차관을 예방했다.'],
  ['대학 면담', '총장은 10일 방문단을 접견하고 교수진과 함께 박사 과정 학생 교류를 논의했다.'],
  ['면담', '경찰은 피의자를 고문 했다는 의혹에 대해 10일 유족과 면담했다.'],
  ['기업 간담회', '이날 간담회에는 각 기업의 전무와 상무급 임원 20여 명이 참석했다.'],
  ['무관단 면담', '시장은 9일 무관단을 접견했다. 무관단은 대부분 대령이나 준장 계급이다.'],
  ['병원 방문', '몽골 보건부 대표단은 9일 서울대병원 원장과 면담하고 의료 협력을 논의했다.'],
];

for (const [title, body] of NOBODY) {
  test(`a Korean record naming no one before an office lists no one: ${body.slice(0, 24)}…`, () => {
    assert.deepEqual(names(title, body), []);
  });
}

test('a Korean record asking support for someone\'s bid does not list that person: "X 본부장에 대한 지지를 당부했다"', () => {
  const found = names(
    '신임장 제정',
    '이순영 대통령은 10일 신임 대사들로부터 신임장을 받았다. 이 대통령은 국제기구 수장직에 도전한 김민정 통상교섭본부장에 대한 지속적인 관심과 지지를 당부했다.',
  );
  assert.ok(found.includes('이순영'), JSON.stringify(found));
  assert.ok(!found.includes('김민정'), JSON.stringify(found));
});
