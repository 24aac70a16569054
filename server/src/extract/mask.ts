import { findDateRanges } from './dates';
import type { DateRange, LanguageRules } from './languages/types';

// A day written in figures with dots ("25.12.2025"): left to the date ranges, then hidden with the other dates.
const DOTTED_DAY = /^\d{1,2}\.\d{1,2}\.\d{4}$/;

/**
 * Digits in phone numbers, dates and times become '#': same length, so offsets stay true. The date ranges read on the
 * way are handed back with the text: the reading needs them for the release's period, and reads them only once.
 */
export function mask(text: string, language: LanguageRules): { text: string; ranges: DateRange[] } {
  const hide = (s: string) => s.replace(/\d/g, '#');
  let out = text;
  // Phone numbers: "+33 4 72 44 70 00", "(020) 7946 0000", "+1-202-555-0143".
  out = out.replace(/\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,}/g, hide);
  out = out.replace(/\(\d{2,5}\)\s?\d{3,4}[\s.-]?\d{3,4}/g, hide);
  // A run of digit groups the language writes numbers with ("1 234 567", "1.234.567") is a number.
  // (a day in figures with dots, "25.12.2025", is left to the date ranges, then hidden with the other dates)
  out = out.replace(/\b\d{1,4}(?:[\s.-]\d{2,4}){2,}\b/g, (s) =>
    language.numbers.grouped.test(s) || DOTTED_DAY.test(s) ? s : hide(s)
  );
  // Dates and times. (Pieces joined once: splicing each range into the whole text was quadratic.)
  const pieces: string[] = [];
  let done = 0;
  const ranges = findDateRanges(out, language);
  for (const range of ranges) {
    pieces.push(out.slice(done, range.index), hide(range.evidence));
    done = range.index + range.evidence.length;
  }
  pieces.push(out.slice(done));
  out = pieces.join('');
  for (const single of language.dates.singles) out = out.replace(single, hide);
  out = out.replace(
    /\b\d{1,2}\.\d{1,2}\.\d{4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[:.]\d{2}\s*(?:a\.?m\.?|p\.?m\.?|h)\b|\b\d{1,2}:\d{2}\b/gi,
    hide
  );
  return { text: out, ranges };
}
