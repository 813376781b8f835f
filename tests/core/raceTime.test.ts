import { describe, expect, it } from 'vitest';
import { raceTime } from '../../src/core/raceTime.ts';

describe('raceTime', () => {
	it('reads a race time asked, not the time of day of an event', () => {
		expect(raceTime('what was the winning time', 'She won in 2:08:41.')?.text).toBe('2:08:41');
		expect(raceTime("what was romania's time", 'Romania were second.')).toBeNull();
		expect(raceTime('what was the time of the attack', 'It began at 4 a.m.')).toBeUndefined();
		expect(raceTime('what time did the rocket lift off', 'It lifted off at 9:14 p.m.')).toBeUndefined();
	});
});
