import { describe, expect, it } from 'vitest';
import { EMBED_URL_MAX, plainText, safeLink } from '../../src/discord/plainText.ts';

describe('plainText', () => {
	it.each([
		['[the official site](https://evil.example)', '\\[the official site\\]\\(https\\://evil.example\\)'],
		['<https://evil.example>', '\\<https\\://evil.example\\>'],
		['<@123456789012345678>', '\\<@123456789012345678\\>'],
		[
			'**bold** __u__ ~~s~~ ||spoiler|| `code`',
			'\\*\\*bold\\*\\* \\_\\_u\\_\\_ \\~\\~s\\~\\~ \\|\\|spoiler\\|\\| \\`code\\`',
		],
		['# heading', '\\# heading'],
		['> quote', '\\> quote'],
		['- item\n1. item', '\\- item\n1\\. item'],
		['72 drones, 3-day truce.', '72 drones, 3-day truce.'],
	])('%j is shown as written', (text, escaped) => {
		expect(plainText(text)).toBe(escaped);
	});

	it('takes linear time on a long run of brackets', () => {
		const started = performance.now();
		plainText('[]('.repeat(200_000));
		// Linear work takes ~100 ms here (500+ ms with the other test files on both cores); quadratic, minutes.
		expect(performance.now() - started).toBeLessThan(2000);
	});
});

describe('safeLink', () => {
	it.each([
		['https://example.com/strike', 'https://example.com/strike'],
		['http://example.com', 'http://example.com'],
		['javascript:alert(1)', undefined],
		['data:text/html,<script>', undefined],
		['ftp://example.com/file', undefined],
		['/relative/path', undefined],
		[`https://example.com/${'a'.repeat(EMBED_URL_MAX)}`, undefined],
	])('%j → %j', (url, expected) => {
		expect(safeLink(url)).toBe(expected);
	});
});
