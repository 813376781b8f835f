import { describe, expect, it } from 'vitest';
import { isInterval } from '../../src/core/isInterval.ts';
import { floodReport } from './floodReport.ts';

const ROOMS = 'The tunnel has two tubes, and emergency safety rooms every 250 metres.';

describe('isInterval', () => {
	it('tells a spacing ("every 250 metres") from a size, unless the question asks how often or how far apart', () => {
		const at = ROOMS.indexOf('250');
		expect(isInterval('How deep does the tunnel go?', ROOMS, at)).toBe(true);
		expect(isInterval('How far apart are the safety rooms?', ROOMS, at)).toBe(false);
		const plain = 'The tunnel is 250 metres deep.';
		expect(isInterval('How deep does the tunnel go?', plain, plain.indexOf('250'))).toBe(false);
	});

	it('lowers the fit of a spacing given for a length or a count of metres', () => {
		const { context, shortAnswer } = floodReport(`Tunnel opens\n\n${ROOMS}`);
		expect(shortAnswer('how long is the new tunnel', 'The tunnel has').fit).toBe(context.options.otherDurationFit);
		expect(shortAnswer('how many metres deep is the tunnel', 'The tunnel has').fit).toBeLessThanOrEqual(
			context.options.countMismatchFit,
		);
	});
});
