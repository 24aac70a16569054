import path from 'path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { createApiToken, CRIME_AREA_UID, describeEachDatabase, REPORT_UID, type TestApp } from '../helpers/strapi';
import { ROOT } from '../helpers/paths';
import { effectiveVia, sequence, SLOTS, type Fields, type Op } from '../parity/operations';
import { pluginSide, run, twinSide, type Side } from '../parity/sides';
import {
  differences,
  expectedRefusal,
  rowKey,
  ruleViolations,
  slugsOfOthers,
  snapshot,
  type RowView,
  type State,
} from '../parity/state';
import { slugFrom } from '../../server/src/slugs/slug-registry';
import { slugRegistryRows } from '../parity/registry';

/*
 * Differential test of draft & publish: the same random sequences of document
 * operations run on the plugin's report type and on a plain core twin of it
 * (tests/parity/app), through the Document Service and REST. After every step
 * the draft and published rows of every locale must match, and every row of
 * the plugin must pass its rules on its own values.
 *
 * Reproduce a failing run: FC_SEED=<seed printed below> (and FC_PATH=<path>
 * from the failure, to replay only the shrunk case).
 */
const TWIN_UID = 'api::parity-report.parity-report';
const ROW_FIELDS: (keyof RowView)[] = [
  'title',
  'slug',
  'startDate',
  'endDate',
  'arrests',
  'summary',
  'figuresStatus',
  'crimeAreas',
];
const APP = path.join(ROOT, 'tests', 'parity', 'app');
const RUNS = Number(process.env.FC_RUNS || 300);
const seed = Number(process.env.FC_SEED || Math.floor(Math.random() * 2 ** 31));
/** What the sequences did, printed with the seed: a run that skips everything proves nothing. */
const tally: Record<string, number> = {};
/** Milliseconds spent in the operations of each type (the rest is the checks). */
const spent = { plugin: 0, core: 0 };
const count = (what: string) => {
  tally[what] = (tally[what] ?? 0) + 1;
};

describeEachDatabase(
  'draft & publish parity with core',
  (app, kind) => {
    let token: string;
    let plugin: Side;
    /** The compared fields the twin does not localize: i18n syncs them across locales. */
    let shared: (keyof RowView)[] = [];
    const twin = twinSide(TWIN_UID);

    beforeAll(async () => {
      token = await createApiToken(app().strapi);
      await app().strapi.plugin('i18n').service('locales').create({ code: 'fr', name: 'French (fr)' });
      const areas = await app().strapi.documents(CRIME_AREA_UID).findMany({});
      plugin = pluginSide(REPORT_UID, new Map(areas.map((area) => [area.slug as string, area.documentId])));
      const attributes = app().strapi.contentType(TWIN_UID as never).attributes as Record<string, unknown>;
      shared = ROW_FIELDS.filter(
        (name) =>
          (attributes[name] as { pluginOptions?: { i18n?: { localized?: boolean } } } | undefined)?.pluginOptions?.i18n
            ?.localized === false
      );
      if (!shared.includes('crimeAreas') || !shared.includes('endDate')) throw new Error(`shared fields: ${shared}`);
    });

    it(
      `agrees with core on ${RUNS} random sequences`,
      async () => {
        // Printed so that CI logs carry it: FC_SEED=<seed> replays this run.
        console.log(`[parity ${kind}] FC_SEED=${seed} FC_RUNS=${RUNS}`);
        const started = Date.now();
        for (const key of Object.keys(tally)) delete tally[key];
        spent.plugin = spent.core = 0;
        await fc.assert(
          fc.asyncProperty(sequence(8, 12), (ops) => runSequence(app(), ops)),
          {
            seed,
            numRuns: RUNS,
            path: process.env.FC_PATH || undefined,
            endOnFailure: process.env.FC_SHRINK !== 'true',
          }
        );
        console.log(
          `[parity ${kind}] ${RUNS} sequences in ${((Date.now() - started) / 1000).toFixed(1)} s ` +
            `(plugin operations ${(spent.plugin / 1000).toFixed(1)} s, core twin ${(spent.core / 1000).toFixed(1)} s): ` +
            JSON.stringify(tally)
        );
        // A long property: its own time limit, well above what it takes on CI's two cores.
      },
      45 * 60_000
    );

    async function runSequence(test: TestApp, ops: Op[]): Promise<void> {
      const { strapi } = test;
      const ids = { plugin: Array<string | null>(SLOTS).fill(null), twin: Array<string | null>(SLOTS).fill(null) };
      const log: string[] = [];
      // The twin's rows after the previous step are the rows before this one.
      let before: State = new Map();
      try {
        for (const [step, op] of ops.entries()) {
          log.push(`${step}: ${JSON.stringify(op)}`);
          before = await runStep(test, op, ids, before, log);
        }
      } catch (error) {
        (error as Error).message = `${(error as Error).message}\nsteps:\n${log.join('\n')}`;
        throw error;
      } finally {
        for (const [side, list] of [
          [plugin, ids.plugin],
          [twin, ids.twin],
        ] as const) {
          for (const documentId of list) {
            if (documentId) await strapi.documents(side.uid as never).delete({ documentId, locale: '*' } as never);
          }
        }
      }
      const left = await slugRegistryRows(strapi, ids.plugin);
      if (left.length > 0) throw new Error(`slug registry keeps ${JSON.stringify(left)} after every row was deleted`);
    }

    async function runStep(
      test: TestApp,
      op: Op,
      ids: { plugin: (string | null)[]; twin: (string | null)[] },
      before: State,
      log: string[]
    ): Promise<State> {
      const { strapi } = test;
      const taken = [...Array(SLOTS).keys()].filter((slot) =>
        [...before.keys()].some((key) => key.startsWith(`${slot}/`))
      );
      const free = [...Array(SLOTS).keys()].filter((slot) => !taken.includes(slot));
      const slot = op.kind === 'create' ? free[0] : taken[op.slot % Math.max(taken.length, 1)];
      if (slot === undefined) {
        count('skipped');
        log.push('   skipped');
        return before;
      }
      op = { ...op, slot };
      log.push(`   in slot ${slot}`);
      if (
        (op.kind === 'publish' || op.kind === 'discardDraft') &&
        op.locale === '*' &&
        rowsDisagree(before, slot, op.kind === 'publish' ? 'draft' : 'published')
      ) {
        // Core's i18n middleware syncs the shared fields of the FIRST row the write
        // returns (result.entries[0]) to the other locales, and the rows come back in
        // the database's order: no ORDER BY, so on MySQL whichever index its
        // statistics choose (by id or by locale). When the rows being published (or
        // restored) disagree on a shared field, which locale's values win is not
        // decided by core: the plugin's table and the twin's may be read in different
        // orders in the same run. Not a rule, so such a write is not compared.
        count(`skipped ${op.kind} of every locale whose rows disagree on a shared field`);
        log.push('   skipped');
        return before;
      }
      if (op.kind === 'publish' && op.locale === '*' && !allDraftsPublishable(before, slot)) {
        // Core publishes the locales in parallel: when one fails validation the
        // transaction rolls back while another locale's insert is still under
        // way, and that row is left behind (a second published row). A core
        // race, not a rule: such a publish is not compared.
        count('skipped publish of every locale with a draft core refuses');
        log.push('   skipped');
        return before;
      }
      ids.plugin[slot] = op.kind === 'create' ? null : ids.plugin[slot];
      ids.twin[slot] = op.kind === 'create' ? null : ids.twin[slot];
      let refusal: 'endDate' | 'slug' | null = null;
      let source: RowView | null = null;
      if (op.kind === 'create' || op.kind === 'update') {
        source =
          op.kind === 'update' ? await newLocaleSource(test, op.slot, ids.twin[op.slot]!, op.locale, before) : null;
        refusal = expectedRefusal(before, op, source);
      }

      const pluginData = 'data' in op ? plugin.toData(op.data) : {};
      const pluginStart = Date.now();
      const pluginRun = await run(strapi, test.http, token, plugin, op, ids.plugin[op.slot], pluginData);
      spent.plugin += Date.now() - pluginStart;
      ids.plugin[op.slot] = pluginRun.documentId;
      log.push(`   plugin: ${JSON.stringify(pluginRun.outcome)}`);
      count(
        `${op.kind}${'data' in op && op.publish ? '+publish' : ''} ${effectiveVia(op)} ${pluginRun.outcome.ok ? 'ok' : 'refused'}`
      );

      if (refusal) {
        if (pluginRun.outcome.ok || pluginRun.outcome.status !== 400 || pluginRun.outcome.path !== refusal) {
          throw new Error(`the plugin should refuse (400 on ${refusal}): ${JSON.stringify(pluginRun.outcome)}`);
        }
      } else {
        const twinData =
          'data' in op ? twin.toData(await twinFields(test, op, ids.plugin[op.slot], before, source)) : {};
        const twinStart = Date.now();
        const twinRun = await run(strapi, test.http, token, twin, op, ids.twin[op.slot], twinData);
        spent.core += Date.now() - twinStart;
        ids.twin[op.slot] = twinRun.documentId;
        log.push(`   twin:   ${JSON.stringify(twinRun.outcome)}`);
        if (pluginRun.outcome.ok !== twinRun.outcome.ok) {
          throw new Error(`plugin ${JSON.stringify(pluginRun.outcome)} but core ${JSON.stringify(twinRun.outcome)}`);
        }
      }

      const after = {
        plugin: await snapshot(strapi, plugin, ids.plugin),
        twin: await snapshot(strapi, twin, ids.twin),
      };
      const problems = [...differences(after.plugin, after.twin), ...ruleViolations(after.plugin)];
      problems.push(...(await registryProblems(test, after.plugin, ids.plugin)));
      if (problems.length > 0) throw new Error(problems.join('\n'));
      return after.twin;
    }

    /** Whether the slot's rows of a status differ on a field shared across locales (the twin's non-localized ones). */
    function rowsDisagree(state: State, slot: number, status: 'draft' | 'published') {
      const rows = [...state.entries()]
        .filter(([key]) => key.startsWith(`${slot}/`) && key.endsWith(`/${status}`))
        .map(([, row]) => row);
      return rows.some((row) => shared.some((name) => !isDeepStrictEqual(row[name], rows[0][name])));
    }

    function allDraftsPublishable(state: State, slot: number) {
      return [...state.entries()].every(
        ([key, row]) =>
          !key.startsWith(`${slot}/`) || !key.endsWith('/draft') || (row.title && row.startDate && row.endDate)
      );
    }

    /** The row core copies a new locale's non-localized fields from (null when the locale exists). */
    async function newLocaleSource(test: TestApp, slot: number, documentId: string, locale: string, before: State) {
      if (before.has(rowKey(slot, locale, false))) return null;
      const row = (await test.strapi.db.query(TWIN_UID as never).findOne({
        where: { documentId },
        orderBy: { publishedAt: 'desc' },
        select: ['locale', 'publishedAt'],
      } as never)) as { locale: string; publishedAt: unknown } | null;
      return row ? (before.get(rowKey(slot, row.locale, Boolean(row.publishedAt))) ?? null) : null;
    }

    /**
     * What the twin is given: the operation's fields, plus the slug the plugin
     * wrote when it generated one (checked here by its own rule), and an explicit
     * empty crimeAreas on create, as the plugin's relation starts empty.
     */
    async function twinFields(
      test: TestApp,
      op: Extract<Op, { data: Fields }>,
      pluginId: string | null,
      before: State,
      source: RowView | null
    ): Promise<Fields> {
      const fields: Fields = { ...op.data };
      if (op.kind === 'create' && fields.crimeAreas === undefined) fields.crimeAreas = [];
      if (fields.slug !== undefined || !pluginId) return fields;
      const written = (await test.strapi.db.query(REPORT_UID).findOne({
        where: { documentId: pluginId, locale: op.locale, publishedAt: null },
        select: ['slug', 'title'],
      })) as { slug: string | null; title: string | null } | null;
      const inherited =
        op.kind === 'create' ? null : ((before.get(rowKey(op.slot, op.locale, false)) ?? source)?.slug ?? null);
      if (!written?.slug || written.slug === inherited) return fields;
      const base = slugFrom(written.title, 'operation-report');
      if (!new RegExp(`^${base}(-[0-9]+)?$`).test(written.slug) || slugsOfOthers(before, op.slot).has(written.slug)) {
        throw new Error(`generated slug "${written.slug}" breaks its rule (from "${written.title}")`);
      }
      fields.slug = written.slug;
      return fields;
    }

    /** The registry reserves exactly the slugs some row of each document holds. */
    async function registryProblems(test: TestApp, state: State, documentIds: (string | null)[]) {
      const held = new Set<string>();
      for (const [key, row] of state) {
        if (row.slug) held.add(`${documentIds[Number(key.split('/')[0])]}:${row.slug}`);
      }
      const reserved = new Set((await slugRegistryRows(test.strapi, documentIds)).map((r) => `${r.owner}:${r.slug}`));
      const problems: string[] = [];
      for (const entry of held) if (!reserved.has(entry)) problems.push(`registry: ${entry} is held but not reserved`);
      for (const entry of reserved) if (!held.has(entry)) problems.push(`registry: ${entry} is reserved by no row`);
      return problems;
    }
  },
  { appDir: APP }
);
