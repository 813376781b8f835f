import { describe, expect, it, vi } from 'vitest';

const built = vi.hoisted(() => ({ count: 0 }));
vi.mock('fuse.js', async (importOriginal) => {
	const real = (await importOriginal<typeof import('fuse.js')>()).default;
	class CountingFuse<T> extends real<T> {
		constructor(...args: ConstructorParameters<typeof real<T>>) {
			super(...args);
			built.count++;
		}
	}
	return { default: CountingFuse };
});

const { createFactdesk } = await import('../../src/core/createFactdesk.ts');
const { loadFixtureReports } = await import('./loadFixtureReports.ts');
const { MAX_SUGGEST_INPUT } = await import('../../src/core/suggestQuestions.ts');

describe('suggest (autocomplete)', () => {
	const desk = createFactdesk(loadFixtureReports());

	it('builds its index once per engine, not once per request', () => {
		const before = built.count;
		for (const typed of ['how', 'how many', 'how many dro', 'who is', 'what did']) desk.suggest(typed, 25);
		expect(built.count - before).toBeLessThanOrEqual(1);
		expect(desk.suggest('how many dro', 3)[0]).toMatch(/^How many drones/);
	});

	it('matches only the first characters of a long input', () => {
		const long = `how many drones ${'x'.repeat(300)}`;
		expect(desk.suggest(long, 25)).toEqual(desk.suggest(long.slice(0, MAX_SUGGEST_INPUT), 25));
		expect(desk.suggest(long, 25).every((q) => q.length < 300)).toBe(true);
	});
});

describe('questionsFor', () => {
	it('asks about a count with its action, else with the passive verb after it, else with its noun alone', async () => {
		const { questionsFor } = await import('../../src/core/suggestQuestions.ts');
		const { countsOf } = await import('./countsOf.ts');
		const [rescued] = countsOf('The agency said 94 people had been rescued.');
		const [killed] = countsOf('At least four people were killed.');
		const [ships] = countsOf('Officials saw 12 ships on Tuesday.');
		expect([rescued, killed, ships].flatMap((f) => (f ? questionsFor(f) : []))).toEqual([
			'How many people were rescued?',
			'How many people were killed?',
			'How many ships?',
		]);
	});

	it('asks no "how many" of a number that names a thing ("a magnitude 6.8 earthquake")', async () => {
		const { questionsFor } = await import('../../src/core/suggestQuestions.ts');
		const { countsOf } = await import('./countsOf.ts');
		const [quake] = countsOf('A magnitude 6.8 earthquake struck on Friday.');
		expect(quake ? questionsFor(quake) : ['no count']).toEqual([]);
		const [children] = countsOf('Rescuers found 12 children.');
		expect(children ? questionsFor(children) : []).toEqual(['How many children were rescued?']);
	});
});
