/** Every word the service endpoints and their logs show (the HTTP layer's one wording module). */
export const serviceText = {
	healthy: 'ok',
	unhealthy: (parts: readonly string[]) => `unhealthy: ${parts.join(', ')}`,
	failing: 'failing',
	noAnswer: (ms: number) => `no answer within ${ms} ms`,
	notFound: 'not found: try /healthz or /metrics',
	listening: 'health and metrics served',
	cannotListen: 'the health and metrics server cannot listen',
	interaction: 'interaction',
	shutdownStepLate: 'a shutdown step did not finish in time; going on without it',
	commandsUnchanged:
		'commands unchanged since the last registration; not registered again (--force to register anyway)',
} as const;
