import { invalid } from '../rules/validation-error';
import { isPlainObject, type Path } from './filter-values';

/** What a filter key names in the scope being walked. */
export type Named<Scope> =
  /** A relation or component: its value is a filter tree of that scope (null: left as it is). */
  | { scope: Scope | null }
  /** A field: its value is a condition, checked by the profile. */
  | { condition: (value: unknown, path: Path) => unknown };

/**
 * What a kind of query allows in its `filters`. The walker is the same for all;
 * a profile says how deep, what a list of conditions must be, what a key names
 * and how a condition on a field is checked (find: `find-filters.ts`; stats and
 * export: `stats-filters.ts`).
 */
export interface FilterProfile<Scope> {
  /** $and/$or/$not and relations, one level each: beyond this a filter is abuse, not a question. */
  maxDepth: number;
  /** Whether `$not` groups conditions (find) or is an unknown key (stats). */
  allowsNot: boolean;
  /** The conditions of `$and`/`$or`, or a refusal. */
  readConditions(value: unknown, path: Path): unknown[];
  /** A tree that is not an object of conditions: walked, kept or refused. */
  notAnObject(value: unknown, path: Path, walkItem: (item: unknown, path: Path) => unknown): unknown;
  /** What `key` names in `scope`, or a refusal. */
  name(scope: Scope, key: string, value: unknown, path: Path): Named<Scope>;
}

/**
 * Walks a filter tree (`$and`, `$or`, `$not`, relations and components) and
 * returns the `where` it stands for, each condition as the profile read it.
 */
export function walkFilters<Scope>(
  profile: FilterProfile<Scope>,
  filters: unknown,
  scope: Scope,
  path: Path = ['filters'],
  depth = 0
): unknown {
  if (depth > profile.maxDepth) invalid(path, `filters are nested deeper than ${profile.maxDepth} levels`);
  if (!isPlainObject(filters)) {
    return profile.notAnObject(filters, path, (item, at) => walkFilters(profile, item, scope, at, depth));
  }
  const where: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filters)) {
    const at = [...path, key];
    const nested = (item: unknown, itemPath: Path, itemScope = scope) =>
      walkFilters(profile, item, itemScope, itemPath, depth + 1);
    if (key === '$and' || key === '$or') {
      where[key] = profile.readConditions(value, at).map((item, i) => nested(item, [...at, String(i)]));
    } else if (key === '$not' && profile.allowsNot) {
      // Strapi's query builder throws a 500 on `filters[$not]=1`.
      if (!isPlainObject(value) && !Array.isArray(value)) invalid(at, `${at.join('.')} must hold conditions`);
      where[key] = nested(value, at);
    } else {
      const named = profile.name(scope, key, value, at);
      if ('condition' in named) where[key] = named.condition(value, at);
      else where[key] = named.scope === null ? value : nested(value, at, named.scope);
    }
  }
  return where;
}
