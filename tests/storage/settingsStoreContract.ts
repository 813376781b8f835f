import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.ts';
import type { AsyncSettingsStore } from '../../src/storage/AsyncSettingsStore.ts';
import { DEFAULT_THRESHOLD } from '../../src/storage/SettingsStore.ts';

export interface StoreOptions {
	now?: () => Date;
	maxUnanswered?: number;
}

/** Opens a store on one database; each call opens another store (connection) on that same database. */
export type OpenStore = (options?: StoreOptions) => Promise<AsyncSettingsStore>;

/**
 * The behaviour every settings backend shares, as one suite: `freshDatabase` is called before each test and gives a
 * way to open stores on a new, empty database. Stores opened through it are closed after each test.
 *
 * @example
 * describeSettingsStore('SQLite', async () => (options) => asyncSqliteStore(new SqliteSettingsStore(newFile(), options)));
 */
export function describeSettingsStore(name: string, freshDatabase: () => Promise<OpenStore>): void {
	describe(`${name} settings store`, () => {
		const opened: AsyncSettingsStore[] = [];
		let openOn: OpenStore;
		const open = async (options?: StoreOptions) => {
			const store = await openOn(options);
			opened.push(store);
			return store;
		};
		beforeEach(async () => {
			openOn = await freshDatabase();
		});
		afterEach(async () => {
			await Promise.all(opened.splice(0).map((store) => store.close()));
		});

		describe('settings', () => {
			it('GIVEN a guild never configured THEN it has the default threshold and no channels', async () => {
				expect(await (await open()).get('1')).toEqual({ guildId: '1', threshold: DEFAULT_THRESHOLD, channels: {} });
			});

			it('GIVEN channel modes and a threshold THEN get returns them, last write winning', async () => {
				const store = await open();
				await store.setChannelMode('1', '10', 'auto');
				await store.setChannelMode('1', '11', 'off');
				await store.setChannelMode('1', '10', 'mention');
				await store.setThreshold('1', 0.75);
				expect(await store.get('1')).toEqual({
					guildId: '1',
					threshold: 0.75,
					channels: { '10': 'mention', '11': 'off' },
				});
			});

			it('GIVEN two guilds THEN settings of one never show in the other', async () => {
				const store = await open();
				await store.setChannelMode('1', '10', 'auto');
				await store.setThreshold('2', 0.1);
				expect((await store.get('1')).threshold).toBe(DEFAULT_THRESHOLD);
				expect((await store.get('2')).channels).toEqual({});
			});

			it('GIVEN reset THEN the guild is back to defaults, other guilds and the unanswered log are kept', async () => {
				const store = await open();
				await store.setChannelMode('1', '10', 'auto');
				await store.setThreshold('1', 0.2);
				await store.setChannelMode('2', '20', 'auto');
				await store.logUnanswered('1', 'How many tanks?');
				await store.reset('1');
				expect(await store.get('1')).toEqual({ guildId: '1', threshold: DEFAULT_THRESHOLD, channels: {} });
				expect((await store.get('2')).channels).toEqual({ '20': 'auto' });
				expect(await store.unanswered('1')).toHaveLength(1);
			});

			it.each([0, 1, 0.5, 0.1 + 0.2])('GIVEN threshold %s THEN it is stored exactly', async (threshold) => {
				const store = await open();
				await store.setThreshold('1', threshold);
				expect((await store.get('1')).threshold).toBe(threshold);
			});

			it.each([-0.01, 1.01, Number.NaN, Number.POSITIVE_INFINITY])(
				'GIVEN threshold %s THEN it rejects with a UserError and the old value is kept',
				async (threshold) => {
					const store = await open();
					await store.setThreshold('1', 0.3);
					await expect(store.setThreshold('1', threshold)).rejects.toThrow(UserError);
					expect((await store.get('1')).threshold).toBe(0.3);
				},
			);

			it('GIVEN an unknown channel mode THEN it is refused', async () => {
				const store = await open();
				await expect(store.setChannelMode('1', '10', 'loud' as 'auto')).rejects.toThrow(TypeError);
				expect((await store.get('1')).channels).toEqual({});
			});

			it('GIVEN 100 writes issued at once THEN none is lost', async () => {
				const store = await open();
				await Promise.all(Array.from({ length: 100 }, (_, i) => store.setChannelMode('1', `c${i}`, 'auto')));
				expect(Object.keys((await store.get('1')).channels)).toHaveLength(100);
			});

			it('GIVEN settings written THEN they survive close and reopen', async () => {
				const first = await open();
				await first.setChannelMode('1', '10', 'auto');
				await first.setThreshold('1', 0.8);
				await first.logUnanswered('1', 'Why?');
				await first.close();
				await first.close();
				const second = await open();
				expect(await second.get('1')).toEqual({ guildId: '1', threshold: 0.8, channels: { '10': 'auto' } });
				expect(await second.unanswered('1')).toEqual([expect.objectContaining({ question: 'Why?', count: 1 })]);
			});
		});

		describe('unanswered log', () => {
			it('GIVEN repeated questions differing in case and spacing THEN they are grouped with counts, latest first', async () => {
				let clock = Date.parse('2026-01-01T00:00:00Z');
				const store = await open({
					now: () => {
						clock += 1000;
						return new Date(clock);
					},
				});
				await store.logUnanswered('1', 'How many tanks?');
				await store.logUnanswered('1', 'Who won?');
				await store.logUnanswered('1', '  how   MANY tanks? ');
				await store.logUnanswered('1', 'What about\nships?');
				await store.logUnanswered('2', 'How many tanks?');
				expect(await store.unanswered('1')).toEqual([
					{ question: 'What about ships?', count: 1, lastAskedAt: '2026-01-01T00:00:04.000Z' },
					{ question: 'how MANY tanks?', count: 2, lastAskedAt: '2026-01-01T00:00:03.000Z' },
					{ question: 'Who won?', count: 1, lastAskedAt: '2026-01-01T00:00:02.000Z' },
				]);
				expect(await store.unanswered('1', 1)).toHaveLength(1);
				expect(await store.unanswered('2')).toEqual([expect.objectContaining({ count: 1 })]);
			});

			it('GIVEN questions asked within the same millisecond THEN the order is still the order of asking', async () => {
				const store = await open({ now: () => new Date(0) });
				for (const q of ['a?', 'b?', 'c?', 'a?']) await store.logUnanswered('1', q);
				expect((await store.unanswered('1')).map((u) => u.question)).toEqual(['a?', 'c?', 'b?']);
			});

			it('GIVEN an empty or whitespace question THEN nothing is logged', async () => {
				const store = await open();
				await store.logUnanswered('1', '');
				await store.logUnanswered('1', ' \n\t ');
				expect(await store.unanswered('1')).toEqual([]);
			});

			it('GIVEN a 10,000-character question THEN it is logged cut to 500 characters', async () => {
				const store = await open();
				await store.logUnanswered('1', 'x'.repeat(10_000));
				expect((await store.unanswered('1'))[0]?.question).toHaveLength(500);
			});

			it('GIVEN more distinct questions than the cap THEN only the latest are kept, per guild', async () => {
				const store = await open({ maxUnanswered: 3 });
				for (let i = 1; i <= 6; i++) await store.logUnanswered('1', `question ${i}`);
				await store.logUnanswered('2', 'other guild');
				expect((await store.unanswered('1', 100)).map((u) => u.question)).toEqual([
					'question 6',
					'question 5',
					'question 4',
				]);
				expect(await store.unanswered('2')).toHaveLength(1);
			});

			it('GIVEN a limit of 0 or below THEN no questions are returned', async () => {
				const store = await open();
				await store.logUnanswered('1', 'Why?');
				expect(await store.unanswered('1', 0)).toEqual([]);
				expect(await store.unanswered('1', -5)).toEqual([]);
			});
		});

		describe('answers and votes', () => {
			const record = (answerId: string, question = 'How many drones were shot down?', answer = '72 drones') => ({
				answerId,
				question,
				answered: true,
				answer,
				confidence: 0.8,
				source: { report: 'truce', paragraph: 5, sentence: 3, quote: 'They shot down 72 drones.' },
			});

			it('GIVEN votes from two members THEN each counts once, a member can change theirs, and the tally says so', async () => {
				const store = await open();
				await store.recordAnswer('1', record('a1'));
				expect(await store.vote('1', 'a1', 'alice', 'down')).toEqual({ up: 0, down: 1 });
				expect(await store.vote('1', 'a1', 'bob', 'down')).toEqual({ up: 0, down: 2 });
				expect(await store.vote('1', 'a1', 'alice', 'down')).toEqual({ up: 0, down: 2 });
				expect(await store.vote('1', 'a1', 'alice', 'up')).toEqual({ up: 1, down: 1 });
			});

			it('GIVEN an answer not kept, or kept in another server THEN a vote on it is refused', async () => {
				const store = await open();
				await store.recordAnswer('1', record('a1'));
				expect(await store.vote('1', 'missing', 'alice', 'up')).toBeUndefined();
				expect(await store.vote('2', 'a1', 'alice', 'up')).toBeUndefined();
			});

			it('GIVEN answers voted wrong THEN they come most 👎 first, showings of one answer together, with the source', async () => {
				const store = await open();
				await store.recordAnswer('1', record('a1'));
				await store.recordAnswer('1', record('a2', 'how many  DRONES were shot down?'));
				await store.recordAnswer('1', record('b1', 'Who is Trump?', 'US President'));
				await store.recordAnswer('1', record('c1', 'Where?', 'Sumy'));
				await store.recordAnswer('2', record('d1'));
				await store.vote('1', 'a1', 'alice', 'down');
				await store.vote('1', 'a2', 'bob', 'down');
				await store.vote('1', 'a2', 'carol', 'up');
				await store.vote('1', 'b1', 'alice', 'down');
				await store.vote('1', 'c1', 'alice', 'up');
				await store.vote('2', 'd1', 'dave', 'down');
				const wrong = await store.wrongAnswers('1');
				expect(wrong).toEqual(
					[
						{ ...record('x'), answerId: undefined, question: expect.any(String), up: 1, down: 2 },
						{ ...record('x', 'Who is Trump?', 'US President'), answerId: undefined, up: 0, down: 1 },
					].map(({ answerId: _, ...rest }) => rest),
				);
				expect(await store.wrongAnswers(undefined)).toHaveLength(2);
				expect((await store.wrongAnswers(undefined))[0]?.down).toBe(3);
				expect(await store.wrongAnswers('1', 1)).toHaveLength(1);
			});

			it('GIVEN a declined answer THEN it is kept without a source', async () => {
				const store = await open();
				await store.recordAnswer('1', {
					answerId: 'n1',
					question: 'Who won?',
					answered: false,
					answer: '',
					confidence: 0,
				});
				await store.vote('1', 'n1', 'alice', 'down');
				expect(await store.wrongAnswers('1')).toEqual([
					{ question: 'Who won?', answered: false, answer: '', confidence: 0, up: 0, down: 1 },
				]);
			});

			it('GIVEN unanswered questions THEN declinedMostOften lists the most asked first', async () => {
				const store = await open();
				for (const q of ['rare?', 'often?', 'often?', 'often?', 'twice?', 'twice?']) await store.logUnanswered('1', q);
				expect((await store.declinedMostOften('1')).map((q) => [q.question, q.count])).toEqual([
					['often?', 3],
					['twice?', 2],
					['rare?', 1],
				]);
			});
		});

		describe('settings version and state', () => {
			it('GIVEN a write to the settings through another connection THEN the version moves; logging a question leaves it', async () => {
				const reader = await open();
				const writer = await open();
				const before = await reader.settingsVersion();
				await writer.logUnanswered('1', 'Why?');
				expect(await reader.settingsVersion()).toBe(before);
				for (const write of [
					() => writer.setChannelMode('1', '10', 'auto'),
					() => writer.setThreshold('1', 0.4),
					() => writer.reset('1'),
				]) {
					const seen = await reader.settingsVersion();
					await write();
					expect(await reader.settingsVersion()).toBeGreaterThan(seen);
				}
			});

			it('GIVEN a state key THEN it is undefined until set, and the last value set wins across connections', async () => {
				const one = await open();
				const two = await open();
				expect(await one.getState('commands')).toBeUndefined();
				await one.setState('commands', 'a');
				await two.setState('commands', 'b');
				expect(await one.getState('commands')).toBe('b');
			});
		});
	});
}
