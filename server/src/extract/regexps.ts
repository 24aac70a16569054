/**
 * Regexes that keep their compiled code for the life of the process.
 *
 * V8 compiles a regex once per RegExp object's data, and that data stays with
 * the object. A RegExp object made during a call (`new RegExp(…)` in a
 * function, and the copies `String.prototype.matchAll` and `split` make of the
 * regex they are given) gets its data from V8's compilation cache instead,
 * which full garbage collections empty: after two of them the rules are
 * compiled again, on the request that next reads a release. A server
 * collects garbage often, and the rules are large (tens of kilobytes of
 * bytecode for some): measured on the bench's Spanish hostile texts, 100–200
 * ms of CPU per request went to compiling them again, against 10–20 ms of
 * reading. So the extractor makes its regexes once, at module level or through
 * `regex` below, and reads every match with `matchesOf` rather than `matchAll`.
 * (tests/unit/extract-regex-code.test.ts counts the compilations after full
 * collections.)
 */

const made = new Map<string, RegExp>();

/**
 * The one RegExp of `source` and `flags` this process holds, made on first
 * use. For patterns built from data (a language's words, an agency's name);
 * its `lastIndex` is shared, so a caller with the `g` or `y` flag sets it
 * before each use, as with any module-level regex.
 */
export function regex(source: string, flags = ''): RegExp {
  const key = `${flags}/${source}`;
  let found = made.get(key);
  if (!found) {
    found = new RegExp(source, flags);
    made.set(key, found);
  }
  return found;
}

/** `pattern` with the `g` flag: itself when it has it, else the one global copy of it. */
export const globalOf = (pattern: RegExp): RegExp =>
  pattern.global ? pattern : regex(pattern.source, `${pattern.flags}g`);

/**
 * Every match of `pattern` in `text`, as `[...text.matchAll(pattern)]` gives
 * them, read with `pattern` itself (a global regex) rather than with a copy.
 * Its `lastIndex` is as it was before, so a caller in the middle of its own
 * `exec` loop over the same regex goes on where it was.
 */
export function matchesOf(text: string, pattern: RegExp): RegExpExecArray[] {
  const global = globalOf(pattern);
  const found: RegExpExecArray[] = [];
  const before = global.lastIndex;
  global.lastIndex = 0;
  for (let m = global.exec(text); m; m = global.exec(text)) {
    found.push(m);
    // An empty match: step over it, as matchAll does (by a code point under the u or v flag).
    if (m[0] === '') {
      const at = global.lastIndex;
      const wide = (global.unicode || global.flags.includes('v')) && (text.codePointAt(at) ?? 0) > 0xffff;
      global.lastIndex = at + (wide ? 2 : 1);
    }
  }
  global.lastIndex = before;
  return found;
}
