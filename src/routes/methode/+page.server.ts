import { tables, columns } from '$lib/schema/index';
import { allMetrics } from '$lib/metrics/index';
import { flagDefinitions, flagIds } from '$lib/metrics/flags';
import { thresholds } from '$lib/metrics/thresholds';

/** The data dictionary, computed from the zod schemas at build so zod stays out of the page's JS. */
export function load() {
	return {
		tables: tables.map((t) => ({ name: t.name, title: t.title, description: t.description, primaryKey: t.primaryKey, columns: columns(t) })),
		metrics: allMetrics.map((m) => ({ id: m.id, title: m.title, definition: m.definition })),
		flags: flagIds.map((id) => ({ id, ...flagDefinitions[id] })),
		thresholds
	};
}
