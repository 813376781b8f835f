import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { siblingModule } from '../src/siblingModule.ts';

describe('siblingModule', () => {
	test('from dist/ it is the compiled .js file, run by plain node (no tsx)', () => {
		const from = new URL('../dist/discord/runShards.js', import.meta.url).href;
		const entry = siblingModule('./shard', from);
		expect(entry.file).toMatch(/dist\/discord\/shard\.js$/);
		expect(entry.compiled).toBe(true);
		expect(entry.execArgv).toEqual([]);
		expect(existsSync(entry.file)).toBe(true);
	});

	test('from the sources it is the .ts file, run through tsx', () => {
		const entry = siblingModule('./shard', new URL('../src/discord/runShards.ts', import.meta.url).href);
		expect(entry.file).toMatch(/src\/discord\/shard\.ts$/);
		expect(entry.compiled).toBe(false);
		expect(entry.execArgv[0]).toBe('--import');
		expect(entry.execArgv[1]).toMatch(/tsx\/dist\/loader\.mjs$/);
	});
});
