// Korean outlets name themselves in their own tag, outlet first: "[내외일보=서울]", "[정치닷컴=이서원]",
// "[한국뉴스타임=편집국]", "[전남인터넷신문/강계주]", or in the byline small outlets' pages print before
// the story, "시민행정신문 이존영 기자 | …". The agency's dateline puts the place first ("(서울=연합뉴스)").
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText as parse } from '../../electron/node/library/parse/index.ts';

describe('Korean outlet tags', () => {
  test('a small paper\'s byline "한밭일보 김민수 기자 | …" names the paper, not the reporter', () => {
    const r = parse(
      '대전시장, 베트남 대사 접견\n\n한밭일보 김민수 기자 | 대전시장은 3월 4일 오후 시청 접견실에서 주한 베트남 대사를 만나 교류 방안을 논의했다.',
    );
    assert.equal(r.publisher, '한밭일보');
  });

  test('"[새한신문=부산]" is the paper filing from Busan: the paper is the publisher, the city is not', () => {
    const r = parse('[새한신문=부산]박지훈 기자=부산시의회 의장이 일본 후쿠오카시의회 대표단을 접견했다.');
    assert.equal(r.publisher, '새한신문');
  });

  test('"[정론닷컴=최유진]" names the site, then its reporter without the word 기자', () => {
    const r = parse('[정론닷컴=최유진]국회의장은 24일 오전 국회접견실에서 몽골 대통령과 면담했다.');
    assert.equal(r.publisher, '정론닷컴');
  });

  test('"[한빛뉴스=편집국]": the desk beside the outlet is not the publisher', () => {
    const r = parse('[한빛뉴스=편집국] 외교부 차관은 15일 주한 라오스 대사를 접견했다.');
    assert.equal(r.publisher, '한빛뉴스');
  });

  test('the reporter\'s e-mail run into "[호남인터넷신문/이정민]" still leaves the paper as publisher', () => {
    const r = parse(
      '이정민 jm@hanmail.net\n[호남인터넷신문/이정민] 교육지원청이 베트남 다낭시를 방문해 교육교류 방안을 논의했다.',
    );
    assert.equal(r.publisher, '호남인터넷신문');
  });

  test('the agency\'s own dateline "(서울=연합뉴스)" still reads the place first', () => {
    const r = parse('(서울=연합뉴스) 홍길동 기자 = 외교부 장관은 5일 주한 일본대사를 접견했다.');
    assert.match(r.publisher ?? '', /연합뉴스/);
  });

  test('a photographer\'s credit "[촬영/박영수 기자]" in a caption is no outlet', () => {
    const r = parse(
      '베이징 전인대 개막\n\n대표들이 기념촬영을 했다. [촬영/박영수 기자] 제13기 전국인민대표대회가 5일 베이징에서 개막했다.',
    );
    assert.notEqual(r.publisher, '촬영');
  });
});
