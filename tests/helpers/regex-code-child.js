'use strict';

/**
 * Child of tests/unit/extract-regex-code.test.ts, run with V8's
 * `--trace-regexp-tier-up` and `--expose-gc`: V8 prints a line for each regex
 * it compiles (to bytecode for its interpreter, or to native code). This
 * script loads the extractor's TypeScript (compiled on the fly by @swc/core),
 * then prints a marker line between its steps so the test can count what V8
 * compiled in each:
 *   WARM      the boot warm-up (warm-up.ts);
 *   FIRST     one reading of each given release;
 *   AGAIN     the same readings after full garbage collections.
 */
const fs = require('fs');
const path = require('path');
const { transformSync } = require('@swc/core');

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};

const ROOT = path.resolve(__dirname, '..', '..');
const { warmUpExtractor } = require(path.join(ROOT, 'server/src/extract/warm-up.ts'));
const { extractRelease } = require(path.join(ROOT, 'server/src/extract/release.ts'));
const releases = JSON.parse(fs.readFileSync(0, 'utf8'));

const mark = (name) => process.stdout.write(`\n@@ ${name}\n`);
mark('WARM');
warmUpExtractor();
mark('FIRST');
for (const [text, locale] of releases) extractRelease(text, { locale });
for (let i = 0; i < 3; i += 1) global.gc();
mark('AGAIN');
for (const [text, locale] of releases) extractRelease(text, { locale });
mark('END');
