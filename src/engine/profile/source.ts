/** How a profile cites the document it follows, wherever it is shown: the pane, the reports. */
import type { ProfileSource } from './profile.js';

/** The document in one line: its title, then issuer, number and year (a missing number left out). */
export function sourceLine(source: ProfileSource): string {
  const { title, issuer, number, year } = source;
  return `${title}（${[issuer, number, `${year}年`].filter(Boolean).join('，')}）`;
}
