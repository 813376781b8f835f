/**
 * General English vocabulary as data: words that mean the same thing in news reports, and spelling variants.
 * Nothing here is specific to one report; every entry is a word family, not an answer.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
	['killed', 'kill', 'died', 'die', 'dead', 'death', 'deaths', 'fatalities', 'fatality', 'lives'],
	['injured', 'injure', 'wounded', 'wound', 'hurt', 'injuries', 'injury', 'casualties'],
	['drone', 'drones', 'uav', 'uavs', 'unmanned'],
	['people', 'person', 'persons', 'civilians', 'individuals', 'adults'],
	['intercepted', 'intercept', 'downed', 'shot', 'shoot', 'destroyed', 'neutralised', 'neutralized'],
	['launched', 'launch', 'fired', 'fire', 'sent', 'send'],
	['missile', 'missiles', 'rocket', 'rockets'],
	[
		'attack',
		'attacks',
		'strike',
		'strikes',
		'assault',
		'raid',
		'raids',
		'bombardment',
		'attacked',
		'struck',
		'hit',
		'hits',
	],
	['overnight', 'night', 'nighttime'],
	['ceasefire', 'truce', 'armistice', 'pause', 'halt'],
	['talks', 'negotiations', 'negotiation', 'talk', 'discussions', 'discussion', 'meeting'],
	['said', 'say', 'says', 'stated', 'told', 'remarked', 'noted', 'claimed', 'declared'],
	['reported', 'according'],
	['worried', 'worry', 'worries', 'concerned', 'concern', 'concerns', 'fear', 'fears', 'feared', 'afraid'],
	['operate', 'operates', 'operating', 'operated', 'running', 'functioning'],
	['criticized', 'criticised', 'condemned', 'blamed', 'accused', 'slammed'],
	['president', 'leader', 'head'],
	['hospital', 'clinic', 'medical', 'hospitalised', 'hospitalized', 'hospitalisation', 'hospitalization'],
	['train', 'trains', 'railway', 'rail', 'railways'],
	['power', 'electricity', 'electrical', 'energy'],
	['country', 'nation', 'state'],
	['big', 'large', 'largest', 'biggest', 'huge', 'major'],
	['small', 'smallest', 'little', 'minor'],
	['begin', 'began', 'start', 'started', 'starts', 'begins'],
	['end', 'ended', 'finish', 'finished', 'ends'],
	['stop', 'stopped', 'stops', 'halt', 'halted', 'suspend', 'suspended'],
	['ticket', 'tickets', 'fare', 'fares'],
	['travel', 'travelled', 'traveled', 'travels', 'journey', 'journeys', 'trip', 'trips', 'voyage', 'ride', 'rides'],
	['tourist', 'tourists', 'visitor', 'visitors', 'sightseer', 'sightseers'],
	['blackout', 'blackouts', 'outage', 'outages'],
	['rider', 'riders', 'passenger', 'passengers', 'commuter', 'commuters'],
	['cocaine', 'coke'],
	['buy', 'bought', 'purchase', 'purchased', 'import', 'imports', 'imported'],
	['book', 'books', 'novel', 'novels'],
	['ban', 'bans', 'banned', 'suspension', 'prohibit', 'prohibited', 'prohibition'],
	['delivery', 'deliveries', 'shipment', 'shipments', 'consignment'],
	['apply', 'applied', 'application', 'applications', 'applicant', 'applicants'],
	['help', 'aid', 'support', 'assistance'],
	['war', 'conflict', 'fighting', 'hostilities'],
	['child', 'children', 'kid', 'kids', 'schoolchildren'],
	['student', 'students', 'pupil', 'pupils'],
	['plant', 'plants', 'facility', 'facilities', 'factory', 'factories'],
	['salary', 'salaries', 'wage', 'wages', 'pay', 'paid', 'earn', 'earns', 'earned', 'earnings'],
	['jail', 'jailed', 'prison', 'imprisoned', 'imprisonment'],
	['fine', 'fines', 'fined', 'penalty', 'penalties'],
	['fix', 'fixed', 'repair', 'repaired', 'repairs'],
	['doctor', 'doctors', 'physician', 'physicians'],
	['lawyer', 'lawyers', 'attorney', 'attorneys'],
	['lawmaker', 'lawmakers', 'legislator', 'legislators', 'mp', 'mps'],
	['far', 'distance', 'distances'],
	['foreign', 'international', 'overseas'],
	['farmer', 'farmers', 'grower', 'growers'],
	['sales', 'revenue', 'revenues', 'turnover'],
	['guidance', 'forecast', 'forecasts', 'outlook'],
	['sick', 'ill', 'illness', 'illnesses', 'sickened'],
	['cut', 'cuts', 'reduce', 'reduced', 'reduction', 'lower', 'lowered', 'slash', 'slashed'],
	['raise', 'raises', 'raised', 'rise', 'increase', 'increased'],
	['loss', 'losses', 'lose', 'lost'],
	['make', 'made', 'manufacture', 'manufactured', 'produce', 'produced'],
	['want', 'wants', 'wanted', 'demand', 'demands', 'demanded', 'demanding', 'seek', 'seeks', 'sought'],
	['rise', 'rose', 'risen', 'increase', 'increased', 'climb', 'climbed', 'jump', 'jumped'],
	['fall', 'fell', 'fallen', 'drop', 'dropped', 'decrease', 'decreased'],
	['car', 'cars', 'vehicle', 'vehicles'],
	['plane', 'planes', 'aircraft', 'airliner', 'airliners', 'jet', 'jets'],
	['company', 'companies', 'firm', 'firms', 'business', 'businesses'],
	['agreement', 'deal', 'accord', 'pact', 'contract'],
	['cause', 'caused', 'causes', 'spark', 'sparked', 'trigger', 'triggered'],
	['fire', 'fires', 'wildfire', 'wildfires', 'blaze', 'blazes', 'bushfire', 'bushfires'],
	['quake', 'quakes', 'earthquake', 'earthquakes', 'tremor', 'tremors'],
	['jewel', 'jewels', 'jewellery', 'jewelry'],
	['drug', 'drugs', 'medicine', 'medicines', 'medication', 'medications', 'pill', 'pills', 'tablet', 'tablets'],
	[
		'rob',
		'robbed',
		'robbing',
		'robbery',
		'robberies',
		'steal',
		'stole',
		'stolen',
		'theft',
		'thefts',
		'heist',
		'loot',
		'looted',
	],
	['robber', 'robbers', 'thief', 'thieves', 'burglar', 'burglars', 'gunmen'],
	['prisoner', 'prisoners', 'inmate', 'inmates', 'convict', 'convicts', 'detainee', 'detainees'],
	['escape', 'escaped', 'escapes', 'fled', 'flee', 'flees'],
	['fugitive', 'fugitives', 'escapee', 'escapees'],
	['captain', 'captains', 'skipper', 'skippers'],
	['attacker', 'attackers', 'assailant', 'assailants', 'gunman', 'gunmen', 'militant', 'militants'],
	['kidnapped', 'kidnap', 'kidnapping', 'abducted', 'abduct', 'abduction', 'seized', 'hostage', 'hostages'],
	['ship', 'ships', 'vessel', 'vessels', 'boat', 'boats'],
	['staff', 'employees', 'workers', 'personnel'],
	['pay', 'pays', 'paid', 'price', 'prices', 'cost', 'costs'],
	['fund', 'funded', 'funding', 'finance', 'financed', 'pay', 'paid', 'sponsor', 'sponsored', 'subsidy', 'subsidies'],
	['trash', 'rubbish', 'garbage', 'waste', 'litter'],
	['practise', 'practice', 'practised', 'practiced', 'rehearse', 'rehearsed', 'rehearsal'],
	['stock', 'stocks', 'shares'],
	['truck', 'trucks', 'lorry', 'lorries'],
	['spectator', 'spectators', 'crowd', 'crowds', 'audience', 'audiences'],
	['divert', 'diverted', 'diversion', 'diversions', 'reroute', 'rerouted'],
	['mother', 'mothers', 'mum', 'mom'],
	['father', 'fathers', 'dad'],
	['researcher', 'researchers', 'scientist', 'scientists'],
	['arrest', 'arrested', 'arrests', 'detain', 'detained', 'detention'],
	['close', 'closed', 'closes', 'closure', 'shut', 'shuts'],
	['home', 'homes', 'household', 'households'],
	['worth', 'value', 'valued', 'values'],
	['capsize', 'capsized', 'overturn', 'overturned', 'flip', 'flipped'],
	// "How deep…" is answered by "at a depth of 10 km": an adjective a question asks with, and the noun reports use.
	['deep', 'depth'],
	['high', 'height', 'tall'],
	['wide', 'width'],
	['heavy', 'weight', 'weigh', 'weighs', 'weighed'],
	['cold', 'temperature', 'temperatures'],
	['fast', 'quick', 'speed', 'speeds'],
];

/**
 * Abbreviations news reports and their readers use for titles and bodies, with the words they stand for: a question
 * about the "CEO" also finds "chief executive Anders Holm". Report-specific acronyms are read from the reports
 * themselves (expandAcronym.ts).
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
	ceo: 'chief executive',
	cfo: 'chief financial finance',
	coo: 'chief operating',
	cto: 'chief technology',
	un: 'united nations',
	eu: 'european union',
	gdp: 'gross domestic product',
	ipo: 'initial public offering',
	ai: 'artificial intelligence',
	ev: 'electric vehicle',
	evs: 'electric vehicles',
	nhs: 'national health service',
	pm: 'prime minister',
	mp: 'member parliament',
	mps: 'members parliament',
	wwi: 'world war',
	wwii: 'world war',
	ww1: 'world war',
	ww2: 'world war',
	kwh: 'kilowatt hour',
	mwh: 'megawatt hour',
	gwh: 'gigawatt hour',
	kw: 'kilowatt',
	mw: 'megawatt',
	gw: 'gigawatt',
	mph: 'miles hour',
	kph: 'kilometres hour',
	kmh: 'kilometres hour',
};

/** Spelling variants, mapped to one form before matching. */
export const SPELLINGS: Readonly<Record<string, string>> = {
	zelenskyy: 'zelensky',
	zelenskiy: 'zelensky',
	zelenski: 'zelensky',
	kiev: 'kyiv',
	odessa: 'odesa',
	kharkov: 'kharkiv',
	ukrainian: 'ukraine',
	ukrainians: 'ukraine',
	russian: 'russia',
	russians: 'russia',
	american: 'us',
	usa: 'us',
	america: 'us',
	colour: 'color',
	defence: 'defense',
	centre: 'center',
	organisation: 'organization',
	programme: 'program',
	ppl: 'people',
	peeps: 'people',
	wat: 'what',
	wut: 'what',
	whats: 'what',
	r: 'are',
	u: 'you',
	ur: 'your',
	abt: 'about',
	bc: 'because',
	cuz: 'because',
	rn: 'now',
	tho: 'though',
	govt: 'government',
	gov: 'government',
	prez: 'president',
	pres: 'president',
	uavs: 'drones',
	uni: 'university',
	dept: 'department',
	tix: 'tickets',
	yrs: 'years',
	hrs: 'hours',
	hr: 'hour',
	mins: 'minutes',
	compo: 'compensation',
	bn: 'billion',
	cops: 'police',
	cop: 'police',
	info: 'information',
	gonna: 'going',
	wanna: 'want',
	yr: 'year',
	wk: 'week',
	wks: 'weeks',
	mths: 'months',
	thru: 'through',
	tmrw: 'tomorrow',
	tmr: 'tomorrow',
	yday: 'yesterday',
	bday: 'birthday',
	champ: 'champion',
	champs: 'champions',
	vid: 'video',
	vids: 'videos',
	approx: 'approximately',
	intl: 'international',
	natl: 'national',
	mgmt: 'management',
	mln: 'million',
	bil: 'billion',
	govts: 'governments',
	hosp: 'hospital',
	vax: 'vaccine',
	jan: 'january',
	feb: 'february',
	apr: 'april',
	jun: 'june',
	jul: 'july',
	aug: 'august',
	sep: 'september',
	sept: 'september',
	oct: 'october',
	nov: 'november',
	dec: 'december',
	tues: 'tuesday',
	weds: 'wednesday',
	thurs: 'thursday',
	fri: 'friday',
	km: 'kilometres',
	kms: 'kilometres',
	kg: 'kilograms',
	kgs: 'kilograms',
	ft: 'feet',
	lbs: 'pounds',
	cm: 'centimetres',
	'1st': 'first',
	'2nd': 'second',
	'3rd': 'third',
	'4th': 'fourth',
	'5th': 'fifth',
	'6th': 'sixth',
	'7th': 'seventh',
	'8th': 'eighth',
	'9th': 'ninth',
	'10th': 'tenth',
};

/**
 * Past forms and irregular plurals the stemmer cannot fold, each line a base word and its forms ("grew up" where the
 * question asks "grow up"). Forms that are also common other words ("found", "left", "rose", "lay", "ground",
 * "wound", "born", "told", "said") are left out.
 */
const IRREGULAR_LINES = `arise arose arisen|beat beaten|become became|begin began begun|bend bent|bite bit bitten|bleed bled|
blow blew blown|break broke broken|breed bred|bring brought|build built|buy bought|catch caught|choose chose chosen|
come came|creep crept|deal dealt|dig dug|draw drew drawn|drive drove driven|eat ate eaten|fall fell fallen|feed fed|
feel felt|fight fought|flee fled|fly flew flown|forbid forbade forbidden|foresee foresaw foreseen|forget forgot
forgotten|forgive forgave forgiven|freeze froze frozen|get got gotten|give gave given|go went gone|grow grew grown|
hang hung|hear heard|hide hid hidden|hold held|keep kept|know knew known|lead led|leap leapt|lend lent|lose lost|
make made|mean meant|meet met|mistake mistook mistaken|oversee oversaw overseen|overcome overcame|overthrow overthrew
overthrown|pay paid|prove proven|rebuild rebuilt|rewrite rewrote rewritten|ride rode ridden|rise risen|run ran|
see saw seen|seek sought|sell sold|send sent|shake shook shaken|shine shone|shoot shot|show shown|shrink shrank
shrunk|sing sang sung|sink sank sunk|sit sat|sleep slept|slide slid|speak spoke spoken|speed sped|spend spent|
spin spun|spring sprang sprung|stand stood|steal stole stolen|stick stuck|strike struck stricken|strive strove
striven|swear swore sworn|swim swam swum|take took taken|teach taught|tear tore torn|think thought|throw threw
thrown|undergo underwent undergone|understand understood|undertake undertook undertaken|uphold upheld|wake woke
woken|wear wore worn|weep wept|win won|withdraw withdrew withdrawn|withhold withheld|write wrote written|
child children|foot feet|goose geese|man men|mouse mice|tooth teeth|woman women|criterion criteria|
phenomenon phenomena|wife wives|knife knives|half halves|wolf wolves|thief thieves`;

/** The irregular plurals of IRREGULAR_LINES ("children", "wolves"): nouns, unlike the past forms before them. */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(
	IRREGULAR_LINES.slice(IRREGULAR_LINES.indexOf('child children'))
		.split('|')
		.flatMap((line) => line.trim().split(/\s+/).slice(1)),
);

/** Each irregular form (see IRREGULAR_LINES) mapped to its base word, which the stemmer then stems. */
export const IRREGULAR_FORMS: Readonly<Record<string, string>> = Object.fromEntries(
	IRREGULAR_LINES.split('|').flatMap((line) => {
		const [base = '', ...forms] = line.trim().split(/\s+/);
		return forms.map((form) => [form, base]);
	}),
);

/** Pairs of opposites: a question that asks about one while the text says the other is not answered by it. */
export const ANTONYMS: readonly (readonly [string, string])[] = [
	['largest', 'smallest'],
	['biggest', 'smallest'],
	['larger', 'smaller'],
	['bigger', 'smaller'],
	['north', 'south'],
	['northern', 'southern'],
	['east', 'west'],
	['eastern', 'western'],
	['first', 'last'],
	['before', 'after'],
	['highest', 'lowest'],
	['higher', 'lower'],
	['high', 'low'],
	['most', 'least'],
	['more', 'less'],
	['more', 'fewer'],
	['increase', 'decrease'],
	['increased', 'decreased'],
	['rise', 'fall'],
	['earliest', 'latest'],
	['early', 'late'],
	['upper', 'lower'],
	['oldest', 'newest'],
	['older', 'younger'],
	['longest', 'shortest'],
	['maximum', 'minimum'],
	['inside', 'outside'],
	['won', 'lost'],
	['win', 'lose'],
	['best', 'worst'],
	['strong', 'weak'],
	['major', 'minor'],
	['top', 'bottom'],
	['entered', 'left'],
	['accepted', 'rejected'],
	['allowed', 'banned'],
	['success', 'failure'],
	['private', 'public'],
	['domestic', 'foreign'],
	['earlier', 'later'],
	['began', 'ended'],
	['start', 'end'],
	['started', 'ended'],
	['opened', 'closed'],
	['supported', 'opposed'],
	['support', 'opposition'],
	['male', 'female'],
	['ancient', 'modern'],
	['rich', 'poor'],
	['gained', 'lost'],
];

/** Numbers written as words ("one" is left out: "which one" counts nothing). */
export const NUMBER_WORDS: readonly string[] = [
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
	'fifteen',
	'twenty',
	'thirty',
	'forty',
	'fifty',
	'hundred',
	'thousand',
	'million',
	'billion',
	'dozen',
	'dozens',
	'hundreds',
	'thousands',
	'millions',
];

/** Titles and roles that, written before a name, make it a person's. */
export const ROLE_WORDS = new Set(
	'President Vice Prime Minister Secretary Chancellor King Queen Prince Princess General Gen Colonel Admiral Mayor Governor Senator Representative Rep Spokesperson Spokesman Spokeswoman Commander Chief Director CEO Chairman Chairwoman Chair Pope Duke Duchess Emperor Empress Earl Lord Lady Sir Judge Justice Ambassador Envoy Foreign Defense Defence Interior Finance Deputy Leader Premier Sheikh Crown Archbishop Bishop Patriarch Mr Mrs Ms Dr Professor Prof Attorney Prosecutor Commissioner Sheriff Coach Captain Capt Lieutenant Lt Sergeant Sgt Detective Superintendent Councillor Councilman Councilwoman Congressman Congresswoman Assemblyman Assemblywoman Cardinal Rabbi Inspector Executive Officer Operating Financial Administrator Representative'.split(
		' ',
	),
);

/** Words that make a name an organisation's. */
export const ORGANISATION_WORDS = new Set(
	'Force Forces Army Navy Ministry Kremlin House Council Union Agency Committee Party Company Corporation Corp Inc Ltd Bank Department Government Parliament Commission Organization Organisation University Institute NATO UN EU Pentagon Congress Senate Guard Service Services Office Court Federation Association Group Fund Authority Command Police Railways Airlines Times Post News Press Reuters Agency Board Bureau Trust League Centre Center Club Pharma Holdings Airways Foundation Society Alliance Coalition Network Brigade Battalion Regiment Tribunal'.split(
		' ',
	),
);

/** Countries and a few regions, so a bare "Finland" is known to be a place. */
export const PLACE_NAMES = new Set(
	'Afghanistan Albania Algeria Argentina Armenia Australia Austria Azerbaijan Belarus Belgium Bosnia Brazil Britain Bulgaria Canada Chile China Colombia Croatia Cuba Cyprus Czechia Denmark Egypt England Estonia Ethiopia Europe Africa Asia America Finland France Georgia Germany Greece Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Japan Jordan Kazakhstan Kenya Korea Kosovo Latvia Lebanon Libya Lithuania Luxembourg Mexico Moldova Netherlands Nigeria Norway Pakistan Palestine Poland Portugal Qatar Romania Russia Scotland Serbia Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland Syria Taiwan Turkey Ukraine Venezuela Vietnam Wales Yemen Gaza Crimea Donbas Kyiv Moscow London Paris Berlin Washington Beijing'.split(
		' ',
	),
);

/**
 * Last words that make a name of two words or more a place ("National Stadium", "Baldwin County"); not "City" or
 * "Town", which also end the names of clubs, nor "Bay" or "Field", which end people's names.
 */
export const PLACE_HEADS = new Set(
	'Stadium Arena Park Airport Square Street Bridge River Lake Mountain Mountains Valley Island Islands Station Palace Beach Road Avenue Cathedral Castle Forest Desert Sea Ocean Coast County Province Region District Peninsula Strait Canal Gulf Harbour Harbor Hills Port Plaza Boulevard Highway Motorway'.split(
		' ',
	),
);

/** Verbs that say what happened to what a count counts, mapped to one action. */
export const COUNT_ACTIONS: readonly (readonly [RegExp, string])[] = [
	[
		/\b(shot|shoot|shooting) down\b|\bintercept\w*|\bdowned\b|\b(?:were|was|been|be|being|got|get)\s+down\b|\bneutrali[sz]\w*/i,
		'shot down',
	],
	[/\bdestroy\w*/i, 'destroyed'],
	[
		/\bkill\w*|\bdied\b|\bdead\b|\bdeaths?\b|\bfatalit\w*|\b(?:took|takes?|taking|claim\w*|cost)\s+the\s+lives\s+of\b|\blost\s+their\s+lives\b/i,
		'killed',
	],
	[/\binjur\w*|\bwound\w*|\bhurt\b/i, 'injured'],
	[/\blaunch\w*|\bfir(ed|ing)\b|\binvolv\w*|\bsent\b|\battack\w*|\bstrikes?\b|\bassault\b/i, 'launched'],
	[/\barrest\w*|\bdetain\w*/i, 'arrested'],
	[/\bevacuat\w*|\bdisplac\w*/i, 'evacuated'],
	[/\bsold\b|\bsell(?:s|ing)?\b/i, 'sold'],
	[/\brecall(?:s|ed|ing)?\b/i, 'recalled'],
	[/\brescu\w*/i, 'rescued'],
	[/\bcancel\w*/i, 'cancelled'],
	[/\bburi(?:ed|es)\b|\bbury(?:ing)?\b/i, 'buried'],
	[/\btrap(?:ped|ping|s)?\b/i, 'trapped'],
	[/\bmissing\b/i, 'missing'],
	[
		/\bhospitali[sz]\w*|\b(?:taken|went|gone|go|goes|going|rushed|flown|airlifted|admitted)\s+(?:to|in|into)\s+(?:(?:the|a)\s+)?hospitals?\b/i,
		'hospitalised',
	],
	[/\bescap(?:e|es|ed|ing)\b|\bbr(?:oke|eak|eaks) out\b|\bfled\b|\bflee(?:s|ing)?\b/i, 'escaped'],
	[/\brecaptur\w*/i, 'recaptured'],
	[/\bkidnap\w*|\babduct\w*|\btaken hostage\b/i, 'kidnapped'],
];

/** Broad topics a summary can be asked about, with the words that signal them. */
export const TOPIC_GROUPS: readonly (readonly string[])[] = [
	[
		'casualties',
		'casualty',
		'killed',
		'injured',
		'wounded',
		'dead',
		'died',
		'deaths',
		'victims',
		'hurt',
		'person',
		'people',
	],
	[
		'diplomacy',
		'diplomatic',
		'talks',
		'negotiations',
		'ceasefire',
		'truce',
		'peace',
		'agreement',
		'deal',
		'summit',
		'envoy',
		'discussed',
		'mediate',
	],
	['military', 'attack', 'strikes', 'drones', 'missiles', 'forces', 'assault', 'shot', 'launched', 'troops', 'army'],
	['infrastructure', 'energy', 'power', 'electrical', 'railway', 'rail', 'hospital', 'facility', 'grid', 'oil'],
	['economy', 'economic', 'market', 'prices', 'trade', 'inflation', 'jobs', 'growth', 'budget'],
];
