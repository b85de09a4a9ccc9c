// A desk officer imports a Thai embassy's note headed "เอกอัครราชทูตฯ ให้สัมภาษณ์กับ …" (the ambassador gave an
// interview to …): the record is an interview, and the visit and meeting it mentions are still to come.
// It reports no meeting, as an English "Interview with …" does; a headline that names a call ("เข้าพบ") still does.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportsMeeting } from '../../electron/node/library/parse/participants/meeting.ts';

test('a Thai headline that names the record an interview ("ให้สัมภาษณ์") reports no meeting, unless it names one', () => {
  const lead = ['เอกอัครราชทูตกล่าวถึงการเตรียมการเยือนของนายกรัฐมนตรีและการประชุมร่วมระหว่างสองประเทศ'];
  assert.equal(reportsMeeting(lead, 'เอกอัครราชทูตให้สัมภาษณ์กับสถานีวิทยุ'), false);
  assert.equal(reportsMeeting(['เอกอัครราชทูตได้เข้าพบรัฐมนตรีว่าการกระทรวงการต่างประเทศ'], 'เอกอัครราชทูตเข้าพบรัฐมนตรี'), true);
});
