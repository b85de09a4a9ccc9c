// Who listens to the one event (a record stored, corrected or read again): registered here, once,
// whenever a library is opened, so every way in (the app, the CLI, the browser host, the import
// worker, a script) stores records the same way.
import { onRecordChanged } from '../library/record-events.ts';
import { type IndexAhead, type IndexPlan, indexRecord, planIndex, planIndexAhead } from '../topics/tagging.ts';

export function registerRecordListeners(): void {
  // Topic tags, the record's side, its commitments in the ledger and the people it names
  // (topics/tagging.ts's indexRecord does all four, in that order).
  onRecordChanged({
    name: 'index',
    plan: (db, record, ahead) => planIndex(db, record, ahead as IndexAhead | undefined),
    planAhead: planIndexAhead,
    changed: (db, record, rows, plan) => indexRecord(db, record, rows, plan as IndexPlan | undefined),
  });
}
