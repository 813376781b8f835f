import { describe, expect, it } from 'vitest';
import { askedAge, askedPerson } from '../../src/core/askedAge.ts';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { loadReports } from '../../src/reports/loadReports.ts';
import { floodReport } from './floodReport.ts';
import { newUserDesk, shippedModelTuning } from './shippedModel.ts';

describe('askedAge', () => {
	it('reads an age after a name in commas, before "year-old", after "aged" or "at the age of"', () => {
		expect(askedAge('How old is Brooks?', 'Brooks, 61, was found guilty.')?.text).toBe('61');
		expect(askedAge('How old is Silva?', 'said Rita Silva, a 34-year-old teacher.')?.text).toBe('34-year-old');
		expect(askedAge('At what age did Lena leave?', 'Lena left home at the age of seven.')?.text).toBe('age of seven');
		expect(
			askedAge(
				'At what age did Lena turn professional?',
				'Lena left home at the age of 7 and turned professional at 16.',
			)?.text,
		).toBe('16');
		expect(askedAge('How old was he?', 'He died aged 80 in Rome.')?.text).toBe('aged 80');
		expect(askedAge('How old is it?', 'It is at least 45,500 years old.')?.text).toBe('45,500 years old');
		expect(askedAge('how old are the kittens', 'The kittens are thought to be about seven weeks old.')?.text).toBe(
			'about seven weeks old',
		);
		expect(askedAge('how old was sorvik when she died', 'She was 84.')?.text).toBe('84');
		expect(askedAge('how old was sorvik', 'Lena Sorvik, folk singer, dies at 84')?.text).toBe('84');
		expect(askedAge('how old is brennan', 'Brennan joined the club when she was 7.')?.text).not.toBe('7');
	});

	it('reads "aged 36" after a comma as the subject\'s, and "Emil, 18," as Emil\'s where his family name comes first', () => {
		expect(askedAge('how old was tarrow when he died', 'Tarrow died in a crash at Monza in 1955, aged 36.')?.text).toBe(
			'aged 36',
		);
		const son = 'Dalia Marsh-Okoro, whose son Emil, 18, failed mathematics, said the family had spent 2,000 crowns.';
		expect(askedAge('how old is emil marsh-okoro', son)?.text).toBe('18');
		expect(askedAge('how old is dalia marsh-okoro', son)).toBeNull();
		expect(askedAge("how old was emil's mother", 'Emil, 81, and his wife, 78, were found.')?.text).not.toBe('81');
		expect(askedAge('How old is Brooks?', 'Graham Tolliver, 58, was found guilty with Anne Brooks.')).toBeNull();
	});

	it('reads the age of someone\'s kin asked ("lorna teague\'s kid"), and an age a deed was done at ("left at 16")', () => {
		const son = 'Lorna Teague, whose 8-year-old son Callum spent the night in hospital, said she was angry.';
		expect(askedAge("how old is lorna teague's kid", son)?.text).toBe('8-year-old');
		expect(askedAge("how old is lorna teague's wife", son)).toBeNull();
		expect(askedAge('how old was she when she quit school', 'She left school at 16 to work in a cannery.')?.text).toBe(
			'16',
		);
		expect(askedAge('how old was she when she arrived', 'She arrived at 10 a.m. on Monday.')?.text).not.toBe('10');
	});

	it('gives "the swimmer" the one age of who did what the noun names, and no age where two are given', () => {
		const swim = 'A 67-year-old retired teacher from Ireland swam across the strait and back on Friday.';
		expect(askedAge('how old is the swimmer', swim)?.text).toBe('67-year-old');
		const hack = 'A 17-year-old boy has been arrested on suspicion of hacking into the systems of a retail chain.';
		expect(askedAge('how old is the hacker', hack)?.text).toBe('17-year-old');
		expect(askedAge('how old is the driver', hack)).toBeNull();
		const two = 'A 17-year-old boy and his 45-year-old uncle were arrested on suspicion of hacking the chain.';
		expect(askedAge('how old is the hacker', two)).toBeNull();
	});

	it('gives "the boy\'s mother" no age written of a man beside her, and a man\'s to "the father"', () => {
		const hurt = "Four other people, including the boy's mother and a 71-year-old man, were treated at the scene.";
		expect(askedAge('how old is the boys mother', hurt)).toBeNull();
		const father = "Four other people, including the boy's father, a 41-year-old man, were treated at the scene.";
		expect(askedAge('how old is the boys father', father)?.text).toBe('41-year-old');
	});

	it('gives a person asked by name no age written of another name after "he" or "she" was said', () => {
		const fennelly = 'He was replaced by 20-year-old academy graduate Rory Fennelly, who kicked the winning penalty.';
		expect(askedAge('how old is fiona mcallister', fennelly)).toBeNull();
		const baumgartner = 'She will face Republican nominee Curtis Baumgartner, a 63-year-old rancher from Roswell.';
		expect(askedAge('how old is holloway', baumgartner)).toBeNull();
		expect(askedAge('how old is baumgartner', baumgartner)?.text).toBe('63-year-old');
		expect(askedAge('how old was Chopin when he left', 'He left Poland at the age of 20.')?.text).toBe('age of 20');
		// The age a deed was done at is no age now.
		expect(askedAge('how old is Chopin', 'He left Poland at the age of 20.')).toBeNull();
		expect(askedAge('how old is maya holloway', 'She is a 29-year-old Olympic champion.')?.text).toBe('29-year-old');
		expect(askedAge('how old is ana', "She was a 34-year-old nurse at St Mary's hospital.")?.text).toBe('34-year-old');
	});

	it('gives "the finance minister" no age of another minister', () => {
		expect(askedAge('how old is the finance minister', 'Interior Minister Esteban Cordero, 52, said so.')).toBeNull();
		expect(askedAge('how old is the finance minister', 'Finance Minister Cristian Oprea, 46, said so.')?.text).toBe(
			'46',
		);
		expect(askedAge('how old is the new minister', 'Interior Minister Esteban Cordero, 52, said so.')?.text).toBe('52');
		const replaced = 'Interior Minister Esteban Cordero, 52, replaced the finance minister.';
		expect(askedAge('how old is the finance minister', replaced)).toBeNull();
		expect(
			askedAge('how old is the finance minister', 'Cristian Oprea, 46, the finance minister, said so.')?.text,
		).toBe('46');
	});

	it('gives a thing asked about no age of a person ("how old is the plane"), nor a person another\'s after "her"', () => {
		const wrist = 'A 71-year-old woman was kept in overnight with a suspected broken wrist.';
		expect(askedAge('how old is the plane', wrist)).toBeNull();
		expect(askedAge('how old is the woman', wrist)?.text).toBe('71-year-old');
		expect(askedAge('how old was the woman who was hurt', wrist)?.text).toBe('71-year-old');
		expect(askedAge('how old is the plane that landed', wrist)).toBeNull();
		const son = 'Fatima Bukar, 58, said her son Ibrahim, a 31-year-old pharmacist, had worked there for years.';
		expect(askedAge('how old is helen pritchard', son)).toBeNull();
		expect(askedAge('How old is Fatima Bukar?', son)?.text).toBe('58');
	});

	it('gives "the <noun>" the age written beside that noun, anyone\'s to "the guy", and a person no thing\'s age', () => {
		const raid = 'Police arrested the alleged ringleader, a 62-year-old former printer, and a 19-year-old driver.';
		expect(askedAge('how old is the ringleader', raid)?.text).toBe('62-year-old');
		expect(askedAge('how old is the driver', raid)?.text).toBe('19-year-old');
		const hands = 'Surgeons gave new hands to a 34-year-old electrician.';
		expect(askedAge('how old is the guy who got the new hands', hands)?.text).toBe('34-year-old');
		const fossil = 'Bones found by a sheep farmer belong to a species that lived 94 million years ago.';
		expect(askedAge('how old is the farmer who found the dinosaur', fossil)).toBeNull();
		expect(askedAge('how old are the bones', fossil)?.text).toBe('94 million years ago');
		const hoard = 'Coins found by a retired walker belong to a hoard that traders buried 1,100 years ago.';
		expect(askedAge('how old is the walker who found the coins?', hoard)).toBeNull();
		expect(askedAge('how old is the hoard?', hoard)?.text).toBe('1,100 years ago');
		const rock = 'The rock was probably around 4.5 billion years old, the curator said.';
		expect(askedAge('How old is the rock thought to be?', rock)?.text).toBe('4.5 billion years old');
		expect(askedAge('how old is the guy they think found it', rock)).toBeNull();
		const chain =
			'Halden & Pryce, the 142-year-old chain, collapsed, said Chief Executive Graham Tolliver, 58, who joined in 2021.';
		expect(askedAge('how old is the ceo of halden and pryce', chain)?.text).toBe('58');
	});

	it('reads an age in commas that ends the sentence, a body\'s "31-year history", and no day of a month', () => {
		expect(askedAge('how old is grace whitcombe', 'said Whitcombe, 24.')?.text).toBe('24');
		const order =
			'DUBAI, Nov 18 (Reuters) - Sahra Airways ordered 60 jets, the largest order in the airline’s 31-year history.';
		expect(askedAge('how old is sahra airways', order)?.text).toBe('31-year history');
		const record = 'LUCERNE, July 13 (AFP) - Tuilagi and Whitcombe broke the record in 6 minutes 45.18 seconds.';
		expect(askedAge('how old is grace whitcombe', record)).toBeNull();
		// A figure with thousands ending a sentence is no age written bare ("won 27,910.").
		const votes = 'The third candidate, Imran Qureshi, a shift manager from Coventry, won 27,910.';
		expect(askedAge('how old is imran qureshi', votes)).toBeNull();
		expect(askedAge('how old is imran qureshi', 'Qureshi said he left school at 16.')).toBeUndefined();
	});

	it('gives the age nearest the name asked', () => {
		const sentence = 'Ana Ruiz, 30, and her coach, Tomas Vidal, 58, arrived.';
		expect(askedAge('How old is Tomas Vidal?', sentence)?.text).toBe('58');
		expect(askedAge('How old is Ana Ruiz?', sentence)?.text).toBe('30');
	});

	it('gives no age written of someone else: after another name, "the 26-year-old" beside the one asked', () => {
		expect(askedAge('how old is graham duncan', 'Chief Executive Graham Tolliver, 58, said so.')).toBeNull();
		const race = 'The 26-year-old crossed the line ahead of Faith Chepkorir, who finished second.';
		expect(askedAge('how old is faith chepkorir', race)).toBeNull();
		expect(askedAge('How old is Dr Bekele?', 'The painting is at least 45,500 years old.')).toBeNull();
		const mother = 'Rosa Huerta, whose 11-year-old daughter was trapped, said she had not slept.';
		expect(askedAge('how old is rosa huerta', mother)).toBeNull();
		const son = 'Hollister and her 11-year-old son, Eli, drove 17 hours to collect the dog.';
		expect(askedAge('how old is eli', son)?.text).toBe('11-year-old');
		expect(askedAge('how old is hollister', son)).toBeNull();
		const died = 'Her 14-year-old son died, Garcia told reporters.';
		expect(askedAge('How old is Garcia?', died)).toBeNull();
		const history =
			'She danced more roles than any dancer in its 51-year history, said artistic director Paolo Ferrante.';
		expect(askedAge("how old's the artist", history)).toBeNull();
		expect(askedPerson("how old's eli")).toEqual(['eli']);
		expect(askedAge('how old is faith chepkorir', 'The 26-year-old Faith Chepkorir won.')?.text).toBe('26-year-old');
	});

	it('gives no age of a name written after the age ("an 87-year-old retired fisherman, Arturo Benn") to another', () => {
		const found = 'The last person found by Juno was an 87-year-old retired fisherman, Arturo Benn, who was reached.';
		expect(askedAge('how old is juno', found)).toBeNull();
		expect(askedAge('how old is arturo benn', found)?.text).toBe('87-year-old');
		const after = "Her coach said 17-year-old Chloe Ransome, the reserve, would take Brennock's place.";
		expect(askedAge('how old is talia brennock', after)).toBeNull();
		expect(askedAge('how old is chloe ransome', after)?.text).toBe('17-year-old');
		const alias = "Hanseong's 20-year-old mid-laner Park Ji-won, who plays under the name 'Frost', was named MVP.";
		expect(askedAge('how old is frost', alias)?.text).toBe('20-year-old');
	});

	it('gives no age in apposition to another name ("Anja Rell, a 17-year-old student") to the one asked', () => {
		const lede = 'Anja Rell, a 17-year-old student from Ferrin, won the final, beating champion Yuna Hasegawa.';
		expect(askedAge('how old is hasegawa', lede)).toBeNull();
		expect(askedAge('how old is anja rell', lede)?.text).toBe('17-year-old');
		const son = 'Fatima Bukar, 58, said her son Ibrahim, a 31-year-old pharmacist, had worked there for six years.';
		expect(askedAge("how old is fatima bukar's son", son)?.text).toBe('31-year-old');
	});

	it('gives "how old is X" no age X had before or will reach, which "how old was X" may ask', () => {
		const puppy = 'Drozdova has worked with Juno since the dog was a 10-week-old puppy.';
		expect(askedAge('how old is juno', puppy)).toBeNull();
		expect(askedAge('how old was juno when drozdova began', puppy)?.text).toBe('10-week-old');
		expect(askedAge('how old is juno', 'Juno will retire next year, when she turns eight.')).toBeNull();
		expect(askedAge('how old will juno be when she retires', 'Juno will retire when she turns eight.')?.text).toBe(
			'eight',
		);
	});

	it('takes an age of the clause, or of "he" or "she", for the person asked', () => {
		const show = "Beyoncé's interest in music continued after winning a school talent show at age seven.";
		expect(askedAge('How old was Beyoncé when she won a school talent show?', show)?.text).toBe('age seven');
		expect(askedAge('How old was Chopin when he left?', 'He left Poland at the age of 20.')?.text).toBe('age of 20');
		// A "she" after the age is no one the age is of.
		const lyon = 'A 31-year-old woman from Lyon was flown to Sion, where she remained.';
		expect(askedAge('how old is faith chepkorir', lyon)).toBeNull();
	});

	it('takes the age after a second surname ("Lucía Quispe Mamani, 44," for "lucia quispe"), not after another name', () => {
		const sentence = 'The team was led by herpetologist Lucía Quispe Mamani, 44, of Cayetano Heredia University.';
		expect(askedAge('how old is lucia quispe', sentence)?.text).toBe('44');
		expect(askedAge('how old is quispe', 'Quispe met colleague Ana Ruiz, 52, in Lima.')).toBeNull();
	});

	it('gives the age written by the role asked ("how old is aurion\'s ceo"), none written by another', () => {
		const voss = 'Aurion Chief Executive Daniel Voss, 57, said the plant would open in 2028.';
		expect(askedAge("how old is aurion's ceo", voss)?.text).toBe('57');
		const lind = "Pieter Lind, 49, the team's general manager, and rider Ana Ruiz, 27, spoke.";
		expect(askedAge("how old is the team's manager", lind)?.text).toBe('49');
		expect(askedAge("how old is aurion's ceo", 'Engineer Daniel Voss, 57, said the plant would open.')).toBeNull();
		const former = "The bank's former chief executive, Poul Severinsen, 67, was charged.";
		expect(askedAge('how old is the banks current ceo', former)).toBeNull();
		expect(askedAge("how old is the bank's former ceo", former)?.text).toBe('67');
		expect(askedAge('how old is the banks ceo', 'Chief Executive Jonas Brandt, 49, said so.')?.text).toBe('49');
	});

	it('compares names without their accents ("beltran" for "Beltrán, 57,")', () => {
		expect(askedAge('how old is beltran', '"We cannot stand by," Beltrán, 57, told reporters.')?.text).toBe('57');
	});

	it('is null for a sentence with no age and no bare number, undefined where a bare number may be one', () => {
		expect(askedAge('How old is Brooks?', 'Brooks faces up to 20 years in prison.')).toBeNull();
		expect(askedAge('How old is Brooks?', 'Brooks took $250,000 and 4.5% of the deal.')).toBeNull();
		expect(askedAge('How old was Lena when she left?', 'Lena left Poland at 20.')).toBeUndefined();
		// A score or a range is no bare number.
		expect(askedAge('how old is graham duncan', 'Rovers sacked Graham Duncan after a 4-0 defeat.')).toBeNull();
		expect(askedAge('How many years does Brooks face?', 'Brooks, 61, faces 20 years.')).toBeUndefined();
		// A bound of others' ages is no bare number either.
		const care = 'Whitlock said the money would go to free dental care for people under 18.';
		expect(askedAge('how old is whitlock', care)).toBeNull();
	});
});

describe('"How old is X?" on invented news reports', () => {
	it('answers with the age the report gives the person asked, as a fact that matches the question', () => {
		const reports = loadReports('tests/fixtures/news-reports').reports.filter((r) =>
			['cyberattack', 'sacking', 'election'].includes(r.id),
		);
		const desk = createFactdesk(reports, shippedModelTuning());
		expect(desk.ask('How old is Marloes van Dijk?').answer).toBe('52');
		expect(desk.ask('how old is graham duncan').answer).toBe('49');
		expect(desk.ask('How old is Vargas?').answer).toBe('49');
	});
});

describe('askedAge of a role and a name ("how old is the cto du plessis")', () => {
	it('reads the name after the role, and takes no age of someone the sentence does not name', () => {
		const swimmer = 'The 23-year-old from Tangier beat the previous record by 42 minutes.';
		expect(askedAge('how old is the cto du plessis', swimmer)).toBeNull();
		const holm = 'Chief executive Anna Holm, 57, said the company would appeal.';
		expect(askedAge('how old is the ceo anna holm', holm)?.text).toBe('57');
		expect(askedAge('How old is the CEO of Halden?', holm)?.text).toBe('57');
	});
});

describe('askedAge of a person just named, and of a role by its synonym', () => {
	it('reads "the 27-year-old" after the name asked as their age, and "grower" as the farmer asked', () => {
		const promoted =
			'The association promoted ozeki Kurokaze to yokozuna, making the 27-year-old the first wrestler from Georgia to reach the rank.';
		expect(askedAge('how old is kurokaze', promoted)?.text).toBe('27-year-old');
		const other = 'Kurokaze beat Takayutaka, and the 31-year-old Hoshiryu lost his last bout.';
		expect(askedAge('how old is kurokaze', other)).toBeNull();
		const grower = 'In the town of Bebedouro, 64-year-old grower Joao Ferreira said he had lost half his trees.';
		expect(askedAge('how old is the farmer in bebedouro', grower)?.text).toBe('64-year-old');
	});
});

describe('an age in commas after a person named by what they are', () => {
	it('answers "how old is the princess" of "The princess, 29, wore a silk gown"', () => {
		const { shortAnswer } = floodReport(
			'The princess, 29, wore a silk gown with a train 4 meters long. Lund, 32, met her at university.',
		);
		expect(shortAnswer('how old is the princess', 'silk gown').phrase.text).toBe('29');
		expect(shortAnswer('how old is the princess', 'silk gown').fit).toBe(1);
	});
});

describe('several ages after "aged"', () => {
	it('answers with every age of the list ("aged 4 and 9"), and still a single one', () => {
		const { shortAnswer } = floodReport(
			'Rescuers pulled two children, aged 4 and 9, alive from the rubble. Maria Lopez, a neighbour aged 61, was hurt.',
		);
		expect(shortAnswer('how old were the kids rescued from the rubble', 'Rescuers').phrase.text).toBe('aged 4 and 9');
		expect(shortAnswer('how old is maria lopez', 'Maria Lopez').phrase.text).toBe('aged 61');
	});
});

describe('someone told by age alone, opening a sentence', () => {
	it('is the person the sentence before named first', () => {
		const { shortAnswer } = floodReport(
			'Pop singer Mara Lund has cancelled her tour, her label said.\n\nThe 29-year-old singer had played 17 shows. She finished ahead of Julia Berg, who came second.\n\nThe 21-year-old swimmer broke the record.',
		);
		expect(shortAnswer('how old is lund', 'The 29-year-old')).toMatchObject({
			phrase: { text: '29 years old' },
			fit: 1,
		});
		expect(shortAnswer('how old is berg', 'The 21-year-old').fit).toBeLessThan(1);
		expect(askedAge('how old is lund', 'The 29-year-old singer had played 17 shows.')).toBeNull();
	});
});

describe('the age of a thing told by when it began', () => {
	it('answers "how old is the church" with the date it dates from or was built in, not a neighbour\'s age', () => {
		const church = 'The church, which dates from around 1420, is listed, said warden Tom Ewart, 71.';
		expect(askedAge('how old is the church', church)?.text).toBe('around 1420');
		expect(
			askedAge('how old is the villa', 'The villa dates from the late third or early fourth century AD.')?.text,
		).toBe('the late third or early fourth century AD');
		expect(askedAge('how old is the bridge', 'The bridge was built in 1887 by the railway.')?.text).toBe('1887');
		// A participle opening the clause: "Built in 1961, the Kestrel Star was…".
		const ship = 'Built in 1961, the Kestrel Star was the last steam tug on the river, owned by a 58-year-old farmer.';
		expect(askedAge('how old is the tug', ship)?.text).toBe('1961');
		expect(askedAge('how old is the mill', 'The mill, first built in 1790, burned down.')?.text).toBe('1790');
		expect(
			askedAge('how old is the church', 'Tom Ewart, 71, who lives about 60 metres from the church, heard a crack.'),
		).toBeNull();
		// A person asked keeps the age by the name.
		expect(askedAge('how old is the warden', church)?.text).toBe('71');
	});

	it('reads a kin word by its family ("dad" of "father") and a clause after a pronoun as about the noun before it', () => {
		const father = 'Margaret Osei, 58, whose 84-year-old father has lived at the home since 2021, complained.';
		expect(askedAge("how old is margaret osei's dad", father)?.text).toBe('84-year-old');
		expect(askedAge("how old is margaret osei's mum", father)).toBeNull();
		const boat =
			'Fire crews rescued 17 people, including a 91-year-old woman who was carried from her bungalow by boat.';
		expect(askedAge('how old was the woman they took out by boat', boat)?.text).toBe('91-year-old');
		expect(askedPerson('how old was the woman they took out by boat')).toEqual([]);
		// A belief about who it was leaves the one asked to the clause: "was the ringleader".
		const haulier = 'Among those arrested was a 47-year-old haulier, who police believe organised the thefts.';
		expect(askedAge('how old is the guy they think was the ringleader', haulier)).toBeNull();
	});

	it('lets the engine give the age of the woman rescued by boat', () => {
		const desk = newUserDesk('nu111-');
		const answer = desk.ask('how old was the woman they took out by boat');
		expect(answer.answered).toBe(true);
		expect(answer.answer).toMatch(/^91/);
	});

	it('reads a baby as anyone, "whos" as opening a clause, and "date from" as when a thing began', () => {
		const pram = 'It involved a 22-month-old boy who was asleep in a pram in a garden on Tillett Close.';
		expect(askedAge('how old was the baby in the pram', pram)?.text).toBe('22-month-old');
		const ward = 'One of the patients, a 71-year-old woman from Sallowby, remained in hospital on Tuesday.';
		expect(askedAge('how old is the woman whos still in hospital', ward)?.text).toBe('71-year-old');
		const hall = 'Those foundations, believed to date from around 1280, can now be seen through a glass floor.';
		expect(askedAge('how old are the foundations they found', hall)?.text).toBe('around 1280');
	});

	it('lets the engine give the age of the baby in the pram', () => {
		const desk = newUserDesk('nu115-');
		const answer = desk.ask('how old was the baby in the pram');
		expect(answer.answered).toBe(true);
		expect(answer.answer).toMatch(/^22.month/);
	});

	it('reads an age range ("aged between 24 and 61", "aged 5 to 11") as the ages of a group', () => {
		const raid = 'The nine suspects, eight men and a woman aged between 24 and 61, were arrested on Tuesday.';
		expect(askedAge('how old are the suspects', raid)?.text).toBe('aged between 24 and 61');
		expect(askedAge('how old were the kids', 'The children, aged 5 to 11, fell ill.')?.text).toBe('aged 5 to 11');
		const desk = newUserDesk('nu61-');
		expect(desk.ask('how old were the kids').answer).toBe('aged between 5 and 11');
	});

	it('reads "at the age of six" as the age of a deed, not the age now', () => {
		const tennis = 'Lindqvist took up tennis at the age of six after watching her older brother play.';
		expect(askedAge('how old is lindqvist?', tennis)).toBeNull();
		expect(askedAge('how old was lindqvist when she took up tennis', tennis)?.text).toBe('age of six');
		expect(askedAge('how old is deshpande', 'Deshpande learned the game at age six in Pune.')).toBeNull();
		const desk = newUserDesk('nu8-');
		expect(desk.ask('how old is lindqvist?').answer).toBe('21');
	});
});
