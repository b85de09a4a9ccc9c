// Some pages are copied with the story's paragraphs first and the headline after them, then the date,
// the deck, a summary or the site's furniture. A desk officer wants that headline, not the first
// paragraph cut short; a subheading between two paragraphs stays no headline.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

describe('a headline standing after the text it heads', () => {
  test('a Korean page: paragraphs, the headline, then the date it was filed', () => {
    const text = [
      '[한국신문 = 김기자] 한국대학교(총장 이아무개)와 세계교류협회(회장 박아무개)는 9일 한국대에서 인재양성 업무 협약을 체결했다.',
      '양 기관은 협약을 통해 지역 혁신성장 연계 공동사업을 개발하기로 했다.',
      '한국대-세계교류협회, 지역발전 인재양성 업무협약 |',
      '2021년 08월 10일(화) 19:11 |',
    ].join('\n');
    assert.equal(title(text), '한국대-세계교류협회, 지역발전 인재양성 업무협약');
  });

  test('a Catalan page: paragraphs, the headline, its deck, then the date it was published', () => {
    const text = [
      "El president del Govern, Joan Vidal, s'ha reunit aquest matí a Palau amb l'ambaixador del Japó a Espanya.",
      'La trobada ha servit per parlar de comerç i de turisme entre els dos països.',
      "Vidal rep l'ambaixador del Japó a Palau",
      "L'ambaixador s'ha citat també amb la consellera d'Acció Exterior",
      'Publicat el 3 de març de 2021 a les 12:05',
    ].join('\n');
    assert.equal(title(text), "Vidal rep l'ambaixador del Japó a Palau");
  });

  test('an English page: the text, the headline, then the site\u2019s newsletter box', () => {
    const text = [
      'KENYAN President William Ruto yesterday arrived in Lusaka on a three-day state visit and was welcomed at the airport by the Vice-President.',
      'Kenyan President arrives in Lusaka',
      'Sign Up For Daily Newsletter',
      'Get the latest breaking news delivered straight to your inbox.',
    ].join('\n');
    assert.equal(title(text), 'Kenyan President arrives in Lusaka');
  });

  test('a subheading between two paragraphs is no headline', () => {
    const text = [
      'The Foreign Minister held talks with the Vietnamese Foreign Minister in Hanoi on Tuesday about trade.',
      'Both ministers said the talks had been frank and useful.',
      'Vietnamese Foreign Minister and trade talks',
      'The two sides agreed to raise bilateral commerce to 20 billion dollars by 2030 and to meet again next year in Seoul.',
    ].join('\n');
    assert.notEqual(title(text), 'Vietnamese Foreign Minister and trade talks');
  });

  test('a record cut short on half a sentence is not headed by that half', () => {
    const text = [
      'The Governor received the Japanese Ambassador at the State House on Monday to discuss trade.',
      'Both said the talks had gone well and that they would meet again next year.',
      'The Governor told the Japanese Ambassador that',
    ].join('\n');
    assert.notEqual(title(text), 'The Governor told the Japanese Ambassador that');
  });
});
