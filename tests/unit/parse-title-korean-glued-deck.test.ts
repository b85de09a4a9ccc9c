// A Korean page copied as text runs the headline into its deck with no space between them
// ("… 우호교류 협약 체결12일 …", "… 대표단 접견양 도시 …"). A Korean headline ends on the verbal noun
// that says what happened: the desk officer wants the headline up to it, not the deck run on after.
// A noun that goes on as a compound ("방문단") is no place to cut.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

const lead =
  '목포시는 지난 12일 시청 접견실에서 일본 자매도시 대표단을 맞아 경제·관광 교류 확대 방안을 논의했다. 양 도시는 청소년 교류를 늘리기로 했다.';

describe('a Korean headline run into its deck', () => {
  test('the deck starting with a date is cut off after the verbal noun', () => {
    const text = ['목포시, 일본 자매도시와 우호교류 협약 체결12일 시청서 대표단 맞아 교류 확대 약속', '', lead].join('\n');
    assert.equal(title(text), '목포시, 일본 자매도시와 우호교류 협약 체결');
  });

  test('the deck starting with a word is cut off after the verbal noun', () => {
    const text = ['HOME 전국 전남', '목포시장, 일본 자매도시 대표단 접견양 도시 경제·관광 교류 확대 논의', '', lead].join('\n');
    assert.equal(title(text), '목포시장, 일본 자매도시 대표단 접견');
  });

  test('a compound on the verbal noun ("방문단") is not cut', () => {
    const text = ['목포시, 일본 자매도시 방문단 환영 행사 열어', '', lead].join('\n');
    assert.equal(title(text), '목포시, 일본 자매도시 방문단 환영 행사 열어');
  });

  test('a headline run into the day of its lead ("…만나8월 23일 오전 …") with no headline above: the headline alone', () => {
    const text =
      "'도서관 이전' 관련 주민대표와 담당 공무원 만나8월 23일 오전 구청 3층 회의실에서 주민대표와 담당 공무원들이 만나 도서관 이전 문제를 논의한 것으로 알려졌다.";
    assert.equal(title(text), "'도서관 이전' 관련 주민대표와 담당 공무원 만나");
  });

  test('a day written without its space after "지난" inside the lead is not taken for a headline\'s end', () => {
    const text =
      '구청은 지난8월 23일 오전 구청 회의실에서 주민대표와 만나 도서관 이전 문제를 논의했다고 밝혔다. 양측은 다시 만나기로 했다.';
    assert.notEqual(title(text), '구청은 지난');
  });
});
