// A dateline is a place, then the dispatch's date, opening the first paragraph of prose ("NAIROBI, Kenya,
// Feb 9 –", "Suva, Fiji, 15 September 2023 -"): its date is the dispatch's, weaker than the meeting's. Three
// misreadings cost the desk officer the meeting's day. A ministry's readout under its headline and a tag
// line: its "City, Country, date -" is still a dateline, so the "yesterday" the lead gives the talks counts
// from it. A lead that opens on the person ("President Ali, yesterday met …"): "yesterday" is no dispatch's
// date. A lead that opens on a word of time ("Today, 26 September 2024, …", "Hôm nay, ngày …"): the date
// after it restates that word, and is the meeting's.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const meeting = (text: string): string | null => parseRecordText(text).meetingDate;

describe('what is not a dateline leaves the lead its meeting date', () => {
  test('a readout under a headline and tag line: "Atoll City, Ruritania, 15 May 2024 - … met … yesterday" gives 14 May, not the dispatch’s day', () => {
    assert.equal(
      meeting(
        'Ruritania, Atolls, Forum, Foreign\n\nPrime Minister Tane Ariki meets with Ruritania Prime Minister in Atoll City ahead of Forum Ministers Meeting\n\nAtoll City, Ruritania, 15 May 2024 - Prime Minister Tane Ariki met with the Ruritanian Prime Minister Lena Moor yesterday at the High Commission, ahead of the Forum meeting to be held today.\n\nThe two leaders discussed fisheries and climate finance.',
      ),
      '2024-05-14',
    );
  });

  test('"President Alder, yesterday met the High Commissioner" in a record dated 30 June 2021 gives 29 June', () => {
    assert.equal(
      meeting(
        'date 2021-06-30 President Joan Alder, yesterday met the Ruritanian High Commissioner, Mark Lowe, during a courtesy call at the Presidential Palace.\n\nThe two discussed trade, training and investment.',
      ),
      '2021-06-29',
    );
  });

  test('"Hôm nay, ngày 12 tháng 3 năm 2024 tại Huế, đã diễn ra Lễ ký kết …", then the talks, gives 12 March 2024', () => {
    assert.equal(
      meeting(
        'Hôm nay, ngày 12 tháng 3 năm 2024 tại Huế, đã diễn ra Lễ ký kết Bản ghi nhớ hợp tác giữa thành phố Ruri (Nhật Bản) với Trường Đại học Huế.\n\nTại buổi lễ, ông Tanaka Ken và ông Nguyễn Văn An đã trao đổi về hợp tác giáo dục và du lịch.',
      ),
      '2024-03-12',
    );
  });

  test('a dateline in capitals still dates the dispatch, not the talks: "HANOI, May 3 – … met on Monday" gives 2 May', () => {
    assert.equal(
      meeting(
        'date 2022-05-03 HANOI, May 3 – Deputy Foreign Minister Lan met the visiting Ruritanian envoy on Monday to discuss trade.\n\nThey agreed to meet again.',
      ),
      '2022-05-02',
    );
  });
});
