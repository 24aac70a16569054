import fs from 'fs';
import path from 'path';
import en from '../../admin/src/translations/en.json';
import es from '../../admin/src/translations/es.json';
import fr from '../../admin/src/translations/fr.json';
import { ROOT } from '../helpers/paths';

/**
 * Every message id a write refusal carries (server/src: `reason('key', …)`,
 * and the text rules' `key: 'text.…'`) is said in English, French and Spanish by the
 * admin and listed in the README's Errors table; every error message of the
 * translations is one the server sends.
 */
const serverKeys = (): Set<string> => {
  const keys = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (file.endsWith('.ts')) {
        const source = fs.readFileSync(file, 'utf8');
        for (const match of source.matchAll(/\breason\('([\w.]+)'/g)) keys.add(match[1]);
        for (const match of source.matchAll(/\bkey: '(text\.\w+)'/g)) keys.add(match[1]);
      }
    }
  };
  walk(path.join(ROOT, 'server', 'src'));
  return keys;
};

/** `error.close` is the dialogs' Close button, not a refusal. */
const translatedKeys = (messages: Record<string, string>) =>
  Object.keys(messages)
    .filter((id) => id.startsWith('operation-reports.error.') && id !== 'operation-reports.error.close')
    .map((id) => id.slice('operation-reports.error.'.length))
    .sort();

describe('refusal message ids', () => {
  const keys = [...serverKeys()].sort();

  it('are found in the server (the scan works)', () => {
    expect(keys).toEqual(expect.arrayContaining(['endBeforeStart', 'maxLength', 'slugTaken', 'text.nul']));
  });

  it('each have an English, a French and a Spanish message, and no message is left over', () => {
    expect(translatedKeys(en)).toEqual(keys);
    expect(translatedKeys(fr)).toEqual(keys);
    expect(translatedKeys(es)).toEqual(keys);
  });

  it('are each listed in the README’s Errors table', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('| `id` (after `operation-reports.error.`)'));
    const rows = table.slice(0, table.indexOf('\n\n'));
    for (const key of keys) expect(rows).toContain(`\`${key}\``);
  });
});
