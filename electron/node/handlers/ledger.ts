import { normalizeCountry } from '../../shared/countries.ts';
import { fillBook } from '../books/commitments.ts';
import { listLedger, updateEntry } from '../ledger/ledger.ts';
import type { HandlerMap } from '../rpc/dispatch.ts';

/** The ledger view shows the newest commitments; older ones are a filter away. */
const LEDGER_PAGE = 1000;

const country = (c: string | undefined) => (c ? (normalizeCountry(c) ?? c) : undefined);

export const ledgerHandlers: HandlerMap<'ledger.list' | 'ledger.update' | 'ledger.fillBook'> = {
  'ledger.list': ({ counterpart, status, person }, ctx) =>
    listLedger(ctx.db, { counterpart: country(counterpart), status, person, limit: LEDGER_PAGE }),
  'ledger.update': ({ id, status, note }, ctx) => updateEntry(ctx.db, id, { status, note }),
  'ledger.fillBook': ({ bookId, counterpart }, ctx) => fillBook(ctx.db, bookId, country(counterpart) ?? counterpart),
};
