/**
 * The tables of each demo family: real data for a family replaces all of the family's demo rows.
 * Plain data (no Svelte state), so the import SQL also runs in Node (tests, bench/import.ts).
 */
export const demoFamilies: Record<string, string[]> = {
	deals: ['procurements', 'procurementParticipants', 'lots', 'contracts', 'providers', 'providerLocations'],
	waiting: ['waitingTimes'],
	usage: ['usage']
};
