import { tallySql, wrongAnswersSql } from './feedbackSql.ts';

/**
 * Every SQL statement PgSettingsStore runs, with $n parameters; the PostgreSQL twin of prepareStatements.
 *
 * @example
 * await pool.query(SQL.setThreshold, ['123', 0.7]);
 */
export const SQL = {
	settings: 'SELECT threshold FROM guild_settings WHERE guild_id = $1',
	channels: 'SELECT channel_id, mode FROM channel_modes WHERE guild_id = $1 ORDER BY channel_id',
	setMode: `INSERT INTO channel_modes (guild_id, channel_id, mode) VALUES ($1, $2, $3)
		ON CONFLICT (guild_id, channel_id) DO UPDATE SET mode = excluded.mode`,
	setThreshold: `INSERT INTO guild_settings (guild_id, threshold) VALUES ($1, $2)
		ON CONFLICT (guild_id) DO UPDATE SET threshold = excluded.threshold`,
	reset: `WITH settings AS (DELETE FROM guild_settings WHERE guild_id = $1)
		DELETE FROM channel_modes WHERE guild_id = $1`,
	logQuestion: `INSERT INTO unanswered_questions (guild_id, normalised, question, count, last_asked_at, seq)
		VALUES ($1, $2, $3, 1, $4, nextval('unanswered_questions_seq'))
		ON CONFLICT (guild_id, normalised) DO UPDATE SET count = unanswered_questions.count + 1,
			question = excluded.question, last_asked_at = excluded.last_asked_at, seq = excluded.seq`,
	pruneQuestions: `DELETE FROM unanswered_questions WHERE guild_id = $1 AND seq <= (
		SELECT seq FROM unanswered_questions WHERE guild_id = $1 ORDER BY seq DESC OFFSET $2 LIMIT 1)`,
	settingsVersion: 'SELECT version::text AS version FROM settings_version WHERE id = 1',
	getState: 'SELECT value FROM factdesk_state WHERE key = $1',
	setState: `INSERT INTO factdesk_state (key, value) VALUES ($1, $2)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
	unanswered: `SELECT question, count, last_asked_at FROM unanswered_questions
		WHERE guild_id = $1 ORDER BY seq DESC LIMIT $2`,
	declined: `SELECT question, count, last_asked_at FROM unanswered_questions
		WHERE guild_id = $1 ORDER BY count DESC, seq DESC LIMIT $2`,
	recordAnswer: `INSERT INTO answers (answer_id, guild_id, normalised, question, answered, answer, confidence,
			report, paragraph, sentence, quote, seq)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, nextval('answers_seq'))
		ON CONFLICT (answer_id) DO NOTHING`,
	pruneAnswers: `DELETE FROM answers WHERE guild_id = $1 AND seq <= (
			SELECT seq FROM answers WHERE guild_id = $1 ORDER BY seq DESC OFFSET $2 LIMIT 1)
		AND answer_id NOT IN (SELECT answer_id FROM answer_votes)`,
	answerKept: 'SELECT 1 AS kept FROM answers WHERE answer_id = $1 AND guild_id = $2',
	setVote: `INSERT INTO answer_votes (answer_id, user_id, vote) VALUES ($1, $2, $3)
		ON CONFLICT (answer_id, user_id) DO UPDATE SET vote = excluded.vote`,
	tally: tallySql('$1'),
	wrongAnswers: wrongAnswersSql('$1::text', '$2'),
} as const;
