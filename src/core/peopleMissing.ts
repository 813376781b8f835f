import { writesWordStarting } from './writesWord.ts';

/**
 * Peoples a question may name, each with the first letters of its country where they differ from its own ("greek"
 * → "greec"): written either way, the report speaks of them. Not "American", "British", "English": reports name
 * those countries in too many ways ("U.S.", "UK", "London").
 */
const PEOPLES: Readonly<Record<string, readonly string[]>> = {
	korean: ['korea'],
	japanese: ['japan'],
	chinese: ['china'],
	taiwanese: ['taiwa'],
	vietnamese: ['vietn'],
	thai: ['thail'],
	filipino: ['phili'],
	indonesian: ['indon'],
	malaysian: ['malay'],
	indian: ['india'],
	pakistani: ['pakis'],
	bangladeshi: ['bangl'],
	afghan: ['afgha'],
	iranian: ['iran'],
	iraqi: ['iraq'],
	syrian: ['syria'],
	lebanese: ['leban'],
	israeli: ['israe'],
	palestinian: ['pales'],
	saudi: ['saudi'],
	turkish: ['turke', 'türki'],
	egyptian: ['egypt'],
	nigerian: ['niger'],
	kenyan: ['kenya'],
	ethiopian: ['ethio'],
	ghanaian: ['ghana'],
	mexican: ['mexic'],
	brazilian: ['brazi'],
	argentine: ['argen'],
	argentinian: ['argen'],
	chilean: ['chile'],
	peruvian: ['peru'],
	colombian: ['colom'],
	venezuelan: ['venez'],
	cuban: ['cuba'],
	canadian: ['canad'],
	australian: ['austra'],
	french: ['franc'],
	german: ['germa'],
	dutch: ['nethe', 'holla'],
	belgian: ['belgi'],
	swiss: ['switz'],
	austrian: ['austri'],
	italian: ['italy'],
	spanish: ['spain'],
	portuguese: ['portu'],
	irish: ['irela'],
	scottish: ['scotl'],
	welsh: ['wales'],
	danish: ['denma'],
	swedish: ['swede'],
	norwegian: ['norwa'],
	finnish: ['finla'],
	icelandic: ['icela'],
	polish: ['polan'],
	czech: ['czech'],
	hungarian: ['hunga'],
	romanian: ['roman'],
	bulgarian: ['bulga'],
	greek: ['greec'],
	ukrainian: ['ukrai'],
	russian: ['russi'],
};
const PEOPLE_WORD = /\p{L}+/gu;

/**
 * Whether a question names a people ("who skipped the south korean team", "which french company…") that the report
 * never writes, by its own name or its country's: the question asks of something else.
 *
 * @example
 * peopleMissing('who skipped the south korean team', 'Norway beat Canada 7-6.'); // true
 */
export function peopleMissing(question: string, reportText: string | (() => string)): boolean {
	const peoples = (question.toLowerCase().match(PEOPLE_WORD) ?? []).filter((w) => Object.hasOwn(PEOPLES, w));
	if (peoples.length === 0) return false;
	const text = typeof reportText === 'string' ? reportText : reportText();
	return peoples.some(
		(word) =>
			!writesWordStarting(text, word, 5) &&
			!(PEOPLES[word] ?? []).some((country) => writesWordStarting(text, country, country.length)),
	);
}

/** The peoples a text names, by their own word or their country's ("canada" → "canadian"). */
function peoplesIn(text: string): Set<string> {
	const found = new Set<string>();
	for (const written of text.toLowerCase().match(PEOPLE_WORD) ?? []) {
		// "norwegians": the people's word in the plural.
		const word = !Object.hasOwn(PEOPLES, written) && written.endsWith('s') ? written.slice(0, -1) : written;
		if (Object.hasOwn(PEOPLES, word)) found.add(word);
		else
			for (const [people, countries] of Object.entries(PEOPLES))
				if (word.length >= 4 && countries.some((c) => word.startsWith(c))) found.add(people);
	}
	return found;
}

/**
 * Whether a sentence gives its figure to other peoples than the one a question asks of, without naming that one:
 * "how much prize money did canada get" of "The Norwegian team will share prize money of 60,000 Swiss francs".
 *
 * @example
 * otherPeople('how much did canada get', 'The Norwegian team will share 60,000 francs.'); // true
 */
export function otherPeople(question: string, sentence: string): boolean {
	const asked = peoplesIn(question);
	if (asked.size === 0) return false;
	const given = peoplesIn(sentence);
	return given.size > 0 && ![...asked].some((people) => given.has(people));
}
