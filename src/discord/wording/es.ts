import type { CommandWording } from './CommandWording.ts';
import type { Wording } from './en.ts';

/** What the Discord bot says, in Spanish (locale es-ES). */
export const es = {
	answerTitle: 'Respuesta',
	quoteField: 'Frase citada',
	sourceField: 'Fuente',
	sourceLine: (title: string, paragraph: number) => `${title}, párrafo ${paragraph}`,
	confidenceField: 'Confianza',
	confidence: (percent: number) => `${percent} %`,
	conflictsTitle: 'Los informes dan cifras distintas',
	conflictField: (n: number) => `Cifra ${n}`,
	lowConfidence: 'No estoy seguro. ¿Querías decir una de estas?',
	didYouMean: '¿Querías decir…?',
	showParagraph: 'Ver párrafo',
	notInReport: (topics: readonly string[]) =>
		topics.length > 0 ? `El informe no lo dice. Sí trata de: ${topics.join(', ')}.` : 'El informe no lo dice.',
	paragraphTitle: (title: string, paragraph: number) => `${title}, párrafo ${paragraph}`,
	summaryFooter: (length: string, topic?: string) =>
		topic ? `Resumen (${length}) sobre «${topic}»` : `Resumen (${length})`,
	factsTitle: (kind?: string, about?: string) => `Datos${kind ? ` (${kind})` : ''}${about ? ` sobre «${about}»` : ''}`,
	factsPage: (page: number, pages: number, total: number) => `Página ${page} de ${pages} · ${total} datos`,
	factReportedBy: (who: string) => `según ${who}`,
	factSaidBy: (who: string) => `dijo ${who}`,
	factConflicts: 'otra cifra difiere',
	followingUp: (previous: string) => `*Seguimiento de «${previous}»*`,
	followUpFooter: (question: string, previous: string) => `${question} (seguimiento de «${previous}»)`,
	threadNotAllowed:
		'No puedo abrir un hilo aquí (hace falta un canal de texto donde pueda crear hilos); la respuesta queda en el canal. Respóndela para seguir preguntando.',
	voted: (vote: 'up' | 'down', up: number, down: number) =>
		`${vote === 'up' ? 'Gracias: 👍 anotado.' : 'Gracias: 👎 anotado; los moderadores verán esta respuesta en /config feedback.'} Votos: ${up} 👍, ${down} 👎. El otro botón cambia tu voto.`,
	voteExpired: 'Esa respuesta es demasiado antigua para votarla. Vuelve a preguntar con /ask.',
	feedbackTitle: 'Respuestas que los miembros marcaron como erróneas',
	feedbackNone: 'Ninguna respuesta ha sido marcada como errónea todavía.',
	feedbackLine: (n: number, question: string, answer: string, down: number, up: number, where: string) =>
		`${n}. ${down}× 👎, ${up}× 👍: «${question}» → **${answer}** (${where})`,
	feedbackDeclinedTitle: 'Preguntas sin respuesta más frecuentes',
	feedbackSource: (n: number) => `Fuente de ${n}`,
	previous: 'Anterior',
	next: 'Siguiente',
	cooldown: (seconds: number) => `Preguntas muy rápido. Espera ${seconds} s antes del próximo /ask.`,
	notHere: (channels: readonly string[]) =>
		channels.length > 0
			? `No respondo en este canal. Pregúntame en ${channels.join(', ')}.`
			: 'No respondo en este servidor: un moderador desactivó todos los canales.',
	emptyQuestion: 'Haz una pregunta, p. ej. «¿Cuántos drones fueron derribados?»',
	unknownButton: 'Ese botón ya no es válido. Vuelve a preguntar con /ask.',
	noQuestionInMessage: 'Ese mensaje no tiene texto que pueda leer como pregunta.',
	configGuildOnly: '/config solo funciona en un servidor.',
	configForbidden: 'Solo los miembros con el permiso Gestionar servidor pueden cambiar mis ajustes.',
	channelElsewhere: 'Ese canal no está en este servidor (o no lo veo); no se cambió nada.',
	channelSet: (channel: string, mode: string) => `${channel} queda ahora en **${mode}**.`,
	thresholdSet: (threshold: number) =>
		`Las respuestas automáticas necesitan ahora una confianza de al menos ${threshold}.`,
	settingsReset: 'Ajustes restablecidos: vuelvo a responder comandos y menciones en todos los canales.',
	settingsTitle: 'Ajustes de factdesk',
	settingsThreshold: 'Umbral de respuestas automáticas',
	settingsChannels: 'Canales',
	settingsEverywhere: 'Ningún canal configurado: respondo comandos y menciones en todas partes.',
	unansweredTitle: 'Preguntas que los informes no pudieron responder',
	unansweredNone: 'Aún no hay preguntas sin respuesta.',
	unansweredLine: (question: string, count: number) => `${count}× ${question}`,
	reloaded: (count: number, badFiles: readonly string[], shards = 1) =>
		`Recargado${shards > 1 ? ` en los ${shards} shards` : ''}: ${count} ${count === 1 ? 'informe' : 'informes'}.${badFiles.length > 0 ? ` Omitidos (${badFiles.length}): ${badFiles.join(', ')}.` : ''}`,
	reloadFailed: (problem: string, count: number) =>
		`La recarga falló (${problem}); sigo respondiendo con los ${count} ${count === 1 ? 'informe' : 'informes'} que tenía.`,
	reloadUnavailable: 'Recargar los informes no está disponible en este bot.',
	syncNeedsToken: 'Se necesita DISCORD_TOKEN para registrar los comandos.',
	synced: (count: number, guildId?: string) =>
		`${count} comandos registrados ${guildId ? `en el servidor ${guildId}` : 'globalmente'}.`,
	syncFailed: (reason: string) => `No se pudieron registrar los comandos: ${reason}`,
	helpTitle: 'factdesk',
	help: [
		'Respondo preguntas sobre mis informes de noticias, citando la frase y diciendo dónde está.',
		'',
		'**/ask** `question` — una respuesta corta con la frase citada, su fuente y mi confianza.',
		'**/summary** — un resumen con fuentes; elige longitud, tema o informe.',
		'**/facts** — cifras, personas, lugares, fechas y citas, cada una con su fuente.',
		'**/source** `paragraph` — un párrafo palabra por palabra.',
		'**Ask factdesk** (clic derecho en un mensaje › Aplicaciones) — responde la pregunta de ese mensaje.',
		'También puedes mencionarme con una pregunta. Moderadores: **/config** elige dónde y cómo respondo.',
	].join('\n'),
	noFacts: 'No se encontraron datos de ese tipo.',
	apology: 'Lo siento, algo falló por mi parte. Inténtalo de nuevo en un momento.',
} satisfies Wording;

/** The commands' names and descriptions in Spanish. */
export const esCommands = {
	slash: {
		ask: ['preguntar', 'Haz una pregunta sobre los informes; la respuesta cita su frase y su fuente.'],
		'ask.question': ['pregunta', 'Tu pregunta, p. ej. ¿Cuántos drones fueron derribados?'],
		'ask.private': ['privado', 'Solo tú ves la respuesta.'],
		'ask.thread': ['hilo', 'Abre un hilo para la respuesta, donde las preguntas de seguimiento mantienen el contexto.'],
		summary: ['resumen', 'Un resumen de un informe, cada frase con su párrafo.'],
		'summary.length': ['longitud', 'Longitud del resumen (por defecto: corto).'],
		'summary.topic': ['tema', 'Solo lo que el informe dice sobre esto, p. ej. drones.'],
		'summary.report': ['informe', 'Qué informe (por defecto: el primero).'],
		facts: ['datos', 'Cifras, personas, lugares, fechas y citas de los informes, cada uno con fuente.'],
		'facts.kind': ['tipo', 'Qué tipo de dato.'],
		'facts.about': ['sobre', 'Solo datos sobre esto, p. ej. drones o Zelensky.'],
		source: ['fuente', 'Un párrafo de un informe, palabra por palabra.'],
		'source.paragraph': ['párrafo', 'Número de párrafo, desde 1.'],
		'source.report': ['informe', 'Qué informe (por defecto: el primero).'],
		help: ['ayuda', 'Qué hace factdesk y cómo preguntarle.'],
		config: ['ajustes', 'Moderadores: dónde y cómo responde factdesk en este servidor.'],
		'config.channel': ['canal', 'Elegir cómo responde factdesk en un canal.'],
		'config.channel.channel': ['canal', 'El canal.'],
		'config.channel.mode': ['modo', 'off: nunca; mention: comandos y menciones; auto: también preguntas seguras.'],
		'config.threshold': ['umbral', 'Confianza necesaria para responder sin que se lo pidan en canales auto.'],
		'config.threshold.value': ['valor', 'De 0 a 1, p. ej. 0,6.'],
		'config.show': ['mostrar', 'Mostrar los ajustes.'],
		'config.reset': ['restablecer', 'Olvidar los ajustes.'],
		'config.unanswered': ['sin-respuesta', 'Las últimas preguntas que los informes no pudieron responder.'],
		'config.feedback': ['opiniones', 'Respuestas marcadas como erróneas y preguntas sin respuesta más frecuentes.'],
		'config.reload': ['recargar', 'Volver a cargar los informes, incluidos los nuevos y modificados.'],
	},
	askMessage: 'preguntar a factdesk',
} satisfies CommandWording;
