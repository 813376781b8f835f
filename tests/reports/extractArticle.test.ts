import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/reports/extractArticle.ts';
import { ReportRefused } from '../../src/reports/fetch/ReportRefused.ts';
import { articlePage } from './fetch/newsSite.ts';

describe('extractArticle', () => {
	it('GIVEN an outlet page THEN only the article paragraphs are kept, as plain text', () => {
		const article = extractArticle(articlePage(), 'http://127.0.0.2/article');
		expect(article.paragraphs.some((p) => p.startsWith('Dock workers at Port Halden walked out on Sunday'))).toBe(true);
		const text = article.paragraphs.join('\n');
		expect(text).not.toMatch(/Subscribe now|All rights reserved|<script|alert\(1\)|<b>/);
	});

	it('GIVEN a paywall stub or a page with no article THEN it is refused as no article', () => {
		for (const html of [
			'<html><body><article><p>Dock workers walked out.</p><div>Subscribe to read.</div></article></body></html>',
			`<html><body><nav>${'<a href="/x">Section</a> '.repeat(40)}</nav></body></html>`,
		]) {
			expect(() => extractArticle(html)).toThrow(ReportRefused);
		}
	});
});
