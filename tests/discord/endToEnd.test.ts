/**
 * The Discord adapter end to end: the real discord.js client logs in to a loopback stand-in of Discord
 * (standIn/FakeDiscord.ts) and every request body it sends is validated against Discord's OpenAPI description.
 */
import { afterAll, describe } from 'vitest';
import { askTests } from './e2e/ask.ts';
import { channelTests } from './e2e/channels.ts';
import { configTests } from './e2e/config.ts';
import { contentTests } from './e2e/content.ts';
import { feedbackTests } from './e2e/feedback.ts';
import { followUpTests } from './e2e/followUps.ts';
import { localeTests } from './e2e/locales.ts';
import { npmStartTests } from './e2e/npmStart.ts';
import { registrationTests } from './e2e/registration.ts';
import { restartTests } from './e2e/restart.ts';
import { SpecValidator } from './standIn/specValidator.ts';

const validator = new SpecValidator();

describe('Discord bot through the stand-in', () => {
	registrationTests(validator);
	askTests(validator);
	contentTests(validator);
	configTests(validator);
	channelTests(validator);
	followUpTests(validator);
	feedbackTests(validator);
	localeTests(validator);
	restartTests(validator);
	npmStartTests(validator);
});

afterAll(() => {
	console.log(
		`Discord OpenAPI check: ${validator.checked} request bodies validated against tests/fixtures/discord-openapi.json`,
	);
});
