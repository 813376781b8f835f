/**
 * How a PostgreSQL URL is named in messages and logs: scheme, user, host, port and database, never the password or
 * query parameters (which may carry one).
 *
 * @example
 * redactDatabaseUrl('postgres://bot:s3cret@db.example.com:5432/factdesk?sslmode=require');
 * // 'postgres://bot@db.example.com:5432/factdesk'
 */
export function redactDatabaseUrl(url: string): string {
	const parsed = parsePostgresUrl(url);
	if (!parsed) return 'the PostgreSQL database in DATABASE_URL';
	parsed.password = '';
	parsed.search = '';
	parsed.hash = '';
	return parsed.toString();
}

/**
 * `text` with the URL's password (as written and decoded, and any `password=` parameter) replaced by [redacted],
 * for error details that come from the driver or the server.
 *
 * @example
 * scrubPassword('auth failed for s3cret', 'postgres://bot:s3cret@db/factdesk'); // 'auth failed for [redacted]'
 */
export function scrubPassword(text: string, url: string): string {
	const secrets = new Set<string>();
	const parsed = parsePostgresUrl(url);
	if (parsed) {
		secrets.add(parsed.password);
		secrets.add(safeDecode(parsed.password));
		secrets.add(parsed.searchParams.get('password') ?? '');
	} else {
		secrets.add(url);
	}
	let scrubbed = text;
	for (const secret of secrets) if (secret.length > 0) scrubbed = scrubbed.split(secret).join('[redacted]');
	return scrubbed;
}

function parsePostgresUrl(url: string): URL | undefined {
	try {
		const parsed = new URL(url);
		return parsed.protocol === 'postgres:' || parsed.protocol === 'postgresql:' ? parsed : undefined;
	} catch {
		return undefined;
	}
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}
