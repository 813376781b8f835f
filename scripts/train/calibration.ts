/** How well a confidence means what it says: expected calibration error, a reliability table, a trade-off curve. */

/** One answer given: its confidence and whether it was right. */
export interface Scored {
	confidence: number;
	right: boolean;
}

export interface ReliabilityBin {
	from: number;
	to: number;
	count: number;
	meanConfidence: number;
	accuracy: number;
}

/** Ten equal-width bins of confidence over the answers given, with their mean confidence and accuracy. */
export function reliabilityTable(answers: readonly Scored[], bins = 10): ReliabilityBin[] {
	return Array.from({ length: bins }, (_, b) => {
		const from = b / bins;
		const to = (b + 1) / bins;
		const inBin = answers.filter(
			(a) => a.confidence >= from && (a.confidence < to || (b === bins - 1 && a.confidence <= 1)),
		);
		const count = inBin.length;
		return {
			from,
			to,
			count,
			meanConfidence: count ? inBin.reduce((s, a) => s + a.confidence, 0) / count : 0,
			accuracy: count ? inBin.filter((a) => a.right).length / count : 0,
		};
	});
}

/** Expected calibration error: the gap between confidence and accuracy per bin, weighted by the bin's share. */
export function expectedCalibrationError(answers: readonly Scored[], bins = 10): number {
	const total = answers.length || 1;
	return reliabilityTable(answers, bins).reduce(
		(sum, bin) => sum + (bin.count / total) * Math.abs(bin.meanConfidence - bin.accuracy),
		0,
	);
}

/** Prints a reliability table as Markdown. */
export function formatReliability(table: readonly ReliabilityBin[]): string {
	const rows = table.map(
		(b) =>
			`| ${b.from.toFixed(1)}–${b.to.toFixed(1)} | ${b.count} | ${b.count ? b.meanConfidence.toFixed(3) : '–'} | ${b.count ? b.accuracy.toFixed(3) : '–'} |`,
	);
	return ['| confidence | answers | mean confidence | right |', '|---|---:|---:|---:|', ...rows].join('\n');
}
