import { describe, expect, test } from 'vitest';
import { type ButtonAction, CUSTOM_ID_MAX, decodeCustomId, encodeCustomId } from '../../src/discord/customIds.ts';

describe('custom ids', () => {
	const actions: ButtonAction[] = [
		{ kind: 'paragraph', report: 'energy-truce-strikes', paragraph: 5 },
		{ kind: 'alternative', report: 'energy-truce-strikes', paragraph: 5, start: 255, end: 447 },
		{ kind: 'facts', page: 2, factKind: 'count', about: 'drones: shot down' },
		{ kind: 'facts', page: 0 },
	];
	test.each(actions)('GIVEN $kind THEN it decodes to what was encoded', (action) => {
		expect(decodeCustomId(encodeCustomId(action))).toEqual(action);
	});
	test('GIVEN a 500-character about THEN the id stays within 100 characters', () => {
		expect(encodeCustomId({ kind: 'facts', page: 3, about: 'a'.repeat(500) }).length).toBeLessThanOrEqual(
			CUSTOM_ID_MAX,
		);
	});
	test('GIVEN foreign or broken ids THEN nothing is decoded', () => {
		for (const id of ['', 'x:1', 'para:abc:r', 'para:0:r', 'alt:1:2:r', 'facts:1:nonsense:x']) {
			expect(decodeCustomId(id)).toBeUndefined();
		}
	});
});
