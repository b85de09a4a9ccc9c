// A desk officer reads the place as a place: not a word cut from a common noun ("Đại" of "Đại sứ
// quán"), an adverb or linking verb before a Korean venue ("먼저", "맞아"), an adjective without its
// noun ("у Кошицькому та Пряшівському краях"), the department a statement came from, an aim
// ("interest in establishing an office in …"), or a place inside someone's quoted words.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('words that are no place', () => {
  test('a Vietnamese name spelled in syllables stays whole: "tại Thủ đô Mát-xcơ-va"', () => {
    assert.equal(place('Ngày 5/3 tại Thủ đô Mát-xcơ-va, Đại sứ đã tiếp đoàn đại biểu tỉnh Bắc Ninh.'), 'Thủ đô Mát-xcơ-va');
  });

  test('a Vietnamese building named by a common noun keeps the noun: "tại Đại sứ quán Nhật Bản"', () => {
    assert.equal(place('Sáng 4/6, Bộ trưởng đã tiếp đoàn doanh nghiệp tại Đại sứ quán Nhật Bản.'), 'Đại sứ quán Nhật Bản');
  });

  test('a counsellor\'s post is no venue: "Tham tán Thương mại tại Đại sứ quán Pháp"', () => {
    assert.equal(
      place('Ngày 2/9, ông Minh tiếp ông Laurent, Tham tán Thương mại tại Đại sứ quán Pháp, để bàn về hợp tác.'),
      null,
    );
  });

  test('a Korean venue without the adverb or linking verb before it', () => {
    assert.equal(place('양측 대표단은 먼저 본관 대회의실에서 간담회를 갖고 협력 방안을 논의했다.'), '본관 대회의실');
    assert.equal(place('창립 50주년을 맞아 도의회에서 열린 환영 만찬에서 의장이 대표단을 맞았다.'), '도의회');
  });

  test('a Ukrainian adjective without its noun, and the department that reported it, are no place', () => {
    assert.equal(place('Делегація зустрілася з представниками діаспори у Львівському та Волинському регіонах.'), null);
    assert.equal(place('Міністр провів зустріч з послом Японії, ─ повідомили у Департаменті комунікацій.'), null);
  });

  test('the Ukrainian city itself is still read: "зустріч у Вашингтоні"', () => {
    assert.equal(place('Міністр провів зустріч з сенаторами у Вашингтоні.'), 'Вашингтон');
  });

  test('an aim is no venue: "interest in establishing an office in Nairobi"', () => {
    assert.notEqual(
      place('The delegation met the chamber leadership, who spoke of their interest in establishing an office in Nairobi.'),
      'establishing an office in Nairobi',
    );
  });

  test('a place inside quoted words is not where they met', () => {
    assert.equal(
      place('The chamber president met the regional minister and spoke of ‘a community of traders based in Ohio.’'),
      null,
    );
    assert.equal(place('The minister met the delegation in Accra on Monday.'), 'Accra');
  });

  test("an office or a site section opening the text is no dateline's city", () => {
    assert.equal(place('PRIME MINISTER\n\nThe Prime Minister met the President of Palau today to discuss fisheries.'), null);
    assert.equal(place('Gündem\n\nBakan, mevkidaşı ile bir araya geldi ve ikili ilişkileri ele aldı.'), null);
  });

  test('a Korean meeting recalled from months before is not where this one was', () => {
    assert.equal(place('두 정상은 지난 3월 일본 도쿄에서 만난 데 이어 이날 다시 회담했다.'), null);
    // "지난달 27일": last month's 27th is this meeting's own day.
    assert.equal(place('의장은 지난달 27일 오후 의장 접견실에서 방문단을 맞아 환담했다.'), '의장 접견실');
    assert.equal(place('대표단은 비행기를 이용해 인천공항에 도착한 뒤 시장을 예방했다.'), '인천공항');
  });
});
