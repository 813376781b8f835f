import { describe, expect, it } from 'vitest';
import { partOfAskedSet } from '../../src/core/partOfAskedSet.ts';
import { shippedDesk } from './shippedModel.ts';

const at = (question: string, sentence: string, figure: string) =>
	partOfAskedSet(question, sentence, sentence.indexOf(figure));

describe('partOfAskedSet', () => {
	const critical = 'Two of the injured were in critical condition on Sunday night.';
	const airlifted = 'Four of the wounded miners were airlifted to the hospital in Tarn.';
	const avoided = 'The race was won by Ana Lenz, who was one of about 40 skiers to avoid the fall.';
	const visas = 'The choir called off its tour after 12 of its singers were refused visas.';

	it('finds a part of the very set asked', () => {
		expect(at('how many were injured', critical, 'Two')).toBe(true);
		expect(at('how many miners were hurt', airlifted, 'Four')).toBe(true);
		expect(at('how many skiers fell', avoided, 'one')).toBe(true);
		expect(at('how many singers does the choir have in total', visas, '12')).toBe(true);
	});

	it('finds one of those asked that does nothing of its own ("who treated one of the children.")', () => {
		const treated = "Dr. Helen Oyelaran, a surgeon at the Children's Hospital, treated one of the children.";
		expect(at('how many kids ended up in hospital', treated, 'one of')).toBe(true);
		expect(at('how many kids ended up in hospital', 'One of the children died on Monday.', 'One')).toBe(false);
	});

	it('keeps a part whose own deed is asked, or a part the question asks', () => {
		expect(at('how many miners were airlifted', airlifted, 'Four')).toBe(false);
		expect(at('how many singers were refused visas', visas, '12')).toBe(false);
		expect(at('how many of the injured were in critical condition', critical, 'Two')).toBe(false);
		expect(at('how many were injured', 'Nine people were injured in the crash.', 'Nine')).toBe(false);
		const buses = 'The city will take all 18 of its hydrogen buses off the road.';
		expect(at('how many hydrogen buses does the city have', buses, '18')).toBe(false);
		const admitted = '58 people were admitted to hospital, 11 of them to intensive care.';
		expect(at('how many patients are in intensive care', admitted, '11')).toBe(false);
		expect(at('how many pupils were referred', '118 of the 530 pupils tested were referred.', '118')).toBe(false);
	});

	it('lets "how many were injured" be answered by the count of the injured, not by a part of them', () => {
		const desk = shippedDesk(
			'tarn-mine',
			[
				'Roof collapse at Tarn mine injures 14',
				'TARN, May 4 - A roof collapsed in a copper mine near Tarn on Monday, killing two miners and injuring 14 others, the operator said.',
				'Four of the injured were in critical condition at the regional hospital, a spokeswoman said.',
			].join('\n\n'),
		);
		const answer = desk.ask('how many were injured');
		expect(answer.answered).toBe(true);
		expect(answer.answer).toContain('14');
	});

	it('reads a set told before its count ("Of those who fell ill, 11 …") as the set, unless a kind counted is the part', () => {
		const sick = 'Of those who fell ill, 11 people were treated in hospital for dehydration.';
		expect(partOfAskedSet('how many ppl got sick', sick, sick.indexOf('11'))).toBe(true);
		expect(partOfAskedSet('how many were treated in hospital', sick, sick.indexOf('11'))).toBe(false);
		expect(partOfAskedSet('how many people were arrested', sick, sick.indexOf('11'))).toBe(false);
		const kinds = 'Of those who have fallen ill, 61 are patients and 26 are members of staff.';
		expect(partOfAskedSet('how many staff got sick', kinds, kinds.indexOf('61'))).toBe(false);
		const charged = 'Of those arrested, 38 were charged with trespass.';
		expect(partOfAskedSet('how many people were arrested', charged, charged.indexOf('38'))).toBe(true);
		expect(partOfAskedSet('how many were charged', charged, charged.indexOf('38'))).toBe(false);
	});

	it('reads "was one of the faces" as who someone is, no count, and "one of 640 businesses" as a count', () => {
		const face = 'Her late husband Ray was one of the faces on the wall.';
		expect(partOfAskedSet('how many faces were on it', face, face.indexOf('one'))).toBe(true);
		const whole = 'Golden Grill was one of 640 food businesses in the borough.';
		expect(partOfAskedSet('how many food businesses are there', whole, whole.indexOf('640'))).toBe(false);
		const lone = 'One of the faces on the wall was painted twice.';
		expect(partOfAskedSet('how many were painted twice', lone, 0)).toBe(false);
	});
});
