import type { CommandWording } from './CommandWording.ts';
import type { Wording } from './en.ts';

/** What the Discord bot says, in Ukrainian (locale uk). */
export const uk = {
	answerTitle: 'Відповідь',
	quoteField: 'Цитоване речення',
	sourceField: 'Джерело',
	sourceLine: (title: string, paragraph: number) => `${title}, абзац ${paragraph}`,
	confidenceField: 'Впевненість',
	confidence: (percent: number) => `${percent}%`,
	conflictsTitle: 'Звіти наводять різні цифри',
	conflictField: (n: number) => `Цифра ${n}`,
	lowConfidence: 'Я в цьому не впевнений. Можливо, ви мали на увазі одне з цих питань?',
	didYouMean: 'Можливо, ви мали на увазі…',
	showParagraph: 'Показати абзац',
	notInReport: (topics: readonly string[]) =>
		topics.length > 0
			? `У звіті про це не сказано. Він розповідає про: ${topics.join(', ')}.`
			: 'У звіті про це не сказано.',
	paragraphTitle: (title: string, paragraph: number) => `${title}, абзац ${paragraph}`,
	summaryFooter: (length: string, topic?: string) =>
		topic ? `Підсумок (${length}) про «${topic}»` : `Підсумок (${length})`,
	factsTitle: (kind?: string, about?: string) => `Факти${kind ? ` (${kind})` : ''}${about ? ` про «${about}»` : ''}`,
	factsPage: (page: number, pages: number, total: number) => `Сторінка ${page} з ${pages} · фактів: ${total}`,
	factReportedBy: (who: string) => `за даними: ${who}`,
	factSaidBy: (who: string) => `сказав(ла): ${who}`,
	factConflicts: 'інша цифра відрізняється',
	followingUp: (previous: string) => `*Уточнення до «${previous}»*`,
	followUpFooter: (question: string, previous: string) => `${question} (уточнення до «${previous}»)`,
	threadNotAllowed:
		'Я не можу відкрити тут гілку (потрібен текстовий канал, де я можу створювати гілки), тож відповідь лишається в каналі. Відповідайте на неї, щоб уточнити.',
	voted: (vote: 'up' | 'down', up: number, down: number) =>
		`${vote === 'up' ? 'Дякую: 👍 враховано.' : 'Дякую: 👎 враховано; модератори побачать цю відповідь у /config feedback.'} Голоси: ${up} 👍, ${down} 👎. Інша кнопка змінює ваш голос.`,
	voteExpired: 'Ця відповідь задавня для голосування. Запитайте знову через /ask.',
	feedbackTitle: 'Відповіді, які учасники позначили як хибні',
	feedbackNone: 'Жодну відповідь ще не позначено як хибну.',
	feedbackLine: (n: number, question: string, answer: string, down: number, up: number, where: string) =>
		`${n}. ${down}× 👎, ${up}× 👍: «${question}» → **${answer}** (${where})`,
	feedbackDeclinedTitle: 'Питання, що найчастіше лишалися без відповіді',
	feedbackSource: (n: number) => `Джерело ${n}`,
	previous: 'Назад',
	next: 'Далі',
	cooldown: (seconds: number) => `Ви питаєте дуже швидко. Зачекайте ${seconds} с до наступного /ask.`,
	notHere: (channels: readonly string[]) =>
		channels.length > 0
			? `У цьому каналі я не відповідаю. Запитайте мене в ${channels.join(', ')}.`
			: 'На цьому сервері я не відповідаю: модератор вимкнув усі канали.',
	emptyQuestion: 'Поставте запитання, напр. «Скільки дронів збили?»',
	unknownButton: 'Ця кнопка вже недійсна. Запитайте знову через /ask.',
	noQuestionInMessage: 'У цьому повідомленні немає тексту, який я міг би прочитати як запитання.',
	configGuildOnly: '/config працює лише на сервері.',
	configForbidden: 'Лише учасники з дозволом «Керувати сервером» можуть змінювати мої налаштування.',
	channelElsewhere: 'Цей канал не належить цьому серверу (або я його не бачу); нічого не змінено.',
	channelSet: (channel: string, mode: string) => `${channel} тепер у режимі **${mode}**.`,
	thresholdSet: (threshold: number) => `Автоматичні відповіді тепер потребують впевненості щонайменше ${threshold}.`,
	settingsReset: 'Налаштування скинуто: я знову відповідаю на команди й згадки в кожному каналі.',
	settingsTitle: 'Налаштування factdesk',
	settingsThreshold: 'Поріг автоматичних відповідей',
	settingsChannels: 'Канали',
	settingsEverywhere: 'Жоден канал не налаштовано: я відповідаю на команди й згадки всюди.',
	unansweredTitle: 'Питання, на які звіти не змогли відповісти',
	unansweredNone: 'Поки що немає питань без відповіді.',
	unansweredLine: (question: string, count: number) => `${count}× ${question}`,
	reloaded: (count: number, badFiles: readonly string[], shards = 1) =>
		`Перезавантажено${shards > 1 ? ` на всіх ${shards} шардах` : ''}: звітів: ${count}.${badFiles.length > 0 ? ` Пропущено файлів (${badFiles.length}): ${badFiles.join(', ')}.` : ''}`,
	reloadFailed: (problem: string, count: number) =>
		`Перезавантаження не вдалося (${problem}); я далі відповідаю з попередніх звітів (${count}).`,
	reloadUnavailable: 'Перезавантаження звітів у цьому боті недоступне.',
	syncNeedsToken: 'Для реєстрації команд потрібен DISCORD_TOKEN.',
	synced: (count: number, guildId?: string) =>
		`Зареєстровано команд: ${count} ${guildId ? `на сервері ${guildId}` : 'глобально'}.`,
	syncFailed: (reason: string) => `Не вдалося зареєструвати команди: ${reason}`,
	helpTitle: 'factdesk',
	help: [
		'Я відповідаю на питання про мої новинні звіти, цитую речення й кажу, де воно стоїть.',
		'',
		'**/ask** `question` — коротка відповідь із цитованим реченням, джерелом і моєю впевненістю.',
		'**/summary** — підсумок із джерелами; оберіть довжину, тему чи звіт.',
		'**/facts** — цифри, люди, місця, дати й цитати, кожне з джерелом.',
		'**/source** `paragraph` — абзац дослівно.',
		'**Ask factdesk** (правий клік на повідомлення › Застосунки) — відповідає на питання в цьому повідомленні.',
		'Також можна згадати мене з питанням. Модератори: **/config** визначає, де й як я відповідаю.',
	].join('\n'),
	noFacts: 'Фактів такого типу не знайдено.',
	apology: 'Вибачте, у мене щось пішло не так. Спробуйте ще раз за мить.',
} satisfies Wording;

/** The commands' names and descriptions in Ukrainian. */
export const ukCommands = {
	slash: {
		ask: ['запитати', 'Поставте питання про звіти; відповідь цитує речення та джерело.'],
		'ask.question': ['питання', 'Ваше питання, напр. Скільки дронів збили?'],
		'ask.private': ['приватно', 'Відповідь бачите лише ви.'],
		'ask.thread': ['гілка', 'Відкриває гілку для відповіді, де уточнення зберігають контекст.'],
		summary: ['підсумок', 'Підсумок звіту, кожне речення з його абзацом.'],
		'summary.length': ['довжина', 'Довжина підсумку (типово: короткий).'],
		'summary.topic': ['тема', 'Лише те, що звіт каже про це, напр. дрони.'],
		'summary.report': ['звіт', 'Який звіт (типово: перший).'],
		facts: ['факти', 'Цифри, люди, місця, дати й цитати зі звітів, кожне з джерелом.'],
		'facts.kind': ['тип', 'Тип факту.'],
		'facts.about': ['про', 'Лише факти про це, напр. дрони чи Зеленський.'],
		source: ['джерело', 'Абзац звіту дослівно.'],
		'source.paragraph': ['абзац', 'Номер абзацу, від 1.'],
		'source.report': ['звіт', 'Який звіт (типово: перший).'],
		help: ['довідка', 'Що вміє factdesk і як його питати.'],
		config: ['налаштування', 'Модератори: де й як factdesk відповідає на цьому сервері.'],
		'config.channel': ['канал', 'Налаштувати, як factdesk відповідає в каналі.'],
		'config.channel.channel': ['канал', 'Канал.'],
		'config.channel.mode': ['режим', 'off: ніколи; mention: команди й згадки; auto: також певні відповіді на питання.'],
		'config.threshold': ['поріг', 'Впевненість, потрібна для відповіді без запиту в каналах auto.'],
		'config.threshold.value': ['значення', 'Від 0 до 1, напр. 0,6.'],
		'config.show': ['показати', 'Показати налаштування.'],
		'config.reset': ['скинути', 'Забути налаштування.'],
		'config.unanswered': ['без-відповіді', 'Останні питання, на які звіти не змогли відповісти.'],
		'config.feedback': ['відгуки', 'Відповіді, позначені як хибні, і найчастіші питання без відповіді.'],
		'config.reload': ['перезавантажити', 'Знову завантажити файли звітів, разом із новими та зміненими.'],
	},
	askMessage: 'запитати factdesk',
} satisfies CommandWording;
