import { describe, expect, test } from 'vitest';
import { faultCounts, waitUntil } from '../standIn/faults.ts';
import { slash } from '../standIn/interactions.ts';
import { opt } from '../standIn/options.ts';
import type { SpecValidator } from '../standIn/specValidator.ts';
import { useTestBot } from '../standIn/useTestBot.ts';

/** Gateway faults: dropped connections, invalid sessions (op 9) and reconnect requests (op 7). */
export function gatewayFaultTests(validator: SpecValidator): void {
	describe('gateway faults', () => {
		const bot = useTestBot(validator);
		const sessions = () => ({ identifies: bot().discord.identifies.length, resumes: bot().discord.resumes.length });

		/** Waits until the bot has a live session again: `how` says whether by RESUME or a new IDENTIFY. */
		async function backOnline(before: ReturnType<typeof sessions>, how: 'resumed' | 'identified') {
			const grew = how === 'resumed' ? 'resumes' : 'identifies';
			await waitUntil(() => sessions()[grew] > before[grew], `the bot ${how} after the fault`);
			const other = how === 'resumed' ? 'identifies' : 'resumes';
			expect(sessions()[other], `the bot ${how}, no ${other}`).toBe(before[other]);
		}

		async function answersAsk() {
			const question = opt.string('question', 'How many drones were shot down?');
			const { body } = await slash(bot().discord, 'ask', [question]).answer();
			expect(body.data.embeds[0].title).toBe('72 drones');
		}

		test('dropped mid-session three times (close 4000, a cut TCP connection, close 1000), the bot resumes or identifies again and answers /ask after each', async () => {
			const { discord } = bot();
			await answersAsk();
			const drops: [code: number, abrupt: boolean, how: 'resumed' | 'identified'][] = [
				[4000, false, 'resumed'],
				[1006, true, 'resumed'],
				[1000, false, 'identified'],
			];
			for (const [code, abrupt, how] of drops) {
				const before = sessions();
				discord.dropConnections(code, abrupt);
				faultCounts['connection drops']++;
				await backOnline(before, how);
				await answersAsk();
			}
			const lastResume = discord.resumes.at(-1) as { session_id: string; token: string; seq: number };
			expect(lastResume.session_id).toMatch(/^session-\d+$/);
			expect(lastResume.token).toBe('test-token.stand-in');
		}, 12_000);

		test('an invalid session that cannot be resumed (op 9, d: false): the bot identifies again and answers /ask', async () => {
			const before = sessions();
			bot().discord.invalidateSession(false);
			faultCounts['invalid sessions (op 9)']++;
			await backOnline(before, 'identified');
			await answersAsk();
		}, 10_000);

		test('an invalid session that can be resumed (op 9, d: true): the bot resumes and answers /ask', async () => {
			const before = sessions();
			bot().discord.invalidateSession(true);
			faultCounts['invalid sessions (op 9)']++;
			await backOnline(before, 'resumed');
			await answersAsk();
		}, 10_000);

		test('a reconnect request (op 7): the bot reconnects, resumes and answers /ask', async () => {
			const before = sessions();
			bot().discord.requestReconnect();
			faultCounts['reconnect requests (op 7)']++;
			await backOnline(before, 'resumed');
			await answersAsk();
		}, 10_000);
	});
}
