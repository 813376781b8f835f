import { config as loadDotenv } from 'dotenv';

/** Environment variables by name, as process.env holds them. */
export type Environment = Record<string, string | undefined>;

/**
 * `base` (process.env) with the .env file's values added where a variable is not set; `base` itself is left alone.
 */
export function readEnvironment(envFile = '.env', base: Environment = process.env): Environment {
	const merged: Environment = { ...base };
	loadDotenv({ path: envFile, processEnv: merged as Record<string, string>, quiet: true, override: false });
	return merged;
}
