import { TIME_UNIT } from './expectedMentions.ts';
import { MONEY } from './extractCounts.ts';
import { parseNumber } from './findMentions.ts';

/** "How much (public) subsidy/compensation/funding…": a sum asked by its noun. */
const SUM_ASKED =
	/\bhow much\s+(?:[\p{L}-]+\s+)?(?:subsidy|subsidies|compensation|funding|money|cash|ransom|bail|damages|tax|rent|salary|bonus|investment|aid|debt)\b/iu;
/** A share or a change, which may answer "how much funding…" ("cut funding by 20 percent"). */
const SHARE_OR_CHANGE = /%|\bper\s?cent\b|\bhalf\b|\bthirds?\b|\bquarters?\b/i;

/** A size or a distance asked: "how high/far/tall/long…" (not "how big", which a fund or an estate may be). */
const SIZE_ASKED = /\bhow\s+(?:high|far|tall|long|deep|wide|heavy|thick)\b/i;
/** Things of room or matter, whose size no sum tells: "how big is the site/farm/painting/swarm". */
const THING_SIZED =
	/\bhow\s+(?:big|large)\s+(?:is|was|are|were|will|would|did)\s+(?:the|a|an|its|their|his|her|this|that)?\s*(?:[\p{L}'’-]+\s+){0,2}(?:site|farm|field|fields|park|zoo|garden|forest|wood|woods|lake|reservoir|island|area|plot|land|building|house|home|hall|room|stadium|arena|ground|grounds|pitch|mural|painting|canvas|statue|sculpture|panels?|boat|ship|vessel|yacht|plane|aircraft|kite|balloon|tree|hole|sinkhole|crater|meteorite|asteroid|rock|stone|fire|blaze|wildfire|swarm|spill|slick|crack|wall|dam|bridge|tunnel|quarry|mine|pit|warehouse|shed|barn|glacier|iceberg|wave|storm|fish|animal|egg|nest|skeleton|bone|fossil|telescope|screen|map|carpet|flag|cake|pumpkin|marrow|crowd)\b/iu;
/** What a sum may be the size of: "how high was the fine", "how big is the budget". */
const SUM_NOUN =
	/\b(?:fines?|penalty|penalties|price|prices|cost|costs|bill|budget|salary|salaries|wage|wages|pay|fee|fees|ransom|bail|debt|debts|deficit|bonus|prize|reward|compensation|damages|loan|loans|tax|taxes|rent|fare|fares|deal|investment|bid|offer|payout|settlement|valuation|sum|amount|figure|spending|funding|grant|donation|profit|profits|loss|losses|revenue|sales|income|pension|award)\b/i;

/** A sum a body makes or gets, asked by its noun: "how much profit did it make", "how much revenue did it bring in". */
const SUM_MADE =
	/\bhow much\s+(?:[\p{L}-]+\s+)?(?:profit|profits|revenue|revenues|sales|income|turnover|money|cash)\b.*\b(?:make|makes|made|earn|earns|earned|post|posts|posted|report|reports|reported|generate|generates|generated|bring|brings|brought|get|gets|got|take|takes|took|receive|receives|received)\b/iu;
/** A sum a thing brings: "how much will the tax bring in", "how much did the sale generate". */
const BRINGS_IN =
	/\bhow\s+much\b.*\b(?:bring|brings|brought|bringing|rake|rakes|raked)\s+in\b|\bhow\s+much\b.*\b(?:generate[sd]?|generating)\b/iu;
/** A question of a change, which a share answers: "how much did profit rise", "how much more". */
const CHANGE_ASKED =
	/\b(?:rise|rose|risen|fall|fell|fallen|increase[sd]?|decrease[sd]?|drop(?:ped)?|grow|grew|grown|jump(?:ed)?|climb(?:ed)?|up|down|more|less|change[sd]?|cut|share|percent|percentage|growth|gain|gains|margin|margins|return|returns|yield|decline)\b|%/i;

/** The price of one ticket, seat, night or jar: "how much is a ticket", "what does one patient meal cost", "how much do tickets cost". */
const ITEM_PRICE_ASKED =
	/\b(?:a|one|each|per|single)\s+(?:[\p{L}-]+\s+){0,2}(?:ticket|fare|seat|entry|admission|ride|night|meal|jar|bottle|litre|liter|cup|pass|visit)\b.*\b(?:cost|costs|price|charge|pay)\b|\b(?:how much|price|cost)\b.*\b(?:a|one|each|per)\s+(?:[\p{L}-]+\s+)?(?:ticket|fare|seat|ride|night|meal|jar|bottle|litre|liter|cup|pass)\b|\bhow\s+much\s+(?:do|does|did|will|would|are|is|were)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:tickets|fares|seats|rides|meals|passes)\s+(?:[\p{L}'’-]+\s+){0,4}?cost\b/iu;

/** A sum no one ticket, seat, night or meal costs: "about 250,000 pounds" is a total, a budget or a bill. */
const ITEM_PRICE_CEILING = 10_000;

/** A capacity written before its noun: "2,400-seat", "780-bed", "a four-lane". */
const CAPACITY_FIGURE =
	/^(?:[\d,.]+|\p{L}+)-(?:seat|seater|bed|room|berth|capacity|place|space|storey|story|floor|lane|pupil|student|home|house|unit|bay|screen|gate|pitch)\b/iu;
/** A question a capacity answers: "how many seats", "how many does it hold", "how big". */
const CAPACITY_ASKED =
	/\b(?:seats?|seaters?|beds?|rooms?|berths?|capacity|places?|spaces?|storeys?|stories|floors?|lanes?|pupils?|students?|homes?|houses?|units?|bays?|screens?|gates?|pitche?s?|hold|holds|fit|fits|big|large|size|tall|high|long)\b/iu;

/** A speed: "70 km/h", "50 mph", "30 kilometres an hour", "12 knots". */
const SPEED =
	/\d\s*(?:km\s?\/\s?hr?|kmh|kmph|kph|mph|rpm|knots|(?:kilomet(?:re|er)s?|miles|met(?:re|er)s)\s+(?:per|an|a)\s+(?:hour|second))\b/i;
/** A question that asks a speed or a limit of one: "how fast", "what speed", "the speed limit". */
const SPEED_ASKED = /\bhow\s+fast\b|\bspeeds?\b|\bkm\s?\/\s?h\b|\bmph\b|\b(?:per|an)\s+hour\b|\bknots\b|\blimit\b/i;

/** "How fast was the lorry going", "how fast was it leaking": the speed of a thing in motion or a flow. */
const SPEED_OF_MOTION =
	/\bhow\s+fast\b.*\b(?:going|go|goes|went|travel\w*|moving|move[sd]?|driv\w*|drove|fl(?:y|ying|ies|ew)|r[au]n(?:s|ning)?|blow\w*|spin\w*|rotat\w*|sail\w*|rac(?:e|ed|ing)|taxi(?:s|ed|ing|ied|ying)?|cruis\w*|rid(?:e|es|ing)|rode|cycl\w*|swim\w*|swam|row(?:s|ed|ing)?|ski(?:s|ed|ing)?|walk\w*|sprint\w*|gallop\w*|hurtl\w*|spe(?:ed|eding|d)|leak\w*|flow\w*|pour\w*|gush\w*|seep\w*|drain\w*|drip\w*|sink\w*|sank|climb\w*)\b/i;

/** An age: "nine years old", "a 58-year-old", "aged 61". */
const AGE_FIGURE = /\b(?:years?|months?|weeks?)[- ]old\b|^aged\s/i;
/** A question an age may answer: "how old", "what age", "aged", "a 9-year-old", "how many years old". */
const AGE_ASKED = /\bold\b|\bages?\b|\baged\b|\bolds?\b|\bborn\b/i;

/**
 * Whether a figure is of another kind than a "how …" question asks: a sum of money for a size or a distance ("how high
 * did the song get in the charts" of "410,000 euros in damages"), or no sum for a sum asked by its noun ("how much
 * public subsidy did the resort get" of "11 lifts"), or a speed for anything but a speed ("70 km/h" for "how many km").
 *
 * @example
 * sumOrSizeMismatch('how high did the song get in the charts', '410,000 euros'); // true
 * sumOrSizeMismatch('how high was the fine', '410,000 euros'); // false
 */
export function sumOrSizeMismatch(question: string, figure: string): boolean {
	// "How far did the kite drag?" is not answered by "nine years old": someone's age, which only an age question asks.
	if (AGE_FIGURE.test(figure) && !AGE_ASKED.test(question)) return true;
	// "How many km of road does this cover?" is not answered by "70 km/h": a speed, of no stretch of road.
	if (SPEED.test(figure) && !SPEED_ASKED.test(question)) return true;
	// "How fast was the bus going?" is not answered by "several minutes": a length of time, no speed.
	if (/\bhow\s+fast\b/i.test(question) && TIME_UNIT.test(figure) && !/\b(?:a|an|per)\s+\p{L}+$/iu.test(figure))
		return true;
	// "How fast was it going?" is not answered by "23 people injured": no speed, rate, share or change ("how fast did
	// the tickets sell out" asks how soon, not a speed).
	if (
		SPEED_OF_MOTION.test(question) &&
		!SPEED.test(figure) &&
		!SHARE_OR_CHANGE.test(figure) &&
		!/\b(?:a|an|per|every|each)\s+\p{L}+$/iu.test(figure)
	)
		return true;
	// "How many people attended?" is not answered by "the 2,400-seat Palais Marin": how many it holds, not who came.
	if (CAPACITY_FIGURE.test(figure) && /\bhow\s+many\b/iu.test(question) && !CAPACITY_ASKED.test(question)) return true;
	if (itemPriceMismatch(question, figure) || peopleForAmount(question, figure)) return true;
	if (SIZE_ASKED.test(question) && !SUM_NOUN.test(question)) return MONEY.test(figure);
	// "How big is the site?" of "about 2.7 million pounds": the sum it costs, not its size ("how big is the jackpot" is).
	if (THING_SIZED.test(question) && !SUM_NOUN.test(question)) return MONEY.test(figure);
	// "How much profit did Veeram make?" is not answered by "a 27% jump in quarterly net profit": a change, no sum; nor
	// "how much will the tax hike bring in" by "a 1.5 percent increase".
	if (
		(SUM_MADE.test(question) || BRINGS_IN.test(question)) &&
		!CHANGE_ASKED.test(question) &&
		/%|\bper\s?cent\b/i.test(figure)
	)
		return true;
	return SUM_ASKED.test(question) && !MONEY.test(figure) && !SHARE_OR_CHANGE.test(figure);
}

/**
 * Whether a sum in millions, or of ITEM_PRICE_CEILING or more, answers the price of one ticket, seat, night or meal:
 * "how much will a ticket through the tunnel cost" of "8.6 billion euros", a total, no one's price.
 *
 * @example
 * itemPriceMismatch('how much do tickets at the regal cost', '1.2 million pounds'); // true
 */
export function itemPriceMismatch(question: string, figure: string): boolean {
	return (
		ITEM_PRICE_ASKED.test(question) &&
		MONEY.test(figure) &&
		(/\b(?:million|billion|trillion|bn)\b/iu.test(figure) || (parseNumber(figure) ?? 0) >= ITEM_PRICE_CEILING)
	);
}

/** "How much" of a quantity, not of a share of something or a change ("how much of", "how much more"). */
const HOW_MUCH_AMOUNT = /\bhow\s+much\b(?!\s+(?:of|more|less|longer|further|higher|lower|bigger|smaller)\b)/iu;
/** A count of people: "six people", "about 6,300 workers". */
const PEOPLE_COUNT =
	/\b(?:people|persons|residents|workers|children|staff|passengers|patients|students|pupils|members|employees|officers|firefighters|volunteers|fans|visitors|men|women)$/iu;

/**
 * Whether a count of people answers "how much" of a quantity: "how much water was in the reservoir" of "six people",
 * "how much revenue will it lose" of "about 6,300 people".
 *
 * @example
 * peopleForAmount('how much water was in the reservoir', 'six people'); // true
 */
export function peopleForAmount(question: string, figure: string): boolean {
	return HOW_MUCH_AMOUNT.test(question) && PEOPLE_COUNT.test(figure);
}
