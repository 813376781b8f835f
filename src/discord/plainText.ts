/**
 * Report text and member text shown as written, never as markdown: every character Discord reads as markup is
 * escaped with a backslash (which Discord hides), including the brackets and parentheses of masked links
 * `[text](url)`, the angle brackets of autolinks and mentions `<https://…>` `<@id>`, and the colon of a URL's
 * scheme, so no link, heading, list, quote, code block or emoji in report text is rendered. Linear in the text.
 *
 * @example
 * plainText('[the official site](https://evil.example)'); // '\\[the official site\\]\\(https\\://evil.example\\)'
 */
export function plainText(text: string): string {
	return text.replace(MARKUP, '\\$&').replace(BULLET, '$1\\$2').replace(NUMBERED, '$1$2\\.');
}

const MARKUP = /[\\`*_~|>#[\]()<:]/g;
/** "- item", "+ item" and "1. item" at the start of a line would render as a list. */
const BULLET = /^([ \t]*)([-+])(?=\s)/gm;
const NUMBERED = /^([ \t]*)(\d+)\.(?=\s)/gm;

/** Discord's limit on an embed's URL. */
export const EMBED_URL_MAX = 2048;

/**
 * `url` when it is an absolute http or https URL of at most EMBED_URL_MAX characters, the only links a report
 * may carry into an embed; undefined for anything else (javascript:, data:, ftp:, relative, too long).
 *
 * @example
 * safeLink('https://example.com/strike'); // 'https://example.com/strike'
 * safeLink('javascript:alert(1)'); // undefined
 */
export function safeLink(url: string | undefined): string | undefined {
	if (!url || url.length > EMBED_URL_MAX) return undefined;
	try {
		const { protocol } = new URL(url);
		return protocol === 'http:' || protocol === 'https:' ? url : undefined;
	} catch {
		return undefined;
	}
}
