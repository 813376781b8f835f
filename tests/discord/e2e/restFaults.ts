import { afterEach, describe, expect, test } from 'vitest';
import type { RecordedRequest } from '../standIn/FakeDiscord.ts';
import { injectFault, rateLimited, serverError, waitUntil } from '../standIn/faults.ts';
import { type Exchange, slash } from '../standIn/interactions.ts';
import { EPHEMERAL, opt } from '../standIn/options.ts';
import { respondTo } from '../standIn/respondTo.ts';
import { SlowFactdesk } from '../standIn/SlowFactdesk.ts';
import type { SpecValidator } from '../standIn/specValidator.ts';
import { testFactdesk } from '../standIn/startTestBot.ts';
import { useTestBot } from '../standIn/useTestBot.ts';

const APOLOGY = 'Sorry, something went wrong on my side. Please try again in a moment.';
const isCallback = (r: RecordedRequest) => /\/interactions\/\d+\/[^/]+\/callback$/.test(r.path);
const isEdit = (r: RecordedRequest) => r.method === 'PATCH' && r.path.endsWith('/messages/@original');
const isFollowUp = (r: RecordedRequest) => r.method === 'POST' && /\/webhooks\/\d+\/[^/]+$/.test(r.path);
/** `match`, limited to the requests for `exchange`'s interaction. */
const mine = (exchange: Exchange, match: (r: RecordedRequest) => boolean) => (r: RecordedRequest) =>
	r.path.includes(exchange.token) && match(r);
/** Milliseconds between the faulted request and the one sent again. */
const waited = (seen: RecordedRequest[]) => (seen[1]?.at ?? 0) - (seen[0]?.at ?? 0);

/** REST faults: 429 with retry-after, 500, slow responses, and a core slow enough to need the deferral. */
export function restFaultTests(validator: SpecValidator): void {
	describe('REST faults', () => {
		const engine = new SlowFactdesk(testFactdesk());
		const bot = useTestBot(validator, { engine: engine.desk });
		const askDrones = () => slash(bot().discord, 'ask', [opt.string('question', 'How many drones were shot down?')]);
		afterEach(() => {
			bot().discord.fault = undefined;
			engine.delayMs = 0;
			engine.failing = false;
		});

		test('429 with retry-after on the interaction callback: the bot waits as told, sends it again and the member gets the answer', async () => {
			const exchange = askDrones();
			const seen = injectFault(bot().discord, '429s', mine(exchange, isCallback), () => rateLimited(1));
			const { body } = await exchange.answer();
			expect(body.data.embeds[0].title).toBe('72 drones');
			expect(seen).toHaveLength(2);
			expect(waited(seen)).toBeGreaterThanOrEqual(900);
		});

		test('429 with retry-after on the edit carrying the answer: sent again after the wait, the answer arrives', async () => {
			const exchange = askDrones();
			const seen = injectFault(bot().discord, '429s', mine(exchange, isEdit), () => rateLimited(1));
			await waitUntil(() => seen.length >= 2, 'the edit sent again after the 429');
			expect(seen[1]?.body.embeds[0].title).toBe('72 drones');
			expect(waited(seen)).toBeGreaterThanOrEqual(900);
		});

		test('429 on the follow-up carrying an error: sent again, the member still gets the apology, only to them', async () => {
			engine.failing = true;
			const exchange = askDrones();
			const seen = injectFault(bot().discord, '429s', mine(exchange, isFollowUp), () => rateLimited(1));
			await waitUntil(() => seen.length >= 2, 'the follow-up sent again after the 429');
			expect(seen[1]?.body).toMatchObject({ content: APOLOGY, flags: EPHEMERAL });
			expect(waited(seen)).toBeGreaterThanOrEqual(900);
		});

		test('a 500 on the edit carrying the answer: retried, the answer arrives', async () => {
			const exchange = askDrones();
			const seen = injectFault(bot().discord, '500s', mine(exchange, isEdit), () => serverError);
			await waitUntil(() => seen.length >= 2, 'the edit sent again after the 500');
			expect(seen[1]?.body.embeds[0].title).toBe('72 drones');
		});

		test('a 500 on every edit: once retries run out, the deferred reply is deleted and the member gets the apology, only to them', async () => {
			const { discord } = bot();
			const exchange = askDrones();
			const seen = injectFault(discord, '500s', mine(exchange, isEdit), () => serverError, Number.POSITIVE_INFINITY);
			const { body } = await exchange.followUp();
			expect(body).toMatchObject({ content: APOLOGY, flags: EPHEMERAL });
			expect(seen.length, 'discord.js retries a 500 three times').toBe(4);
			const deleted = discord.requests.some((r) => r.method === 'DELETE' && r.path.includes(exchange.token));
			expect(deleted, 'the "thinking…" reply is removed').toBe(true);
			expect(bot().logs.join('')).toContain('interaction failed');
		});

		test('slow responses (2 s on the deferral and 2 s on the edit): the answer still arrives', async () => {
			const { discord } = bot();
			const slow = (r: RecordedRequest) => {
				const [status, body] = respondTo(r, discord.port);
				return { status, body, delayMs: 2000 };
			};
			const exchange = askDrones();
			const slowed = (r: RecordedRequest) => isCallback(r) || isEdit(r);
			const seen = injectFault(discord, 'slow responses', mine(exchange, slowed), slow, 2);
			await waitUntil(() => seen.length >= 2, 'the edit after the slow deferral');
			expect(seen[1]?.body.embeds[0].title).toBe('72 drones');
			expect(waited(seen), 'the edit waited for the slow deferral').toBeGreaterThanOrEqual(2000);
			// The slow edit's response lands before the next test starts (the stand-in sets it once it has answered).
			await waitUntil(() => seen[1]?.response !== undefined, "the slow edit's response", 5000);
		}, 10_000);

		test('a core taking 3.5 s on /ask: the bot defers within 3 s of INTERACTION_CREATE, then the answer edits @original', async () => {
			engine.delayMs = 3500;
			const sentAt = Date.now();
			const exchange = askDrones();
			const deferral = await exchange.callback();
			expect(deferral.body.type).toBe(5);
			expect(deferral.at - sentAt).toBeLessThan(3000);
			const edit = await exchange.edit();
			expect(edit.at - sentAt).toBeGreaterThanOrEqual(3500);
			expect(edit.body.embeds[0].title).toBe('72 drones');
		}, 10_000);

		test('a core taking 3.5 s on /summary: the bot defers within 3 s of INTERACTION_CREATE, then the summary edits @original', async () => {
			engine.delayMs = 3500;
			const sentAt = Date.now();
			const exchange = slash(bot().discord, 'summary');
			const deferral = await exchange.callback();
			expect(deferral.body.type).toBe(5);
			expect(deferral.at - sentAt).toBeLessThan(3000);
			const edit = await exchange.edit();
			expect(edit.at - sentAt).toBeGreaterThanOrEqual(3500);
			expect(edit.body.embeds[0].title).toBe('Energy truce strikes');
		}, 10_000);
	});
}
