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

describe('raceTime in seconds alone', () => {
	it('reads "clocking 21.29 seconds" as a race’s time, not "stable for 1.2 seconds" nor "0.3 seconds behind"', () => {
		expect(raceTime('what was her winning time', 'She won the 200 metres, clocking 21.29 seconds.')?.text).toBe(
			'21.29 seconds',
		);
		expect(raceTime('what did she run in the 100m', 'She won the 100m in 10.71 seconds.')?.text).toBe('10.71 seconds');
		expect(raceTime('what was their time', 'The qubit was kept stable for 1.2 seconds.')).toBeNull();
		expect(raceTime('what was her time', 'She finished 0.31 seconds behind the winner.')).toBeNull();
	});
});

describe('raceTime of one part of a race', () => {
	it('reads "what was her run time" and "whats the winning time" as a race time asked', () => {
		const run = 'Varga ran the 10 kilometers in 32 minutes 51 seconds, the fastest run split of the day.';
		expect(raceTime("what was varga's run time", run)?.text).toBe('32 minutes 51 seconds');
		expect(raceTime('whats the winning time', 'She won in 2 hours 52 minutes 14 seconds.')?.text).toBe(
			'2 hours 52 minutes 14 seconds',
		);
		expect(raceTime("what was varga's run like", run)).toBeUndefined();
	});
});
