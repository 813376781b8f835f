import { describe, expect, it } from 'vitest';
import { redactDatabaseUrl, scrubPassword } from '../../src/storage/redactDatabaseUrl.ts';

describe('redactDatabaseUrl', () => {
	it.each([
		['postgres://bot:s3cret@db.example.com:5432/factdesk', 'postgres://bot@db.example.com:5432/factdesk'],
		['postgresql://bot:p%40ss@db/f?sslmode=require&password=x', 'postgresql://bot@db/f'],
		['postgres://db.example.com/factdesk', 'postgres://db.example.com/factdesk'],
	])('GIVEN %s THEN it is named %s', (url, name) => {
		expect(redactDatabaseUrl(url)).toBe(name);
	});

	it('GIVEN something that is not a URL THEN a generic name is used, not the text', () => {
		expect(redactDatabaseUrl('bot:s3cret@db oops')).not.toContain('s3cret');
	});
});

describe('scrubPassword', () => {
	it('GIVEN a detail holding the password, written or decoded, or in a parameter THEN each is redacted', () => {
		const url = 'postgres://bot:p%40ss-word@db/f?password=other-secret';
		expect(scrubPassword('p%40ss-word, p@ss-word and other-secret', url)).toBe('[redacted], [redacted] and [redacted]');
	});
});
