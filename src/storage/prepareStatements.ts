import type { Database } from 'better-sqlite3';
import { tallySql, wrongAnswersSql } from './feedbackSql.ts';

export type Statements = ReturnType<typeof prepareStatements>;

/**
 * Every SQL statement the settings store runs, prepared once per connection.
 *
 * @example
 * const sql = prepareStatements(db);
 * sql.setThreshold.run('123', 0.7);
 */
export function prepareStatements(db: Database) {
	const prepare = (sql: string) => db.prepare(sql);
	return {
		settings: prepare('SELECT threshold FROM guild_settings WHERE guild_id = ?'),
		channels: prepare('SELECT channel_id, mode FROM channel_modes WHERE guild_id = ? ORDER BY channel_id'),
		setMode: prepare(`INSERT INTO channel_modes (guild_id, channel_id, mode) VALUES (?, ?, ?)
			ON CONFLICT (guild_id, channel_id) DO UPDATE SET mode = excluded.mode`),
		setThreshold: prepare(`INSERT INTO guild_settings (guild_id, threshold) VALUES (?, ?)
			ON CONFLICT (guild_id) DO UPDATE SET threshold = excluded.threshold`),
		resetSettings: prepare('DELETE FROM guild_settings WHERE guild_id = ?'),
		resetChannels: prepare('DELETE FROM channel_modes WHERE guild_id = ?'),
		logQuestion: prepare(`INSERT INTO unanswered_questions (guild_id, normalised, question, count, last_asked_at, seq)
			VALUES (?, ?, ?, 1, ?, (SELECT coalesce(max(seq), 0) + 1 FROM unanswered_questions))
			ON CONFLICT (guild_id, normalised) DO UPDATE SET count = count + 1, question = excluded.question,
				last_asked_at = excluded.last_asked_at, seq = excluded.seq`),
		pruneQuestions: prepare(`DELETE FROM unanswered_questions WHERE guild_id = @guildId AND seq <= (
			SELECT seq FROM unanswered_questions WHERE guild_id = @guildId ORDER BY seq DESC LIMIT 1 OFFSET @keep)`),
		settingsVersion: prepare('SELECT version FROM settings_version WHERE id = 1'),
		getState: prepare('SELECT value FROM factdesk_state WHERE key = ?'),
		setState: prepare(`INSERT INTO factdesk_state (key, value) VALUES (?, ?)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`),
		unanswered: prepare(`SELECT question, count, last_asked_at FROM unanswered_questions
			WHERE guild_id = ? ORDER BY seq DESC LIMIT ?`),
		declined: prepare(`SELECT question, count, last_asked_at FROM unanswered_questions
			WHERE guild_id = ? ORDER BY count DESC, seq DESC LIMIT ?`),
		recordAnswer: prepare(`INSERT INTO answers (answer_id, guild_id, normalised, question, answered, answer, confidence,
				report, paragraph, sentence, quote, seq)
			VALUES (@answerId, @guildId, @normalised, @question, @answered, @answer, @confidence, @report, @paragraph,
				@sentence, @quote, (SELECT coalesce(max(seq), 0) + 1 FROM answers))
			ON CONFLICT (answer_id) DO NOTHING`),
		pruneAnswers: prepare(`DELETE FROM answers WHERE guild_id = @guildId AND seq <= (
				SELECT seq FROM answers WHERE guild_id = @guildId ORDER BY seq DESC LIMIT 1 OFFSET @keep)
			AND answer_id NOT IN (SELECT answer_id FROM answer_votes)`),
		answerKept: prepare('SELECT 1 AS kept FROM answers WHERE answer_id = ? AND guild_id = ?'),
		setVote: prepare(`INSERT INTO answer_votes (answer_id, user_id, vote) VALUES (?, ?, ?)
			ON CONFLICT (answer_id, user_id) DO UPDATE SET vote = excluded.vote`),
		tally: prepare(tallySql('?')),
		wrongAnswers: prepare(wrongAnswersSql('@guildId', '@limit')),
	};
}
