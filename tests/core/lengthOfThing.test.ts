import { describe, expect, it } from 'vitest';
import { lengthOfThing } from '../../src/core/lengthOfThing.ts';
import { floodReport } from './floodReport.ts';

describe('lengthOfThing', () => {
	it('finds the size written before the thing asked', () => {
		const parade = 'A nine-metre dragon carried by 40 puppeteers opened the ten-day event.';
		expect(lengthOfThing('how long was the dragon', parade)?.text).toBe('nine-metre');
		expect(lengthOfThing('How tall is the new tower?', 'The 300-foot-tall glass tower opened.')?.text).toBe('300-foot');
		expect(lengthOfThing('how long is the tunnel', 'a 2 km rail tunnel under the bay')?.text).toBe('2 km');
	});

	it('finds the size written right after the thing asked ("tentacles 55 metres long"), not another thing\'s', () => {
		const kite = 'A kite shaped like an octopus, with tentacles 55 metres long, flew over the nine-day festival.';
		expect(lengthOfThing("how long were the octopus kite's tentacles", kite)?.text).toBe('55 metres');
		expect(lengthOfThing('how long was the festival', kite)).toBeUndefined();
		expect(lengthOfThing('how tall is the wall', 'A tower 30 metres high stands by the wall.')).toBeUndefined();
		const apposed = 'The kite, a 14-metre inflatable shaped like a whale, belonged to a display team.';
		expect(lengthOfThing('how big was the kite', apposed)?.text).toBe('14-metre');
		expect(lengthOfThing('how big was the whale', apposed)).toBeUndefined();
	});

	it('gives nothing for another thing, or a question not about a size', () => {
		const parade = 'A nine-metre dragon carried by 40 puppeteers opened the ten-day event.';
		expect(lengthOfThing('how long was the event', parade)).toBeUndefined();
		expect(lengthOfThing('how long did the dragon take to build', parade)).toBeUndefined();
		expect(lengthOfThing('how big was the crowd', parade)).toBeUndefined();
		expect(lengthOfThing('how tall is the tower', 'a 10-metre wall around the tower')).toBeUndefined();
	});

	it('answers "how long was the X" by that size, not a length of time', () => {
		const { shortAnswer } = floodReport('A nine-metre dragon carried by 40 puppeteers opened the ten-day festival.');
		expect(shortAnswer('how long was the dragon', 'dragon').phrase.text).toBe('nine metres');
		expect(shortAnswer('how long was the festival', 'dragon').phrase.text).toBe('ten days');
		expect(shortAnswer('how tall was the dragon', 'dragon').phrase.text).toBe('nine metres');
		// The size of the very thing asked is the fact asked, which counts as evidence for the answer.
		expect(shortAnswer('how long was the dragon', 'dragon').matched).toBe(true);
		expect(shortAnswer('how tall was the dragon', 'dragon').matched).toBe(true);
	});
});
