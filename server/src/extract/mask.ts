import { findDateRanges, MONTH_NAME } from './dates';

/** Digits in phone numbers, dates and times become '#': same length, so offsets stay true. */
export function mask(text: string): string {
  const hide = (s: string) => s.replace(/\d/g, '#');
  let out = text;
  // Phone numbers: "+33 4 72 44 70 00", "(020) 7946 0000", "+1-202-555-0143".
  out = out.replace(/\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,}/g, hide);
  out = out.replace(/\(\d{2,5}\)\s?\d{3,4}[\s.-]?\d{3,4}/g, hide);
  out = out.replace(/\b\d{1,4}(?:[\s.-]\d{2,4}){2,}\b/g, (s) => (/^\d{1,3}(?: \d{3})+$/.test(s) ? s : hide(s)));
  // Dates and times. (Pieces joined once: splicing each range into the whole text was quadratic.)
  const pieces: string[] = [];
  let done = 0;
  for (const range of findDateRanges(out)) {
    pieces.push(out.slice(done, range.index), hide(range.evidence));
    done = range.index + range.evidence.length;
  }
  pieces.push(out.slice(done));
  out = pieces.join('');
  const MONTH = `(?:${MONTH_NAME})\\.?`;
  out = out.replace(new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+\\d{4})?\\b`, 'gi'), hide);
  out = out.replace(new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?\\b`, 'gi'), hide);
  out = out.replace(new RegExp(`\\b${MONTH}\\s+\\d{4}\\b`, 'gi'), hide);
  out = out.replace(/\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[:.]\d{2}\s*(?:a\.?m\.?|p\.?m\.?|h)\b|\b\d{1,2}:\d{2}\b/gi, hide);
  return out;
}
