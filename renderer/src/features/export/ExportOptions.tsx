// How the book is printed: paper, what to print, sources as footnotes or endnotes, annex, page breaks.
import type { PdfOptions } from '../../../../electron/shared/types.ts';
import { useApp } from '../../store/hooks.ts';

export function ExportOptions() {
  const options = useApp((s) => s.exportOptions);
  const set = useApp((s) => s.setExportOptions);
  const sections = useApp((s) => s.book?.sections ?? null);
  const scope = options.scope ?? 'book';
  const chosen = new Set(options.sectionIds ?? []);
  const toggleSection = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    set({ sectionIds: [...next] });
  };
  const ordered = [...(sections ?? [])].sort((a, b) => a.ordinal - b.ordinal);
  return (
    <fieldset className="export-options" aria-label="PDF options">
      <label>
        Paper{' '}
        <select value={options.paper ?? 'A4'} onChange={(e) => set({ paper: e.target.value as PdfOptions['paper'] })}>
          <option value="A4">A4</option>
          <option value="Letter">US Letter</option>
        </select>
      </label>
      <label>
        Print{' '}
        <select value={scope} onChange={(e) => set({ scope: e.target.value as PdfOptions['scope'] })}>
          <option value="book">Full book</option>
          <option value="handout">Handout: key messages on one page</option>
          <option value="sections">Chosen sections</option>
        </select>
      </label>
      {scope !== 'handout' && (
        <>
          <label>
            Sources{' '}
            <select
              value={options.citations ?? 'footnotes'}
              onChange={(e) => set({ citations: e.target.value as PdfOptions['citations'] })}
            >
              <option value="footnotes">Footnotes</option>
              <option value="endnotes">Endnotes</option>
            </select>
          </label>
          <label>
            <input type="checkbox" checked={options.annex ?? true} onChange={(e) => set({ annex: e.target.checked })} /> Annex of
            source records
          </label>
          <label>
            <input
              type="checkbox"
              checked={options.sectionsOnNewPage ?? false}
              onChange={(e) => set({ sectionsOnNewPage: e.target.checked })}
            />{' '}
            Each section on a new page
          </label>
        </>
      )}
      {scope === 'sections' && (
        <fieldset className="export-sections" aria-label="Sections to print">
          {ordered.map((s, i) => (
            <label key={s.id}>
              <input
                type="checkbox"
                checked={chosen.has(s.id)}
                disabled={s.points.length === 0}
                onChange={(e) => toggleSection(s.id, e.target.checked)}
              />{' '}
              {i + 1}. {s.title} {s.points.length === 0 ? '(empty)' : ''}
            </label>
          ))}
        </fieldset>
      )}
    </fieldset>
  );
}
