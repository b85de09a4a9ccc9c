import type { SnippetPart } from '../../../electron/shared/types.ts';

/** A search snippet: matched parts in <mark>. Text only, never HTML. */
export function Snippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <span className="snippet">
      {parts.map((p, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: a snippet's parts have no identity but their position.
        p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>,
      )}
    </span>
  );
}
