// Commitments extracted from record paragraphs: a pure function the book and a future ledger share.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractAllCommitments, extractCommitments } from '../../electron/node/ledger/commitments.ts';

const record = {
  id: 'r1',
  meetingDate: '2020-09-18',
  publishedAt: '2020-09-22',
  paragraphs: [
    {
      id: 'r1:3.1',
      text: 'o On regular flights between the two countries, they agreed to begin by resuming the Incheon-Hanoi and Incheon-Ho Chi Minh routes as early as possible.',
    },
    { id: 'r1:5.2', text: 'They agreed to conclude the bilateral social security agreement as early as possible.' },
    { id: 'r1:5.3', text: 'Minister Kang said that the ROK would continue stepping up development cooperation with Viet Nam.' },
    { id: 'r1:8', text: 'Lastly, the two sides exchanged views on the situations on the Korean Peninsula.' },
    {
      id: 'r1:9',
      text: 'The Vietnamese diplomat also announced that Vietnam proposes to organize the ASEAN – RoK Exchange Day. The two ministers decided to meet again in Seoul.',
    },
  ],
};

describe('finding commitments in a record', () => {
  test('agreed to, would/will, proposed and decided are commitments; an exchange of views is not', () => {
    const found = extractCommitments(record);
    assert.deepEqual(
      found.map((c) => [c.paragraphId, c.kind]),
      [
        ['r1:3.1', 'agreed'],
        ['r1:5.2', 'agreed'],
        ['r1:5.3', 'will'],
        ['r1:9', 'proposed'],
        ['r1:9', 'decided'],
      ],
    );
  });

  test('each commitment says who, what, its source and the meeting date', () => {
    const [route] = extractCommitments(record);
    assert.equal(route?.who, 'The two sides');
    assert.match(route?.what ?? '', /^On regular flights .* Incheon-Hanoi/);
    assert.equal(route?.recordId, 'r1');
    assert.equal(route?.date, '2020-09-18');
    assert.equal(extractCommitments(record)[2]?.who, 'The ROK');
  });

  test('records after the meeting being prepared are left out; newest first', () => {
    const later = {
      ...record,
      id: 'r2',
      meetingDate: '2021-03-01',
      paragraphs: [{ id: 'r2:1', text: 'They agreed to hold the next round in Hanoi.' }],
    };
    assert.deepEqual(
      extractAllCommitments([record, later], '2021-01-01')
        .map((c) => c.recordId)
        .filter((id) => id === 'r2'),
      [],
    );
    assert.equal(extractAllCommitments([record, later])[0]?.recordId, 'r2');
  });
});
