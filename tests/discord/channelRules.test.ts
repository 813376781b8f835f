import { describe, expect, test } from 'vitest';
import { answeringChannels, channelMode } from '../../src/discord/channelMode.ts';
import { looksLikeQuestion } from '../../src/discord/looksLikeQuestion.ts';
import { RateLimiter } from '../../src/discord/RateLimiter.ts';

describe('channelMode', () => {
	const settings = (channels: Record<string, 'off' | 'mention' | 'auto'>) => ({
		guildId: 'g',
		threshold: 0.6,
		channels,
	});
	test('GIVEN no configured channel THEN every channel answers mentions and commands', () => {
		expect(channelMode(settings({}), 'any')).toBe('mention');
	});
	test('GIVEN configured channels THEN an unlisted channel is off and a thread follows its parent', () => {
		const s = settings({ a: 'auto', b: 'off' });
		expect(channelMode(s, 'a')).toBe('auto');
		expect(channelMode(s, 'c')).toBe('off');
		expect(channelMode(s, 'thread', 'a')).toBe('auto');
		expect(answeringChannels(s)).toEqual(['<#a>']);
	});
});

describe('looksLikeQuestion', () => {
	test.each(['How many drones were shot down', 'who is Zelensky', 'drones?', 'Did Russia strike Sumy', '¿what?'])(
		'GIVEN "%s" THEN it is a question',
		(text) => expect(looksLikeQuestion(text)).toBe(true),
	);
	test.each(['good morning', 'the drones were shot down.', '', 'Howdy all'])('GIVEN "%s" THEN it is not', (text) =>
		expect(looksLikeQuestion(text)).toBe(false),
	);
});

describe('RateLimiter', () => {
	test('GIVEN 2 a minute THEN the third hit waits until the first leaves the window, per key', () => {
		let now = 0;
		const limiter = new RateLimiter(2, 60_000, () => now);
		expect([limiter.take('a'), limiter.take('a')]).toEqual([0, 0]);
		now = 10_000;
		expect(limiter.take('a')).toBe(50_000);
		expect(limiter.take('b')).toBe(0);
		now = 60_000;
		expect(limiter.take('a')).toBe(0);
	});
	test('GIVEN a limit of 0 THEN nothing is limited', () => {
		const limiter = new RateLimiter(1, 0);
		expect([limiter.take('a'), limiter.take('a')]).toEqual([0, 0]);
	});
});
