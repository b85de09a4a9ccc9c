// A Word file that would unpack to gigabytes (a zip bomb) is refused from its directory, before
// anything is inflated, within the bound, and the library is unchanged.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { repoRoot } from '../helpers/library.ts';
import { assertWithinBound, runChild, scratch } from './helpers.ts';

describe('zip bombs', () => {
  const s = scratch();
  after(() => s.dispose());

  test('a .docx that claims gigabytes is refused unopened, in words', () => {
    const r = runChild('import', join(s.dir, 'lib'), join(repoRoot, 'tests', 'fixtures', 'bad', 'zip-bomb.docx'));
    assert.equal(r.code, 'IMPORT_UNSAFE');
    assert.match(r.message ?? '', /zip bomb/);
    assertWithinBound(r);
    assert.ok(r.peakMB < 300, `nothing was inflated (${r.peakMB} MB)`);
  });
});
