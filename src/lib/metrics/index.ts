/** Every metric, for /methode (which documents each one from its own definition). */
import { regionList, regionMembers } from './regions';
import { dealTimeline, lotOverview, procedureMix, providersPerMunicipality } from './contracts';
import { localShare, localShareByCategory, localShareByMunicipality } from './local';
import { choiceByCategory, choicePerMunicipality, pgbShare } from './choice';
import { waitingByCategory, waitingByProvider, waitingTrend } from './waiting';
import { flagItems, flagSummary } from './flags';
import { municipalityComparison } from './comparison';
import { regionHeadlines } from './headlines';
import { moneyFigures, moneyPeers } from './money';
import { taakveldList } from './taakvelden';
import { dealDetail, dealList, dealLots, dealPlaces, dealProviders, municipalityDeals, similarDeals } from './deal';
import {
	postcodeAreas,
	providerAreas,
	providerCategories,
	providerCategoryChoices,
	providerCountByCategory,
	providerDeals,
	providerFinder,
	providerLocationList,
	providerSubcontracting,
	providerSummary,
	providerWaitTrend
} from './providers';

export const allMetrics = [
	moneyFigures,
	moneyPeers,
	taakveldList,
	regionList,
	regionMembers,
	providersPerMunicipality,
	dealTimeline,
	procedureMix,
	lotOverview,
	localShare,
	localShareByMunicipality,
	localShareByCategory,
	choiceByCategory,
	choicePerMunicipality,
	pgbShare,
	waitingByCategory,
	waitingTrend,
	waitingByProvider,
	flagSummary,
	flagItems,
	regionHeadlines,
	municipalityComparison,
	providerFinder,
	providerCategoryChoices,
	providerCountByCategory,
	postcodeAreas,
	providerSummary,
	providerCategories,
	providerWaitTrend,
	providerAreas,
	providerDeals,
	providerSubcontracting,
	providerLocationList,
	dealList,
	dealDetail,
	dealLots,
	dealProviders,
	dealPlaces,
	similarDeals,
	municipalityDeals
] as const;

export { flagDefinitions, flagIds } from './flags';
