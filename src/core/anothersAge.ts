import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { escapeRegExp } from './writesWord.ts';

/** The text with every letter stripped of its accents, letter for letter (so positions stay). */
export function plain(text: string): string {
	return text.replace(/[^ -~]/g, (c) => c.normalize('NFD')[0] ?? c);
}

/**
 * "20-year-old academy graduate Rory Fennelly", "Curtis Baumgartner, a 63-year-old": an age written of a full name (not
 * "a 29-year-old Olympic champion", "a nurse at St Mary's").
 */
export function namedBeside(sentence: string, age: AnswerPhrase): boolean {
	return (
		(/-year-old$/u.test(age.text) &&
			/^(?:\s+(?!(?:at|from|in|of|for|with|near)\s)[\p{Ll}-]+){0,3}\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?![’']s\b)(?!\s+\p{Ll})/u.test(
				sentence.slice(age.end, age.end + 60),
			)) ||
		/\p{Lu}[\p{L}'’-]+,\s+an?\s+$/u.test(sentence.slice(Math.max(0, age.start - 40), age.start))
	);
}

/** The full name an "-year-old" describes, written right after it: "an 87-year-old retired fisherman, Arturo Benn,". */
function nameAfterAge(sentence: string, age: AnswerPhrase): string | undefined {
	if (!/-year-old$/u.test(age.text)) return undefined;
	return /^(?:\s+(?!(?:at|from|in|of|for|with|near)\s)[\p{Ll}-]+){0,3},?\s+(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)(?![\p{L}’'])/u.exec(
		sentence.slice(age.end, age.end + 60),
	)?.[1];
}

/**
 * Whether an age is written of someone other than the person asked: in commas after another name ("Graham Tolliver,
 * 58,"), of someone's ("whose 11-year-old daughter"), or as "the 26-year-old" where the sentence names the person asked elsewhere ("The 26-year-old crossed the
 * line ahead of Faith Chepkorir"). Other ages ("at age seven", "aged 61") are the clause's subject's.
 */
export function anothersAge(
	sentence: string,
	age: AnswerPhrase,
	surname: string | undefined,
	named: boolean,
	names: readonly string[] = [],
): boolean {
	if (!surname) return false;
	const before = plain(sentence.slice(Math.max(0, age.start - 60), age.start));
	const name = escapeRegExp(plain(surname));
	// "The last person found by Juno was an 87-year-old retired fisherman, Arturo Benn": the age of the name after it,
	// where the one asked is named elsewhere in it ("said 17-year-old Chloe Ransome would take Brennock's place"); not
	// where they are named only in quotes ("Park Ji-won, who plays under the name "Frost"" may be an alias).
	const described = nameAfterAge(sentence, age);
	const asked = new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, 'iu');
	const namedUnquoted = new RegExp(`(?<![\\p{L}"“‘'])${name}(?![\\p{L}"”’'](?!s\\b))`, 'iu');
	if (described && !asked.test(plain(described)) && namedUnquoted.test(plain(sentence))) return true;
	// "Anja Rell, a 17-year-old high school student, … beating Yuna Hasegawa": the age of the name it stands beside.
	// Not "her son Ibrahim, a 31-year-old": one named after someone's role may be the one asked by it ("bukar's son").
	const apposed = /(?<!\b(?:his|her|their|its)\s+[\p{Ll}-]+\s+)(\p{Lu}[\p{L}'’-]+),\s+an?\s+$/u.exec(before)?.[1];
	if (apposed && /-year-old$/u.test(age.text) && !asked.test(apposed)) return true;
	// "Lucía Quispe Mamani, 44,": a second surname may follow the one asked.
	// "whose son Emil, 18," for "how old is emil marsh-okoro": in commas after the given name asked, the age is theirs.
	const commaName = /(\p{L}[\p{L}'’-]*),\s$/u.exec(before)?.[1]?.toLowerCase();
	if (commaName && names.length > 1 && plain(names[0] ?? '').toLowerCase() === commaName) return false;
	// A bare number after another name is that name's; "aged 36" after a comma is the clause's subject's.
	if (/,\s$/u.test(before) && /^\d+$/u.test(age.text)) {
		const after = new RegExp(`(?<!\\p{L})${name}((?:\\s+[\\p{L}'’-]+){0,2})(?:['’]s)?,\\s$`, 'iu').exec(before)?.[1];
		return after === undefined || !after.split(/\s+/u).every((word) => word === '' || /^\p{Lu}/u.test(word));
	}
	// "Rosa Huerta, whose 11-year-old daughter…": an age of someone's is theirs, not the person asked; unless the
	// person asked is the one named in apposition ("her 11-year-old son, Eli,").
	if (/\b(?:whose|his|her|their|its)\s+$/iu.test(before))
		return !new RegExp(`^\\s+(?:\\p{L}+\\s+)?(?!\\p{L}+ed,)\\p{L}+,\\s+${name}\\s*(?:,|$|\\.)`, 'iu').test(
			plain(sentence.slice(age.end, age.end + 60)),
		);
	if (!named || !/\bthe\s+$/iu.test(before) || !/-year-old/u.test(age.text)) return false;
	// "promoted ozeki Kurokaze to yokozuna, making the 27-year-old the first…": the one just named, no other between.
	const earlier = [
		...plain(sentence.slice(0, age.start)).matchAll(new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, 'giu')),
	].pop();
	if (earlier && !/\p{Lu}/u.test(sentence.slice(earlier.index + earlier[0].length, age.start))) return false;
	return !new RegExp(`^\\s+(?:\\p{L}+\\s+){0,2}${name}(?!\\p{L})`, 'iu').test(
		plain(sentence.slice(age.end, age.end + 60)),
	);
}
