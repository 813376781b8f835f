/** "How deep/high/tall/wide/far/heavy/loud/fast…" ("how deep underground is…"): the measure asked, which a figure in its unit answers. */
const HOW_MEASURE =
	/^\s*how\s+(deep|high|tall|wide|far|heavy|loud|fast)\s+(?:(?:underground|down|up|away|offshore|inland)\s+)?(?:is|was|are|were|will|would|did|does|do|can|could|has|have|had)\b/i;
/** A figure in a unit of length, hyphened or not ("212 metres", "a 7.4-kilometre", "six feet"), not a speed nor a volume. */
const LENGTH =
	/(?:(?<![\d.,])\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen|\p{L}+ty|hundreds?|a\s+few|several|half\s+a))(?:\s+(?:million|billion|thousand))?(?:\s|-)?(?:kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?|m|cm|centimet(?:re|er)s?|mm|feet|foot|ft|inch(?:es)?|yards?)\b(?!\s+(?:per|an|a)\s+(?:hour|minute|second)\b)/iu;
/** A height in floors: "18-storey", "62 storeys", "40 floors". */
const STOREYS =
	/(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\p{L}+teen|\p{L}+ty))(?:\s|-)(?:storeys?|stories|story|floors?)\b/iu;
const AWAY = new RegExp(`${LENGTH.source}\\s+(?:away|apart|off)\\b`, 'giu');
/** A figure in a unit of weight: "3.5 tonnes", "a 40-kilogram". */
const WEIGHT =
	/(?<![\d.,])\d[\d,.]*(?:\s+(?:million|billion|thousand))?(?:\s|-)?(?:tonnes?|tons?|kilograms?|kg|grams?|g|pounds|lbs?|ounces?|oz)\b/iu;

/** A figure in a unit of speed: "58 miles per hour", "120 km/h", "12 knots". */
const SPEED =
	/(?<![\d.,])\d[\d,.]*(?:\s|-)?(?:mph|km\/h|kph|knots|(?:kilomet(?:re|er)s?|miles?|met(?:re|er)s?)\s+(?:an|a|per)\s+(?:hour|second))\b/iu;
/** "How fast did prices rise": a pace of change, which a share or a time tells as well as a speed. */
const PACE =
	/\b(?:grow|grew|grown|growing|rise|rose|risen|rising|spread|spreading|increas\w*|fall|fell|falling|declin\w*|sell|selling|sold)\b/iu;

/**
 * Whether the question asks how deep, high, tall, wide, far, heavy or fast something is and the sentence gives no figure
 * in a unit of that measure: "how deep is the lake" of "the lake now holds about 1.9 million cubic metres".
 *
 * @example
 * measureUnsaid('how deep is the lake', 'The lake holds about 1.9 million cubic metres of water.'); // true
 */
export function measureUnsaid(question: string, sentence: string): boolean {
	const measure = HOW_MEASURE.exec(question)?.[1]?.toLowerCase();
	if (!measure) return false;
	if (measure === 'heavy') return !WEIGHT.test(sentence);
	if (measure === 'fast') return !PACE.test(question) && !SPEED.test(sentence);
	// "an 18-storey building", "62 floors": a height told in floors.
	if ((measure === 'tall' || measure === 'high') && STOREYS.test(sentence)) return false;
	if (measure === 'loud') return !/\d\s*(?:-\s*)?(?:decibels?|dB)\b/iu.test(sentence);
	// "a site about 400 kilometres away" says how far off it is, no depth or height.
	return !LENGTH.test(measure === 'far' ? sentence : sentence.replace(AWAY, ''));
}

/** A measure whose figure has a unit of its own (not "how high" or "how far", which a share may answer). */
const HOW_MEASURED = /\bhow\s+(?:heavy|tall|deep|wide)\b/i;

/**
 * {@link measureUnsaid} for the measures only a figure in their own unit answers (heavy, tall, deep, wide): "how deep
 * would the pit be" of "the pit would cover about 340 hectares".
 */
export function sizeMeasureUnsaid(question: string, sentence: string): boolean {
	return HOW_MEASURED.test(question) && measureUnsaid(question, sentence);
}

/**
 * "How far is the hospital from the town?", "how far did they walk", "how far from the summit did he attack": a distance
 * asked; not "how far did prices fall"
 * (a share may answer a change), "how far back", "how far into the season" (a time) nor a lead or gap ("how far ahead", "how far below 2019").
 */
const HOW_FAR =
	/^\s*how\s+far\s+(?:(?:away|down|up|out|off|offshore|inland|underground)\s+)?(?:from\s+(?:[\p{L}'’-]+\s+){1,4}?)?(?:is|was|are|were|will|would|did|does|do|can|could|has|have|had)\b(?!.*\b(?:ris\w*|rose|fall\w*|fell|drop\w*|declin\w*|climb\w*|slip\w*|sink\w*|sank|sunk|plung\w*|jump\w*|tumbl\w*|slump\w*|grow\w*|grew|increas\w*|decreas\w*|shr[iu]nk\w*|go|gone|went|going|get|got|push\w*|ahead|behind|clear|back|along|into|below|above|short|under|over|in\s+advance)\b)/iu;
/** A distance told by the time it takes to cover: "a 40-minute drive", "two hours away", "an hour's walk". */
const TIME_AWAY =
	/\b(?:minutes?|hours?|days?)(?:['’]s?)?(?:\s+|-)(?:drive|walk|ride|flight|sail|journey|trip|away)\b|-(?:minute|hour|day)\s+(?:drive|walk|ride|flight|sail|journey|trip)\b/iu;
/** "2-nautical-mile", "41 light-years", "a 2.9-billion-kilometre journey": a length at sea, in space, or in billions. */
const FAR_LENGTH =
	/\d[\d,.]*(?:\s|-)(?:nautical(?:\s|-)miles?|light(?:\s|-)years?|(?:million|billion)-(?:kilomet(?:re|er)|mile)s?)\b/iu;

/**
 * Whether a "how far" question asks a distance the sentence gives in no unit of length nor of travel time: "how far is
 * the next post office" of "83 percent of households used the post office".
 *
 * @example
 * distanceUnsaid('how far is the post office', '83 percent of households used it.'); // true
 */
export function distanceUnsaid(question: string, sentence: string): boolean {
	return HOW_FAR.test(question) && !LENGTH.test(sentence) && !TIME_AWAY.test(sentence) && !FAR_LENGTH.test(sentence);
}

/**
 * "How big is the park?", "how large was the meteorite": the size of a thing one measures by its extent or weight (not
 * "how big is the pay rise", a sum, nor "how big is the crowd" or "the company", told by a count).
 */
const HOW_BIG_THING =
	/^\s*how\s+(?:big|large)\s+(?:is|was|are|were|will\s+be|r)\s+(?:the|a|an|its|their|this|that)\s+(?:[\p{L}'’-]+\s+){0,2}(?:park|garden|field|site|forest|wood|lake|reservoir|pond|fire|blaze|wildfire|swarm|kite|balloon|panels?|asteroid|meteorite|rock|boulder|crater|sinkhole|hole|crack|galaxy|planet|star|moon|comet|mural|painting|statue|sculpture|bell|boat|ship|vessel|yacht|fish|shark|whale|skeleton|egg|hailstones?|tumou?r|stone|diamond|nugget|pumpkin|iceberg|glacier|slick|spill|plume|cloud|reef|island|estate|plot|farm|zoo|enclosure|tank|pool|dome|tower|building)\s*[?!.]*\s*$/iu;
/** A figure in a unit of area or volume: "1,130 square kilometres", "400 acres", "3.5-hectare", "2 million cubic metres". */
const AREA_OR_VOLUME =
	/\d[\d,.]*(?:\s+(?:million|billion|thousand))?(?:\s|-)(?:acres?|hectares?|ha\b|square|sq\b|cubic|litres?|liters?|gallons?)/iu;

/**
 * Whether a "how big" question asks the size of a thing measured by its extent or weight and the sentence gives it in
 * no unit of length, area, volume, weight or floors: "how big is the park" of "a park authority with 18 board members".
 *
 * @example
 * thingSizeUnsaid('how big is the park', 'A park authority with 18 board members will be set up.'); // true
 */
export function thingSizeUnsaid(question: string, sentence: string): boolean {
	return (
		HOW_BIG_THING.test(question) &&
		!LENGTH.test(sentence) &&
		!AREA_OR_VOLUME.test(sentence) &&
		!WEIGHT.test(sentence) &&
		!STOREYS.test(sentence) &&
		!FAR_LENGTH.test(sentence)
	);
}

/** "How big is the whale?", "how long is the bridge", "how tall is the tower": the size of a thing asked. */
const SIZE_ASKED =
	/^\s*how\s+(?:big|large|long|tall|high|wide)\s+(?:is|was|are|were|will\s+be|r)\s+(?:the|a|an|its|their|this|that)\s/iu;
/** Words right after a length that make it a distance from somewhere: "about 110 kilometres from the coast". */
const FROM_AFTER =
	/^\s+(?:from|away|off|offshore|inland|upstream|downstream|short\s+of|outside|beyond|(?:north|south|east|west)(?:-?(?:north|south|east|west))?(?:ward)?\s+of|(?:up|down)\s+(?:the\s+)?(?:river|coast|road|valley))\b/iu;

/**
 * Whether the length answering a question of a thing's size is a distance from somewhere ("trapped in the River Elbe,
 * about 110 kilometres from the coast" for "how big is the whale"): how far, not how big.
 *
 * @example
 * distanceForSize('how big is the whale', 'in the River Elbe, about 110 kilometres from the coast', 23, 43); // true
 */
export function distanceForSize(question: string, quote: string, start: number, end: number): boolean {
	return (
		SIZE_ASKED.test(question) && LENGTH.test(quote.slice(start, end)) && FROM_AFTER.test(quote.slice(end, end + 40))
	);
}
