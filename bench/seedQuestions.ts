/**
 * Questions about the seed report (data/reports/energy-truce-strikes.txt) with the text a right answer quotes.
 * Each names someone or something, so that among many varied copies of the report only one can answer it.
 */
export const SEED_QUESTIONS: readonly { question: string; answers: string[] }[] = [
	{ question: 'How many drones did Ukrainian forces shoot down?', answers: ['72 drones'] },
	{ question: 'How many drones did Russia launch in the overnight assault?', answers: ['145 drones'] },
	{ question: 'How many drones did Zelensky cite in the massive overnight assault?', answers: ['150 drones'] },
	{ question: 'How many people were injured according to Ukrainian officials?', answers: ['14 others'] },
	{ question: 'How many ballistic missiles did Russia launch?', answers: ['two ballistic missiles'] },
	{ question: 'Where are the broader peace talks with Trump scheduled?', answers: ['Jeddah'] },
	{ question: 'When are the peace talks in Jeddah?', answers: ['Sunday'] },
	{ question: 'Who accused Russia of breaking its word?', answers: ['Zelensky'] },
	{ question: 'What did Zelensky say about Putin’s words?', answers: ['at odds with reality'] },
	{ question: 'What did the Kremlin condemn?', answers: ['attack on an oil facility'] },
	{ question: 'What did the Kremlin blame Ukraine for?', answers: ['lack of will'] },
	{ question: 'How long a truce did the White House push for?', answers: ['30-day truce'] },
	{ question: 'Where was Zelensky speaking from?', answers: ['Finland'] },
	{ question: 'Where was a hospital hit by the Russian strikes?', answers: ['Sumy'] },
	{ question: 'What is the name of Ukraine’s state railway company?', answers: ['Ukrzaliznytsya'] },
	{ question: 'Which regions did the Russian strikes target?', answers: ['Poltava'] },
];
