import { tables } from '$lib/schema/index';
import { dictionary } from '$lib/schema/dictionary';
import { financeTables } from '$lib/schema/finance';
import { allMetrics } from '$lib/metrics/index';
import { runMetric } from '$lib/metrics/metric';
import { moneyFigures } from '$lib/metrics/money';
import { moneySelections, taakveldList } from '$lib/metrics/taakvelden';
import { buildDb } from '$lib/server/build-db';
import { flagDefinitions, flagIds } from '$lib/metrics/flags';
import { thresholds } from '$lib/metrics/thresholds';

/** The Iv3 budget year whose fund comparison uses each payment year (2023 has no fund data). */
const fundYears = [2024, 2025];

/**
 * The data dictionary, computed from the zod schemas at build so zod stays out of the page's JS;
 * the taakveld dictionary and the circulaire each fund year uses come from the built data, through
 * the same metrics the figures use.
 */
export async function load() {
	const db = await buildDb();
	const taakvelden = await runMetric(db, taakveldList, {});
	// A region id that matches none: only the Nederland row, which carries the circulaire used.
	const circulaires = await Promise.all(
		fundYears.map(async (year) => ({ year, circulaire: (await runMetric(db, moneyFigures, { year, kind: 'begroting', regionId: '-' }))[0]?.circulaire ?? null }))
	);
	return {
		tables: tables.map(dictionary),
		financeTables: financeTables.map(dictionary),
		taakvelden,
		moneySelections: moneySelections(taakvelden),
		circulaires: circulaires.filter((c): c is { year: number; circulaire: string } => c.circulaire !== null),
		metrics: allMetrics.map((m) => ({ id: m.id, title: m.title, definition: m.definition })),
		flags: flagIds.map((id) => ({ id, ...flagDefinitions[id] })),
		thresholds
	};
}
