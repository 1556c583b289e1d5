/** The canonical model: every table Regiozicht knows, in load order (referenced tables first). */
import { municipalities, regions, regionMembership } from './geography';
import { providers, providerLocations } from './providers';
import { procurements, procurementParticipants, lots, contracts } from './procurement';
import { careCategories, waitingTimes, usage } from './care';
import type { TableDef } from './table';
import type { z } from 'zod';

export const tables = [
	municipalities,
	regions,
	regionMembership,
	careCategories,
	providers,
	providerLocations,
	procurements,
	procurementParticipants,
	lots,
	contracts,
	waitingTimes,
	usage
] as const satisfies readonly TableDef[];

export type TableName = (typeof tables)[number]['name'];
export type Row<T extends TableDef> = z.infer<T['schema']>;

export function tableByName(name: string): TableDef | undefined {
	return tables.find((t) => t.name === name);
}

export * from './geography';
export * from './providers';
export * from './procurement';
export * from './care';
// The money tables (./finance) are imported from there: kept out of this module, they stay out of
// the browser bundles that need only the importable model.
export { columns, duckdbType, type TableDef, type ColumnInfo } from './table';
