// A head of state receives credentials and the release lists the envoys "Name (Country)", some of whose
// names carry a particle ("Mohammed bin Ali Al Thani", "Ignacio de Cossio Perez de Mendoza"). The desk
// officer wants every envoy, the one before such a name too, each with the country in the brackets.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

test('a list of envoys with their countries in brackets, names with "bin" and "de" inside', () => {
  const text = [
    'President receives credentials of new envoys',
    'The President received credentials from newly-posted envoys at State House on Thursday.',
    'They were Ali Hassan Khan (Pakistan), Mohammed bin Ali Al Thani (Qatar), Ignacio de Cossio Perez de Mendoza (El Salvador) and Jenny Roe (Australia).',
  ].join('\n');
  const found = parseRecordText(text).participants;
  const get = (n: string) => found.find((p) => p.name === n);
  assert.equal(get('Ali Hassan Khan')?.country, 'Pakistan', JSON.stringify(found.map((p) => p.name)));
  assert.equal(get('Mohammed bin Ali Al Thani')?.country, 'Qatar');
  assert.equal(get('Ignacio de Cossio Perez de Mendoza')?.country, 'El Salvador');
  assert.equal(get('Jenny Roe')?.country, 'Australia');
});
