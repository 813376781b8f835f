/**
 * The query behind `wrongAnswers`, for both databases: every showing of the same question (normalised), answer and
 * source counts together; only answers with a 👎 are listed, the most 👎 first. `guild` and `limit` are the
 * placeholders of the database's driver (`@guildId` or `$1`…).
 *
 * @example
 * wrongAnswersSql('$1::text', '$2'); // 'SELECT min(a.question) AS question, …'
 */
export function wrongAnswersSql(guild: string, limit: string): string {
	const down = 'sum(CASE WHEN v.vote < 0 THEN 1 ELSE 0 END)';
	return `SELECT min(a.question) AS question, a.answered, a.answer, min(a.confidence) AS confidence,
			a.report, a.paragraph, a.sentence, min(a.quote) AS quote,
			sum(CASE WHEN v.vote > 0 THEN 1 ELSE 0 END) AS up, ${down} AS down
		FROM answers a JOIN answer_votes v ON v.answer_id = a.answer_id
		WHERE ${guild} IS NULL OR a.guild_id = ${guild}
		GROUP BY a.normalised, a.answered, a.answer, a.report, a.paragraph, a.sentence
		HAVING ${down} > 0
		ORDER BY ${down} DESC, min(a.question)
		LIMIT ${limit}`;
}

/** Counts the votes on one answer (`?` or `$1` is the answer id). */
export function tallySql(answerId: string): string {
	return `SELECT coalesce(sum(CASE WHEN vote > 0 THEN 1 ELSE 0 END), 0) AS up,
		coalesce(sum(CASE WHEN vote < 0 THEN 1 ELSE 0 END), 0) AS down
		FROM answer_votes WHERE answer_id = ${answerId}`;
}
