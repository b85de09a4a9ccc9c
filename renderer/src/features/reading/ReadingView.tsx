// The book as the principal will read it: cover, contents, numbered points, sources as small notes.
// Offline and read-only; "Back to editing" returns to the editor.
import { pointNumber, sectionNumber } from '../../../../electron/shared/numbering.ts';
import type { Book } from '../../../../electron/shared/types.ts';
import { formatDate } from '../../components/format.ts';
import { useAppStore } from '../../store/hooks.ts';
import { Formatted } from '../book/markup.tsx';
import './reading.css';

const KIND_NOTE: Record<string, string> = { 'if-raised': 'If raised', note: 'Note for the principal', background: 'Background' };

export function ReadingView({ book }: { book: Book }) {
  const store = useAppStore();
  const marking = book.effectiveClassification ?? book.classification;
  const sections = book.sections.filter((s) => s.points.length > 0);
  const cover: [string, string | null][] = [
    ['Meeting', book.meeting],
    ['Date', book.meetingDate ? formatDate(book.meetingDate) : null],
    ['Place', book.place],
    ['Principal', book.principal],
    ['Counterpart', book.counterpart],
    ['Prepared by', book.preparedBy],
  ];
  return (
    <div className="reading-view">
      <div className="reading-bar">
        <button type="button" className="button small" onClick={() => store.getState().setReading(false)}>
          ← Back to editing
        </button>
        <span className="subtle">Reading view: the book as the principal will read it.</span>
      </div>
      <article className="reading-page" aria-label="Reading view">
        <div className="reading-marking">{marking}</div>
        <header className="reading-cover">
          <h1>{book.title}</h1>
          <dl>
            {cover
              .filter(([, v]) => v)
              .map(([k, v]) => (
                <div key={k}>
                  <dt>{k}</dt>
                  <dd>{v}</dd>
                </div>
              ))}
          </dl>
        </header>
        {sections.length > 0 && (
          <nav className="reading-contents" aria-label="Contents">
            <h2>Contents</h2>
            <ol>
              {sections.map((s) => (
                <li key={s.id}>
                  <a href={`#read-${s.id}`}>
                    <span className="reading-num">{sectionNumber(book, s)}</span> {s.title}
                  </a>
                </li>
              ))}
            </ol>
          </nav>
        )}
        {sections.length === 0 && <p className="subtle">This book has no points yet.</p>}
        {sections.map((s) => {
          const n = sectionNumber(book, s);
          return (
            <section key={s.id} id={`read-${s.id}`} className="reading-section" aria-label={s.title}>
              <h2>
                <span className="reading-num">{n}</span> {s.title}
              </h2>
              <ol className="reading-points">
                {s.points.map((p, i) => (
                  <li key={p.id} className={`reading-point kind-${p.kind}`}>
                    <span className="reading-num">{pointNumber(n, i)}</span>
                    <div className="reading-point-body">
                      {(p.marking || KIND_NOTE[p.kind]) && (
                        <div className="reading-tags">
                          {p.marking && <span className="reading-portion">({p.marking})</span>}
                          {KIND_NOTE[p.kind] && <span className="reading-kind">{KIND_NOTE[p.kind]}</span>}
                        </div>
                      )}
                      <Formatted text={p.text || ' '} />
                      {p.citation && (
                        <p className="reading-source">
                          Source: {p.citation.recordTitle}
                          {p.citation.publishedAt ? `, ${formatDate(p.citation.publishedAt)}` : ''}, para {p.citation.label}
                        </p>
                      )}
                    </div>
                  </li>
                ))}
              </ol>
            </section>
          );
        })}
        <div className="reading-marking">{marking}</div>
      </article>
    </div>
  );
}
