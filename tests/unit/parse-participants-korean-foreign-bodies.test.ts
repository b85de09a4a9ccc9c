// A Korean local-news story names a foreign guest, then writes out the body he serves in words of
// its own, then his office: "아라키 겐지 소방청 장관", "바트에르덴 오윤치멕 국가 비상관리위원회 서기장",
// "다나카 유스케 나라 시의회 의원". The desk officer wants the guest by his full name and office, and
// never the body's own word ("소방청", "홍보국") listed as a person. The same story may name a
// society's governor or a college's dean ("최영덕 총재", "한민서 학장"), offices the parser now knows.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => [p.name, p.role]);
const names = (text: string) => people(text).map(([n]) => n);

describe('Korean: a foreign guest, then the body he serves in words of its own, then his office', () => {
  test('a Japanese minister after his agency: "아라키 겐지 소방청 장관"', () => {
    const text = [
      '한일 재난행정 협의회 개최',
      '행정안전부는 지난 9일 도쿄에서 한일 재난행정 협의회를 열었다고 밝혔다. 이날 협의회에는 한국측 박영수 재난협력실장과 일본측 아라키 겐지 소방청 장관 등 10명이 참석했다.',
    ].join('\n\n');
    const found = people(text);
    assert.ok(found.some(([n, r]) => n === '아라키 겐지' && r === '소방청 장관'));
    assert.ok(!names(text).includes('소방청'));
  });

  test('a Mongolian delegation, each member after a committee or an agency: "A B 국가 비상관리위원회 서기장(단장), C D 몽골비상관리청 총무국장"', () => {
    const text = [
      '몽골 비상관리청 대표단 도 방문',
      '도 소방본부는 지난 3일 몽골 비상관리청 대표단을 초청해 교류 협력 방안을 논의했다.',
      '대표단은 바트에르덴 오윤치멕 국가 비상관리위원회 서기장(단장), 간바트 투멘자르갈 몽골비상관리청 총무국장(대령)이다.',
    ].join('\n\n');
    const found = names(text);
    assert.ok(found.includes('바트에르덴 오윤치멕'));
    assert.ok(found.includes('간바트 투멘자르갈'));
  });

  test('a city councillor after his city and council, and a UN officer after his department: no body read as a name', () => {
    const text = [
      '나라시 방문단 군청 방문',
      '다나카 유스케 나라 시의회 의원을 포함한 7명의 방문단은 지난 5일 군청을 방문해 김도윤 군수와 면담했다.',
      '대표단은 마흐무드 나세르 유엔본부 홍보국 대외협력담당 선임국장과 조직위 관계자로 구성됐다.',
    ].join('\n\n');
    const found = names(text);
    assert.ok(found.includes('다나카 유스케'));
    assert.ok(found.includes('마흐무드 나세르'));
    assert.ok(!found.includes('홍보국'));
  });

  test('a Korean name before a body and an office stays korean.ts\'s reading: "김도윤 가람군 부군수"', () => {
    const text = ['가람군 방문단 면담', '김도윤 가람군 부군수는 지난 5일 나라시를 방문해 시장과 면담했다.'].join('\n\n');
    assert.ok(names(text).includes('김도윤'));
  });
});

describe("Korean: a society's governor and a college's dean after their names", () => {
  test('"한민서 학장의 환영사", "최영덕 총재 내외와 회원들이" list them', () => {
    const text = [
      '대학 동문회장 협의회 만찬 간담회',
      '협의회는 지난 12일 서울에서 회원 만찬 간담회를 가졌다. 인문대 한민서 학장의 환영사에 이어 자매지구 최영덕 총재 내외와 회원들이 인사를 나눴다.',
    ].join('\n\n');
    const found = people(text);
    assert.ok(found.some(([n, r]) => n === '한민서' && r === '학장'));
    assert.ok(found.some(([n, r]) => n === '최영덕' && r === '총재'));
  });
});
