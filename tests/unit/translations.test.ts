import fs from 'fs';
import path from 'path';
import ts from 'typescript';
import { PLUGIN_ID } from '../../shared/constants';
import { STAT_NAMES, STAT_QUALIFIERS } from '../../shared/stats';
import { ROOT } from '../helpers/paths';
import {
  COMPONENT_FIELD_WORDS,
  CONTENT_TYPE_FIELD_WORDS,
  REPORT_FIELD_WORDS,
} from '../../server/src/content-manager/field-words';

/*
 * Every plugin string exists in every translation file, and every key of a
 * translation file is used. The keys used are read from the source of the
 * admin (admin/src), and of the code whose message ids reach it (shared/, and
 * server/src, which sends ids with its refusals), with the TypeScript parser:
 * every string literal shaped like a key (`glance.title`, or
 * `operation-reports.glance.title`) that is given to `t`, `getTranslation` or
 * an `id`, or that starts with a namespace of the translation files (`stat.`,
 * `fill.`…); in server/src, only ids written with the plugin's prefix. A key built in a template literal (`stat.qualifier.${option}`,
 * `${PLUGIN_ID}.error.${key}`) cannot be read from the source: its expansions
 * are listed in TEMPLATE_EXPANSIONS, and a template missing from that list
 * fails the test until it is added.
 *
 * Keys outside the plugin's prefix (Strapi's own lookups) must be in every
 * file too; whether they are used is for the code that defines them.
 */

const TRANSLATIONS = path.join(ROOT, 'admin', 'src', 'translations');
const SOURCES = ['admin/src', 'shared', 'server/src'].map((dir) => path.join(ROOT, dir));
const PREFIX = `${PLUGIN_ID}.`;

/**
 * What each `${…}` of a key template stands for. `${}` marks the hole. A list,
 * or `{ firstArgumentOf: 'f' }`: the string literals passed first to calls of
 * `f` anywhere in the source (for ids built inside a helper from its argument).
 */
type Expansion = string | readonly string[];
const TEMPLATE_EXPANSIONS: Record<
  string,
  readonly Expansion[] | { firstArgumentOf: string; plus?: readonly string[] }
> = {
  'stat.name.${}': STAT_NAMES,
  'stat.qualifier.${}': STAT_QUALIFIERS,
  // ParsedStat's error reasons (admin/src/utils/parseStatInput.ts).
  'stat.error.${}': ['negative', 'fraction', 'overflow', 'invalid', 'grouping'],
  // The Ratios of admin/src/utils/glance.ts.
  'glance.ratio.${}': ['arrestsPerCountry', 'victimsPerArrest', 'officersPerArrest'],
  // The Warning codes of admin/src/utils/glance.ts.
  'glance.warning.${}': ['noSource', 'endBeforeStart', 'preliminary', 'statEmpty', 'qualifierOnEmpty'],
  // ImportAction (shared/types.ts).
  'import.action.${}': ['create', 'update', 'unchanged', 'refuse'],
  // The help of server/src/content-manager/field-words.ts, shown by admin/src/components/FieldHelp.tsx.
  'field.${}.help': Object.keys(REPORT_FIELD_WORDS).filter((field) => REPORT_FIELD_WORDS[field].help),
  // Labels by content type or component uid and field (admin/src/utils/fieldLabels.ts): one value per hole.
  'label.${}.${}': [...Object.entries(CONTENT_TYPE_FIELD_WORDS), ...Object.entries(COMPONENT_FIELD_WORDS)].flatMap(
    ([owner, words]) => Object.keys(words).map((field) => [owner, field])
  ),
  // The server's refusal ids (server/src/rules/validation-error.ts): reason('…') calls, and the text rules' keys.
  'error.${}': { firstArgumentOf: 'reason', plus: ['text.nul', 'text.surrogate'] },
};

/** `glance.title`, `stat.name.arrests`: a lower-case first word, then dot-separated words. */
const KEY = /^[a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+$/;
/** The calls and properties whose string is a message id. */
const KEY_CALLS = new Set(['t', 'getTranslation', 'formatMessage']);

function readTranslations(): Record<string, Record<string, string>> {
  return Object.fromEntries(
    fs
      .readdirSync(TRANSLATIONS)
      .filter((file) => file.endsWith('.json'))
      .map((file) => [file.replace(/\.json$/, ''), JSON.parse(fs.readFileSync(path.join(TRANSLATIONS, file), 'utf8'))])
  );
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

interface Found {
  /** The string literals given first to each called function name: `reason('date')` → reason: date. */
  firstArguments: Map<string, Set<string>>;
  /** Key-shaped literals: `glance.title`. */
  literals: Map<string, { file: string; byCall: boolean }>;
  /** Key templates, holes written `${}`: `stat.qualifier.${}`. */
  templates: Map<string, string>;
}

/** Whether the node is the first argument of `t(…)`/`getTranslation(…)`, or the value of an `id:` property. */
function isMessageId(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isCallExpression(parent) && parent.arguments[0] === node) {
    const callee = parent.expression;
    const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
    return KEY_CALLS.has(name);
  }
  return ts.isPropertyAssignment(parent) && parent.initializer === node && parent.name.getText() === 'id';
}

function scanSource(): Found {
  const found: Found = { firstArguments: new Map(), literals: new Map(), templates: new Map() };
  for (const file of SOURCES.flatMap(sourceFiles)) {
    const relative = path.relative(ROOT, file);
    // The server's code is full of dotted strings (SQL, routes): there only `operation-reports.…` ids count.
    const serverSide = relative.startsWith(path.join('server', 'src'));
    const text = fs.readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.arguments[0]) {
        const first = node.arguments[0];
        if (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)) {
          const name = node.expression.text;
          found.firstArguments.set(name, (found.firstArguments.get(name) ?? new Set()).add(first.text));
        }
      }
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        const prefixed = node.text.startsWith(PREFIX);
        const key = prefixed ? node.text.slice(PREFIX.length) : node.text;
        if ((prefixed || !serverSide) && KEY.test(key)) {
          const byCall = isMessageId(node) || Boolean(found.literals.get(key)?.byCall);
          found.literals.set(key, { file: relative, byCall });
        }
      } else if (ts.isTemplateExpression(node)) {
        const spans = node.templateSpans.map((span) => ({ hole: span.expression.getText(), text: span.literal.text }));
        // `${PLUGIN_ID}.error.${key}` is the key template `error.${}`.
        const prefixed = node.head.text === '' && spans[0]?.hole === 'PLUGIN_ID' && spans[0].text.startsWith('.');
        if (prefixed) spans[0] = { hole: '', text: spans[0].text.slice(1) };
        if (serverSide && !prefixed) return ts.forEachChild(node, visit);
        const template = node.head.text + spans.map(({ hole, text }) => (hole ? `\${}${text}` : text)).join('');
        // A key template starts with a word and reads as a key once its holes are filled.
        if (/^[a-z]/.test(template) && KEY.test(template.replaceAll('${}', 'x'))) {
          found.templates.set(template, relative);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** The top-level arguments of an ICU message: `{count, plural, …} of {total}` → count, total. */
function icuArguments(message: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  for (let i = 0; i < message.length; i += 1) {
    if (message[i] === '{') {
      if (depth === 0) names.add(/^\{\s*(\w+)/.exec(message.slice(i))?.[1] ?? '');
      depth += 1;
    } else if (message[i] === '}') {
      depth -= 1;
    }
  }
  return [...names].sort();
}

const translations = readTranslations();
const locales = Object.keys(translations).sort();
const found = scanSource();
const namespaces = new Set(
  Object.values(translations).flatMap((messages) =>
    Object.keys(messages).map((key) => key.slice(PREFIX.length).split('.')[0])
  )
);

/** Every plugin key the source uses (without the prefix), template expansions included, with where it was read. */
const usedKeys = new Map<string, string>();
for (const [literal, { file, byCall }] of found.literals) {
  if (byCall || namespaces.has(literal.split('.')[0])) usedKeys.set(literal, file);
}
const expansionsOf = (template: string): readonly Expansion[] => {
  const expansion = TEMPLATE_EXPANSIONS[template];
  if (expansion === undefined) return [];
  if (!('firstArgumentOf' in expansion)) return expansion;
  return [...(found.firstArguments.get(expansion.firstArgumentOf) ?? []), ...(expansion.plus ?? [])];
};
/** A template with its holes filled: one value for every hole, or one value per hole in order. */
const filled = (template: string, value: Expansion) =>
  typeof value === 'string'
    ? template.replaceAll('${}', value)
    : value.reduce((key, part) => key.replace('${}', part), template);
for (const [template, file] of found.templates) {
  for (const value of expansionsOf(template)) usedKeys.set(filled(template, value), file);
}

describe('translation files', () => {
  it('are en, es and fr', () => {
    expect(locales).toEqual(['en', 'es', 'fr']);
  });

  it.each(locales)('%s.json gives every key a text', (locale) => {
    const bad = Object.entries(translations[locale]).filter(
      ([, message]) => typeof message !== 'string' || message.trim() === ''
    );
    expect(bad).toEqual([]);
  });

  it.each(locales)('%s.json has every key of the other translation files', (locale) => {
    const all = new Set(Object.values(translations).flatMap((messages) => Object.keys(messages)));
    const missing = [...all].filter((key) => !(key in translations[locale]));
    expect(missing).toEqual([]);
  });

  it('uses in every translation only the arguments the English message is given', () => {
    // Fewer is fine ("jusqu'à {value} pays" needs no plural of {max}); another name would be printed raw.
    const unknown = Object.keys(translations.en).flatMap((key) => {
      const given = new Set(icuArguments(translations.en[key]));
      return locales
        .filter((locale) => key in translations[locale])
        .flatMap((locale) =>
          icuArguments(translations[locale][key])
            .filter((name) => !given.has(name))
            .map((name) => `${locale}: ${key} {${name}}`)
        );
    });
    expect(unknown).toEqual([]);
  });

  it('lists the expansions of every key template in the source', () => {
    const unlisted = [...found.templates].filter(([template]) => !(template in TEMPLATE_EXPANSIONS));
    // A new `t(\`x.${y}\`)`: add 'x.${}' and the values y takes (or the helper y comes from) to TEMPLATE_EXPANSIONS.
    expect(unlisted.map(([template, file]) => `${template} (${file})`)).toEqual([]);
    const stale = Object.keys(TEMPLATE_EXPANSIONS).filter((template) => !found.templates.has(template));
    expect(stale).toEqual([]);
  });

  it.each(locales)('%s.json has every key the source uses', (locale) => {
    const missing = [...usedKeys]
      .filter(([key]) => !(`${PREFIX}${key}` in translations[locale]))
      .map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it.each(locales)('%s.json has no plugin key that the source does not use', (locale) => {
    const unused = Object.keys(translations[locale])
      .filter((key) => key.startsWith(PREFIX))
      .map((key) => key.slice(PREFIX.length))
      .filter((key) => !usedKeys.has(key));
    expect(unused).toEqual([]);
  });

  it('reads keys from calls, `id`s, namespaces and templates (the scan itself)', () => {
    expect(usedKeys.get('glance.title')).toBe(path.join('admin', 'src', 'components', 'GlancePanel.tsx'));
    expect(usedKeys.has('widget.title')).toBe(true); // getTranslation('widget.title') in index.ts
    expect(usedKeys.has('fill.field.codename')).toBe(true); // { id: 'fill.field.codename' }
    expect(usedKeys.has('stat.qualifier.upTo')).toBe(true); // `stat.qualifier.${option}`
    expect(usedKeys.has('stat.error.grouping')).toBe(true); // const key = `stat.error.${reason}`
    expect(usedKeys.has('plugin.name')).toBe(false);
    expect(found.firstArguments.get('getTranslation')).toContain('widget.title');
    expect(icuArguments('{selected, plural, one {# sélectionné} other {# sélectionnés}} sur {total}')).toEqual([
      'selected',
      'total',
    ]);
  });
});
