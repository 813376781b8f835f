import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createDeletionIndex } from '../../src/core/deletionIndex.ts';

/** Every one-letter deletion of a word, as a set of strings (what the index stands for). */
function deletions(word: string): Set<string> {
	return new Set(Array.from(word, (_, i) => word.slice(0, i) + word.slice(i + 1)));
}

describe('createDeletionIndex', () => {
	test('finds exactly the words that have a deletion, hash collisions never add one', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.string({ unit: fc.constantFrom('a', 'b', 'r', 'o', 'n', 'é'), maxLength: 7 }), {
					maxLength: 60,
				}),
				fc.string({ unit: fc.constantFrom('a', 'b', 'r', 'o', 'n'), maxLength: 6 }),
				(words, deletion) => {
					const expected = words.filter((w) => deletions(w).has(deletion));
					expect(createDeletionIndex(words).wordsWith(deletion).sort()).toEqual(expected.sort());
				},
			),
			{ seed: 20261130, numRuns: 300 },
		);
	});

	test('files a run of equal letters once: "ballon" under "balon"', () => {
		const index = createDeletionIndex(['ballon', 'drones', 'dines']);
		expect(index.wordsWith('balon')).toEqual(['ballon']);
		expect(index.wordsWith('dones')).toEqual(['drones']);
		expect(index.wordsWith('drones')).toEqual([]);
	});
});
