// `npm run lint`: one concern only, regexes that backtrack or move super-linearly.
// A pasted press release or a request parameter can be 100 KB; one such regex
// on it holds Node's only thread, and every other request waits (issue 10).
// The rules see a regex built with `new RegExp` from constant strings too; a
// regex built at run time from a variable is out of their sight, so write
// patterns from constants.
import tsParser from '@typescript-eslint/parser';
import regexp from 'eslint-plugin-regexp';

export default [
  { ignores: ['dist/**', 'node_modules/**', 'playground/**', 'tests/**', '**/.tmp/**'] },
  {
    // server/src and shared/ run in the server; admin/src in the editor's browser.
    files: ['server/src/**/*.ts', 'shared/*.ts', 'content-types/**/*.ts', 'admin/src/**/*.{ts,tsx}'],
    languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: 'module' },
    plugins: { regexp },
    // No inline switch: a regex that backtracks is rewritten, not silenced.
    linterOptions: { noInlineConfig: true },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
];
