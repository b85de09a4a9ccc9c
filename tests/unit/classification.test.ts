import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CLASSIFICATIONS, higherMarking, highestMarking, portionMark } from '../../electron/shared/classification.ts';
import { classificationSchema } from '../../electron/shared/schemas.ts';

test('a point marked SECRET raises a RESTRICTED book to SECRET; a lower marking leaves it', () => {
  assert.equal(highestMarking('RESTRICTED', [{ marking: null }, { marking: 'SECRET' }, { marking: 'OFFICIAL' }]), 'SECRET');
  assert.equal(highestMarking('CONFIDENTIAL', [{ marking: 'OFFICIAL' }, { marking: null }]), 'CONFIDENTIAL');
  assert.equal(higherMarking('OFFICIAL', undefined), 'OFFICIAL');
});

test('the markings run from lowest to highest, and the API accepts exactly those', () => {
  for (let i = 1; i < CLASSIFICATIONS.length; i++) {
    const [lower, upper] = [CLASSIFICATIONS[i - 1], CLASSIFICATIONS[i]];
    if (!lower || !upper) continue;
    assert.equal(higherMarking(lower, upper), upper);
    assert.equal(higherMarking(upper, lower), upper);
  }
  for (const c of CLASSIFICATIONS) assert.equal(classificationSchema.safeParse(c).success, true);
  const wrong = classificationSchema.safeParse('TOP SECRET');
  assert.equal(wrong.success, false);
  assert.match(wrong.error?.issues[0]?.message ?? '', /must be one of UNCLASSIFIED, OFFICIAL, RESTRICTED, CONFIDENTIAL, SECRET/);
});

test('a point carrying its own marking is prefixed with its initial, as in "(C)"', () => {
  assert.equal(portionMark('CONFIDENTIAL'), '(C)');
});
