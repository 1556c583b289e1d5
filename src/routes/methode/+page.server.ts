import { tables, columns } from '$lib/schema/index';
import { financeTables } from '$lib/schema/finance';
import type { ColumnInfo, TableDef } from '$lib/schema/table';
import { allMetrics } from '$lib/metrics/index';
import { runMetric } from '$lib/metrics/metric';
import { moneyFigures } from '$lib/metrics/money';
import { moneySelections, taakveldList } from '$lib/metrics/taakvelden';
import { buildDb } from '$lib/server/build-db';
import { flagDefinitions, flagIds } from '$lib/metrics/flags';
import { thresholds } from '$lib/metrics/thresholds';

/** The expected type in English (`columns()` gives it in Dutch, as the importers' messages use it). */
function expectedEn(c: ColumnInfo): string {
	if (c.values) return `one of: ${c.values.join(', ')}`;
	switch (c.duckdbType) {
		case 'DATE':
			return 'date YYYY-MM-DD';
		case 'BIGINT':
			return 'whole number';
		case 'DOUBLE':
			return 'number';
		case 'BOOLEAN':
			return 'true/false';
		default:
			return 'text';
	}
}

function dictionary(t: TableDef) {
	return {
		name: t.name,
		title: t.title,
		description: t.description,
		primaryKey: t.primaryKey,
		columns: columns(t).map((c) => ({ ...c, expected: { nl: c.expected, en: expectedEn(c) } }))
	};
}

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
