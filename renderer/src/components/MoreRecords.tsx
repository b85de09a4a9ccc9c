import type { SearchResult } from '../../../electron/shared/types.ts';
import { plural } from './format.ts';

/** "Showing 50 of 500 records" and the button that asks for the next page. */
export function MoreRecords({ result, loading, onMore }: { result: SearchResult; loading: boolean; onMore: () => void }) {
  if (result.nextOffset === null) return null;
  const left = result.records - result.groups.length;
  return (
    <div className="more-records">
      <span className="muted">
        Showing {result.groups.length} of {plural(result.records, 'record')}
      </span>
      <button type="button" className="button small" onClick={onMore} disabled={loading}>
        {loading ? 'Loading…' : `Show more records (${left} more)`}
      </button>
    </div>
  );
}
