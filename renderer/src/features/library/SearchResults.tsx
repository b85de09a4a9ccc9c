import { EmptyState } from '../../components/EmptyState.tsx';
import { ResultGroups } from '../../components/ResultGroups.tsx';
import { useApp } from '../../store/hooks.ts';

/** The library's search: records with their best paragraphs, a page of records at a time. */
export function SearchResults() {
  const found = useApp((s) => s.found);
  const searchedQuery = useApp((s) => s.searchedQuery);
  const status = useApp((s) => s.searchStatus);
  const openRecord = useApp((s) => s.openRecord);
  const searchMore = useApp((s) => s.searchMore);

  if (status === 'error') {
    return (
      <EmptyState title="The search did not work">
        <p>Try different words, or clear the search to see all records.</p>
      </EmptyState>
    );
  }
  if (!found || found.groups.length === 0) {
    return (
      <EmptyState title={`Nothing found for “${searchedQuery}”`}>
        <p>Try a shorter word or another spelling (for example “Vietnam” or “Viet Nam”).</p>
      </EmptyState>
    );
  }
  return (
    <ResultGroups
      result={found}
      searchedFor={searchedQuery}
      loading={status === 'searching'}
      onMore={() => void searchMore()}
      onOpen={(id, paragraphId) => void openRecord(id, paragraphId)}
    />
  );
}
