/**
 * A key-figure line's label and figure, in any language: a colon, or a dash set off by spaces ("Arrests – 3,744",
 * "Detenciones – 3.744").
 */
export const LIST_SEP = '(?:\\s*:|\\s[–\u0096—\u0097])\\s*';
