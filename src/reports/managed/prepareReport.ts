import { extname } from 'node:path';
import { stringify } from 'yaml';
import type { Report } from '../../core/types.ts';
import { type Article, extractArticle } from '../extractArticle.ts';
import { type FetchLimits, fetchPage } from '../fetch/fetchPage.ts';
import { ReportRefused } from '../fetch/ReportRefused.ts';
import { MAX_REPORT_BYTES, parseReport } from '../parseReport.ts';

/** What a moderator adds: a news link, or a file (uploaded, or a path on the console) already read or at a URL. */
export type ReportInput =
	| { kind: 'url'; url: string }
	| { kind: 'file'; name: string; text: string }
	| { kind: 'attachment'; name: string; url: string; size: number };

export interface PreparedReport {
	/** `url:` the link as given (normalised), or `file:` the file's name: an add from the same source replaces. */
	source: string;
	/** The report file's text: YAML front matter, then one paragraph a line. */
	body: string;
	report: Report;
	byline?: string;
}

export const REPORT_FILE_TYPES = ['.txt', '.md', '.html', '.htm'] as const;

/**
 * Reads what was added into a report: a link is fetched safely and its article extracted, an HTML file goes
 * through the same extraction, a .txt or .md file is read as a report file. Refusals are ReportRefused.
 *
 * @example
 * const { report } = await prepareReport({ kind: 'url', url: 'https://news.example/strike' }, 'strike', limits);
 */
export async function prepareReport(input: ReportInput, id: string, limits: FetchLimits): Promise<PreparedReport> {
	if (input.kind === 'url') {
		const page = await fetchPage(input.url, limits);
		const source = `url:${withoutHash(input.url)}`;
		if (page.kind === 'text') return finish(source, withFrontMatter({ url: page.url }, page.text), id);
		return fromArticle(source, extractArticle(page.text, page.url), id);
	}
	const type = extname(input.name).toLowerCase();
	if (!(REPORT_FILE_TYPES as readonly string[]).includes(type))
		throw new ReportRefused('extension', type || input.name);
	let text: string;
	if (input.kind === 'attachment') {
		if (input.size > MAX_REPORT_BYTES) throw new ReportRefused('tooLarge', String(MAX_REPORT_BYTES));
		text = (await fetchPage(input.url, { ...limits, anyType: true, maxBytes: MAX_REPORT_BYTES })).text;
	} else text = input.text;
	if (Buffer.byteLength(text) > MAX_REPORT_BYTES) throw new ReportRefused('tooLarge', String(MAX_REPORT_BYTES));
	const source = `file:${input.name}`;
	if (type === '.html' || type === '.htm') return fromArticle(source, extractArticle(text), id);
	return finish(source, text, id);
}

function fromArticle(source: string, article: Article, id: string): PreparedReport {
	const { paragraphs, ...meta } = article;
	const prepared = finish(source, withFrontMatter(meta, paragraphs.join('\n\n')), id);
	return { ...prepared, ...(article.byline && { byline: article.byline }) };
}

function finish(source: string, body: string, id: string): PreparedReport {
	const parsed = parseReport(id, body);
	if (!parsed.ok) throw new ReportRefused('invalid', parsed.problem);
	const byline = /^byline:\s*(.+)$/m.exec(body.split('\n---')[0] ?? '')?.[1]?.replace(/^["']|["']$/g, '');
	return { source, body, report: parsed.report, ...(byline && { byline }) };
}

/** The metadata as YAML front matter (values quoted as needed by the yaml package), before the text. */
function withFrontMatter(meta: Omit<Article, 'paragraphs'>, text: string): string {
	const fields = Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined && v !== ''));
	if (Object.keys(fields).length === 0) return text;
	return `---\n${stringify(fields, { lineWidth: 0 })}---\n${text}`;
}

function withoutHash(link: string): string {
	try {
		const url = new URL(link.trim());
		url.hash = '';
		return url.href;
	} catch {
		return link.trim();
	}
}
