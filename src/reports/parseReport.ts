import { z } from 'zod';
import { messages } from '../core/messages.ts';
import { type Report, ReportSchema } from '../core/types.ts';

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
			.max(MAX_URL_CHARS, messages.reports.urlTooLong(MAX_URL_CHARS))
			.refine(isWebLink, messages.reports.urlNotWeb)
			.optional(),
		published: z.string().min(1).optional(),
	})
	.strict();

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
	let meta: Record<string, string> = {};
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
	const report = ReportSchema.safeParse({ ...front.data, id, title: title || titleFromId(id), paragraphs });
	if (!report.success) return { ok: false, problem: report.error.issues[0]?.message ?? 'it is invalid' };
	return { ok: true, report: report.data };
}

function parseFrontMatter(block: string): Record<string, string> | string {
	const meta: Record<string, string> = {};
	for (const line of block.split('\n')) {
		if (!line.trim()) continue;
		const match = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
		if (!match?.[1]) return `its front matter has a line that is not "key: value": "${line.slice(0, 60)}"`;
		meta[match[1].toLowerCase()] = (match[2] ?? '').trim().replace(/^(["'])(.*)\1$/, '$2');
	}
	return meta;
}

/** "energy-truce-strikes" → "Energy truce strikes". */
export function titleFromId(id: string): string {
	const words = id.replace(/[-_]+/g, ' ').trim();
	return words.charAt(0).toUpperCase() + words.slice(1);
}
