/**
 * A key-figure line's label and figure, in any language: a colon, or a dash set off by spaces ("Arrests – 3,744",
 * "Detenciones – 3.744").
 */
export const LIST_SEP = '(?:\\s*:|\\s[–\u0096—\u0097])\\s*';

/** What a key-figure line may add in brackets after its figure ("Participating countries: 24 (19 EU Member States …)"). */
export const PARENTHESES = '\\s*\\([^()\\n]{1,160}\\)';
/** The end of a key-figure line: its figure, perhaps what it adds in brackets, then the line's end. */
export const LIST_TAIL = `(?:${PARENTHESES}[.;]?)?\\s*$`;

/** A list item's bullet, as the text the rules read has it (a bullet, a hyphen, an en dash, an asterisk). */
export const LIST_BULLET = '[-•\u0095*–\u0096]';
