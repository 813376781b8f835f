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

	test('1,000,000 distinct members: every key is forgotten once its window passed, and the limiter stays bounded', () => {
		let now = 0;
		const cooldown = new RateLimiter(1, 5_000, () => now);
		let largest = 0;
		for (let member = 0; member < 1_000_000; member++) {
			now = member / 50; // 50 new members a millisecond: the million over 20 s, four windows
			if (cooldown.take(`member-${member}`) !== 0) throw new Error(`member ${member} refused`);
			largest = Math.max(largest, cooldown.size);
		}
		expect(largest, 'at most two windows of members (5 s, 250,000 each)').toBeLessThanOrEqual(500_000);
		now += 10_000;
		cooldown.take('late member');
		expect(cooldown.size).toBe(1);
		expect(cooldown.take('late member'), 'the cooldown still holds for a remembered key').toBe(5_000);
	});

	test('a key still in its window is remembered across a rotation; maxKeys bounds what is held', () => {
		let now = 0;
		const limiter = new RateLimiter(1, 1_000, () => now, 4);
		limiter.take('a');
		now = 900;
		limiter.take('b');
		now = 1_100; // a rotation: a and b move to the older generation
		expect(limiter.take('b'), 'b was hit 200 ms ago').toBe(800);
		now = 2_200; // another: a (last hit at 0) is dropped, b moved to the newer one at 1,100
		expect(limiter.take('a')).toBe(0);
		expect(limiter.size).toBe(2);
		for (const key of ['c', 'd', 'e', 'f', 'g', 'h']) limiter.take(key);
		expect(limiter.size).toBeLessThanOrEqual(4);
	});
});
