export type MentionType = 'number' | 'date' | 'name' | 'quote';

export interface Mention {
	type: MentionType;
	text: string;
	start: number;
	end: number;
	value?: number;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90,
	hundred: 100,
	dozen: 12,
	dozens: 24,
	hundreds: 200,
	thousands: 2000,
	half: 0.5,
	single: 1,
	both: 2,
	several: 3,
};
const SCALES: Readonly<Record<string, number>> = {
	hundred: 100,
	thousand: 1e3,
	million: 1e6,
	billion: 1e9,
	trillion: 1e12,
};
const MONTHS =
	'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const DAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

const NUMBER = new RegExp(
	`(?<![\\p{L}\\d.,])(?:(?:about|around|nearly|almost|over|more than|less than|fewer than|at least|at most|some|up to|approximately)\\s+)?(?:[$€£]\\s?)?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:\\s?(?:%|percent|per cent))?(?:\\s+(?:${Object.keys(SCALES).join('|')}))?|\\b(?:${Object.keys(NUMBER_WORDS).join('|')})(?:[ -](?:${Object.keys(NUMBER_WORDS).join('|')}|${Object.keys(SCALES).join('|')}))*\\b`,
	'giu',
);
const DATE = new RegExp(
	[
		`\\b(?:(?:early|late|mid)[- ])?(?:${MONTHS})\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{3,4})?\\b`,
		`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})(?:,?\\s+\\d{3,4})?\\b`,
		`\\b(?:last|next|this|on|early|late)?\\s?(?:${DAYS})(?:\\s+(?:morning|afternoon|evening|night))?\\b`,
		'\\b(?:the\\s+)?(?:(?:early|late|mid|first half of the|second half of the)[- ]\\s?)?\\d{1,2}(?:st|nd|rd|th)(?:\\s+and\\s+\\d{1,2}(?:st|nd|rd|th))?\\s+centur(?:y|ies)\\b',
		'\\b(?:in\\s+)?(?:the\\s+)?(?:1[0-9]|20)\\d0s\\b',
		'(?<![\\d,.$])\\b(?:1[0-9]\\d\\d|20\\d\\d)\\b(?!\\s*(?:%|km|mi|m\\b|people|percent))',
		'\\b(?:in|since|until|by|year|AD)\\s+[1-9]\\d\\d\\b(?!\\s*(?:%|km|mi|m\\b|people|percent))',
		'\\b(?:overnight|yesterday|today|tonight|tomorrow|last night|this week|last week|next week|the weekend|this weekend|last month|next month|last year|next year)\\b',
		'\\b\\d+[- ](?:day|week|month|year|hour|minute)s?(?:[- ]long)?\\b',
		'\\b(?:BC|AD|BCE|CE)\\b',
	].join('|'),
	'giu',
);
const QUOTE = /[“"]([^”"]{3,})[”"]/g;
const NAME = /(?:\b\p{Lu}[\p{L}’'.-]*(?:\s+(?:of|de|la|von|van|al|bin|the|du|del)\s+|\s+|-))*\b\p{Lu}[\p{L}’'.-]*/gu;
const NOT_NAMES = new Set(
	'The A An However But And Despite While As With In On At For If When Where What Who Why How This That These Those It He She They We I Its His Her Their Our After Before During Although Though Since Because Meanwhile Also Yet So Then There Here Some Many Most Several Each Every Such Both Another Other No Not Only One Two Three'.split(
		' ',
	),
);

/**
 * Finds numbers, dates and times, capitalised names and quotations in a sentence, with their spans.
 *
 * @example
 * findMentions('Ukrainian forces shot down 72 drones on Sunday.')
 * // [{ type: 'number', text: '72', value: 72, … }, { type: 'date', text: 'on Sunday', … }, { type: 'name', text: 'Ukrainian', … }]
 */
export function findMentions(sentence: string): Mention[] {
	const mentions: Mention[] = [];
	const dates = [...sentence.matchAll(DATE)].filter((m) => m[0].trim());
	for (const m of dates) {
		const lead = m[0].length - m[0].trimStart().length;
		mentions.push({ type: 'date', text: m[0].trim(), start: m.index + lead, end: m.index + m[0].trimEnd().length });
	}
	for (const m of sentence.matchAll(NUMBER)) {
		const start = m.index;
		const end = start + m[0].length;
		if (mentions.some((d) => d.start <= start && d.end >= end)) continue;
		const value = parseNumber(m[0]);
		if (value !== undefined) mentions.push({ type: 'number', text: m[0], start, end, value });
	}
	for (const m of sentence.matchAll(QUOTE))
		mentions.push({ type: 'quote', text: m[1] ?? '', start: m.index, end: m.index + m[0].length });
	for (const m of sentence.matchAll(NAME)) {
		let text = m[0].replace(/(?<!\b\p{Lu})[.’']+$/u, '');
		let start = m.index;
		const firstWord = /^\S+/.exec(text)?.[0] ?? '';
		if (
			NOT_NAMES.has(firstWord) ||
			(start === 0 && !text.includes(' ') && /^\p{Lu}\p{Ll}+$/u.test(text) && isCommonOpener(text))
		) {
			const rest = text
				.slice(firstWord.length)
				.trimStart()
				.replace(/^(?:the|of)\s+/, '');
			if (!rest || !/^\p{Lu}/u.test(rest)) continue;
			start += text.length - rest.length;
			text = rest;
		}
		if (
			/^(?:of|and|the)$/i.test(text) ||
			mentions.some((d) => d.type === 'date' && d.start <= start && d.end >= start + text.length)
		)
			continue;
		mentions.push({
			type: 'name',
			text: text.replace(/[’']s$/, ''),
			start,
			end: start + text.replace(/[’']s$/, '').length,
		});
	}
	return mentions.sort((a, b) => a.start - b.start);
}

function isCommonOpener(word: string): boolean {
	return /^(?:[A-Z][a-z]*(?:ly|ing|ed)|Despite|Following|According|Under|Among|Between|Through|Without|Within|Today|Yesterday)$/.test(
		word,
	);
}

/** "1,050,000" → 1050000, "two" → 2, "3.5 million" → 3500000, "about 40%" → 40. */
export function parseNumber(text: string): number | undefined {
	const lower = text
		.toLowerCase()
		.replace(
			/^(?:about|around|nearly|almost|over|more than|less than|fewer than|at least|at most|some|up to|approximately)\s+/,
			'',
		);
	const digits = /(\d[\d,]*(?:\.\d+)?)/.exec(lower);
	let value: number | undefined;
	if (digits?.[1]) value = Number(digits[1].replace(/,/g, ''));
	else {
		for (const word of lower.split(/[\s-]+/)) {
			const scale = SCALES[word];
			const n = NUMBER_WORDS[word];
			if (scale && word !== 'hundred') value = (value ?? 1) * scale;
			else if (word === 'hundred') value = (value ?? 1) * 100;
			else if (n !== undefined) value = (value ?? 0) + n;
		}
		return value;
	}
	for (const [word, scale] of Object.entries(SCALES)) if (lower.endsWith(word)) value *= scale;
	return Number.isFinite(value) ? value : undefined;
}
