import * as chrono from 'chrono-node';

/**
 * A relative date in a report's words ("on Sunday", "last week", "yesterday") as the absolute date it stands for,
 * read against the report's `published` date: `2026-03-01 (“on Sunday”)`. Undefined when the words hold no date,
 * already give a year, or the report has no (valid) published date. A bare weekday is read as the latest one on or
 * before publication, as news reports use it; "next …" and "coming …" look ahead.
 *
 * @example
 * resolveRelativeDate('on Sunday', '2026-03-02'); // '2026-03-01 (“on Sunday”)'
 */
export function resolveRelativeDate(words: string, published: string | undefined): string | undefined {
	if (!published) return undefined;
	const reference = new Date(published);
	if (Number.isNaN(reference.getTime())) return undefined;
	const [found] = chrono.parse(words, { instant: reference, timezone: 'UTC' });
	if (!found || /\b\d{4}\b/.test(found.text)) return undefined;
	let date = found.start.date();
	const ahead = /\b(next|coming|tomorrow|upcoming|following)\b/i.test(found.text);
	if (!ahead && !found.start.isCertain('day') && date > reference) date = new Date(date.getTime() - 7 * 86_400_000);
	return `${date.toISOString().slice(0, 10)} (“${words.trim()}”)`;
}
