import type { Knex } from 'knex';
import {
  cancelReservation,
  reserveSlug,
  settleSlug,
  slugFrom,
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

  async reserve(runner: Knex | Knex.Transaction): Promise<void> {
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

  async cancel(runner: Knex): Promise<void> {
    await cancelReservation(runner, this.target.scope, this.reservation, this.owner);
  }
}
