import { yup } from '@strapi/utils';

export interface PluginConfig {
  /** Grant the Public role read access (find, findOne, stats) to reports and crime areas at boot. */
  publicRead: boolean;
  /**
   * Seconds the Public role's answers may be reused without asking
   * (`Cache-Control: public, max-age=…`); 0 = revalidate every time (a 304 when
   * nothing changed). See server/src/cache.
   */
  cacheMaxAge: number;
}

const defaultConfig: PluginConfig = { publicRead: false, cacheMaxAge: 0 };

const describe = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : `${typeof value} ${JSON.stringify(value)}`;

const mustBeBoolean = ({ path, value }: { path: string; value: unknown }) =>
  `config key "${path}" must be a boolean, got ${describe(value)}`;

const mustBeSeconds = ({ path, value }: { path: string; value: unknown }) =>
  `config key "${path}" must be a whole number of seconds, 0 or more, got ${describe(value)}`;

/** The config's keys, each with its schema (strict: no casting of "true" or 1). */
const CONFIG = yup
  .object({
    publicRead: yup.boolean().defined(mustBeBoolean).typeError(mustBeBoolean),
    cacheMaxAge: yup
      .number()
      .defined(mustBeSeconds)
      .typeError(mustBeSeconds)
      .integer(mustBeSeconds)
      .min(0, mustBeSeconds)
      // RFC 9111 §1.2.2: caches treat anything above 2^31 as 2^31.
      .max(2 ** 31, mustBeSeconds),
  })
  .strict()
  .defined(({ value }) => `config must be an object, got ${describe(value)}`)
  .typeError(({ value }) => `config must be an object, got ${describe(value)}`);

const KEYS = Object.keys(CONFIG.fields);

/** Runs one yup check; its refusal stops Strapi at boot with yup's message, as a plain Error. */
function check(run: () => unknown) {
  try {
    run();
  } catch (error) {
    throw error instanceof yup.ValidationError ? new Error(error.message) : error;
  }
}

/**
 * Stops Strapi at boot on a config it would otherwise half-understand: the
 * keys are read in the order the config gives them, the first wrong one named.
 */
export function validateConfig(config: unknown): asserts config is PluginConfig {
  const options = { strict: true, abortEarly: true };
  check(() => CONFIG.validateSync(config, { ...options, recursive: false }));
  for (const key of Object.keys(config as object)) {
    if (!KEYS.includes(key)) throw new Error(`unknown config key "${key}" (allowed: ${KEYS.join(', ')})`);
    check(() => CONFIG.validateSyncAt(key, config, options));
  }
}

export default {
  default: defaultConfig,
  validator: validateConfig,
};
