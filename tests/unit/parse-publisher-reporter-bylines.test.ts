// The outlet named in its reporter's byline: a Korean "[Outlet Name 기자]" line, which is never the headline,
// and a Chinese paper's "【Outlet記者Name/Place報導】", "Outlet／ 記者Name／即時報導".
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

describe("the outlet in its reporter's byline", () => {
  test('"[한빛일보 김철수 기자]" under the caption: the byline, not the headline; the outlet publishes it', () => {
    const text = [
      '- 도의회·베트남 성 대표단, 우호교류 협약 체결',
      '김영수 의장(오른쪽)과 베트남 대표단이 10일 도의회에서 협약서에 서명한 뒤 기념 촬영을 하고 있다.',
      '[한빛일보 김철수 기자]',
      '도의회는 10일 베트남 성 인민의회 대표단과 우호교류 협약을 체결했다고 밝혔다. 양측은 의원 교류와 청년 교류를 늘리기로 했다.',
      '대표단은 11일 도내 산업단지를 둘러본 뒤 귀국한다.',
    ].join('\n');
    const parsed = parseRecordText(text);
    assert.notEqual(parsed.title, '[한빛일보 김철수 기자]');
    assert.equal(parsed.publisher, '한빛일보');
  });

  test('"[기자수첩] …" is a column\'s headline, not a byline', () => {
    const text = [
      '[기자수첩] 자매도시 교류, 이제는 내실을 다질 때',
      '',
      '지난주 시청에서 열린 자매도시 교류 30주년 행사에는 양 도시 시장과 시민 200여 명이 참석했다. 이제는 행사보다 내실을 다질 때다.',
      '',
      '교류가 오래 이어지려면 시민이 체감하는 사업이 필요하다.',
    ].join('\n');
    assert.equal(parseRecordText(text).title, '[기자수첩] 자매도시 교류, 이제는 내실을 다질 때');
  });

  test('"【東方日報記者王大明/高雄報導】" opening the lead: the paper publishes it', () => {
    const text = [
      '高雄市長接見日本友好城市訪問團',
      '',
      '【東方日報記者王大明/高雄報導】高雄市長今(12)日在市政府接見日本友好城市訪問團,雙方就觀光與青年交流交換意見。',
      '',
      '訪問團團長表示,期待兩市持續深化合作。',
    ].join('\n');
    assert.equal(parseRecordText(text).publisher, '東方日報');
  });

  test('"南方晚報／ 記者陳小華／即時報導" on its own line: the paper publishes it', () => {
    const text = [
      '市長會見新加坡訪問團 盼擴大經貿合作',
      '南方晚報／ 記者陳小華／即時報導',
      '市長今天在市府會見新加坡工商訪問團,雙方就經貿投資與人才交流交換意見,並同意明年再度互訪。',
      '訪問團明日將參訪科學園區。',
    ].join('\n');
    assert.equal(parseRecordText(text).publisher, '南方晚報');
  });

  test('"〔記者王大明／台北報導〕" names the reporter but no outlet: no publisher from it', () => {
    const text = [
      '外交部長接見友邦大使',
      '',
      '〔記者王大明／台北報導〕外交部長今天在部內接見友邦新任大使,雙方就雙邊合作交換意見。',
      '',
      '大使表示,將致力深化兩國關係。',
    ].join('\n');
    assert.equal(parseRecordText(text).publisher, null);
  });
});
