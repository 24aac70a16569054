/**
 * Text every database can store as it was sent. PostgreSQL refuses the NUL
 * character in text and jsonb (the query fails, and a failing uniqueness check
 * inside Strapi's validator never settles, leaving the write's transaction
 * open); an unpaired UTF-16 surrogate has no UTF-8 form, so every driver would
 * store U+FFFD in its place instead of what was sent.
 */

const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** What is wrong with a string as stored text, in English and as a message key (`text.nul`, `text.surrogate`). */
export interface TextIssue {
  key: string;
  problem: string;
}

/** What is wrong with a string as stored text, or null when nothing is. */
export function textIssue(value: string): TextIssue | null {
  if (value.includes('\u0000')) return { key: 'text.nul', problem: 'must not contain the NUL character (U+0000)' };
  if (LONE_SURROGATE.test(value)) {
    return { key: 'text.surrogate', problem: 'must not contain an unpaired UTF-16 surrogate (not valid Unicode)' };
  }
  return null;
}

/** What is wrong with a string as stored text, or null when nothing is. */
export function textProblem(value: string): string | null {
  return textIssue(value)?.problem ?? null;
}

export interface BadText extends TextIssue {
  path: (string | number)[];
}

/**
 * The first string (key or value) in a JSON value that could not be stored as
 * sent, with its path. Walks without recursion: a body nested thousands of
 * levels deep must not overflow the stack.
 */
export function findBadText(value: unknown): BadText | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: item, path } = stack.pop()!;
    if (typeof item === 'string') {
      const issue = textIssue(item);
      if (issue) return { path, ...issue };
    } else if (Array.isArray(item)) {
      item.forEach((child, i) => stack.push({ value: child, path: [...path, i] }));
    } else if (item !== null && typeof item === 'object') {
      for (const [key, child] of Object.entries(item)) {
        const issue = textIssue(key);
        if (issue) return { path: [...path, key], ...issue };
        stack.push({ value: child, path: [...path, key] });
      }
    }
  }
  return null;
}
