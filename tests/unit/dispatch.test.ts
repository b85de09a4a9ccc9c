import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { handlers } from '../../electron/node/handlers/index.ts';
import { contract } from '../../electron/shared/contract.ts';
import { METHOD_NAMES } from '../../electron/shared/methods.ts';
import { tempBackend } from '../helpers/library.ts';

const lib = tempBackend({ seed: false });
after(() => lib.dispose());

test('every method in the contract has exactly one handler', () => {
  assert.deepEqual(Object.keys(handlers).sort(), [...METHOD_NAMES].sort());
  assert.deepEqual(Object.keys(contract).sort(), [...METHOD_NAMES].sort());
});

test('an unknown method is answered with UNKNOWN_METHOD, not thrown', async () => {
  const result = await lib.dispatch('library.drop', {});
  assert.deepEqual(result.ok, false);
  assert.equal(!result.ok && result.error.code, 'UNKNOWN_METHOD');
});

test('bad inputs are rejected with BAD_INPUT and a message that names the field', async () => {
  const cases: [string, unknown, RegExp][] = [
    ['library.get', {}, /id is missing/],
    ['library.get', { id: 42 }, /id/],
    ['library.get', { id: 'x', extra: true }, /unexpected field extra/],
    ['library.search', { query: '' }, /query must not be empty/],
    ['library.search', { query: 'x', limit: 0 }, /limit/],
    ['library.import', { paths: [] }, /at least one file/],
    ['books.create', { title: 'x', classification: 'TOP SECRET' }, /classification must be one of/],
    ['books.update', { id: 'b', patch: { meetingDate: '18 September' } }, /meetingDate must be a date written as YYYY-MM-DD/],
    ['books.create', 'not an object', /input must be an object/],
    ['books.create', null, /title is missing/],
  ];
  for (const [method, input, message] of cases) {
    const result = await lib.dispatch(method, input);
    assert.equal(result.ok, false, method);
    if (!result.ok) {
      assert.equal(result.error.code, 'BAD_INPUT', `${method}: ${result.error.message}`);
      assert.match(result.error.message, message);
    }
  }
});

test('a handler that fails unexpectedly answers INTERNAL instead of throwing', async () => {
  const { createDispatch } = await import('../../electron/node/rpc/dispatch.ts');
  const broken = {
    ...handlers,
    'books.list': () => {
      throw new TypeError('boom');
    },
  };
  const logged: string[] = [];
  const dispatch = createDispatch(broken, lib.ctx, (m) => logged.push(m));
  const result = await dispatch('books.list', {});
  assert.equal(!result.ok && result.error.code, 'INTERNAL');
  assert.equal(logged.length, 1);
});

test('a file the system cannot read or write is answered in words, naming the file, not as INTERNAL', async () => {
  const { createDispatch } = await import('../../electron/node/rpc/dispatch.ts');
  const { readFileSync } = await import('node:fs');
  const missing = `${lib.dir}/gone\nfolder/minutes.txt`;
  const reading = {
    ...handlers,
    'books.list': () => {
      readFileSync(missing);
      return [];
    },
  };
  const logged: string[] = [];
  const result = await createDispatch(reading, lib.ctx, (m) => logged.push(m))('books.list', {});
  assert.equal(!result.ok && result.error.code, 'NOT_FOUND');
  assert.equal(
    !result.ok && result.error.message,
    `Briefbook could not use “${lib.dir}/gone\\nfolder/minutes.txt”: it does not exist, or its folder does not.`,
  );
  assert.deepEqual(logged, []);
});

test('an odd field or method name is quoted short and on one line', async () => {
  const field = await lib.dispatch('books.list', { [`line\nbreak${'x'.repeat(500)}`]: 1 });
  assert.equal(!field.ok && field.error.code, 'BAD_INPUT');
  assert.ok(!field.ok && /unexpected field line\\nbreakx+…\.$/.test(field.error.message), JSON.stringify(field));
  const method = await lib.dispatch(`no\nsuch${'y'.repeat(10_000)}`, {});
  assert.ok(!method.ok && method.error.message.length < 120 && !method.error.message.includes('\n'));
});
