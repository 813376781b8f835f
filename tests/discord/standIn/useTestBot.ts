import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { SpecValidator } from './specValidator.ts';
import { startTestBot, type TestBot, type TestBotOptions } from './startTestBot.ts';

/**
 * Starts a bot on its own stand-in for the enclosing describe block and stops it afterwards. After each test,
 * every request body the bot sent must have passed the OpenAPI validation.
 */
export function useTestBot(validator: SpecValidator, options: TestBotOptions = {}): () => TestBot {
	let running: TestBot | undefined;
	beforeAll(async () => {
		running = await startTestBot(validator, options);
	});
	afterEach(() => {
		const violations = running?.discord.violations.splice(0) ?? [];
		expect(violations, 'request bodies that fail Discord’s OpenAPI description').toEqual([]);
	});
	afterAll(async () => {
		await running?.stop();
	});
	return () => {
		if (!running) throw new Error('the test bot did not start');
		return running;
	};
}
