import { useApp } from '../../store/hooks.ts';

export function CounterpartPicker() {
  const counterparts = useApp((s) => s.counterparts);
  const counterpart = useApp((s) => s.counterpart);
  const choose = useApp((s) => s.chooseCounterpart);
  return (
    <label>
      Counterpart
      <select aria-label="Counterpart" value={counterpart ?? ''} onChange={(e) => void choose(e.target.value)}>
        {counterparts.length === 0 && <option value="">No counterparts yet</option>}
        {counterparts.map((c) => (
          <option key={c.country} value={c.country}>
            {c.country} ({c.records})
          </option>
        ))}
      </select>
    </label>
  );
}
