import { describe, expect, it } from 'vitest';
import { askedScore, scoreUnsaid } from '../../src/core/askedScore.ts';
import { floodReport } from './floodReport.ts';

describe('askedScore', () => {
	it('answers "what was the score" with a score, says when a sentence has none, and reads no span of years', () => {
		expect(askedScore('What was the final score?', 'Rovers beat City 3-1 on Saturday.')?.text).toBe('3-1');
		expect(askedScore('What was the vote on the budget?', 'The council voted 9-4 to approve it.')?.text).toBe('9-4');
		expect(askedScore('What was the board vote?', 'The school board voted 6-3 late Thursday.')?.text).toBe('6-3');
		expect(askedScore('What was the board vote?', 'School board votes to close five schools')).toBeNull();
		expect(askedScore('What was the score in the final?', 'Novak beat Tanaka 6-3, 4-6, 7-5 in the final.')?.text).toBe(
			'6-3, 4-6, 7-5',
		);
		expect(askedScore('What was the score?', 'Reyes scored twice after 12 minutes.')).toBeNull();
		expect(askedScore('What was the score?', 'It restated results for 2021-2023.')).toBeNull();
		expect(askedScore('Who scored?', 'Rovers beat City 3-1.')).toBeUndefined();
		// A score ending the sentence, its full stop after it.
		expect(askedScore('What was the score?', 'Rovers beat City 3-1.')?.text).toBe('3-1');
	});

	it('takes the result, not a score on the way, unless the question asks for one', () => {
		const level = 'The score was level at 9-9 going into the final quarter before Hungary won 13-11.';
		expect(askedScore('whats the final score', level)?.text).toBe('13-11');
		expect(askedScore('whats the final score', 'The score was level at 9-9 going into the final quarter.')).toBeNull();
		expect(askedScore('What was the score?', 'Rovers led 2-0 at half-time but drew 2-2.')?.text).toBe('2-2');
		expect(askedScore('What was the half-time score?', 'Rovers led 2-0 at half-time but drew 2-2.')?.text).toBe('2-0');
		const result = 'Arsenal beat Everton 3-1 heading into the international break.';
		expect(askedScore('What was the score?', result)?.text).toBe('3-1');
		const quarter = 'Spain led 1-0 at half-time before winning 2-1.';
		expect(askedScore('What was the final score of the quarter-final?', quarter)?.text).toBe('2-1');
	});

	it('reads a vote\'s tally ("by 104 votes to 93", "voted 51 to 38"), asked in chat too, and no range', () => {
		const chamber = 'The bill passed the 200-seat chamber by 104 votes to 93, with three abstentions.';
		expect(askedScore('what was the final vote on the bill', chamber)?.text).toBe('104 votes to 93');
		expect(askedScore('whats the vote', 'Councillors voted 51 to 38 for the cut.')?.text).toBe('voted 51 to 38');
		expect(askedScore('What was the vote?', 'Fares rose from 10 to 20 pounds.')).toBeNull();
		const motion = 'The council passed a no-confidence motion by a vote of 11 to 2 last Thursday.';
		expect(askedScore('what was the vote on the motion', motion)?.text).toBe('11 to 2');
		const board = 'The safety board approved the restart on Sept. 14 by a vote of five to two.';
		expect(askedScore('what was the vote on the safety board', board)?.text).toBe('five to two');
		const committee = "Moreau said the vote on the bank's seven-member committee was 5 to 2, with two dissenting.";
		expect(askedScore('what was the vote on the committee?', committee)?.text).toBe('5 to 2');
		expect(askedScore('what was the vote count', "with Eastbrook's board passing it 11 to 2")?.text).toBe('11 to 2');
		expect(askedScore('What was the vote?', 'The vote was delayed as turnout rose from 5 to 7 percent.')).toBeNull();
		const chess = 'The tiebreak, played over four rapid games, ended 2.5-1.5 in her favour.';
		expect(askedScore('What was the tiebreak score?', chess)?.text).toBe('2.5-1.5');
	});

	it('makes a score or a tally of the vote asked the fact asked for', () => {
		const { shortAnswer } = floodReport('Vote\n\nThe council passed the budget by 51 votes to 38.');
		expect(shortAnswer('what was the vote on the budget', '51 votes').matched).toBe(true);
		const final = floodReport('Final\n\nVan Rijn beat Carver 7-5 in sets in the final on Sunday.');
		expect(final.shortAnswer('what was the final score', '7-5').matched).toBe(true);
	});

	it('finds no score asked ("what did the choir score") in a sentence without a figure', () => {
		expect(scoreUnsaid('what did the brightwater choir score', 'The Brightwater choir came second.')).toBe(true);
		expect(scoreUnsaid('what did the choir score', 'The choir won with a score of 94 out of 100.')).toBe(false);
		expect(scoreUnsaid('what score did she get', 'She was placed second.')).toBe(true);
		expect(scoreUnsaid('who did the choir beat', 'The choir came second.')).toBe(false);
		const { shortAnswer, context } = floodReport('Choirs\n\nThe Brightwater choir came second.');
		expect(shortAnswer('what did the brightwater choir score', 'came second').fit).toBe(
			context.options.missingFigureFit,
		);
	});
});
