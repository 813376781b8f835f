import type { CommandWording } from './CommandWording.ts';
import type { Wording } from './en.ts';

/** What the Discord bot says, in French (locale fr). */
export const fr = {
	answerTitle: 'Réponse',
	quoteField: 'Phrase citée',
	sourceField: 'Source',
	sourceLine: (title: string, paragraph: number) => `${title}, paragraphe ${paragraph}`,
	confidenceField: 'Confiance',
	confidence: (percent: number) => `${percent} %`,
	conflictsTitle: 'Les rapports donnent des chiffres différents',
	conflictField: (n: number) => `Chiffre ${n}`,
	lowConfidence: 'Je n’en suis pas sûr. Vouliez-vous dire l’une de ces questions ?',
	didYouMean: 'Vouliez-vous dire…',
	showParagraph: 'Voir le paragraphe',
	notInReport: (topics: readonly string[]) =>
		topics.length > 0 ? `Le rapport ne le dit pas. Il traite de : ${topics.join(', ')}.` : 'Le rapport ne le dit pas.',
	paragraphTitle: (title: string, paragraph: number) => `${title}, paragraphe ${paragraph}`,
	summaryFooter: (length: string, topic?: string) =>
		topic ? `Résumé (${length}) sur « ${topic} »` : `Résumé (${length})`,
	factsTitle: (kind?: string, about?: string) => `Faits${kind ? ` (${kind})` : ''}${about ? ` sur « ${about} »` : ''}`,
	factsPage: (page: number, pages: number, total: number) => `Page ${page} sur ${pages} · ${total} faits`,
	factReportedBy: (who: string) => `selon ${who}`,
	factSaidBy: (who: string) => `a dit ${who}`,
	factConflicts: 'un autre chiffre diffère',
	followingUp: (previous: string) => `*Suite de « ${previous} »*`,
	followUpFooter: (question: string, previous: string) => `${question} (suite de « ${previous} »)`,
	threadNotAllowed:
		'Je ne peux pas ouvrir de fil ici (il faut un salon textuel où je peux créer des fils) ; la réponse reste dans le salon. Répondez-y pour poursuivre.',
	voted: (vote: 'up' | 'down', up: number, down: number) =>
		`${vote === 'up' ? 'Merci : 👍 noté.' : 'Merci : 👎 noté ; les modérateurs verront cette réponse dans /config feedback.'} Votes : ${up} 👍, ${down} 👎. L’autre bouton change votre vote.`,
	voteExpired: 'Cette réponse est trop ancienne pour être notée. Reposez la question avec /ask.',
	feedbackTitle: 'Réponses jugées fausses par les membres',
	feedbackNone: 'Aucune réponse n’a encore été jugée fausse.',
	feedbackLine: (n: number, question: string, answer: string, down: number, up: number, where: string) =>
		`${n}. ${down}× 👎, ${up}× 👍 : « ${question} » → **${answer}** (${where})`,
	feedbackDeclinedTitle: 'Questions le plus souvent sans réponse',
	feedbackSource: (n: number) => `Source de ${n}`,
	previous: 'Précédent',
	next: 'Suivant',
	cooldown: (seconds: number) => `Vous posez vos questions vite. Attendez ${seconds} s avant le prochain /ask.`,
	notHere: (channels: readonly string[]) =>
		channels.length > 0
			? `Je ne réponds pas dans ce salon. Demandez-moi dans ${channels.join(', ')}.`
			: 'Je ne réponds pas sur ce serveur : un modérateur a désactivé tous les salons.',
	emptyQuestion: 'Posez une question, par ex. « Combien de drones ont été abattus ? »',
	unknownButton: 'Ce bouton n’est plus valable. Reposez la question avec /ask.',
	noQuestionInMessage: 'Ce message ne contient aucun texte que je puisse lire comme une question.',
	configGuildOnly: '/config ne fonctionne que sur un serveur.',
	configForbidden: 'Seuls les membres ayant la permission Gérer le serveur peuvent modifier mes réglages.',
	channelElsewhere: 'Ce salon n’est pas sur ce serveur (ou je ne le vois pas) ; rien n’a été changé.',
	channelSet: (channel: string, mode: string) => `${channel} est maintenant en **${mode}**.`,
	thresholdSet: (threshold: number) =>
		`Les réponses automatiques exigent maintenant une confiance d’au moins ${threshold}.`,
	settingsReset: 'Réglages réinitialisés : je réponds de nouveau aux commandes et mentions dans tous les salons.',
	settingsTitle: 'Réglages de factdesk',
	settingsThreshold: 'Seuil des réponses automatiques',
	settingsChannels: 'Salons',
	settingsEverywhere: 'Aucun salon configuré : je réponds aux commandes et mentions partout.',
	unansweredTitle: 'Questions restées sans réponse',
	unansweredNone: 'Pas encore de question sans réponse.',
	unansweredLine: (question: string, count: number) => `${count}× ${question}`,
	reloaded: (count: number, badFiles: readonly string[], shards = 1) =>
		`Rechargé${shards > 1 ? ` sur les ${shards} shards` : ''} : ${count} rapport${count === 1 ? '' : 's'}.${badFiles.length > 0 ? ` Ignoré${badFiles.length === 1 ? '' : 's'} : ${badFiles.join(', ')}.` : ''}`,
	reloadFailed: (problem: string, count: number) =>
		`Le rechargement a échoué (${problem}) ; je continue avec les ${count} rapport${count === 1 ? '' : 's'} précédent${count === 1 ? '' : 's'}.`,
	reloadUnavailable: 'Le rechargement des rapports n’est pas disponible dans ce bot.',
	syncNeedsToken: 'DISCORD_TOKEN est nécessaire pour enregistrer les commandes.',
	synced: (count: number, guildId?: string) =>
		`${count} commandes enregistrées ${guildId ? `sur le serveur ${guildId}` : 'globalement'}.`,
	syncFailed: (reason: string) => `Impossible d’enregistrer les commandes : ${reason}`,
	helpTitle: 'factdesk',
	help: [
		'Je réponds aux questions sur mes articles d’actualité, en citant la phrase et en indiquant où elle se trouve.',
		'',
		'**/ask** `question` — une réponse courte avec la phrase citée, sa source et ma confiance.',
		'**/summary** — un résumé sourcé ; choisissez une longueur, un sujet ou un rapport.',
		'**/facts** — chiffres, personnes, lieux, dates et citations, chacun sourcé.',
		'**/source** `paragraph` — un paragraphe mot pour mot.',
		'**Ask factdesk** (clic droit sur un message › Applications) — répond à la question de ce message.',
		'Mentionnez-moi avec une question, aussi. Modérateurs : **/config** choisit où et comment je réponds.',
	].join('\n'),
	noFacts: 'Aucun fait de ce type trouvé.',
	apology: 'Désolé, un problème est survenu de mon côté. Réessayez dans un instant.',
} satisfies Wording;

/** The commands' names and descriptions in French. */
export const frCommands = {
	slash: {
		ask: ['demander', 'Posez une question sur les articles ; la réponse cite sa phrase et sa source.'],
		'ask.question': ['question', 'Votre question, par ex. Combien de drones ont été abattus ?'],
		'ask.private': ['privé', 'Vous seul voyez la réponse.'],
		'ask.thread': ['fil', 'Ouvre un fil pour la réponse, où les questions de suivi gardent le contexte.'],
		summary: ['résumé', 'Un résumé d’un rapport, chaque phrase avec son paragraphe.'],
		'summary.length': ['longueur', 'Longueur du résumé (par défaut : court).'],
		'summary.topic': ['sujet', 'Seulement ce que le rapport dit à ce sujet, par ex. drones.'],
		'summary.report': ['rapport', 'Quel rapport (par défaut : le premier).'],
		facts: ['faits', 'Chiffres, personnes, lieux, dates et citations des rapports, chacun sourcé.'],
		'facts.kind': ['type', 'Quel type de fait.'],
		'facts.about': ['sur', 'Seulement les faits sur ceci, par ex. drones ou Zelensky.'],
		source: ['source', 'Un paragraphe d’un rapport, mot pour mot.'],
		'source.paragraph': ['paragraphe', 'Numéro du paragraphe, à partir de 1.'],
		'source.report': ['rapport', 'Quel rapport (par défaut : le premier).'],
		help: ['aide', 'Ce que fait factdesk et comment lui poser une question.'],
		config: ['réglages', 'Modérateurs : où et comment factdesk répond sur ce serveur.'],
		'config.channel': ['salon', 'Choisir comment factdesk répond dans un salon.'],
		'config.channel.channel': ['salon', 'Le salon.'],
		'config.channel.mode': [
			'mode',
			'off : jamais ; mention : commandes et mentions ; auto : aussi les questions sûres.',
		],
		'config.threshold': ['seuil', 'Confiance requise pour répondre sans être sollicité dans les salons auto.'],
		'config.threshold.value': ['valeur', 'De 0 à 1, par ex. 0,6.'],
		'config.show': ['afficher', 'Afficher les réglages.'],
		'config.reset': ['réinitialiser', 'Oublier les réglages.'],
		'config.unanswered': ['sans-réponse', 'Les dernières questions restées sans réponse.'],
		'config.feedback': ['avis', 'Réponses jugées fausses et questions le plus souvent sans réponse.'],
		'config.reload': ['recharger', 'Recharger les fichiers de rapports, nouveaux et modifiés compris.'],
	},
	askMessage: 'demander à factdesk',
} satisfies CommandWording;
