/** @type {import('jest').Config} */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } }];

module.exports = {
  // The api suites boot Strapi inside the worker, and a worker that has run many of them holds over a gigabyte: one
  // crashed out of memory on the next suite (session 17). A worker over this much memory after a suite is replaced.
  // (1 GB let a worker start field-rules.test.ts already near 900 MB and crash there, session 37: half of it now.)
  workerIdleMemoryLimit: '512MB',
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
      transform: { '^.+\\.(t|j)sx?$': swc },
    },
    {
      displayName: 'api',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/api/**/*.test.ts'],
      transform: { '^.+\\.(t|j)sx?$': swc },
      globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
      setupFilesAfterEnv: ['<rootDir>/tests/helpers/jest-setup.ts'],
      // Strapi sets a global `strapi`; it is destroyed by each suite itself.
      testEnvironmentOptions: { globalsCleanup: 'off' },
    },
    {
      displayName: 'admin',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/admin/**/*.test.tsx'],
      transform: { '^.+\\.(t|j|mj|cj)sx?$': swc },
      // The admin packages and some of their dependencies ship ESM only.
      transformIgnorePatterns: ['/node_modules/(?!(@strapi|@radix-ui|@floating-ui|lodash-es|fractional-indexing|uuid|nanoid|react-dnd|dnd-core|@react-dnd|react-dnd-html5-backend|immer|date-fns|@internationalized|prismjs|codemirror|@codemirror|@uiw|marked|@sindresorhus|escape-string-regexp|qs|slate|slate-react|slate-history|is-plain-object|direction|tiny-invariant|react-window|@tanstack)/)'],
      moduleNameMapper: { '\\.(css|less|scss)(\\?raw)?$': '<rootDir>/tests/admin/style-stub.js' },
      setupFilesAfterEnv: ['<rootDir>/tests/admin/setup.ts'],
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/e2e/**/*.e2e.ts'],
      transform: { '^.+\\.(t|j)sx?$': swc },
      globalSetup: '<rootDir>/tests/e2e/global-setup.ts',
      globalTeardown: '<rootDir>/tests/e2e/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/tests/helpers/jest-setup.ts'],
    },
  ],
};
