import { describe, expect, it } from 'vitest';
import { askedAction } from '../../src/core/askedAction.ts';

describe('askedAction', () => {
	it.each([
		['How many appointments were cancelled because of the attack?', 'cancelled'],
		['How many launchers did government gunners destroy?', 'destroyed'],
		['How many people died in the attack?', 'killed'],
		['How many were injured in the strikes?', 'injured'],
		['how many launchers?', 'launched'],
		['How many drones were launched?', 'launched'],
		['How many people live there?', undefined],
		['how many rescuers were involved in total', 'rescued'],
		['how many drones were involved', undefined],
	])('"%s" asks of %s', (question, action) => {
		expect(askedAction(question)).toBe(action);
	});
});
