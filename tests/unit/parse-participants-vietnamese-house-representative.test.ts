// Vietnamese calls a member of the US House "Hạ nghị sĩ", as it calls a senator "Thượng nghị sĩ": the
// desk officer wants the representatives a leader met read like any other office holder, and the
// House itself ("Hạ viện") not read as a person.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

test('"Hạ nghị sĩ X" is read as an office and a name', () => {
  const text = [
    'Chủ tịch nước gặp các nghị sĩ Hoa Kỳ',
    'Ngày 22/9, tại Washington, Chủ tịch nước Lương Cường đã có cuộc gặp Hạ nghị sĩ Mike Johnson - Chủ tịch Hạ viện Hoa Kỳ và Hạ nghị sĩ Gregory Meeks.',
  ].join('\n');
  const found = parseRecordText(text).participants;
  // The seat before the name, the office after it: the office is what the desk officer needs.
  assert.match(found.find((p) => p.name === 'Mike Johnson')?.role ?? '', /^Chủ tịch Hạ viện/u);
  assert.equal(found.find((p) => p.name === 'Gregory Meeks')?.role, 'Hạ nghị sĩ');
  assert.ok(!found.some((p) => p.name?.startsWith('Hạ')));
});
