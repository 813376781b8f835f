/**
 * Untrusted members and reports through the loopback stand-in, with the real discord.js client: autocomplete
 * limits, markdown and links in report text and member text, malformed events, forged resolved data.
 */
import { afterAll, describe } from 'vitest';
import { autocompleteTests } from './security/autocomplete.ts';
import { malformedTests } from './security/malformed.ts';
import { markupTests } from './security/markup.ts';
import { SpecValidator } from './standIn/specValidator.ts';

const validator = new SpecValidator();

describe('untrusted input through the stand-in', () => {
	autocompleteTests(validator);
	markupTests(validator);
	malformedTests(validator);
});

afterAll(() => {
	console.log(`Discord OpenAPI check (security): ${validator.checked} request bodies validated`);
});
