// A page's photo caption is set aside from the record's text (it is no paragraph), but it is often the
// only place the counterpart is named in full: the story says "the two ministers" or a surname, the
// caption under the photo says "Minister A (left) meets Ambassador B Lee. (Photo: VNA)". The desk
// officer wants B Lee listed. Captions are read for who met, after the text, their credit and
// position marks removed; they never decide whether the record reports a meeting at all.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const names = (text: string): (string | null)[] => parseRecordText(text).participants.map((p) => p.name);

test('the counterpart named only in the caption under the photo is a participant', () => {
  const text = [
    'Minister meets visiting envoy',
    'Foreign Minister Maria Santos (left) receives Ambassador Tomas Berg of Norway in Manila. (Photo: DFA)',
    'MANILA, 4 March 2024 - Foreign Minister Maria Santos met the Norwegian ambassador on Monday to discuss trade and maritime cooperation.',
    'The two officials agreed to hold regular consultations.',
  ].join('\n');
  const found = names(text);
  assert.ok(found.includes('Maria Santos'));
  assert.ok(found.includes('Tomas Berg'));
  assert.ok(!found.includes('DFA'));
});

test('a paragraph that ends in a photo credit still gives those who attended (Korean)', () => {
  const text = [
    '김민수 의장, 주한 대사들과 오찬',
    '[가나일보=박지원 기자] 김민수 국회의장은 15일 서울에서 주한 대사들과 오찬을 함께 했다.',
    '이날 오찬에는 김민수 국회의장과 이정훈 국회사무총장, 그리고 마르코 로시 이탈리아 대사, 안나 노박 폴란드 대사 등이 참석했다. (사진=국회)',
  ].join('\n');
  const found = names(text);
  assert.ok(found.includes('마르코 로시'));
  assert.ok(found.includes('안나 노박'));
});

test('a caption alone does not make a record of a speech into a meeting', () => {
  const text = [
    'Minister speaks at forum on ocean economy',
    'Minister Maria Santos (centre) with Ambassador Tomas Berg at the forum. (Photo: DFA)',
    'Foreign Minister Maria Santos delivered a keynote speech on the ocean economy at the regional forum on Tuesday.',
    '"Our seas are our future," she said.',
  ].join('\n');
  assert.ok(!names(text).includes('Tomas Berg'));
});
