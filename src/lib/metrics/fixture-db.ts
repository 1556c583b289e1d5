/**
 * Test support: a native DuckDB holding hand-written fixture rows in the canonical tables.
 * Rows are checked against the zod schemas first, so fixtures cannot drift from the model.
 * Only fields that matter to a test need writing; the rest get neutral defaults below.
 */
import { openNodeDb, loadRows, type NodeDb } from '../db/node';
import { tables, type TableName } from '../schema/index';
import { metricViewsSql } from './scope';

const defaults: Record<TableName, Record<string, unknown>> = {
	municipalities: { provinceCode: 'PV25', provinceName: 'Gelderland', population: null, populationYear: null, age0to15: null, age15to25: null, age25to45: null, age45to65: null, age65plus: null, households: null, urbanity: null, jeugdregioCode: 'JZ12', ggdRegionCode: 'GG3606', ggdRegionName: 'GGD', careOfficeCode: 'ZK20', careOfficeName: 'ZK', indelingYear: 2025, labelLon: 5.6, labelLat: 52.3, source: 'test' },
	regions: { leadMunicipality: null, source: 'test' },
	regionMembership: { fromYear: 2025, toYear: null, source: 'test' },
	careCategories: { scheme: 'iJw', domain: 'jeugd', officialName: 'x', plainNl: 'x', plainEn: 'x', normWeeks: 8, normSource: null },
	providers: { kvk: null, legalForm: null, providerType: null, source: 'test' },
	providerLocations: { name: null, place: null, postcode: null, source: 'test' },
	procurements: { title: 't', procurementMethod: 'open', procurementMethodDetails: 'open-house', fundingModel: 'inspanningsgericht', publicationDate: null, decisionDate: null, extensionYears: 0, estimatedValue: null, numberOfTenderers: null, documentUrl: null, source: 'test' },
	procurementParticipants: { source: 'test' },
	lots: { title: 'lot', productCode: null, numberOfTenderers: null, source: 'test' },
	contracts: { endDate: null, value: null, clients: null, role: 'main', mainContractorId: null, pgbPossible: null, source: 'test' },
	waitingTimes: { locationId: 'L1', subCategory: '', p90Weeks: null, registrationWeeks: null, treatmentWeeks: null, clientsWaiting: null, normWeeks: 8, normSource: null, providerUrl: null, source: 'test' },
	usage: { clients: null, pgbClients: null, spend: null, budget: null, source: 'test' }
};

export async function fixtureDb(fixture: Partial<Record<TableName, Record<string, unknown>[]>>): Promise<NodeDb> {
	const db = await openNodeDb();
	for (const table of tables) {
		const rows = (fixture[table.name] ?? []).map((r) => table.schema.parse({ ...defaults[table.name], ...r }) as Record<string, unknown>);
		await loadRows(db, table, rows);
	}
	for (const sql of metricViewsSql(tables.map((t) => t.name))) await db.exec(sql);
	return db;
}
