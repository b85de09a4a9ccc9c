// A photo's caption copied among the heading lines is a sentence with something after it: the agency's credit
// ("… 참석했다. 연합뉴스"), the names it shows ("… 있다.(좌로부터 …)"), or a credit run on with no space ("… Álvarez.X
// de …"). It is never the headline; nor is the site's counter or section printed above a Korean headline.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

describe("a photo's caption under the headline is not the headline", () => {
  test('a Korean community board reprints a summit story with the agency photo caption', () => {
    const text = [
      '사이트 내 전체검색',
      '',
      '회원로그인',
      '',
      '전체 가입 회원수 : 52,310 명',
      '',
      '총리, 청와대 도착…한-호 정상회담 시작',
      '',
      '페이지 정보',
      '',
      '작성자한인소식 댓글 0건 조회 41회 작성일 23-04-02 10:15',
      '',
      '본문',
      '',
      '대통령과 영부인이 방한한 호주 총리 부부와 1일 서울 청와대에서 열린 공식 환영식에 참석했다. 연합뉴스',
      '',
      '대통령이 1일 오후 청와대에 도착한 호주 총리와 한-호 정상회담에 들어갔다. 정상회담은 지난해 시드니에서 열린 회담 이후 처음이다.',
      '',
      '총리는 이날 오후 3시께 군악대의 환영 연주를 받으며 청와대 본관에 도착했다.',
    ].join('\n');
    assert.equal(title(text), '총리, 청와대 도착…한-호 정상회담 시작');
  });

  test("a Korean district paper's caption lists the council members from the left", () => {
    const text = [
      '시의원/구의원 동정',
      '',
      '성북구의회 방문한 일본 교토부 우지시 의원단',
      '',
      '성북구의회와 우호교류 증진 및 청소년 교류 사업 확대 논의',
      '',
      '작성일 : 2018-05-11 14:20 기자 : 박민수',
      '',
      '성북구의회를 방문한 우지시 의원단이 본회의장을 방문해 기념사진을 촬영하고 있다.(좌로부터 김철수 부의장, 이영희 의장, 다나카 의원단장)',
      '',
      '성북구의회 이영희 의장과 의장단은 11일 오전 10시에 일본 교토부 우지시 의원단의 방문을 환영하는 교류의 시간을 가졌다.',
      '',
      '이날 방문단은 의원 6명으로 구성됐으며 청소년 교류 사업을 함께 논의했다.',
    ].join('\n');
    assert.equal(title(text), '성북구의회 방문한 일본 교토부 우지시 의원단');
  });

  test('a Spanish paper prints the photo caption with its credit glued on above the headline', () => {
    const text = [
      'Carla Mendoza',
      'La alcaldesa de Cuenca, Carla Mendoza.X de Carla Mendoza',
      '',
      'Carla Mendoza acepta la invitación de la Cancillería antes de la visita del canciller chileno',
      '',
      'La alcaldesa de Cuenca confirmó que participará en la reunión para abordar temas de comercio',
      '',
      '  • Pedro Salazar',
      '',
      'Este lunes 3 de marzo, la Cancillería invitó a los alcaldes de Quito, Guayaquil y Cuenca a una reunión previa a la llegada del canciller de Chile.',
      '',
      'El canciller chileno se reunirá con el presidente el jueves en Quito.',
    ].join('\n');
    assert.equal(title(text), 'Carla Mendoza acepta la invitación de la Cancillería antes de la visita del canciller chileno');
  });
});
