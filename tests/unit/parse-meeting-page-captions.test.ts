// A desk officer saves a news page about a treaty, a court case or an election. Under its photo the
// page prints "President X chairs a meeting with his security council in Moscow." That caption is
// the photo's story, not the page's: the record reports no meeting and lists no one. The page marks
// its captions up (<figcaption>, a "caption" class); they are kept out of the meeting decision, and a
// page whose text itself tells the meeting still lists those who met.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractHtmlString } from '../../electron/node/library/extract/html.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const page = (figure: string, paragraphs: string[]): string =>
  `<!doctype html><html lang="en"><head><title>Ruritania leaves arms treaty | Daily Courier</title></head><body>
  <article><h1>Ruritania leaves arms treaty</h1>
  <p>${paragraphs[0]}</p>
  ${figure}
  ${paragraphs
    .slice(1)
    .map((p) => `<p>${p}</p>`)
    .join('\n  ')}
  </article></body></html>`;

const parsePage = (html: string) => {
  const doc = extractHtmlString(html, 'page.html');
  return parseRecordText(doc.text, { fileName: 'page.html', hints: doc.hints });
};

const TREATY = [
  'Ruritania formally withdrew from the arms control treaty on Thursday, the foreign ministry in Strelsau announced, ending a pact that had stood for three decades.',
  'The lower house of parliament had voted for the withdrawal last month, and the upper house approved it unanimously.',
  'Critics abroad warned that the decision weakens the last remaining limits on testing in the region and could start a new race.',
  'Officials in Strelsau said the country would still not test unless a rival did so first.',
];

test('a caption under the photo of a page about a treaty is no meeting the page reports', () => {
  const figure =
    '<figure><img src="a.jpg" alt=""><figcaption>President Rudolf Elphberg chairs a meeting with members of the government in Strelsau. (Karel Novak/Pool/AFP via Getty Images)</figcaption></figure>';
  const parsed = parsePage(page(figure, TREATY));
  assert.deepEqual(
    parsed.participants.map((p) => p.name),
    [],
  );
  assert.equal(parsed.meetingDate, null);
});

test('a caption marked by its class is set aside the same way', () => {
  const figure =
    '<p class="image-annotation"><em class="caption">President Rudolf Elphberg with Chancellor Anna Hentzau on her arrival for talks at the palace in Strelsau</em></p>';
  assert.deepEqual(
    parsePage(page(figure, TREATY)).participants.map((p) => p.name),
    [],
  );
});

test('a page whose text tells the talks still lists those who met, caption or not', () => {
  const figure =
    '<figure><img src="a.jpg" alt=""><figcaption>President Rudolf Elphberg and Chancellor Anna Hentzau in Strelsau. (Karel Novak/AFP via Getty Images)</figcaption></figure>';
  const names = parsePage(
    page(figure, [
      'President Rudolf Elphberg met Chancellor Anna Hentzau of Zenda in Strelsau on Thursday for talks on the arms treaty and trade.',
      'The two leaders agreed to resume regular consultations between their foreign ministries.',
    ]),
  ).participants.map((p) => p.name);
  assert.ok(names.includes('Rudolf Elphberg'));
  assert.ok(names.includes('Anna Hentzau'));
});
