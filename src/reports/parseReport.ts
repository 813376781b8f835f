import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { type Report, ReportSchema } from '../core/types.ts';
import { reportsText } from './reportsText.ts';

/** Discord's limit on an embed's URL: a report's link must fit it. */
const MAX_URL_CHARS = 2048;

/** An absolute http or https URL: the only kind of link a report may carry (never javascript:, data:, ftp:). */
function isWebLink(url: string): boolean {
	try {
		const { protocol } = new URL(url);
		return protocol === 'http:' || protocol === 'https:';
	} catch {
		return false;
	}
}

const FrontMatterSchema = z
	.object({
		title: z.string().min(1).optional(),
		outlet: z.string().min(1).optional(),
		url: z
			.string()
			.max(MAX_URL_CHARS, reportsText.urlTooLong(MAX_URL_CHARS))
			.refine(isWebLink, reportsText.urlNotWeb)
			.optional(),
		published: z
			.union([z.string(), z.date()])
			.transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v.trim()))
			.refine((v) => !Number.isNaN(Date.parse(v)), reportsText.notADate)
			.optional(),
	})
	// Keys the reports do not use (author, tags, a CMS's own) are kept out of the report, not refused.
	.strip();

export type ParseResult = { ok: true; report: Report } | { ok: false; problem: string };

/** Largest report accepted, in bytes: a news report is a few kilobytes; anything huge is a mistake. */
export const MAX_REPORT_BYTES = 2_000_000;

/**
 * Turns a report file's text into a validated Report: optional `---` front matter (title, outlet, url, published),
 * then paragraphs separated by line breaks or blank lines.
 *
 * @example
 * parseReport('strikes', '---\ntitle: Strikes\n---\nFirst paragraph.\n\nSecond one.');
 * // { ok: true, report: { id: 'strikes', title: 'Strikes', paragraphs: ['First paragraph.', 'Second one.'] } }
 */
export function parseReport(id: string, text: string): ParseResult {
	if (text.includes('\u0000') || text.includes('\uFFFD')) return { ok: false, problem: 'it is binary, not text' };
	let body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	let meta: Record<string, unknown> = {};
	if (body.startsWith('---\n') || body === '---') {
		const end = body.indexOf('\n---', 3);
		if (end === -1) return { ok: false, problem: 'its front matter has no closing "---" line' };
		const parsedMeta = parseFrontMatter(body.slice(4, end));
		if (typeof parsedMeta === 'string') return { ok: false, problem: parsedMeta };
		meta = parsedMeta;
		body = body.slice(end + 4).replace(/^-*\n?/, '');
	}
	const front = FrontMatterSchema.safeParse(meta);
	if (!front.success) {
		const issue = front.error.issues[0];
		return {
			ok: false,
			problem: `its front matter is invalid (${issue?.path.join('.') || 'field'}: ${issue?.message})`,
		};
	}
	let title = front.data.title;
	const paragraphs: string[] = [];
	for (const raw of body.split('\n')) {
		const line = raw.trim();
		if (!line) continue;
		const heading = /^#{1,6}\s+(.*)$/.exec(line);
		if (heading) {
			if (!title && paragraphs.length === 0) title = heading[1]?.trim();
			continue;
		}
		paragraphs.push(line.replace(/\s+/g, ' '));
	}
	if (paragraphs.length === 0) return { ok: false, problem: 'it has no text' };
	const report = ReportSchema.safeParse({
		...front.data,
		id,
		title: title || headlineOf(paragraphs) || titleFromId(id),
		paragraphs,
	});
	if (!report.success) return { ok: false, problem: report.error.issues[0]?.message ?? 'it is invalid' };
	return { ok: true, report: report.data };
}

/** The front matter as YAML: a mapping (keys lower-cased), or why it is not one. */
function parseFrontMatter(block: string): Record<string, unknown> | string {
	let parsed: unknown;
	try {
		parsed = parseYaml(block, { schema: 'core', maxAliasCount: 10 }) ?? {};
	} catch (error) {
		const detail = (error as Error).message.split('\n')[0] ?? '';
		return `its front matter is not valid YAML (${detail.slice(0, 120)})`;
	}
	if (typeof parsed !== 'object' || Array.isArray(parsed)) return 'its front matter is not "key: value" lines';
	return Object.fromEntries(Object.entries(parsed as object).map(([key, value]) => [key.toLowerCase(), value]));
}

/** The longest headline taken for a report's title, in words. */
const HEADLINE_WORDS = 20;

/**
 * A first line that reads as a headline (a few words, no closing full stop, more paragraphs after it): the title a
 * report without a "title:" or "#" heading is shown by, rather than one made from its file name. It stays a paragraph.
 */
function headlineOf(paragraphs: readonly string[]): string | undefined {
	const [first] = paragraphs;
	if (!first || paragraphs.length < 2 || /[.!?:;"”]$/u.test(first)) return undefined;
	return first.split(/\s+/).length <= HEADLINE_WORDS ? first : undefined;
}

/** "energy-truce-strikes" → "Energy truce strikes". */
export function titleFromId(id: string): string {
	const words = id.replace(/[-_]+/g, ' ').trim();
	return words.charAt(0).toUpperCase() + words.slice(1);
}
