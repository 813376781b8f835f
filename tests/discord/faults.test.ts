/**
 * Faults and misuse end to end: the real discord.js client against the loopback stand-in, with the gateway
 * dropping and invalidating sessions, REST answering 429, 500 or slowly, a slow core, and members spamming.
 * Prints what was injected and how many request bodies passed the OpenAPI check.
 */
import { afterAll, describe } from 'vitest';
import { abuseTests } from './e2e/abuse.ts';
import { gatewayFaultTests } from './e2e/gatewayFaults.ts';
import { restFaultTests } from './e2e/restFaults.ts';
import { describeFaults } from './standIn/faults.ts';
import { SpecValidator } from './standIn/specValidator.ts';

const validator = new SpecValidator();

describe('Discord bot under faults and misuse', () => {
	gatewayFaultTests(validator);
	restFaultTests(validator);
	abuseTests(validator);
});

afterAll(() => {
	console.log(describeFaults());
	console.log(
		`Discord OpenAPI check (fault suite): ${validator.checked} request bodies validated against tests/fixtures/discord-openapi.json`,
	);
});
