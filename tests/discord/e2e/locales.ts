import { describe, expect, test } from 'vitest';
import { interact } from '../standIn/interactions.ts';
import { opt } from '../standIn/options.ts';
import { interactionBase } from '../standIn/payloads.ts';
import type { SpecValidator } from '../standIn/specValidator.ts';
import { useTestBot } from '../standIn/useTestBot.ts';

/** The bot's own wording in the member's language (interaction.locale); quotes stay in the report's. */
export function localeTests(validator: SpecValidator): void {
	describe('replies in the member’s language', () => {
		const bot = useTestBot(validator);
		const askIn = (locale: string, question: string) => {
			const data = { id: '1', name: 'ask', type: 1, options: [opt.string('question', question)] };
			return interact(bot().discord, { ...interactionBase(2, data), locale }).edit();
		};

		test('a member whose client is in German gets German labels around the English quote', async () => {
			const { body } = await askIn('de', 'How many drones were shot down?');
			const embed = body.embeds[0];
			expect(embed.fields.map((f: { name: string }) => f.name)).toEqual(['Quelle', 'Sicherheit']);
			expect(embed.fields[0].value).toBe('Energy truce strikes, Absatz 5');
			expect(embed.description).toContain('shoot down **72 drones**');
			expect(body.components[0].components[0].label).toBe('Absatz zeigen');
		});

		test('Ukrainian for a declined question, English for a locale without a translation', async () => {
			const { body } = await askIn('uk', 'Who won the football match?');
			expect(body.content).toMatch(/^У звіті про це не сказано\./);
			const { body: japanese } = await askIn('ja', 'Who won the football match?');
			expect(japanese.content).toMatch(/^The report does not say\./);
		});
	});
}
