import type { CommandWording } from './CommandWording.ts';
import type { Wording } from './en.ts';

/** What the Discord bot says, in German (locale de). */
export const de = {
	answerTitle: 'Antwort',
	quoteField: 'Zitierter Satz',
	sourceField: 'Quelle',
	sourceLine: (title: string, paragraph: number) => `${title}, Absatz ${paragraph}`,
	confidenceField: 'Sicherheit',
	confidence: (percent: number) => `${percent} %`,
	conflictsTitle: 'Die Berichte nennen unterschiedliche Zahlen',
	conflictField: (n: number) => `Zahl ${n}`,
	lowConfidence: 'Da bin ich mir nicht sicher. Meintest du eine dieser Fragen?',
	didYouMean: 'Meintest du…',
	showParagraph: 'Absatz zeigen',
	notInReport: (topics: readonly string[]) =>
		topics.length > 0
			? `Das steht nicht im Bericht. Er behandelt: ${topics.join(', ')}.`
			: 'Das steht nicht im Bericht.',
	paragraphTitle: (title: string, paragraph: number) => `${title}, Absatz ${paragraph}`,
	summaryFooter: (length: string, topic?: string) =>
		topic ? `Zusammenfassung (${length}) zu „${topic}“` : `Zusammenfassung (${length})`,
	factsTitle: (kind?: string, about?: string) => `Fakten${kind ? ` (${kind})` : ''}${about ? ` zu „${about}“` : ''}`,
	factsPage: (page: number, pages: number, total: number) => `Seite ${page} von ${pages} · ${total} Fakten`,
	factReportedBy: (who: string) => `laut ${who}`,
	factSaidBy: (who: string) => `sagte ${who}`,
	factConflicts: 'eine andere Zahl weicht ab',
	followingUp: (previous: string) => `*Anschlussfrage zu „${previous}“*`,
	followUpFooter: (question: string, previous: string) => `${question} (Anschlussfrage zu „${previous}“)`,
	threadNotAllowed:
		'Hier kann ich keinen Thread öffnen (dazu braucht es einen Textkanal, in dem ich Threads erstellen darf); die Antwort bleibt im Kanal. Antworte darauf, um nachzufragen.',
	voted: (vote: 'up' | 'down', up: number, down: number) =>
		`${vote === 'up' ? 'Danke: 👍 vermerkt.' : 'Danke: 👎 vermerkt; Moderatoren sehen diese Antwort unter /config feedback.'} Bisher: ${up} 👍, ${down} 👎. Mit der anderen Taste änderst du deine Stimme.`,
	voteExpired: 'Über diese Antwort kann nicht mehr abgestimmt werden. Frag erneut mit /ask.',
	feedbackTitle: 'Antworten, die Mitglieder als falsch bewertet haben',
	feedbackNone: 'Noch keine Antwort wurde als falsch bewertet.',
	feedbackLine: (n: number, question: string, answer: string, down: number, up: number, where: string) =>
		`${n}. ${down}× 👎, ${up}× 👍: „${question}“ → **${answer}** (${where})`,
	feedbackDeclinedTitle: 'Am häufigsten unbeantwortete Fragen',
	feedbackSource: (n: number) => `Quelle von ${n}`,
	previous: 'Zurück',
	next: 'Weiter',
	cooldown: (seconds: number) => `Du fragst sehr schnell. Bitte warte ${seconds} s bis zum nächsten /ask.`,
	notHere: (channels: readonly string[]) =>
		channels.length > 0
			? `In diesem Kanal antworte ich nicht. Frag mich in ${channels.join(', ')}.`
			: 'In diesem Server antworte ich nicht: Ein Moderator hat alle Kanäle abgeschaltet.',
	emptyQuestion: 'Bitte stell eine Frage, z. B. „Wie viele Drohnen wurden abgeschossen?“',
	unknownButton: 'Diese Taste gilt nicht mehr. Frag erneut mit /ask.',
	noQuestionInMessage: 'Diese Nachricht enthält keinen Text, den ich als Frage lesen kann.',
	configGuildOnly: '/config funktioniert nur in einem Server.',
	configForbidden: 'Nur Mitglieder mit der Berechtigung „Server verwalten“ können meine Einstellungen ändern.',
	channelElsewhere: 'Dieser Kanal gehört nicht zu diesem Server (oder ich sehe ihn nicht); nichts wurde geändert.',
	channelSet: (channel: string, mode: string) => `${channel} steht jetzt auf **${mode}**.`,
	thresholdSet: (threshold: number) =>
		`Automatische Antworten brauchen jetzt eine Sicherheit von mindestens ${threshold}.`,
	settingsReset: 'Einstellungen zurückgesetzt: Ich beantworte Befehle und Erwähnungen wieder in jedem Kanal.',
	settingsTitle: 'factdesk-Einstellungen',
	settingsThreshold: 'Schwelle für automatische Antworten',
	settingsChannels: 'Kanäle',
	settingsEverywhere: 'Kein Kanal eingestellt: Ich beantworte Befehle und Erwähnungen überall.',
	unansweredTitle: 'Fragen, die die Berichte nicht beantworten konnten',
	unansweredNone: 'Noch keine unbeantworteten Fragen.',
	unansweredLine: (question: string, count: number) => `${count}× ${question}`,
	reloaded: (count: number, badFiles: readonly string[], shards = 1) =>
		`Neu geladen${shards > 1 ? ` auf allen ${shards} Shards` : ''}: ${count} ${count === 1 ? 'Bericht' : 'Berichte'}.${badFiles.length > 0 ? ` Übersprungen (${badFiles.length}): ${badFiles.join(', ')}.` : ''}`,
	reloadFailed: (problem: string, count: number) =>
		`Das Neuladen ist fehlgeschlagen (${problem}); ich antworte weiter aus den ${count} bisherigen ${count === 1 ? 'Bericht' : 'Berichten'}.`,
	reloadUnavailable: 'Neuladen der Berichte ist in diesem Bot nicht verfügbar.',
	syncNeedsToken: 'Zum Registrieren der Befehle wird DISCORD_TOKEN benötigt.',
	synced: (count: number, guildId?: string) =>
		`${count} Befehle ${guildId ? `im Server ${guildId}` : 'global'} registriert.`,
	syncFailed: (reason: string) => `Die Befehle konnten nicht registriert werden: ${reason}`,
	helpTitle: 'factdesk',
	help: [
		'Ich beantworte Fragen zu meinen Nachrichtenberichten, zitiere den Satz und sage, wo er steht.',
		'',
		'**/ask** `question` – eine kurze Antwort mit dem zitierten Satz, seiner Quelle und meiner Sicherheit.',
		'**/summary** – eine belegte Zusammenfassung; wähle Länge, Thema oder Bericht.',
		'**/facts** – Zahlen, Personen, Orte, Daten und Zitate, jeweils belegt.',
		'**/source** `paragraph` – ein Absatz im Wortlaut.',
		'**Ask factdesk** (Rechtsklick auf eine Nachricht › Apps) – beantwortet die Frage in dieser Nachricht.',
		'Erwähne mich auch mit einer Frage. Moderatoren: **/config** legt fest, wo und wie ich antworte.',
	].join('\n'),
	noFacts: 'Keine Fakten dieser Art gefunden.',
	apology: 'Entschuldigung, bei mir ist etwas schiefgegangen. Bitte versuch es gleich noch einmal.',
} satisfies Wording;

/** The commands' names and descriptions in German. */
export const deCommands = {
	slash: {
		ask: ['fragen', 'Stell eine Frage zu den Nachrichtenberichten; die Antwort zitiert Satz und Quelle.'],
		'ask.question': ['frage', 'Deine Frage, z. B. Wie viele Drohnen wurden abgeschossen?'],
		'ask.private': ['privat', 'Nur du siehst die Antwort.'],
		'ask.thread': ['thread', 'Öffnet einen Thread für die Antwort, in dem Anschlussfragen ihren Kontext behalten.'],
		summary: ['zusammenfassung', 'Eine Zusammenfassung eines Berichts, jeder Satz mit seinem Absatz.'],
		'summary.length': ['länge', 'Wie lang die Zusammenfassung ist (Standard: kurz).'],
		'summary.topic': ['thema', 'Nur was der Bericht dazu sagt, z. B. Drohnen.'],
		'summary.report': ['bericht', 'Welcher Bericht (Standard: der erste).'],
		facts: ['fakten', 'Zahlen, Personen, Orte, Daten und Zitate aus den Berichten, jeweils belegt.'],
		'facts.kind': ['art', 'Welche Art von Fakt.'],
		'facts.about': ['zu', 'Nur Fakten hierzu, z. B. Drohnen oder Selenskyj.'],
		source: ['quelle', 'Ein Absatz eines Berichts im Wortlaut.'],
		'source.paragraph': ['absatz', 'Nummer des Absatzes, ab 1.'],
		'source.report': ['bericht', 'Welcher Bericht (Standard: der erste).'],
		help: ['hilfe', 'Was factdesk kann und wie man fragt.'],
		config: ['einstellungen', 'Moderatoren: wo und wie factdesk in diesem Server antwortet.'],
		'config.channel': ['kanal', 'Festlegen, wie factdesk in einem Kanal antwortet.'],
		'config.channel.channel': ['kanal', 'Der Kanal.'],
		'config.channel.mode': [
			'modus',
			'off: nie; mention: Befehle und Erwähnungen; auto: auch sichere Antworten auf Fragen.',
		],
		'config.threshold': ['schwelle', 'Sicherheit, die eine automatische Antwort in auto-Kanälen braucht.'],
		'config.threshold.value': ['wert', 'Von 0 bis 1, z. B. 0,6.'],
		'config.show': ['anzeigen', 'Die Einstellungen anzeigen.'],
		'config.reset': ['zurücksetzen', 'Die Einstellungen vergessen.'],
		'config.unanswered': ['unbeantwortet', 'Die letzten Fragen, die die Berichte nicht beantworten konnten.'],
		'config.feedback': ['rückmeldungen', 'Als falsch bewertete Antworten und am häufigsten unbeantwortete Fragen.'],
		'config.reload': ['neu-laden', 'Die Berichtsdateien neu laden, mit neuen und geänderten.'],
	},
	askMessage: 'factdesk fragen',
} satisfies CommandWording;
