import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

/** The request-body operations of Discord's OpenAPI description that a bot sends. */
export const OPERATIONS = {
	create_interaction_response: ['post', '/interactions/{interaction_id}/{interaction_token}/callback'],
	execute_webhook: ['post', '/webhooks/{webhook_id}/{webhook_token}'],
	update_original_webhook_message: ['patch', '/webhooks/{webhook_id}/{webhook_token}/messages/@original'],
	create_message: ['post', '/channels/{channel_id}/messages'],
	create_thread_from_message: ['post', '/channels/{channel_id}/messages/{message_id}/threads'],
	bulk_set_application_commands: ['put', '/applications/{application_id}/commands'],
	bulk_set_guild_application_commands: ['put', '/applications/{application_id}/guilds/{guild_id}/commands'],
} as const;
export type OperationId = keyof typeof OPERATIONS;

const SPEC_ID = 'https://factdesk.test/discord-openapi.json';
const COMMAND_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
/** What Discord accepts as a localised chat-input command or option name. */
const LOCALISED_NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
/** Locales Discord knows (https://discord.com/developers/docs/reference#locales). */
const LOCALES = new Set(
	'id da de en-GB en-US es-ES es-419 fr hr it lt hu nl no pl pt-BR ro fi sv-SE vi tr cs el bg ru uk hi th zh-CN ja zh-TW ko'.split(
		' ',
	),
);
const PERMISSION_KEYS = new Set(['default_member_permissions']);

type Json = unknown;

function rewriteRefs(node: Json): Json {
	if (Array.isArray(node)) return node.map(rewriteRefs);
	if (node && typeof node === 'object') {
		return Object.fromEntries(
			Object.entries(node).map(([key, value]) =>
				key === '$ref' && typeof value === 'string' && value.startsWith('#/')
					? [key, `${SPEC_ID}${value}`]
					: [key, rewriteRefs(value)],
			),
		);
	}
	return node;
}

/** Permission bitfields travel as strings of digits; the spec types them as integers. Converts only those. */
function permissionsAsNumbers(node: Json): Json {
	if (Array.isArray(node)) return node.map(permissionsAsNumbers);
	if (node && typeof node === 'object') {
		return Object.fromEntries(
			Object.entries(node).map(([key, value]) =>
				PERMISSION_KEYS.has(key) && typeof value === 'string' && /^\d+$/.test(value)
					? [key, Number(value)]
					: [key, permissionsAsNumbers(value)],
			),
		);
	}
	return node;
}

interface Embed {
	title?: string;
	description?: string;
	fields?: { name?: string; value?: string }[];
	footer?: { text?: string };
	author?: { name?: string };
}
interface CommandOption {
	name: string;
	type: number;
	options?: CommandOption[];
	name_localizations?: Record<string, string>;
	description_localizations?: Record<string, string>;
}

function embedChars(embed: Embed): number {
	const fields = (embed.fields ?? []).reduce((n, f) => n + (f.name?.length ?? 0) + (f.value?.length ?? 0), 0);
	return (
		(embed.title?.length ?? 0) +
		(embed.description?.length ?? 0) +
		fields +
		(embed.footer?.text?.length ?? 0) +
		(embed.author?.name?.length ?? 0)
	);
}

/** What the spec does not say and Discord's documentation does. */
function byHand(operation: OperationId, body: Json): string[] {
	const problems: string[] = [];
	if (operation.startsWith('bulk_set')) {
		const checkName = (name: string, where: string) => {
			if (!COMMAND_NAME.test(name) || name !== name.toLowerCase()) problems.push(`${where} name "${name}" is invalid`);
		};
		const checkLocalised = (item: CommandOption, where: string, chatInput: boolean) => {
			for (const [locale, name] of Object.entries(item.name_localizations ?? {})) {
				if (!LOCALES.has(locale)) problems.push(`${where} name locale "${locale}" is unknown`);
				if (chatInput && (!LOCALISED_NAME.test(name) || name !== name.toLowerCase()))
					problems.push(`${where} ${locale} name "${name}" is invalid`);
				if (!chatInput && (name.length < 1 || name.length > 32)) problems.push(`${where} ${locale} name is too long`);
			}
			for (const [locale, text] of Object.entries(item.description_localizations ?? {})) {
				if (!LOCALES.has(locale)) problems.push(`${where} description locale "${locale}" is unknown`);
				if (text.length < 1 || text.length > 100)
					problems.push(`${where} ${locale} description has ${text.length} characters`);
			}
		};
		const walk = (options: CommandOption[] | undefined, where: string) => {
			for (const option of options ?? []) {
				checkName(option.name, `${where} option`);
				checkLocalised(option, `${where} option ${option.name}`, true);
				walk(option.options, `${where} ${option.name}`);
			}
		};
		for (const command of (body as CommandOption[]) ?? []) {
			const chatInput = (command.type ?? 1) === 1;
			if (chatInput) checkName(command.name, 'command');
			checkLocalised(command, `/${command.name}`, chatInput);
			walk(command.options, `/${command.name}`);
		}
		return problems;
	}
	const message = (operation === 'create_interaction_response' ? (body as { data?: unknown }).data : body) as
		| { content?: string; embeds?: Embed[] }
		| undefined;
	if (typeof message?.content === 'string' && message.content.length > 2000) {
		problems.push(`content has ${message.content.length} characters (> 2000)`);
	}
	const total = (message?.embeds ?? []).reduce((n, e) => n + embedChars(e), 0);
	if (total > 6000) problems.push(`embeds have ${total} characters (> 6000)`);
	return problems;
}

/** Validates request bodies against Discord's OpenAPI description (tests/fixtures/discord-openapi.json). */
export class SpecValidator {
	readonly #validators = new Map<OperationId, ValidateFunction>();
	/** How many bodies were checked. */
	checked = 0;

	constructor(specPath = new URL('../../fixtures/discord-openapi.json', import.meta.url)) {
		const spec = JSON.parse(readFileSync(specPath, 'utf8'));
		const ajv = new Ajv2020({ strict: false, allErrors: false });
		const addFormats =
			(addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
		(addFormats as unknown as (a: Ajv2020) => void)(ajv);
		for (const format of ['int32', 'int64', 'double', 'nonce', 'snowflake']) ajv.addFormat(format, () => true);
		ajv.addSchema({ $id: SPEC_ID, components: spec.components });
		for (const [operation, [method, path]] of Object.entries(OPERATIONS) as [OperationId, [string, string]][]) {
			const schema = spec.paths[path]?.[method]?.requestBody?.content?.['application/json']?.schema;
			if (!schema) throw new Error(`the spec has no JSON body for ${operation}`);
			this.#validators.set(operation, ajv.compile(rewriteRefs(schema) as object));
		}
	}

	/** Returns the problems with `body` (empty when it is valid) and counts it. */
	validate(operation: OperationId, body: Json): string[] {
		const validate = this.#validators.get(operation);
		if (!validate) return [`no schema for ${operation}`];
		this.checked++;
		const problems = byHand(operation, body);
		if (!validate(permissionsAsNumbers(body))) {
			problems.push(...(validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`));
		}
		return problems;
	}
}
