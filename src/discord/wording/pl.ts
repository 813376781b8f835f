import type { CommandWording } from './CommandWording.ts';
import type { Wording } from './en.ts';

/** What the Discord bot says, in Polish (locale pl). */
export const pl = {
	answerTitle: 'Odpowiedź',
	quoteField: 'Cytowane zdanie',
	sourceField: 'Źródło',
	sourceLine: (title: string, paragraph: number) => `${title}, akapit ${paragraph}`,
	confidenceField: 'Pewność',
	confidence: (percent: number) => `${percent}%`,
	conflictsTitle: 'Raporty podają różne liczby',
	conflictField: (n: number) => `Liczba ${n}`,
	lowConfidence: 'Nie jestem tego pewien. Czy chodziło o jedno z tych pytań?',
	didYouMean: 'Czy chodziło o…',
	showParagraph: 'Pokaż akapit',
	notInReport: (topics: readonly string[]) =>
		topics.length > 0 ? `Raport tego nie mówi. Omawia: ${topics.join(', ')}.` : 'Raport tego nie mówi.',
	paragraphTitle: (title: string, paragraph: number) => `${title}, akapit ${paragraph}`,
	summaryFooter: (length: string, topic?: string) =>
		topic ? `Streszczenie (${length}) o „${topic}”` : `Streszczenie (${length})`,
	factsTitle: (kind?: string, about?: string) => `Fakty${kind ? ` (${kind})` : ''}${about ? ` o „${about}”` : ''}`,
	factsPage: (page: number, pages: number, total: number) => `Strona ${page} z ${pages} · faktów: ${total}`,
	factReportedBy: (who: string) => `według: ${who}`,
	factSaidBy: (who: string) => `powiedział(a): ${who}`,
	factConflicts: 'inna liczba się różni',
	followingUp: (previous: string) => `*Pytanie uzupełniające do „${previous}”*`,
	followUpFooter: (question: string, previous: string) => `${question} (uzupełnienie do „${previous}”)`,
	threadNotAllowed:
		'Nie mogę tu otworzyć wątku (potrzebny jest kanał tekstowy, w którym mogę tworzyć wątki); odpowiedź zostaje na kanale. Odpowiedz na nią, aby dopytać.',
	voted: (vote: 'up' | 'down', up: number, down: number) =>
		`${vote === 'up' ? 'Dziękuję: 👍 zapisane.' : 'Dziękuję: 👎 zapisane; moderatorzy zobaczą tę odpowiedź w /config feedback.'} Głosy: ${up} 👍, ${down} 👎. Drugi przycisk zmienia głos.`,
	voteExpired: 'Ta odpowiedź jest zbyt stara, by na nią głosować. Zapytaj ponownie przez /ask.',
	feedbackTitle: 'Odpowiedzi ocenione przez członków jako błędne',
	feedbackNone: 'Żadna odpowiedź nie została jeszcze oceniona jako błędna.',
	feedbackLine: (n: number, question: string, answer: string, down: number, up: number, where: string) =>
		`${n}. ${down}× 👎, ${up}× 👍: „${question}” → **${answer}** (${where})`,
	feedbackDeclinedTitle: 'Najczęstsze pytania bez odpowiedzi',
	feedbackSource: (n: number) => `Źródło ${n}`,
	previous: 'Wstecz',
	next: 'Dalej',
	cooldown: (seconds: number) => `Pytasz bardzo szybko. Poczekaj ${seconds} s przed kolejnym /ask.`,
	notHere: (channels: readonly string[]) =>
		channels.length > 0
			? `Nie odpowiadam na tym kanale. Zapytaj mnie na ${channels.join(', ')}.`
			: 'Nie odpowiadam na tym serwerze: moderator wyłączył wszystkie kanały.',
	emptyQuestion: 'Zadaj pytanie, np. „Ile dronów zestrzelono?”',
	unknownButton: 'Ten przycisk jest już nieważny. Zapytaj ponownie przez /ask.',
	noQuestionInMessage: 'Ta wiadomość nie zawiera tekstu, który mógłbym odczytać jako pytanie.',
	configGuildOnly: '/config działa tylko na serwerze.',
	configForbidden: 'Tylko członkowie z uprawnieniem Zarządzanie serwerem mogą zmieniać moje ustawienia.',
	channelElsewhere: 'Ten kanał nie należy do tego serwera (lub go nie widzę); nic nie zmieniono.',
	channelSet: (channel: string, mode: string) => `${channel} ma teraz tryb **${mode}**.`,
	thresholdSet: (threshold: number) => `Automatyczne odpowiedzi wymagają teraz pewności co najmniej ${threshold}.`,
	settingsReset: 'Ustawienia zresetowane: znów odpowiadam na komendy i wzmianki na każdym kanale.',
	settingsTitle: 'Ustawienia factdesk',
	settingsThreshold: 'Próg automatycznych odpowiedzi',
	settingsChannels: 'Kanały',
	settingsEverywhere: 'Brak ustawionych kanałów: odpowiadam na komendy i wzmianki wszędzie.',
	unansweredTitle: 'Pytania, na które raporty nie odpowiedziały',
	unansweredNone: 'Nie ma jeszcze pytań bez odpowiedzi.',
	unansweredLine: (question: string, count: number) => `${count}× ${question}`,
	reloaded: (count: number, badFiles: readonly string[], shards = 1) =>
		`Przeładowano${shards > 1 ? ` na wszystkich ${shards} shardach` : ''}: raportów: ${count}.${badFiles.length > 0 ? ` Pominięte pliki (${badFiles.length}): ${badFiles.join(', ')}.` : ''}`,
	reloadFailed: (problem: string, count: number) =>
		`Przeładowanie nie powiodło się (${problem}); odpowiadam dalej z dotychczasowych raportów (${count}).`,
	reloadUnavailable: 'Przeładowanie raportów nie jest dostępne w tym bocie.',
	syncNeedsToken: 'Do zarejestrowania komend potrzebny jest DISCORD_TOKEN.',
	synced: (count: number, guildId?: string) =>
		`Zarejestrowano komend: ${count} ${guildId ? `na serwerze ${guildId}` : 'globalnie'}.`,
	syncFailed: (reason: string) => `Nie udało się zarejestrować komend: ${reason}`,
	helpTitle: 'factdesk',
	help: [
		'Odpowiadam na pytania o moje raporty prasowe, cytując zdanie i podając, gdzie się znajduje.',
		'',
		'**/ask** `question` — krótka odpowiedź z cytowanym zdaniem, źródłem i moją pewnością.',
		'**/summary** — streszczenie ze źródłami; wybierz długość, temat lub raport.',
		'**/facts** — liczby, osoby, miejsca, daty i cytaty, każde ze źródłem.',
		'**/source** `paragraph` — akapit słowo w słowo.',
		'**Ask factdesk** (prawy klik na wiadomość › Aplikacje) — odpowiada na pytanie z tej wiadomości.',
		'Możesz też wspomnieć mnie z pytaniem. Moderatorzy: **/config** ustala, gdzie i jak odpowiadam.',
	].join('\n'),
	noFacts: 'Nie znaleziono faktów tego rodzaju.',
	apology: 'Przepraszam, coś poszło nie tak po mojej stronie. Spróbuj ponownie za chwilę.',
} satisfies Wording;

/** The commands' names and descriptions in Polish. */
export const plCommands = {
	slash: {
		ask: ['zapytaj', 'Zadaj pytanie o raporty; odpowiedź cytuje zdanie i źródło.'],
		'ask.question': ['pytanie', 'Twoje pytanie, np. Ile dronów zestrzelono?'],
		'ask.private': ['prywatnie', 'Tylko ty widzisz odpowiedź.'],
		'ask.thread': ['wątek', 'Otwiera wątek dla odpowiedzi, w którym pytania uzupełniające zachowują kontekst.'],
		summary: ['streszczenie', 'Streszczenie raportu, każde zdanie z akapitem, z którego pochodzi.'],
		'summary.length': ['długość', 'Długość streszczenia (domyślnie: krótkie).'],
		'summary.topic': ['temat', 'Tylko to, co raport mówi na ten temat, np. drony.'],
		'summary.report': ['raport', 'Który raport (domyślnie: pierwszy).'],
		facts: ['fakty', 'Liczby, osoby, miejsca, daty i cytaty z raportów, każde ze źródłem.'],
		'facts.kind': ['rodzaj', 'Jaki rodzaj faktu.'],
		'facts.about': ['o', 'Tylko fakty o tym, np. drony lub Zełenski.'],
		source: ['źródło', 'Akapit raportu słowo w słowo.'],
		'source.paragraph': ['akapit', 'Numer akapitu, od 1.'],
		'source.report': ['raport', 'Który raport (domyślnie: pierwszy).'],
		help: ['pomoc', 'Co robi factdesk i jak go pytać.'],
		config: ['ustawienia', 'Moderatorzy: gdzie i jak factdesk odpowiada na tym serwerze.'],
		'config.channel': ['kanał', 'Ustaw, jak factdesk odpowiada na kanale.'],
		'config.channel.channel': ['kanał', 'Kanał.'],
		'config.channel.mode': [
			'tryb',
			'off: nigdy; mention: komendy i wzmianki; auto: także pewne odpowiedzi na pytania.',
		],
		'config.threshold': ['próg', 'Pewność potrzebna do odpowiedzi bez pytania na kanałach auto.'],
		'config.threshold.value': ['wartość', 'Od 0 do 1, np. 0,6.'],
		'config.show': ['pokaż', 'Pokaż ustawienia.'],
		'config.reset': ['resetuj', 'Zapomnij ustawienia.'],
		'config.unanswered': ['bez-odpowiedzi', 'Ostatnie pytania, na które raporty nie odpowiedziały.'],
		'config.feedback': ['opinie', 'Odpowiedzi ocenione jako błędne i najczęstsze pytania bez odpowiedzi.'],
		'config.reload': ['przeładuj', 'Wczytaj ponownie pliki raportów, także nowe i zmienione.'],
	},
	askMessage: 'zapytaj factdesk',
} satisfies CommandWording;
