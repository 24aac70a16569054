import type { StatQualifier } from '../../../../shared/stats';
import { escapeRegExp } from '../text';

/**
 * A hedge in brackets right after a figure: "Personnels mobilisés : 2 900 (environ)", "Arrests: 219 (at least)",
 * "Cash seized: USD 148,000 (approx.)". Each language gives its words by qualifier; the reader returns the qualifier
 * of the words in the brackets that open the text after the figure, or null. ("(provisional)" names none: a
 * provisional figure is still exact.)
 */
export function bracketedHedge(
  words: Partial<Record<StatQualifier, readonly string[]>>
): (after: string) => StatQualifier | null {
  const patterns = Object.entries(words).map(
    ([qualifier, list]) =>
      [
        new RegExp(`^[^\\S\\n]*\\((?:${list!.map(escapeRegExp).join('|')})\\)`, 'iu'),
        qualifier as StatQualifier,
      ] as const
  );
  return (after) => {
    if (!/^[^\S\n]*\(/.test(after)) return null;
    for (const [pattern, qualifier] of patterns) if (pattern.test(after)) return qualifier;
    return null;
  };
}
