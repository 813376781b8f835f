import { describe, expect, test } from 'vitest';
import { RateLimiter } from '../../src/discord/RateLimiter.ts';

describe('RateLimiter', () => {
	test('allows N hits a minute per key, then says how long to wait, and allows again as the window slides', () => {
		let now = 0;
		const perMinute = new RateLimiter(3, 60_000, () => now);
		const hits = [0, 20_000, 40_000].map((at) => {
			now = at;
			return perMinute.take('news');
		});
		expect(hits).toEqual([0, 0, 0]);
		now = 50_000;
		expect(perMinute.take('news')).toBe(10_000);
		expect(perMinute.take('general'), 'another channel has its own budget').toBe(0);
		now = 59_999;
		expect(perMinute.take('news')).toBe(1);
		now = 60_000;
		expect(perMinute.take('news'), 'a minute after the first answer').toBe(0);
		expect(perMinute.take('news'), 'the second answer is still within its minute').toBe(20_000);
	});

	test('a per-user cooldown of 5 s allows one /ask, then one again after 5 s; 0 turns it off', () => {
		let now = 1_000;
		const cooldown = new RateLimiter(1, 5_000, () => now);
		expect(cooldown.take('member')).toBe(0);
		now = 3_000;
		expect(cooldown.take('member')).toBe(3_000);
		now = 6_000;
		expect(cooldown.take('member')).toBe(0);
		const off = new RateLimiter(1, 0, () => now);
		expect([off.take('member'), off.take('member')]).toEqual([0, 0]);
	});
});
