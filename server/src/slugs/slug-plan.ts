import type { Knex } from 'knex';
import type { Core } from '@strapi/strapi';
import type { FieldErrors } from '../rules/field-errors';
import { reason } from '../rules/validation-error';
import {
  cancelReservation,
  reserveSlug,
  settleSlug,
  slugFrom,
  SLUG_MAX_LENGTH,
  SLUG_PATTERN,
  type Reservation,
  type SlugTarget,
} from './slug-registry';

type Data = Record<string, unknown>;

export interface SlugSource {
  /** Attribute the slug is made from. */
  source: 'title' | 'name';
  fallback: string;
}

/**
 * Which slug a write gets: the client's, the one the written row already
 * holds, or a fresh one from the title. Never changed silently: a later edit
 * of the title keeps the slug.
 */
export class SlugPlan {
  private reservation: Reservation | null = null;
  /** Reserved before the write's transaction, in one of its own (see reserveBefore). */
  private separate = false;

  constructor(
    private readonly target: SlugTarget,
    private readonly rules: SlugSource,
    /** The document written, null while creating one. */
    private readonly owner: string | null,
    private readonly data: Data,
    /** The slug the written row holds now (for a new locale, the one it inherits). */
    private readonly current: string | null,
    /** Values the written row falls back on for what `data` leaves out. */
    private readonly stored: Data | null,
    private readonly requested: string | null
  ) {}

  get slug(): string | null {
    return this.reservation?.slug ?? null;
  }

  /**
   * The slug is reserved inside the write's transaction (a savepoint), so it
   * rolls back with it. On MySQL/MariaDB, InnoDB keeps the locks of a failed
   * duplicate insert until commit and would deadlock concurrent creates of one
   * title, so there it is reserved in a short transaction of its own first and
   * released if the write fails.
   */
  async reserveBefore(db: Core.Strapi['db']): Promise<void> {
    this.separate = !db.inTransaction() && ['mysql', 'mysql2'].includes(String(db.dialect.client));
    if (this.separate) await this.reserve(db.connection);
  }

  /** Inside the write's transaction: reserves the slug unless reserveBefore did. */
  async reserveIn(trx: Knex.Transaction): Promise<void> {
    if (!this.separate) await this.reserve(trx);
  }

  private async reserve(runner: Knex | Knex.Transaction): Promise<void> {
    if (this.requested) {
      this.reservation =
        this.requested === this.current
          ? { slug: this.current, inserted: false }
          : await reserveSlug(runner, this.target, this.requested, this.owner, { exact: true });
      return;
    }
    if (this.current) {
      this.reservation = { slug: this.current, inserted: false };
      return;
    }
    const source = this.rules.source in this.data ? this.data[this.rules.source] : this.stored?.[this.rules.source];
    if (typeof source !== 'string' || source.trim() === '') return;
    this.reservation = await reserveSlug(runner, this.target, slugFrom(source, this.rules.fallback), this.owner);
  }

  async settle(trx: Knex.Transaction, documentId: string): Promise<void> {
    if (this.slug && this.slug !== this.current) await settleSlug(trx, this.target.scope, this.slug, documentId);
  }

  /** After a failed write: frees what reserveBefore took outside the write's transaction. */
  async cancel(db: Core.Strapi['db']): Promise<void> {
    if (this.separate) await cancelReservation(db.connection, this.target.scope, this.reservation, this.owner);
  }
}

/**
 * The slug a write asks for, or null to keep or generate one. An empty one is
 * dropped from the data; one that is not a slug is a field error.
 */
export function readRequestedSlug(data: Data, fieldErrors: FieldErrors): string | null {
  if (!('slug' in data)) return null;
  const value = data.slug;
  if (value === null || value === undefined || value === '') {
    delete data.slug;
    return null;
  }
  if (typeof value !== 'string' || !SLUG_PATTERN.test(value) || value.length > SLUG_MAX_LENGTH) {
    fieldErrors.add(
      ['slug'],
      `slug must be 1–${SLUG_MAX_LENGTH} characters of letters, digits, "-", "_", "." or "~"`,
      reason('slug', { max: SLUG_MAX_LENGTH }),
      value
    );
    return null;
  }
  return value;
}
