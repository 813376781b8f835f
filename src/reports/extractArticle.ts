import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ReportRefused } from './fetch/ReportRefused.ts';

/** A news article's text and metadata, read from its page; everything plain text. */
export interface Article {
	title?: string;
	byline?: string;
	outlet?: string;
	/** As the page states it (ISO 8601 in the usual meta tags). */
	published?: string;
	url?: string;
	paragraphs: string[];
}

/** Fewer words than this is a teaser, a paywall stub or not an article at all. */
const MIN_ARTICLE_WORDS = 60;
const BLOCKS = 'p, li, h2, h3, h4, blockquote, pre';

/** What is read of a DOM element (the project builds without the DOM library's types). */
interface Block {
	textContent: string | null;
	parentElement: { closest(selector: string): unknown } | null;
	querySelectorAll(selector: string): Iterable<Block>;
}
type ReadableDocument = ConstructorParameters<typeof Readability>[0];

/**
 * The article in an HTML page, by Mozilla's Readability over a linkedom DOM (no script runs, nothing is loaded), with
 * its title, byline, outlet, published date and canonical URL from the page's meta tags. A page with no article text
 * (a paywall stub, a home page, a login form) is a ReportRefused('noArticle').
 *
 * @example
 * extractArticle('<html>…<article><p>Dock workers…</p></article>', 'https://news.example/strike');
 */
export function extractArticle(html: string, pageUrl?: string): Article {
	const { document } = parseHTML(html);
	const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
	const published =
		meta('meta[property="article:published_time"]') ??
		meta('meta[name="date"]') ??
		meta('meta[itemprop="datePublished"]') ??
		document.querySelector('time[datetime]')?.getAttribute('datetime') ??
		undefined;
	const canonical =
		document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('meta[property="og:url"]');
	const parsed = new Readability<Block>(document as unknown as ReadableDocument, {
		serializer: (node) => node as unknown as Block,
		charThreshold: 200,
	}).parse();
	const byline = parsed?.byline ?? meta('meta[name="author"]');
	// Readability names the byline but may keep its element: "By Mara Lind" is not a paragraph of the report.
	const paragraphs = (parsed?.content ? blocksOf(parsed.content) : []).filter(
		(p) => !byline || p.replace(/^by\s+/i, '') !== byline.replace(/^by\s+/i, ''),
	);
	const words = paragraphs.join(' ').split(/\s+/).filter(Boolean).length;
	if (words < MIN_ARTICLE_WORDS) throw new ReportRefused('noArticle', `${words} words`);
	return clean({
		title: parsed?.title ?? meta('meta[property="og:title"]'),
		byline,
		outlet: parsed?.siteName ?? meta('meta[property="og:site_name"]'),
		published: parsed?.publishedTime ?? published,
		url: absolute(canonical, pageUrl) ?? pageUrl,
		paragraphs,
	});
}

/** The text of each block element, one paragraph each, whitespace collapsed; blocks inside blocks are read once. */
function blocksOf(root: Block): string[] {
	const out: string[] = [];
	const blocks = Array.from(root.querySelectorAll(BLOCKS));
	for (const block of blocks) {
		if (block.parentElement?.closest(BLOCKS)) continue;
		const text = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
		if (text) out.push(text);
	}
	if (out.length === 0) {
		const text = (root.textContent ?? '').replace(/\s+/g, ' ').trim();
		if (text) out.push(text);
	}
	return out;
}

function absolute(link: string | undefined, base: string | undefined): string | undefined {
	if (!link) return undefined;
	try {
		const url = new URL(link, base);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
	} catch {
		return undefined;
	}
}

function clean(article: Article): Article {
	const result: Article = { paragraphs: article.paragraphs };
	for (const key of ['title', 'byline', 'outlet', 'published', 'url'] as const) {
		const value = article[key]?.replace(/\s+/g, ' ').trim();
		if (value) result[key] = value;
	}
	return result;
}
