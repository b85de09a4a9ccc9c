// A desk officer imports a wire story of two universities signing a memorandum: "An MoU between … was signed wednesday",
// the weekday written in lower case as some desks do. The signing is the meeting, and its day is the Wednesday before the
// story's date. A treaty "signed" years ago, or a lower-case weekday that is no date ("wednesday-notes" in a tag), is not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const meeting = (lines: string[]) => parseRecordText(lines.join('\n')).meetingDate;

test('"An MoU between … was signed wednesday" in a story dated Thursday: the Wednesday before', () => {
  assert.equal(
    meeting([
      'date 2024-05-30',
      'A Memorandum of Understanding (MoU) between Riverside University and Lakeview College was signed wednesday to foster joint research.',
      'Vice-Chancellor Professor Dr Karim Hasan and President Prof Li Wen signed the MoU on behalf of their sides, said a press release.',
    ]),
    '2024-05-29',
  );
});

test('"met on friday" in lower case: the Friday before the story\'s date', () => {
  assert.equal(
    meeting([
      'date 2023-03-06',
      'The mayor met the visiting ambassador on friday at the city hall, his office said.',
      'They discussed trade and tourism between the two cities.',
    ]),
    '2023-03-03',
  );
});

test('"the treaty, which was signed on 5 May 1990": a document\'s old date, never the meeting\'s', () => {
  assert.equal(
    meeting([
      'date 2024-05-30',
      'The two foreign ministers spoke about the treaty, which was signed on 5 May 1990, and its future.',
      'No meeting date is given in this report of their views.',
    ]),
    null,
  );
});
