import { describe, expect, it } from 'vitest';
import { exactDetailAsked } from '../../src/core/exactDetailAsked.ts';
import { floodReport } from './floodReport.ts';

describe('exactDetailAsked', () => {
	it('reads "exactly" as asking a finer detail, wherever it stands', () => {
		expect(exactDetailAsked('where exactly did the avalanche happen')).toBe(true);
		expect(exactDetailAsked('what is he charged with exactly')).toBe(true);
		expect(exactDetailAsked('where did the avalanche happen')).toBe(false);
		expect(exactDetailAsked('What exactly does short-term memory allow a person to do?')).toBe(false);
	});

	it('lowers the fit of a broad answer to "where exactly", keeps it for the plain question', () => {
		const { shortAnswer, context } = floodReport(
			['Avalanche kills two', 'An avalanche buried two skiers in the Kessel Pass area on Sunday.'].join('\n\n'),
		);
		const exact = shortAnswer('where exactly did the avalanche happen', 'Kessel Pass');
		const plain = shortAnswer('where did the avalanche happen', 'Kessel Pass');
		expect(exact.fit).toBeLessThanOrEqual(plain.fit * context.options.otherDeedFit);
		expect(plain.fit).toBe(1);
	});
});
