import { describe, expect, it } from 'vitest';
import { synonymStems } from '../../src/core/synonymStems.ts';
import { stem } from '../../src/core/tokenize.ts';

describe('synonymStems', () => {
	it('gives the stems of a word family, the word itself left out', () => {
		expect(synonymStems(stem('kids'))).toEqual([stem('child')]);
		expect(synonymStems(stem('wants'))).toContain(stem('demanding'));
		expect(synonymStems(stem('manufactured'))).toContain(stem('made'));
		expect(synonymStems(stem('kids'))).not.toContain(stem('kids'));
	});

	it('gives none for a word in no family', () => {
		expect(synonymStems(stem('harbour'))).toEqual([]);
	});
});
