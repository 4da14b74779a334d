/** Which tier a qualitative (定性) actual reached, by the profile's words. */
import type { Profile, QualitativeOutcome } from '../profile/profile.js';
import { normalizeText } from '../text/normalize.js';

/** Which tier an actual text reached: equal to the target, else the longest tier word it contains. */
export function outcomeOf(
  target: string,
  actual: string,
  profile: Profile,
): QualitativeOutcome | null {
  const a = normalizeText(actual);
  if (a === normalizeText(target)) return 'achieved';
  let best: QualitativeOutcome | null = null;
  let length = 0;
  for (const [outcome, words] of Object.entries(profile.qualitativeWords) as [
    QualitativeOutcome,
    readonly string[],
  ][]) {
    for (const w of words) {
      if (w.length > length && a.includes(w)) {
        best = outcome;
        length = w.length;
      }
    }
  }
  return best;
}
