/**
 * A codename that opens on a number, "30 Days at Sea", "3 Fronteras": the number, then capitalised words, which
 * short lower-case words may join ("at", "de", "en"), then an edition ("2.0"). Each language's name pattern reads it
 * as one of its ways; the lower-case joiner is optional before a capital, so there is one way to read a name.
 */
export const NUMBER_LED_NAME =
  "\\d{1,3}\\s+\\p{Lu}[\\p{L}'-]*(?:\\s+(?:\\p{Ll}{1,3}\\s+)?\\p{Lu}[\\p{L}'-]*)*(?:\\s+(?:[IVXLC]+|\\d{1,4}(?:\\.\\d{1,2})?)(?![\\p{L}\\d]))?";

/**
 * A count of nations that is a name, its words capitalised ("Six Nations", in Ontario; the rugby tournament): no
 * participating countries. Case matters: written without the `i` flag the countries' patterns use.
 */
export const NAMED_NATIONS = /^(?:\p{Lu}\p{Ll}+[\s-])+Nations(?![\p{L}])/u;
