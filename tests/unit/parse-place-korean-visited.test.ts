// A Korean record often says where a delegation went rather than where the talks sat: "서울 강서구의회를
// 방문했다", "19일 남구를 방문했다", "4일 함안을 찾았다", "뜨선시를 공식 방문", "여의도 국회를 예방해". A desk
// officer files the council, the district or the town visited; a breakthrough sought ("돌파구를 찾아") or a
// whole country visited ("베트남을 방문") is no such place.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('Korean: the council, district or town a delegation visited', () => {
  test('a district council by its ending -의회: "서울 강서구의회를 방문했다"', () => {
    assert.equal(
      place('일본 오타루시 대표단이 10월 27일 오후 서울 강서구의회를 방문했다.\n\n최동철 의장은 대표단을 환영했다.'),
      '강서구의회',
    );
  });

  test('a district by its ending -구, and a town named after the day: "19일 남구를 방문했다", "4일 함안을 찾았다"', () => {
    assert.equal(place('몽골 준모드시 대표단이 19일 남구를 방문했다.\n\n대표단은 구청장을 예방했다.'), '남구');
    assert.equal(place('일본 이누야마시 방문단이 4일 함안을 찾았다.\n\n방문단은 군수와 환담했다.'), '함안');
  });

  test('"뜨선시를 공식 방문", "국회를 예방해": an adverb between, and a courtesy call on the building', () => {
    assert.equal(place('남양주시는 지난 15일 자매도시인 베트남 뜨선시를 공식 방문, 교류 방안을 논의했다.'), '뜨선시');
    assert.equal(place('상무위원장이 11일 오후 여의도 국회를 예방해 국회의장과 기념촬영을 했다.'), '국회');
  });

  test('"돌파구를 찾아", "9일 베트남을 방문": a breakthrough and a whole country are not the meeting place', () => {
    assert.equal(place('대통령은 위기 극복의 돌파구를 찾아야 한다며 대사들과 만찬을 했다.'), null);
    assert.equal(place('도지사 일행은 9일 베트남을 방문해 성장과 면담했다.'), null);
  });
});
