import type { OperationId } from './specValidator.ts';

const ROUTES: [string, RegExp, OperationId][] = [
	['POST', /^\/interactions\/\d+\/[^/]+\/callback$/, 'create_interaction_response'],
	['POST', /^\/webhooks\/\d+\/[^/]+$/, 'execute_webhook'],
	['PATCH', /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/, 'update_original_webhook_message'],
	['POST', /^\/channels\/\d+\/messages$/, 'create_message'],
	['POST', /^\/channels\/\d+\/messages\/\d+\/threads$/, 'create_thread_from_message'],
	['PUT', /^\/applications\/\d+\/commands$/, 'bulk_set_application_commands'],
	['PUT', /^\/applications\/\d+\/guilds\/\d+\/commands$/, 'bulk_set_guild_application_commands'],
];

/** The spec operation a request with a body stands for, from its method and decoded path. */
export function operationOf(method: string, path: string): OperationId | undefined {
	const route = path.replace(/^\/api\/v\d+/, '');
	return ROUTES.find(([m, pattern]) => m === method && pattern.test(route))?.[2];
}
