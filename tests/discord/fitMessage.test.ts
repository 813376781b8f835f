import { ButtonStyle, ComponentType } from 'discord.js';
import { describe, expect, test } from 'vitest';
import { embedLength, fitMessage, LIMITS, truncate } from '../../src/discord/fitMessage.ts';

describe('truncate', () => {
	test('GIVEN text within the limit THEN it is returned unchanged', () => {
		expect(truncate('abc', 3)).toBe('abc');
	});
	test('GIVEN text over the limit THEN it is cut to the limit and ends in an ellipsis', () => {
		expect(truncate('abcdef', 4)).toBe('abc…');
	});
	test('GIVEN a cut inside a surrogate pair THEN no lone surrogate is left', () => {
		const cut = truncate('ab😀😀😀', 4);
		expect(cut.length).toBeLessThanOrEqual(4);
		expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
	});
});

describe('fitMessage', () => {
	test('GIVEN 5000 characters of content THEN 2000 are sent', () => {
		const fitted = fitMessage({ content: 'x'.repeat(5000) });
		expect(fitted.content).toHaveLength(LIMITS.content);
		expect(fitted.content?.endsWith('…')).toBe(true);
	});

	test('GIVEN embeds of 12000 characters in all THEN at most 6000 are sent and every field stays non-empty', () => {
		const embed = {
			title: 't'.repeat(300),
			description: 'd'.repeat(5000),
			fields: Array.from({ length: 30 }, (_, i) => ({ name: `n${i}`, value: 'v'.repeat(2000) })),
			footer: { text: 'f'.repeat(3000) },
		};
		const fitted = fitMessage({ embeds: [embed, embed, embed] });
		const total = (fitted.embeds ?? []).reduce((n, e) => n + embedLength(e), 0);
		expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
		const first = fitted.embeds?.[0];
		expect(first?.title).toHaveLength(LIMITS.title);
		expect(first?.description).toHaveLength(LIMITS.description);
		for (const e of fitted.embeds ?? []) {
			expect(e.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fields);
			for (const f of e.fields ?? []) {
				expect(f.name.length).toBeGreaterThan(0);
				expect(f.value.length).toBeGreaterThan(0);
				expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
			}
		}
	});

	test('GIVEN 12 embeds THEN 10 are sent', () => {
		expect(fitMessage({ embeds: Array.from({ length: 12 }, () => ({ title: 'x' })) }).embeds).toHaveLength(10);
	});

	test('GIVEN 7 rows of 7 buttons with long labels THEN 5 rows of 5 with labels of at most 80', () => {
		const button = (i: number) => ({
			type: ComponentType.Button as const,
			style: ButtonStyle.Secondary as const,
			label: 'L'.repeat(200),
			custom_id: `${i}`.padEnd(150, 'c'),
		});
		const row = { type: ComponentType.ActionRow as const, components: Array.from({ length: 7 }, (_, i) => button(i)) };
		const fitted = fitMessage({ components: Array.from({ length: 7 }, () => row) });
		expect(fitted.components).toHaveLength(LIMITS.rows);
		for (const r of fitted.components ?? []) {
			expect(r.components).toHaveLength(LIMITS.buttonsPerRow);
			for (const b of r.components) {
				expect('label' in b && b.label?.length).toBeLessThanOrEqual(LIMITS.label);
				expect('custom_id' in b && b.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
			}
		}
	});
});
