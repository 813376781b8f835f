/** Patterns and word lists that findMentions reads numbers, dates, quotes and names with. */

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
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
export const SCALES: Readonly<Record<string, number>> = {
	hundred: 100,
	thousand: 1e3,
	million: 1e6,
	billion: 1e9,
	trillion: 1e12,
};
/** Scales written short after a sum ("$2.4m", "£1.2bn", "€500k"); only after a currency sign, as "10m" may be metres. */
export const SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = { bn: 1e9, tn: 1e12, m: 1e6, k: 1e3 };
/** Currencies by the word written after a figure ("40 euros", "9.5 billion Icelandic kronur"), as a pattern's alternatives. */
export const CURRENCY_WORDS =
	'dollars?|euros?|pounds|yen|yuan|kroner|krone|kronor|krona|kronur|krónur|krónor|króna|korunas?|tenge|lari|rupees?|roubles?|rubles?|francs?|pesos?|lira|rand|reais|real|zlotys?|złoty|shekels?|dinars?|crowns?|soles|baht|ringgit|rupiah|dirhams?|riyals?|naira|shillings?|cedis?|kwacha|forints?|hryvnias?|lei|leu|leva|levs?|kunas?|denars?|leks?|drams?|manats?|somoni|tugriks?|taka|kyats?|riels?|dong|birr|dalasis?|pula|quetzal(?:es|s)?|colones|guaran[ií](?:es)?|bolivianos?|lempiras?|afghanis?|ngultrum|rufiyaa|patacas?|escudos?|drachmas?|kina|vatu|renminbi|bitcoins?|cents?|pence';
/**
 * The currencies whose word says nothing else: not "pounds" (a weight), "crowns" (titles), "real" ("real estate"),
 * "rand" or "soles", which "how many" may ask of as things.
 */
export const PLAIN_CURRENCY_WORDS = CURRENCY_WORDS.split('|')
	.filter((w) => !/^(?:pounds|crowns\?|real|rand|soles)$/.test(w))
	.join('|');
const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** Written alone, without a full stop or a day after it, these are names more often than months: "said Jan Novak". */
const MONTH_ABBREVIATIONS = '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)';
const MONTHS = `${MONTH_NAMES}|${MONTH_ABBREVIATIONS}`;
const DAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const DAY_ABBREVIATIONS = 'Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun';

/** Words that qualify a figure before it: "nearly half", "at least nine", "more than two years". */
export const QUALIFIERS =
	'about|around|roughly|nearly|almost|over|no more than|no less than|no fewer than|more than|less than|fewer than|at least|at most|up to|approximately';

/** A figure, with its qualifier, currency and scale; not the digit of a name ("3D printers", "5G", "reference 1518"). */
export const NUMBER = new RegExp(
	`\\b(?:tens|hundreds) of (?:thousands|millions)\\b|(?<![\\p{L}\\d.,])(?<!\\p{L}-)(?<!\\b(?:reference|ref\\.?|model|no\\.|flight|route)\\s)(?:(?:about|around|roughly|nearly|almost|over|no more than|no less than|no fewer than|more than|less than|fewer than|at least|at most|some|up to|approximately)\\s+)?(?:minus\\s+)?(?:(?:C|A|US|NZ|HK|S|R)?[$€£¥₹₦₱₩₺₴₪₫฿]\\s?|(?:RM|Rs\\.?|KSh|Rp)\\s?(?=\\d)|R(?=\\d{1,3}(?:,\\d{3})+))?(?![\\d,]+(?:st|nd|rd|th)\\b)(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?!\\d|[DG]\\b)(?:\\s?(?:%|percent|per cent))?(?:\\s+(?:${Object.keys(SCALES).join('|')})|-(?:${Object.keys(SCALES).join('|')})\\b|(?<=(?:[$€£¥₹₦₱₩₺₴₪₫฿]|\\b(?:RM|Rs|KSh|Rp))\\.?\\s?[\\d.,]+)(?:${Object.keys(SCALE_ABBREVIATIONS).join('|')})\\b)?|\\b(?<!\\p{L}-)(?:(?:${QUALIFIERS})\\s+)?(?:minus\\s+)?(?<!\\bno\\s)(?:${Object.keys(NUMBER_WORDS).join('|')})(?:[ -](?:${Object.keys(NUMBER_WORDS).join('|')}|${Object.keys(SCALES).join('|')}))*(?:\\s+and\\s+a\\s+half)?\\b`,
	'giu',
);
export const DATE = new RegExp(
	[
		// "about 300 million years ago", "7500 yr ago", "~11,600 BP", "450 Mya", "more than two years ago", "three
		// weeks ago": a time before the present.
		'(?:~\\s?|\\b(?:about|around|some|approximately|roughly|nearly|almost|over|more than|less than|just|c\\.)\\s+)?(?:(?<![\\d,.])\\b\\d[\\d,.]*(?:\\s?(?:–|-|to)\\s?\\d[\\d,.]*)?\\s?(?:(?:thousand|million|billion)\\s+)?(?:(?:years?|yrs?)\\s+(?:ago|BP|before present)|BP|Mya|kya)|\\b(?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a few|several|a couple of)\\s+(?:days?|weeks?|months?|decades?|centuries)\\s+ago|\\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a few|several|a couple of)\\s+years?\\s+ago)\\b',
		'\\b(?:(?:in|since|until|by|around|about|circa|c\\.)\\s+)?\\d{1,4}\\s?(?:BC|AD|BCE|CE)\\b',
		`\\b(?:(?:early|late|mid)[- ])?(?:${MONTH_NAMES}|${MONTH_ABBREVIATIONS}(?=\\.(?!\\s*$)|,?\\s+\\d|\\s*[-–]\\s*(?:${MONTHS})\\b))\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{3,4})?\\b`,
		`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})(?:,?\\s+\\d{3,4})?\\b`,
		// "HALSEY BRIDGE, Brackenmoor, Thurs. 8 — ": a dateline's weekday and day of the month, not a count of eight.
		`\\b(?:${DAY_ABBREVIATIONS})\\.\\s+\\d{1,2}\\b(?![.,]\\d)|\\b(?:${DAYS}),?\\s+\\d{1,2}(?=\\s+[—–-]\\s)`,
		`\\b(?:last|next|this|on|early|late)?\\s?(?:${DAYS})(?:\\s+(?:morning|afternoon|evening|night))?\\b`,
		'\\b(?:the\\s+)?(?:(?:early|late|mid|first half of the|second half of the)[- ]\\s?)?\\d{1,2}(?:st|nd|rd|th)(?:\\s+and\\s+\\d{1,2}(?:st|nd|rd|th))?\\s+centur(?:y|ies)(?:\\s+(?:BC|AD|BCE|CE))?\\b',
		'\\b(?:the\\s+)?(?:(?:early|late|mid|first half of the|second half of the)[- ]\\s?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)\\s+centur(?:y|ies)(?:\\s+(?:BC|AD|BCE|CE))?\\b',
		'\\b(?:in\\s+)?(?:the\\s+)?(?:1[0-9]|20)\\d0s\\b',
		// Not a year inside a designation: "Comet C/2024 R3", "reference 1518", "Flight 1549", "Covid-19" aside.
		'(?<![\\d,.$]|\\p{L}\\/|\\b(?:reference|ref\\.?|model|no\\.|number|flight|route)\\s)\\b(?:1[0-9]\\d\\d|20\\d\\d)\\b(?!\\s*(?:%|km|mi|m\\b|people|percent))',
		// Not a count of things: "attended by 740 guests", "won by 310 votes".
		'\\b(?:in|since|until|by|year|AD)\\s+[1-9]\\d\\d\\b(?!\\s*(?:%|km|mi|m\\b|people|percent)|\\s+(?!(?:was|has|is|as|its|this|his|thus|always|less|unless)\\b)\\p{Ll}+s\\b)',
		'\\b(?:overnight|yesterday|today(?![’\\u0027]s\\b)|tonight|tomorrow|last night|this week|last week|next week|the weekend|this weekend|last month|next month|last year|next year)\\b',
		// "3 hours 10 minutes", "two years and five months": one length of time, a smaller unit after a larger.
		'(?<![\\d,.])\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s(?:years?\\s(?:and\\s)?(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\\smonths?|days?\\s(?:and\\s)?\\d+\\shours?|hours?\\s(?:and\\s)?\\d+\\sminutes?|minutes?\\s(?:and\\s)?\\d+\\sseconds?)\\b',
		// Not the end of a bigger figure: "000 hours" of "more than 2,000 hours", "5 hours" of "2.5 hours".
		'(?<![\\d,.])\\b(?:(?:(?:over|more\\s+than|about|nearly|almost|some|well\\s+over)\\s+)?a\\s+(?:hundred|thousand)|\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)[- ](?:day|week|month|year|hour|minute)s?(?:[- ]long)?\\b(?![- ]old\\b)',
		`\\b(?:(?:last|next|this|early|late|mid|in)[- ](?:the\\s+)?)+(?:spring|summer|autumn|winter)(?:\\s+(?:of\\s+)?\\d{4})?\\b`,
		'\\b(?:BC|AD|BCE|CE)\\b',
		'\\b(?:(?:shortly|just|soon)\\s+)?(?:after|before|at|around|by|until)\\s+(?:midnight|noon|dawn|dusk|daybreak|nightfall)\\b',
		'\\b(?:this|that|in the|on \\w+day)\\s+(?:morning|afternoon|evening)\\b',
		// "at three in the morning", "by 11 at night": an hour of the clock, not three of anything.
		"(?<![\\d.,])\\b(?:(?:at|by|until|till|around|about|before|after|since)\\s+)?(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:[:.][0-5]\\d)?(?:\\s+o['’]clock)?\\s+(?:in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night)\\b(?!\\s+(?!(?:and|or|on|when|as|before|after|to|until|while|but|with|in|at|by|for|the|a|an|local|time)\\b)\\p{Ll})",
		// "shortly after 7:30 p.m.", "about 4:40 a.m.": a time of day as closely as the report gives it.
		'(?:\\b(?:about|around|approximately|roughly|shortly\\s+(?:after|before)|just\\s+(?:after|before))\\s+)?(?<![\\d.:])\\b\\d{1,2}(?:[:.][0-5]\\d)?\\s?(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b)',
		// "at 21:15", "0300 GMT": a time of day on the 24-hour clock (not "2:05:30", a race's time, nor a ratio "3:1").
		'(?<![\\d.:,])\\b(?:[01]?\\d|2[0-3]):[0-5]\\d\\b(?![:.]\\d)(?:\\s?(?:GMT|UTC|BST|CET|local time|hours|hrs)\\b)?',
		'(?<![\\d.:,])\\b[0-2]\\d[0-5]\\d\\s?(?:GMT|UTC|BST|CET|local time|hours|hrs)\\b',
		// "in the 18th minute", "an 87th-minute header": when in a match.
		'\\b(?:in\\s+the\\s+)?\\d{1,3}(?:st|nd|rd|th)[- ]minute\\b',
	].join('|'),
	'giu',
);
/** A month's name alone in lowercase ("may", "march"): in edited text the verb, not the month. */
export const LOWERCASE_MONTH_ALONE = new RegExp(`^(?:${MONTHS.toLowerCase()})\\.?$`);
/**
 * What every DATE match holds (a digit, a month's or weekday's first letters, night, week, month, year, tomorrow,
 * a season, a time of day, a century, an era), with the same flags: a sentence without it has no date, and skipping DATE there saves ~40% of its time.
 */
export const DATE_HINT =
	/\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|night|tomorrow|week|month|year|spring|summer|autumn|winter|noon|dawn|dusk|morning|afternoon|evening|centur|\b(?:bc|ad|bce|ce)\b/iu;
export const QUOTE = /[“"]([^”"]{3,})[”"]/g;
/**
 * The end of a quotation begun in an earlier sentence: a sentence whose first quotation mark closes it ("… rising,"
 * Ivers told reporters"), a curly one, or a straight one after punctuation and before a speech verb or its speaker, or
 * ending the sentence ('We will not be bullied."').
 */
export const QUOTE_TAIL =
	/^([^“”"]{3,}?)[,.!?]?(?:”|(?<=[,.!?])"(?=\s+(?:(?:\p{Lu}[\p{L}.’'-]*|he|she|they)\s+){0,4}(?:said|says|told|added|asked|wrote|insisted|warned)\b)|(?<=[.!?])"\s*$)/u;
/**
 * Capitalised words joined by spaces, hyphens, "&" ("Carver & Lowe", "AT&T"), particles ("Bank of England", "Farid al-Mansouri") and, in a
 * body's name, "and" ("Pharmacy and Poisons Board", "Food and Drug Administration").
 */
export const NAME =
	/(?:\b\p{Lu}(?:[\p{L}’'.&-]|\d(?=[\p{L}\d]*\b))*(?:\s+(?:of|de|la|von|van|al|bin|the|du|del|&)\s+|\s+(?:al|el)-|\s+and\s+(?=(?:\p{Lu}[\p{L}’'-]*\s+){1,3}(?:Board|Administration|Authority|Commission|Council|Agency|Department|Service|Institute|Ministry|Committee|Bureau|Office|Trust|Foundation|Society|Association|Federation|Union|League|Alliance|Guild|Network|Fund|Centre|Center)\b)|\s+|-))*\b\p{Lu}(?:[\p{L}’'.&-]|\d(?=[\p{L}\d]*\b))*/gu;
/**
 * A word that names a nation's people or language ("Ukrainian", "English", "Israeli", "French"), or a country's
 * initials; not a country or person whose name ends alike ("Azerbaijan", "Pakistan", "Mali", "Rossi", "Brian").
 */
export const NATIONALITY =
	/^(?!(?:Brian|Christian|Julian|Adrian|Ian|Vivian|Sebastian|Damian|Fabian|Gillian|Lillian|Marian|Florian|Cristian)$)(?:\p{Lu}\p{Ll}+(?:ian|ish|ese)|(?:Americ|Mexic|Kore|Germ|Afric|Europe|Asi|Cub|Chile|Venezuel|Morocc|Keny|Ugand|Sri Lank|Tibet|Afgh|Puerto Ric|Dominic|Ghan|Rw|Tanzan|Zimbabwe|Angol)an|(?:Pakistan|Israel|Iraq|Saud|Kuwait|Qatar|Emirat|Yemen|Oman|Bangladesh|Somal|Tha|Punjab|Bengal|Nepal|Azerbaijan|Hind|Urd|Pashtun|Bahrain)i|(?:Iceland|Arab|Balt|Slav|Celt|Hispan|Islam|Catholic|Germanic|Hellen|Nord)ic|Swedes?|Danes|Finns|Poles?|Turks?|Britons?|Brits|Spaniards?|Kiwis?|New Zealanders?|Icelanders?|(?:French|English|Irish|Dutch|Welsh|Scots)(?:man|men|woman|women)|Argentine|Philippine|Filipin[oa]|Levantine|French|Dutch|Czech|Greek|Swiss|Welsh|Scots|Thai|Afghan|Kazakh|Uzbek|Tajik|US|UK|EU|UN)$/u;
export const NOT_NAMES = new Set(
	'The A An However But And Despite While As With In On At For If When Where What Who Why How This That These Those It He She They We I Its His Her Their Our My Your You Me Us Him Them All Any Everyone Everybody Nobody Anyone Someone Nothing After Before During Although Though Since Because Meanwhile Also Yet So Then There Here Some Many Most Several Each Every Such Both Another Other No Not Only One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen Sixteen Seventeen Eighteen Nineteen Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety Hundreds Thousands Dozens Under Across Without Through Throughout Between Among Against Until Unlike Following Amid Within Around Above Below Beyond From By Into Besides'.split(
		' ',
	),
);
