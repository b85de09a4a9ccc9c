// A masthead's clock: a date printed beside the weather is the day the page was viewed.

/** A temperature: "29.1 C" on its own line, "서울 3.2℃", "Hà Nội 25°C". */
const TEMPERATURE = /(?<![\d.,])-?\d{1,2}(?:[.,]\d)?\s*(?:°\s*[CF]?|℃|℉)|^\s*-?\d{1,2}(?:[.,]\d)?\s*[CF]\s*$/u;

/**
 * A date beside the weather ("29.1 C / Maracay / martes 26, noviembre 2024", "2024.04.19 (금) / 서울 3.2℃") is the
 * masthead's clock: the day the page was viewed, not the day the record was published.
 */
export function besideWeather(lines: readonly string[], i: number): boolean {
  for (let j = Math.max(0, i - 3); j <= Math.min(lines.length - 1, i + 3); j++)
    if (j !== i && TEMPERATURE.test(lines[j] ?? '')) return true;
  return false;
}
