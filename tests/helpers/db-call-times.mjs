// Loaded with `node --import` into a briefbook command run by a test: times every call into
// SQLite (exec, run, get, all), lock waits included, and writes them to $BRIEFBOOK_DB_TIMES as
// JSON when the process exits. The command itself runs unchanged.
import { writeFileSync } from 'node:fs';
import { DatabaseSync, StatementSync } from 'node:sqlite';

const out = process.env.BRIEFBOOK_DB_TIMES;
const calls = [];
function timed(proto, name) {
  const call = proto[name];
  proto[name] = function (...args) {
    const start = performance.now();
    try {
      return call.apply(this, args);
    } finally {
      const sql = this instanceof StatementSync ? this.sourceSQL : String(args[0]);
      calls.push({ sql: sql.slice(0, 80), ms: performance.now() - start, at: Date.now() });
    }
  };
}
timed(DatabaseSync.prototype, 'exec');
for (const name of ['run', 'get', 'all']) timed(StatementSync.prototype, name);
process.on('exit', () => {
  if (out) writeFileSync(out, JSON.stringify(calls));
});
