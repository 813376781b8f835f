/** A configuration value is missing or wrong; the message names each key and never contains a value. */
export class ConfigError extends Error {
	override readonly name = 'ConfigError';
}
