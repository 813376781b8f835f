import { describe, expect, it } from 'vitest';
import { swappedInFrame } from '../../src/core/swappedInFrame.ts';
import { tokenize } from '../../src/core/tokenize.ts';
import { floodReport } from './floodReport.ts';

const none = () => '';

describe('swappedInFrame', () => {
	it.each([
		[
			'Over two hundred volunteers were sent to which town?',
			'Over nine hundred volunteers were sent to Orvik.',
			'two',
			'nine',
		],
		[
			'How much did the fair earn in its first six days?',
			'In its first four days the fair earned 3 million.',
			'six',
			'four',
		],
		['What closed on 14 June?', 'The bridge closed on 4 June.', '14', '4'],
		['Which school reopened in March 2021?', 'The school reopened in April 2021.', 'march', 'april'],
		['What record was set on a Sunday night?', 'A record was set on a Friday night.', 'sunday', 'friday'],
		[
			'A storm filmed in Norway holds which record?',
			'A storm filmed in Iceland holds a record for rainfall.',
			'norway',
			'iceland',
		],
		['Which flag remained used by the army?', 'The old flag remained unused by the army.', 'used', 'unused'],
		['Who fled from northern Norway?', 'Several families fled to northern Norway in 1944.', 'from', 'to'],
		['What do adults born before 1975 pay?', 'Adults born after 1975 pay nothing.', 'before', 'after'],
	])('"%s" of "%s": %s swapped for %s', (question, sentence, asked, given) => {
		expect(swappedInFrame(question, sentence, none)).toEqual({ asked, given });
	});

	it.each([
		['Who said they asked the council 3 times?', 'Berg said they asked the council three times.'],
		['How many volunteers were sent to Orvik?', 'Over nine hundred volunteers were sent to Orvik.'],
		['Which town did over two hundred volunteers reach?', 'Rescue crews from two towns arrived.'],
		['Who do the Provincial Ministers report to?', 'All Ministers report to the Chief Minister.'],
		['Who found the Archaemenid Empire?', 'Iran reached its peak under the Achaemenid Empire.'],
		['What culture came with the Hargesian culture?', 'The Doian culture and the Hargeisan culture flourished.'],
		['Who had German and Hun families in his court?', 'Attila had Hunnic and Germanic families in his court.'],
		['What do we know of the in flood?', 'What we know of the big flood is little.'],
	])('finds no swap in "%s" of "%s"', (question, sentence) => {
		expect(swappedInFrame(question, sentence, none)).toBeUndefined();
	});

	it('leaves a direction alone when the sentence writes the asked word too (a known limit: "from Tromsø")', () => {
		// The sentence says "fled to", not "fled from", but "from" stands elsewhere in it, so no swap is read.
		expect(
			swappedInFrame('Who fled from northern Norway?', 'Families from Tromsø fled to northern Norway.', none),
		).toBeUndefined();
	});

	it('takes a point of the compass for another ("the eastern half" against "the northern half")', () => {
		const sentence = 'The rezoning allows buildings of up to 14 storeys on the northern half of the site.';
		expect(swappedInFrame('how many storeys r allowed on the eastern half of the site', sentence, none)).toEqual({
			asked: 'eastern',
			given: 'northern',
		});
		expect(
			swappedInFrame('how many storeys r allowed on the northern half of the site', sentence, none),
		).toBeUndefined();
		const snow = 'Heavy snow fell across northern Wales on Sunday, closing 40 schools.';
		expect(swappedInFrame('What fell across north Wales on Sunday?', snow, none)).toBeUndefined();
		const floods = 'Floods hit north-east England on Monday.';
		expect(swappedInFrame('What hit northeast England on Monday?', floods, none)).toBeUndefined();
	});

	it('takes a number in digits and in words for one, tens and a dozen too', () => {
		expect(
			swappedInFrame('Where were the 30 miners trapped?', 'The thirty miners were trapped.', none),
		).toBeUndefined();
		expect(swappedInFrame('Who sold 12 eggs yesterday?', 'Ana sold dozen eggs yesterday.', none)).toBeUndefined();
		expect(swappedInFrame('Where were the 30 miners trapped?', 'The forty miners were trapped.', none)).toEqual({
			asked: '30',
			given: 'forty',
		});
	});

	it('takes "St" and "Saint" for one word of a name', () => {
		expect(
			swappedInFrame('Who runs the St Brigid Hospital?', 'Ola Berg runs the Saint Brigid Hospital.', none),
		).toBeUndefined();
	});

	it('reads a hostile sentence of many frames and long names in bounded time', () => {
		const long = (letter: string) => `${letter.toUpperCase()}${letter.repeat(199)}`;
		// Every frame gives another name, and the name asked stands at the end misspelt: each frame is weighed.
		const frames = Array.from({ length: 80 }, () => `filmed in ${long('m')} holds`).join(', ');
		const sentence = `${frames} and ${long('n')}x.`;
		const started = performance.now();
		expect(
			swappedInFrame(`What was filmed in ${long('n')} holds?`, sentence, () => sentence.repeat(20)),
		).toBeUndefined();
		expect(performance.now() - started).toBeLessThan(2000);
	});

	it('takes a name the report writes beside the other for the same person', () => {
		const question = "What shaped Frédéric's life in Paris?";
		const sentence = "Two friends shaped Chopin's life in Paris.";
		expect(swappedInFrame(question, sentence, none)).toEqual({ asked: 'frederic', given: 'chopin' });
		expect(swappedInFrame(question, sentence, () => 'Frédéric Chopin was born in 1810.')).toBeUndefined();
	});

	it('reads the report already folded when given so, instead of folding it', () => {
		const question = "What shaped Frédéric's life in Paris?";
		const sentence = "Two friends shaped Chopin's life in Paris.";
		const unread = () => {
			throw new Error('the report was folded again');
		};
		const tokens = tokenize(sentence);
		expect(swappedInFrame(question, sentence, unread, tokens, () => 'frederic chopin was born.')).toBeUndefined();
		expect(swappedInFrame(question, sentence, none, tokens, () => 'chopin was born.')).toEqual({
			asked: 'frederic',
			given: 'chopin',
		});
	});
});

describe('chooseShortAnswer of a sentence giving another number in the words asked', () => {
	it('lowers the fit of "at least four people were injured" for "at least nine people were injured"', () => {
		const { shortAnswer, context } = floodReport();
		// Asked with "what happened": "where" of this sentence, which places nothing, is placelessFit whatever the number.
		const swapped = shortAnswer('What happened to at least nine people?', 'At least four people');
		expect(swapped.fit).toBeLessThanOrEqual(context.options.swappedFit);
		expect(shortAnswer('What happened to at least four people?', 'At least four people').fit).toBe(1);
	});
});
