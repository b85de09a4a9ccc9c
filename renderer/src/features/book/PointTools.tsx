// The formatting toolbar, kind and marking of the point being worked on.

import { CLASSIFICATIONS, type Classification } from '../../../../electron/shared/classification.ts';
import type { PointKind, TalkingPoint } from '../../../../electron/shared/types.ts';
import { titleOf } from '../../shortcuts.ts';
import { useAppStore } from '../../store/hooks.ts';
import { type Edit, toggleBullets, toggleWrap } from './markup.tsx';

export const KINDS: { value: PointKind; label: string }[] = [
  { value: 'key-message', label: 'Key message' },
  { value: 'talking-point', label: 'Talking point' },
  { value: 'if-raised', label: 'If raised' },
  { value: 'background', label: 'Background' },
  { value: 'note', label: 'Note for the principal' },
];

type Props = {
  point: TalkingPoint;
  number: string;
  /** Applies a formatting command to the point's text and selection. */
  format: (make: (text: string, start: number, end: number) => Edit) => void;
};

export function PointTools({ point, number, format }: Props) {
  const store = useAppStore();
  return (
    <div className="point-tools" role="toolbar" aria-label={`Formatting of point ${number}`}>
      <button
        type="button"
        className="tool"
        onClick={() => format((t, s, e) => toggleWrap(t, s, e, '**'))}
        aria-label="Bold"
        title={titleOf('point.bold')}
      >
        <b>B</b>
      </button>
      <button
        type="button"
        className="tool"
        onClick={() => format((t, s, e) => toggleWrap(t, s, e, '*'))}
        aria-label="Italic"
        title={titleOf('point.italic')}
      >
        <i>I</i>
      </button>
      <button type="button" className="tool" onClick={() => format(toggleBullets)} aria-label="Bullets" title="Bullet list">
        •≡
      </button>
      <span className="tool-sep" aria-hidden="true" />
      <select
        className="tool-select"
        aria-label={`Kind of point ${number}`}
        value={point.kind}
        onChange={(e) => void store.getState().setPointKind(point.id, e.target.value as PointKind)}
      >
        {KINDS.map((k) => (
          <option key={k.value} value={k.value}>
            {k.label}
          </option>
        ))}
      </select>
      <select
        className={`tool-select marking ${point.marking ? `cls-${point.marking.toLowerCase()}` : ''}`}
        aria-label={`Marking of point ${number}`}
        value={point.marking ?? ''}
        onChange={(e) => void store.getState().setPointMarking(point.id, (e.target.value || null) as Classification | null)}
      >
        <option value="">Book’s marking</option>
        {CLASSIFICATIONS.map((m) => (
          <option key={m} value={m}>
            {m}
          </option>
        ))}
      </select>
    </div>
  );
}
