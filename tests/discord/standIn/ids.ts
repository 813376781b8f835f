/** Fixed snowflakes of the stand-in's world: one server, three text channels, a moderator, a member, a bot. */
export const IDS = {
	application: '900000000000000001',
	bot: '900000000000000001',
	guild: '100000000000000001',
	otherGuild: '100000000000000002',
	general: '200000000000000001',
	news: '200000000000000002',
	quiet: '200000000000000003',
	dm: '200000000000000009',
	moderator: '300000000000000001',
	member: '300000000000000002',
	otherBot: '300000000000000003',
	role: '400000000000000001',
} as const;

/** Permission bitfields (as Discord sends them, strings of digits). */
export const PERMISSIONS = {
	/** View Channel, Send Messages, Read Message History, Use Application Commands. */
	member: String(1024 + 2048 + 65536 + 2147483648),
	/** The member's permissions plus Manage Server. */
	moderator: String(1024 + 2048 + 65536 + 2147483648 + 32),
	/** What the bot holds in the channels. */
	app: String(1024 + 2048 + 16384 + 65536 + 274877906944),
} as const;

let next = 10n ** 17n * 5n;
/** A new snowflake, unique in this process. */
export function snowflake(): string {
	next += 1n;
	return next.toString();
}
