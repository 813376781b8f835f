import { describe, expect, test } from 'vitest';
import { parseBody } from './standIn/parseBody.ts';
import { operationOf } from './standIn/routes.ts';
import { SpecValidator } from './standIn/specValidator.ts';

describe('the stand-in’s OpenAPI check', () => {
	const validator = new SpecValidator();

	test('GIVEN a valid reply THEN no problem is reported', () => {
		const body = { type: 4, data: { content: 'hi', allowed_mentions: { parse: [] } } };
		expect(validator.validate('create_interaction_response', body)).toEqual([]);
	});

	test('GIVEN a body of the wrong shape THEN the schema rejects it', () => {
		expect(validator.validate('create_interaction_response', { type: 4, data: { content: 5 } })).not.toEqual([]);
		expect(validator.validate('create_message', { embeds: [{ fields: [{ name: 'no value' }] }] })).not.toEqual([]);
	});

	test('GIVEN content over 2000 or embeds over 6000 characters THEN it is reported', () => {
		expect(validator.validate('execute_webhook', { content: 'x'.repeat(2001) })).toContain(
			'content has 2001 characters (> 2000)',
		);
		const embeds = [{ description: 'd'.repeat(4000) }, { description: 'd'.repeat(2001) }];
		expect(validator.validate('update_original_webhook_message', { embeds })).toContain(
			'embeds have 6001 characters (> 6000)',
		);
	});

	test('GIVEN a command name with capitals or spaces THEN it is reported, but a message command may have them', () => {
		const command = (name: string, type: number) => ({ name, type, description: type === 1 ? 'd' : undefined });
		expect(validator.validate('bulk_set_application_commands', [command('Ask', 1)])).toEqual([
			'command name "Ask" is invalid',
		]);
		expect(validator.validate('bulk_set_application_commands', [command('Ask factdesk', 3)])).toEqual([]);
	});

	test('GIVEN localised names THEN a name with capitals, spaces or an apostrophe, or an unknown locale, is reported', () => {
		const command = (names: Record<string, string>) => ({
			name: 'ask',
			type: 1,
			description: 'd',
			name_localizations: names,
		});
		expect(validator.validate('bulk_set_application_commands', [command({ de: 'fragen', uk: 'запитати' })])).toEqual(
			[],
		);
		expect(
			validator.validate('bulk_set_application_commands', [command({ de: 'Fragen', fr: 'l’aide x', es: 'a' })]),
		).toEqual([
			'/ask de name "Fragen" is invalid',
			'/ask fr name "l’aide x" is invalid',
			'/ask name locale "es" is unknown',
		]);
	});

	test('GIVEN default_member_permissions as a string of digits THEN it is checked as the integer it stands for', () => {
		const body = [{ name: 'config', type: 1, description: 'd', default_member_permissions: '32' }];
		expect(validator.validate('bulk_set_guild_application_commands', body)).toEqual([]);
		const bad = [{ name: 'config', type: 1, description: 'd', default_member_permissions: 'all' }];
		expect(validator.validate('bulk_set_guild_application_commands', bad)).not.toEqual([]);
	});

	test('GIVEN a multipart body THEN its payload_json part is what is validated', () => {
		const raw = Buffer.from(
			'--b\r\nContent-Disposition: form-data; name="files[0]"; filename="a.txt"\r\n\r\nabc\r\n' +
				'--b\r\nContent-Disposition: form-data; name="payload_json"\r\nContent-Type: application/json\r\n\r\n{"content":"hi"}\r\n--b--\r\n',
		);
		expect(parseBody(raw, 'multipart/form-data; boundary=b')).toEqual({ content: 'hi' });
	});

	test('GIVEN the routes the bot uses THEN each maps to its operation, @original decoded', () => {
		expect(operationOf('PATCH', '/api/v10/webhooks/1/tok/messages/@original')).toBe('update_original_webhook_message');
		expect(operationOf('POST', '/api/v10/interactions/1/tok/callback')).toBe('create_interaction_response');
		expect(operationOf('PUT', '/api/v10/applications/1/guilds/2/commands')).toBe('bulk_set_guild_application_commands');
		expect(operationOf('POST', '/api/v10/unknown')).toBeUndefined();
	});
});
