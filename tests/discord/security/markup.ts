import { describe, expect, test } from 'vitest';
import { createFactdesk } from '../../../src/core/createFactdesk.ts';
import { toAsyncFactdesk } from '../../../src/engine/AsyncFactdesk.ts';
import { clickButton, slash } from '../standIn/interactions.ts';
import { opt } from '../standIn/options.ts';
import type { SpecValidator } from '../standIn/specValidator.ts';
import { useTestBot } from '../standIn/useTestBot.ts';

const LINK = '[the official site](https://evil.example/claim)';
/** A report whose text, title and link try to plant live links and markdown in the bot's replies. */
const HOSTILE = createFactdesk([
	{
		id: 'hostile',
		title: `[Official](https://evil.example/title) report`,
		url: 'javascript:alert(1)',
		paragraphs: [
			`Officials said 72 drones were shot down overnight, according to ${LINK} and <https://evil.example/auto>.`,
			`# Heading\n- list item with **bold** and ||spoiler|| and \`code\` near 40 missiles.`,
		],
	},
]);

/** Every place report or member text can sit in a reply body: content, embed titles, descriptions, fields. */
function texts(body: { content?: string; embeds?: Record<string, unknown>[] }): string[] {
	const embeds = body.embeds ?? [];
	return [
		body.content ?? '',
		...embeds.flatMap((e) => [
			String(e.title ?? ''),
			String(e.description ?? ''),
			...((e.fields as { name: string; value: string }[] | undefined) ?? []).flatMap((f) => [f.name, f.value]),
		]),
	];
}

/** Markup that Discord would render: a masked link, an autolink, a heading, or bold/code left unescaped. */
const LIVE = /(?<!\\)\]\((?!\\)|(?<!\\)<https?|(?<!\\)(?:\*\*(?=list|bold)|\|\||`code)|^#\s|(?<!\\)https?:\/\//m;

/** Report text and member text reach replies as plain text: no live link or markdown from them, no unsafe URL. */
export function markupTests(validator: SpecValidator): void {
	describe('report and member text are plain text in every view', () => {
		const bot = useTestBot(validator, { engine: toAsyncFactdesk(HOSTILE) });
		const expectPlain = (body: { content?: string; embeds?: Record<string, unknown>[] }) => {
			expect(texts(body).length).toBeGreaterThan(0);
			for (const text of texts(body)) expect(text).not.toMatch(LIVE);
			for (const embed of body.embeds ?? []) expect(embed.url).toBeUndefined();
		};

		test('/source, "Show paragraph", the /ask quote and its Source field, /summary and /facts', async () => {
			const source = await slash(bot().discord, 'source', [opt.integer('paragraph', 1)]).answer();
			expectPlain(source.body.data);
			expect(source.body.data.embeds[0].description).toContain(
				'\\[the official site\\]\\(https\\://evil.example/claim\\)',
			);
			const asked = await slash(bot().discord, 'ask', [
				opt.string('question', 'How many drones were shot down?'),
			]).answer();
			expect(asked.body.data.embeds[0].title).toBe('72 drones');
			expectPlain(asked.body.data);
			const shown = await clickButton(bot().discord, 'para:2:hostile', asked.body.data).answer();
			expectPlain(shown.body.data);
			expectPlain((await slash(bot().discord, 'summary', [opt.string('length', 'long')]).answer()).body.data);
			expectPlain((await slash(bot().discord, 'facts').answer()).body.data);
			expectPlain((await slash(bot().discord, 'facts', [opt.string('about', LINK)]).answer()).body.data);
		});

		test('a declined question with a masked link shows as plain text in /config unanswered', async () => {
			const planted = `[Claim your free Nitro](https://evil.example/nitro) how many tanks were lost?`;
			await slash(bot().discord, 'ask', [opt.string('question', planted)]).answer();
			const { body } = await slash(bot().discord, 'config', [opt.subcommand('unanswered')], {
				who: 'moderator',
			}).callback();
			expect(body.data.embeds[0].description).toContain('\\[Claim your free Nitro\\]');
			expectPlain(body.data);
		});
	});
}
