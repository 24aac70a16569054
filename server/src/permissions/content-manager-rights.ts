import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/**
 * The admin routes ask the Content Manager's own `permission-checker` service,
 * never a bare `can(action, uid)`: that service applies a role's conditions
 * ("is creator"), its locale limits (i18n turns them into a `locale $in`
 * condition) and its field permissions, the way the Content Manager's routes do.
 */

export type ContentManagerAction = 'read' | 'create' | 'update' | 'delete' | 'publish' | 'unpublish';
type Entity = Record<string, unknown>;
type Check = (entity?: Entity, field?: string) => boolean;

/** What this plugin uses of the checker `permission-checker.create()` returns (Strapi 5). */
export interface ContentManagerChecker {
  can: Record<ContentManagerAction, Check>;
  cannot: Record<ContentManagerAction, Check>;
  sanitizeOutput(data: Entity, options?: { action?: string }): Promise<Entity>;
  sanitizedQuery: Record<ContentManagerAction, (query: Entity) => Promise<{ filters?: Entity | null }>>;
}

/** The part of an admin request's `ctx.state` the checks read. */
export interface AdminRequestState {
  userAbility?: unknown;
  user?: { id?: number | string } | null;
}

/** The Content Manager's permission checker for one content type and the requesting admin. */
export function contentManagerChecker(strapi: Core.Strapi, userAbility: unknown, model: string): ContentManagerChecker {
  return strapi
    .plugin('content-manager')
    .service('permission-checker')
    .create({ userAbility, model }) as ContentManagerChecker;
}

const RIGHT_NAMES: Record<ContentManagerAction, string> = {
  read: 'Read',
  create: 'Create',
  update: 'Update',
  delete: 'Delete',
  publish: 'Publish',
  unpublish: 'Publish',
};

/** "Publish": the name the admin's Roles page shows for the permission an action needs. */
export const rightName = (action: ContentManagerAction): string => RIGHT_NAMES[action];

/**
 * The one gate of the plugin's admin routes: the requesting role must hold at
 * least one of `anyOf` on `model` in some locale, under some condition, as the
 * Content Manager asks before it looks at any entry (403 otherwise). What the
 * role may do with each entry is checked later, entry by entry, on the checker
 * this returns.
 */
export function requireContentManagerRight(
  strapi: Core.Strapi,
  state: AdminRequestState,
  model: string,
  anyOf: ContentManagerAction[],
  refusal: string
): ContentManagerChecker {
  if (!state.userAbility) throw new errors.ForbiddenError(refusal);
  const checker = contentManagerChecker(strapi, state.userAbility, model);
  if (anyOf.every((action) => checker.cannot[action]())) throw new errors.ForbiddenError(refusal);
  return checker;
}

/**
 * The filter selecting the rows the role may `action` (its conditions and
 * locales, as the Content Manager's list view applies them), or null when no
 * condition limits it. Query-engine syntax: it works in `strapi.db.query()`
 * `where` and in document-service `filters` alike.
 */
export async function rowsFilter(
  checker: ContentManagerChecker,
  action: ContentManagerAction = 'read'
): Promise<Entity | null> {
  const { filters } = await checker.sanitizedQuery[action]({});
  return filters && Object.keys(filters).length > 0 ? filters : null;
}

/** What the export needs to read: the row filter, and what conditions must see on a row to judge it. */
export interface ReadAccess {
  filter: Entity | null;
  /** Populated beside the version's own fields: conditions such as "is creator" read `createdBy.id`. */
  populate: Entity;
  /** The version as the role may read it: fields it may not read are left out (absent, never null). */
  readable(row: Entity, version: Entity): Promise<Entity>;
}

export async function readAccess(checker: ContentManagerChecker): Promise<ReadAccess> {
  return {
    filter: await rowsFilter(checker, 'read'),
    populate: { createdBy: { fields: ['id'] }, updatedBy: { fields: ['id'] } },
    async readable(row, version) {
      const allowed = await checker.sanitizeOutput({ ...row });
      return keepPresent(version, allowed);
    },
  };
}

/**
 * `version` (the file's shape) without the keys `allowed` (the stored row after
 * the checker's output sanitizer) lost; component items lose their lost keys.
 */
function keepPresent(version: Entity, allowed: Entity): Entity {
  const kept: Entity = {};
  for (const [field, value] of Object.entries(version)) {
    if (!(field in allowed)) continue;
    const items = allowed[field];
    if (Array.isArray(value) && Array.isArray(items) && value.every(isEntity)) {
      kept[field] = value.map((item, index) => {
        const source = items[index];
        if (!isEntity(item) || !isEntity(source)) return item;
        return Object.fromEntries(Object.entries(item).filter(([key]) => key in source));
      });
    } else {
      kept[field] = value;
    }
  }
  return kept;
}

const isEntity = (value: unknown): value is Entity =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

interface RefusableCtx {
  status?: number;
  body: unknown;
}

/**
 * Strapi's authorize middleware turns any ForbiddenError a handler throws into
 * a bare "Forbidden" (only a PolicyError keeps its words), so the editor would
 * never learn which report and which right. These handlers answer their
 * refusals themselves, in Strapi's error body: 403, ForbiddenError, the message.
 */
export function answeringRefusals<C extends RefusableCtx, K extends string>(
  handlers: Record<K, (ctx: C) => Promise<void>>
): Record<K, (ctx: C) => Promise<void>> {
  const wrapped = {} as Record<K, (ctx: C) => Promise<void>>;
  for (const name of Object.keys(handlers) as K[]) {
    const handler = handlers[name];
    wrapped[name] = async (ctx: C) => {
      try {
        await handler(ctx);
      } catch (error) {
        if (!(error instanceof errors.ForbiddenError) || error instanceof errors.PolicyError) throw error;
        ctx.status = 403;
        ctx.body = {
          data: null,
          error: { status: 403, name: 'ForbiddenError', message: error.message, details: error.details ?? {} },
        };
      }
    };
  }
  return wrapped;
}
