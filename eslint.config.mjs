// Lint for one thing only: regexes that backtrack or move super-linearly.
// A pasted press release or a request parameter can be 100 KB; one such
// regex on it holds Node's only thread (issue 10, item 4).
import tsParser from '@typescript-eslint/parser';
import regexp from 'eslint-plugin-regexp';

export default [
  {
    files: ['server/src/**/*.ts', 'shared/*.ts', 'admin/src/**/*.{ts,tsx}'],
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
