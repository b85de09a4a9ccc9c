// A photo's caption or its credit often stands among the lines at the top of a saved page: who stands
// where ("좌로부터: …", "(von li nach re)", "From left: …"), who took the photo ("(Photo by …)", "/ 사진 = …",
// "Foto: …"), or an agency credit of names joined by slashes. Its names are the lead's names, so it can
// look like the headline; the words that mark a caption keep it out of the headline's place.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

describe("a photo's caption among the heading lines is not the headline", () => {
  test("a city's news page whose photo, named from the left, stands above the headline: the headline", () => {
    const text = [
      'From left: Deputy Mayor Ann Lee, Ambassador Jan Novak, Mayor Tom Hill and councillor Rita Moss',
      'Mayor welcomes Czech Ambassador to City Hall',
      'Mayor Tom Hill welcomed the Czech Ambassador Jan Novak to City Hall on Tuesday to discuss trade and student exchanges.',
    ].join('\n');
    assert.equal(title(text), 'Mayor welcomes Czech Ambassador to City Hall');
  });

  test('a caption credited "(Photo by …)" is not a headline, whatever follows it', () => {
    const text = [
      'President Andres Santos Jr. (Photo by PCO)',
      '',
      'The palace said on Monday that the President will not attend the summit in Jakarta.',
    ];
    assert.notEqual(title(text.join('\n')), 'President Andres Santos Jr. (Photo by PCO)');
  });

  test("a chamber of commerce's notice whose group photo, named from the left, stands above the headline", () => {
    const text = [
      '좌로부터: 김민수 부회장, 이정호 위원장, 박서준 대사, 최영희 고문',
      '박서준 주미 한국대사에게 내년 한상대회 참석 요청 전달',
      '미주한인상공회의소총연합회는 10일 워싱턴 대사관에서 박서준 대사를 만나 내년 한상대회에 대통령의 참석을 요청했다고 밝혔다.',
    ].join('\n');
    assert.equal(title(text), '박서준 주미 한국대사에게 내년 한상대회 참석 요청 전달');
  });

  test('a club\'s new board pictured "von li nach re" under a short quoted headline', () => {
    const text = [
      '„Mit vollem Einsatz“',
      '',
      'Vorstandsmitglieder (von li nach re): Anna Huber, Maria Gruber, Petra Lang, Sofia Moser, Eva Kofler',
      '',
      'Der Verein hat bei seiner Jahresversammlung in Bozen einen neuen Vorstand gewählt und die Arbeit der vergangenen zehn Jahre gewürdigt.',
    ].join('\n');
    assert.equal(title(text), '„Mit vollem Einsatz“');
  });
});
