/**
 * Words of the deal page /inkoop/[id] and of its generated summary (deal-summary.ts), Dutch (B1)
 * and English, read with `tr()` like src/lib/i18n/text.ts. Sentences with figures take them
 * already formatted (src/lib/format.ts). Summary sentences stay short (≤ 20 words) and explain
 * a term (aanbesteding, perceel, the funding models, HHI) where it is first used.
 */
import type { Text } from '$lib/i18n/text';
import { plural } from '$lib/format';

type Fn<A extends unknown[]> = Text<(...args: A) => string>;

const list = (items: readonly string[], and: string) =>
	items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
export const listNl = (items: readonly string[]) => list(items, 'en');
export const listEn = (items: readonly string[]) => list(items, 'and');

export const summaryText = {
	/** Who bought what, for whom. `tense`: 'past' once the deal has ended. */
	what: { nl: { jeugd: 'jeugdhulp', wmo: 'Wmo-ondersteuning' }, en: { jeugd: 'youth care', wmo: 'Wmo support' } },
	whoFor: {
		nl: (region: string, what: string, past: boolean, n: number, names: string) =>
			`${region} ${past ? 'kocht' : 'koopt'} ${what} in voor ${plural(n, 'gemeente', 'gemeenten', 'nl')}${names ? `: ${names}` : ''}.`,
		en: (region: string, what: string, past: boolean, n: number, names: string) =>
			`${region} ${past ? 'bought' : 'buys'} ${what} for ${plural(n, 'municipality', 'municipalities', 'en')}${names ? `: ${names}` : ''}.`
	} satisfies Fn<[string, string, boolean, number, string]>,
	whoNoParticipants: {
		nl: (region: string, what: string, past: boolean) => `${region} ${past ? 'kocht' : 'koopt'} ${what} in. Welke gemeenten meedoen, is niet bekend.`,
		en: (region: string, what: string, past: boolean) => `${region} ${past ? 'bought' : 'buys'} ${what}. Which municipalities take part is not known.`
	} satisfies Fn<[string, string, boolean]>,

	/** How: the procedure, with what it means. */
	procedure: {
		nl: {
			'europees-openbaar': 'Dat gaat via een Europese openbare aanbesteding: elke aanbieder in Europa mag een bod doen.',
			'europees-niet-openbaar': 'Dat gaat via een Europese niet-openbare aanbesteding: de regio kiest eerst wie een bod mag doen.',
			'nationaal-openbaar': 'Dat gaat via een nationale openbare aanbesteding: elke aanbieder mag een bod doen.',
			'meervoudig-onderhands': 'Dat gaat via een meervoudig onderhandse aanbesteding: de regio vraagt zelf een paar aanbieders om een bod.',
			'enkelvoudig-onderhands': 'Dat gaat via een enkelvoudig onderhandse aanbesteding: de regio vraagt één aanbieder om een bod.',
			'open-house': 'Dat gaat via open house: elke aanbieder die aan de eisen voldoet, mag meedoen.',
			'bestuurlijk-aanbesteden': 'Dat gaat via bestuurlijk aanbesteden: de regio maakt afspraken in overleg met aanbieders.',
			subsidie: 'Dat gaat via een subsidie: de regio geeft aanbieders geld om de zorg te leveren.',
			inbesteding: 'Dat gaat via inbesteding: een eigen organisatie van de gemeenten doet het werk.'
		},
		en: {
			'europees-openbaar': 'This is done through a European open tender: any provider in Europe may bid.',
			'europees-niet-openbaar': 'This is done through a European restricted tender: the region first chooses who may bid.',
			'nationaal-openbaar': 'This is done through a national open tender: any provider may bid.',
			'meervoudig-onderhands': 'This is done through an invited tender: the region asks a few providers to bid.',
			'enkelvoudig-onderhands': 'This is done through a single-source award: the region asks one provider to bid.',
			'open-house': 'This is done through open house: every provider that meets the requirements may join.',
			'bestuurlijk-aanbesteden': 'This is done by consultation: the region makes agreements together with providers.',
			subsidie: 'This is done through a grant: the region gives providers money to deliver the care.',
			inbesteding: 'This is done in-house: an organisation of the municipalities themselves does the work.'
		}
	} satisfies Text<Record<string, string>>,
	procedureUnknown: {
		nl: (code: string) => `De soort procedure is ‘${code}’.`,
		en: (code: string) => `The kind of procedure is ‘${code}’.`
	} satisfies Fn<[string]>,
	/** Said once, after the first procedure sentence that uses the word. */
	tenderExplained: {
		nl: 'Een aanbesteding is een wedstrijd: aanbieders doen een bod en de regio kiest.',
		en: 'A tender is a competition: providers bid and the region chooses.'
	},
	funding: {
		nl: {
			inspanningsgericht: 'Aanbieders krijgen inspanningsgericht betaald: per uur of per dag zorg.',
			outputgericht: 'Aanbieders krijgen outputgericht betaald: een vast bedrag per traject, voor de hele hulp.',
			taakgericht: 'Aanbieders krijgen taakgericht betaald: een vast budget voor een taak.'
		},
		en: {
			inspanningsgericht: 'Providers are paid effort-based: per hour or per day of care.',
			outputgericht: 'Providers are paid output-based: a fixed amount per care path, for all the help.',
			taakgericht: 'Providers are paid task-based: a fixed budget for a task.'
		}
	} satisfies Text<Record<string, string>>,
	fundingUnknown: {
		nl: (code: string) => `De manier van betalen is ‘${code}’.`,
		en: (code: string) => `The way of paying is ‘${code}’.`
	} satisfies Fn<[string]>,
	lots: {
		nl: (n: number) =>
			n === 1 ? 'De inkoop heeft één perceel: een deel van de inkoop, voor één soort zorg.' : `De inkoop is verdeeld in ${plural(n, 'perceel', 'percelen', 'nl')}: delen, elk voor één soort zorg.`,
		en: (n: number) => (n === 1 ? 'The purchase has one lot: a part of the purchase, for one kind of care.' : `The purchase is split into ${plural(n, 'lot', 'lots', 'en')}: parts, each for one kind of care.`)
	} satisfies Fn<[number]>,
	noLots: { nl: 'Er zijn geen percelen bekend.', en: 'No lots are known.' },

	/** How long. */
	termPlanned: {
		nl: (start: string, end: string) => `De contracten gaan in op ${start} en lopen tot ${end}.`,
		en: (start: string, end: string) => `The contracts start on ${start} and run until ${end}.`
	} satisfies Fn<[string, string]>,
	termRunning: {
		nl: (start: string, end: string) => `De contracten lopen van ${start} tot ${end}.`,
		en: (start: string, end: string) => `The contracts run from ${start} until ${end}.`
	} satisfies Fn<[string, string]>,
	termEnded: {
		nl: (start: string, end: string) => `De contracten liepen van ${start} tot ${end}.`,
		en: (start: string, end: string) => `The contracts ran from ${start} until ${end}.`
	} satisfies Fn<[string, string]>,
	noExtension: { nl: { now: 'Verlengen kan niet.', past: 'Verlengen kon niet.' }, en: { now: 'They cannot be extended.', past: 'They could not be extended.' } },
	extensionOpen: {
		nl: (years: number, until: string) => `Verlengen kan met ${plural(years, 'jaar', 'jaar', 'nl')}, tot uiterlijk ${until}.`,
		en: (years: number, until: string) => `They can be extended by ${plural(years, 'year', 'years', 'en')}, until ${until} at the latest.`
	} satisfies Fn<[number, string]>,
	extensionPartly: {
		nl: (used: number, left: number) => `Er is ${plural(used, 'jaar', 'jaar', 'nl')} verlengd; nog ${plural(left, 'jaar', 'jaar', 'nl')} verlengen is mogelijk.`,
		en: (used: number, left: number) => `They were extended by ${plural(used, 'year', 'years', 'en')}; ${plural(left, 'more year', 'more years', 'en')} is possible.`
	} satisfies Fn<[number, number]>,
	extensionAllUsed: {
		nl: (used: number, until: string) => `Alle verlenging is gebruikt: ${plural(used, 'jaar', 'jaar', 'nl')}, tot ${until}.`,
		en: (used: number, until: string) => `All extension is used: ${plural(used, 'year', 'years', 'en')}, until ${until}.`
	} satisfies Fn<[number, string]>,
	extensionEnded: {
		nl: (used: number, unused: number) =>
			used === 0 ? `De ${plural(unused, 'jaar', 'jaar', 'nl')} verlenging is niet gebruikt.` : unused === 0 ? `Er is ${plural(used, 'jaar', 'jaar', 'nl')} verlengd.` : `Er is ${plural(used, 'jaar', 'jaar', 'nl')} verlengd; ${plural(unused, 'jaar', 'jaar', 'nl')} is niet gebruikt.`,
		en: (used: number, unused: number) =>
			used === 0 ? `The ${plural(unused, 'year', 'years', 'en')} of extension were not used.` : unused === 0 ? `They were extended by ${plural(used, 'year', 'years', 'en')}.` : `They were extended by ${plural(used, 'year', 'years', 'en')}; ${plural(unused, 'year', 'years', 'en')} went unused.`
	} satisfies Fn<[number, number]>,

	/** Bids per lot. */
	bidsUnknown: { nl: 'Hoeveel aanbieders zich inschreven, is niet bekend.', en: 'How many providers bid is not known.' },
	bidsOneLot: {
		nl: (n: number) => `Er ${n === 1 ? 'schreef' : 'schreven'} ${plural(n, 'aanbieder', 'aanbieders', 'nl')} in.`,
		en: (n: number) => `${plural(n, 'provider', 'providers', 'en')} bid.`
	} satisfies Fn<[number]>,
	bidsPerLot: {
		nl: (total: number, min: string, max: string) =>
			min === max ? `Er kwamen ${plural(total, 'inschrijving', 'inschrijvingen', 'nl')}: ${min} per perceel.` : `Er kwamen ${plural(total, 'inschrijving', 'inschrijvingen', 'nl')}: ${min} tot ${max} per perceel.`,
		en: (total: number, min: string, max: string) => (min === max ? `There were ${plural(total, 'bid', 'bids', 'en')}: ${min} per lot.` : `There were ${plural(total, 'bid', 'bids', 'en')}: ${min} to ${max} per lot.`)
	} satisfies Fn<[number, string, string]>,
	bidsPartlyKnown: {
		nl: (known: number, lots: number) => `Dat is bekend van ${known} van de ${lots} percelen.`,
		en: (known: number, lots: number) => `This is known for ${known} of the ${lots} lots.`
	} satisfies Fn<[number, number]>,

	/** Winners. */
	noWinners: { nl: 'Er is nog geen contract bekend.', en: 'No contract is known yet.' },
	oneWinner: {
		nl: (name: string, past: boolean) => `${name} ${past ? 'kreeg' : 'heeft'} het contract.`,
		en: (name: string, past: boolean) => `${name} ${past ? 'got' : 'holds'} the contract.`
	} satisfies Fn<[string, boolean]>,
	winners: {
		nl: (n: number, past: boolean) => `${plural(n, 'aanbieder', 'aanbieders', 'nl')} ${past ? 'kregen' : 'hebben'} een contract.`,
		en: (n: number, past: boolean) => `${plural(n, 'provider', 'providers', 'en')} ${past ? 'got' : 'hold'} a contract.`
	} satisfies Fn<[number, boolean]>,
	largest: {
		nl: (names: string) => `De grootste zijn ${names}.`,
		en: (names: string) => `The largest are ${names}.`
	} satisfies Fn<[string]>,
	among: {
		nl: (names: string) => `Onder hen zijn ${names}.`,
		en: (names: string) => `Among them are ${names}.`
	} satisfies Fn<[string]>,

	/** Money. */
	valueEstimated: {
		nl: (value: string) => `De geschatte waarde is ${value} per jaar.`,
		en: (value: string) => `The estimated value is ${value} a year.`
	} satisfies Fn<[string]>,
	valueContracts: {
		nl: (value: string) => `De contracten zijn samen ${value} per jaar waard.`,
		en: (value: string) => `Together the contracts are worth ${value} a year.`
	} satisfies Fn<[string]>,
	valueUnknown: { nl: 'Wat de inkoop per jaar waard is, is niet bekend.', en: 'What the purchase is worth a year is not known.' },

	/** Signals. */
	noSignals: { nl: 'Geen enkel signaal gaat af.', en: 'No signal goes off.' },
	signalsAsOf: {
		nl: (date: string) => `De signalen gelden voor ${date}, de laatste dag met lopende contracten.`,
		en: (date: string) => `The signals are for ${date}, the last day with running contracts.`
	} satisfies Fn<[string]>,
	signalsAsOfStart: {
		nl: (date: string) => `De signalen gelden voor ${date}, de eerste dag van de contracten.`,
		en: (date: string) => `The signals are for ${date}, the first day of the contracts.`
	} satisfies Fn<[string]>,
	singleBid: {
		nl: (n: number) => `Signaal ‘één inschrijver’: ${plural(n, 'perceel kreeg', 'percelen kregen', 'nl')} maar één bod (grens: precies 1, in een open procedure).`,
		en: (n: number) => `Signal ‘single bid’: ${plural(n, 'lot', 'lots', 'en')} got only one bid (limit: exactly 1, in an open procedure).`
	} satisfies Fn<[number]>,
	longDuration: {
		nl: (years: string, limit: string) => `Signaal ‘lange looptijd’: met verlengingen loopt het traject ${years} jaar (grens: meer dan ${limit} jaar).`,
		en: (years: string, limit: string) => `Signal ‘long duration’: with extensions the deal runs ${years} years (limit: more than ${limit} years).`
	} satisfies Fn<[string, string]>,
	heavySubcontracting: {
		nl: (n: number, share: string, limit: string) => `Signaal ‘veel onderaanneming’: bij ${plural(n, 'perceel', 'percelen', 'nl')} is tot ${share} onderaanneming (grens: meer dan ${limit}).`,
		en: (n: number, share: string, limit: string) => `Signal ‘heavy subcontracting’: in ${plural(n, 'lot', 'lots', 'en')} up to ${share} is subcontracted (limit: more than ${limit}).`
	} satisfies Fn<[number, string, string]>,
	highConcentration: {
		nl: (n: number, hhi: string, limit: string) => `Signaal ‘sterke concentratie’: bij ${plural(n, 'zorgsoort', 'zorgsoorten', 'nl')} ligt de zorg bij weinig aanbieders (HHI tot ${hhi}; grens: boven ${limit}).`,
		en: (n: number, hhi: string, limit: string) => `Signal ‘high concentration’: in ${plural(n, 'care category', 'care categories', 'en')} few providers hold the care (HHI up to ${hhi}; limit: above ${limit}).`
	} satisfies Fn<[number, string, string]>,
	hhiExplained: {
		nl: 'De HHI meet hoe verdeeld de zorg is: van 0 (veel aanbieders) tot 10.000 (één aanbieder).',
		en: 'The HHI measures how spread the care is: from 0 (many providers) to 10,000 (one provider).'
	},
	otherSignal: {
		nl: (title: string, n: number) => `Signaal ‘${title}’: ${plural(n, 'geval', 'gevallen', 'nl')}.`,
		en: (title: string, n: number) => `Signal ‘${title}’: ${plural(n, 'case', 'cases', 'en')}.`
	} satisfies Fn<[string, number]>,
	signalLink: { nl: 'Uitleg van dit signaal', en: 'About this signal' },
	signalsLink: { nl: 'Wat zijn signalen?', en: 'What are signals?' }
};

export const dealPage = {
	title: { nl: (deal: string, region: string) => `${deal} · ${region} · Regiozicht`, en: (deal: string, region: string) => `${deal} · ${region} · Regiozicht` },
	description: {
		nl: (deal: string, region: string) => `Wat ${region} inkocht met ${deal}, hoe, bij wie, en wat het betekent voor elke gemeente.`,
		en: (deal: string, region: string) => `What ${region} bought with ${deal}, how, from whom, and what it means for each municipality.`
	},
	crumbs: { nl: 'Kruimelpad', en: 'Breadcrumb' },
	home: { nl: 'Regio’s', en: 'Regions' },
	meta: {
		nl: (law: string, region: string) => `Inkooptraject ${law} van de regio ${region}`,
		en: (law: string, region: string) => `${law} procurement of the region ${region}`
	},
	demoNote: {
		nl: 'Dit traject is verzonnen voorbeelddata (demo). De geldcijfers van het CBS zijn echt.',
		en: 'This procurement is made-up example data (demo). The money figures from CBS are real.'
	},
	mineNote: {
		nl: 'Dit traject komt uit bestanden die u zelf laadde. Uw browser berekende deze pagina; er ging niets naar een server. Bron:',
		en: 'This procurement comes from files you loaded yourself. Your browser computed this page; nothing was sent to a server. Source:'
	},
	summaryH: { nl: 'Samenvatting', en: 'Summary' },
	meansH: { nl: 'Wat betekent dit voor mijn gemeente?', en: 'What does this mean for my municipality?' },
	meansLede: {
		nl: 'Kies een gemeente die meedoet. U ziet haar cijfers naast die van alle deelnemers samen.',
		en: 'Choose a participating municipality. You see its figures beside those of all participants together.'
	},
	chooseMunicipality: { nl: 'Gemeente', en: 'Municipality' },
	noParticipants: { nl: 'Van dit traject zijn geen deelnemende gemeenten bekend.', en: 'No participating municipalities are known for this procurement.' },
	careTitle: { nl: (name: string) => `Zorg onder dit traject: ${name} en de regio`, en: (name: string) => `Care under this procurement: ${name} and the region` },
	careCaption: {
		nl: (name: string, range: string, regionRange: string) => `In ${name} hebben per zorgsoort ${range} aanbieders een zorglocatie. Bij alle deelnemers samen zijn dat er ${regionRange}.`,
		en: (name: string, range: string, regionRange: string) => `In ${name}, ${range} providers per care category have a care location. Across all participants it is ${regionRange}.`
	},
	range: {
		nl: (low: string, high: string) => (low === high ? low : `${low} tot ${high}`),
		en: (low: string, high: string) => (low === high ? low : `${low} to ${high}`)
	},
	colCategory: { nl: 'Zorgsoort', en: 'Care category' },
	colProviders: { nl: 'Aanbieders met contract', en: 'Providers with a contract' },
	colLocal: { nl: (name: string) => `Met locatie in ${name}`, en: (name: string) => `With a location in ${name}` },
	colLocalRegion: { nl: 'Met locatie bij de deelnemers', en: 'With a location among the participants' },
	colWait: { nl: (name: string) => `Wachttijd ${name}`, en: (name: string) => `Wait ${name}` },
	colWaitRegion: { nl: 'Wachttijd regio', en: 'Wait region' },
	waitNote: {
		nl: (months: string) => `Wachttijd: de middelste van de maandelijkse wachttijden bij deze aanbieders, ${months}. – = geen gegevens.`,
		en: (months: string) => `Wait: the median of the monthly waits at these providers, ${months}. – = no data.`
	},
	noWaits: { nl: 'Van deze aanbieders zijn hier geen wachttijden bekend.', en: 'No waiting times are known for these providers here.' },
	moneyTitle: { nl: (name: string, year: string) => `Geld: ${name} en de regio (${year})`, en: (name: string, year: string) => `Money: ${name} and the region (${year})` },
	moneyCaption: {
		nl: (name: string, perInhabitant: string, region: string, regionPerInhabitant: string, what: string) =>
			`${what}: ${name} ${perInhabitant} per inwoner, de regio ${region} ${regionPerInhabitant}.`,
		en: (name: string, perInhabitant: string, region: string, regionPerInhabitant: string, what: string) =>
			`${what}: ${name} ${perInhabitant} per inhabitant, the region ${region} ${regionPerInhabitant}.`
	},
	moneyNone: {
		nl: (name: string) => `Voor ${name} zijn geen CBS-geldcijfers geladen.`,
		en: (name: string) => `No CBS money figures are loaded for ${name}.`
	},
	colFigure: { nl: 'Cijfer', en: 'Figure' },
	colRegion: { nl: (region: string) => `Regio ${region}`, en: (region: string) => `Region ${region}` },
	moneyRows: {
		total: { nl: { jeugd: 'Uitgaven jeugdhulp', wmo: 'Uitgaven Wmo' }, en: { jeugd: 'Spending on youth care', wmo: 'Spending on Wmo' } },
		perInhabitant: { nl: 'Per inwoner', en: 'Per inhabitant' },
		pgbShare: { nl: 'Deel pgb (persoonsgebonden budget)', en: 'Share personal budget (pgb)' },
		fundShare: { nl: 'Uitgaven gedeeld door Gemeentefonds', en: 'Spending divided by Municipal Fund' }
	},
	realBadge: { nl: 'echte cijfers', en: 'real figures' },
	moneyMore: { nl: (name: string) => `Meer geldcijfers van ${name}`, en: (name: string) => `More money figures for ${name}` },

	timelineH: { nl: 'Tijdlijn', en: 'Timeline' },
	timelineTitle: { nl: 'Het traject in de tijd', en: 'The procurement over time' },
	timelineCaption: {
		nl: (start: string, end: string, maxEnd: string, ext: number) =>
			ext > 0 ? `Contracten van ${start} tot ${end}; met verlenging uiterlijk tot ${maxEnd}.` : `Contracten van ${start} tot ${end}, zonder verlenging.`,
		en: (start: string, end: string, maxEnd: string, ext: number) =>
			ext > 0 ? `Contracts from ${start} until ${end}; with extension until ${maxEnd} at the latest.` : `Contracts from ${start} until ${end}, without extension.`
	},
	preparation: { nl: 'Voorbereiding', en: 'Preparation' },
	term: { nl: 'Looptijd', en: 'Term' },
	markPublication: { nl: 'publicatie', en: 'publication' },
	markDecision: { nl: 'besluit en gunning', en: 'decision and award' },
	markStart: { nl: 'start', en: 'start' },
	markExtension: { nl: 'verlengmoment', en: 'extension point' },
	markEnd: { nl: 'einde', en: 'end' },
	now: { nl: 'nu (peildatum)', en: 'now (reference date)' },
	timelineDescription: {
		nl: (caption: string) => `Tijdlijn van het traject: voorbereiding en looptijd, met publicatie, besluit, start, verlengmomenten en einde. ${caption}`,
		en: (caption: string) => `Timeline of the procurement: preparation and term, with publication, decision, start, extension points and end. ${caption}`
	},
	colEvent: { nl: 'Moment', en: 'Moment' },
	colDate: { nl: 'Datum', en: 'Date' },
	documents: { nl: 'Besluit of publicatie', en: 'Decision or notice' },
	noDocuments: { nl: 'De gegevens hebben geen link naar een besluit.', en: 'The data have no link to a decision.' },

	lotsH: { nl: 'Percelen en winnaars', en: 'Lots and winners' },
	lotsTitle: { nl: 'Aanbieders per perceel', en: 'Providers per lot' },
	lotsCaption: {
		nl: (lots: number, single: number) => `${plural(lots, 'perceel', 'percelen', 'nl')}${single ? `; ${single} met maar één inschrijver` : ''}.`,
		en: (lots: number, single: number) => `${plural(lots, 'lot', 'lots', 'en')}${single ? `; ${single} with only one bidder` : ''}.`
	},
	lotsDescription: {
		nl: (caption: string) => `Staafdiagram: het aantal hoofdaannemers per perceel. ${caption}`,
		en: (caption: string) => `Bar chart: the number of main contractors per lot. ${caption}`
	},
	oneBidder: { nl: ' (één inschrijver)', en: ' (one bidder)' },
	colLot: { nl: 'Perceel', en: 'Lot' },
	colMain: { nl: 'Hoofdaannemers', en: 'Main contractors' },
	colSub: { nl: 'Onderaannemers', en: 'Subcontractors' },
	colTenderers: { nl: 'Inschrijvers', en: 'Tenderers' },
	colValue: { nl: 'Waarde per jaar', en: 'Value a year' },
	winnersTitle: { nl: 'Wie kreeg een contract', en: 'Who got a contract' },
	colProvider: { nl: 'Aanbieder', en: 'Provider' },
	colMainLots: { nl: 'Percelen (hoofdaannemer)', en: 'Lots (main contractor)' },
	colSubLots: { nl: 'Percelen (onderaannemer)', en: 'Lots (subcontractor)' },
	moreWinners: { nl: (n: number) => `en nog ${n} andere`, en: (n: number) => `and ${n} others` },

	similarH: { nl: 'Vergelijkbare trajecten elders', en: 'Similar procurements elsewhere' },
	similarLede: {
		nl: 'Trajecten van dezelfde wet in andere regio’s, met (bijna) dezelfde zorgsoorten. Klik op een kop om te sorteren.',
		en: 'Procurements under the same law in other regions, with (nearly) the same care categories. Click a heading to sort.'
	},
	similarNone: { nl: 'Er zijn geen vergelijkbare trajecten in andere regio’s.', en: 'There are no similar procurements in other regions.' },
	similarCaption: { nl: 'Vergelijkbare trajecten; de eerste rij is dit traject', en: 'Similar procurements; the first row is this one' },
	thisDeal: { nl: '(dit traject)', en: '(this one)' },
	colDeal: { nl: 'Traject', en: 'Procurement' },
	colRegionName: { nl: 'Regio', en: 'Region' },
	colProcedure: { nl: 'Procedure', en: 'Procedure' },
	colProviderCount: { nl: 'Aanbieders', en: 'Providers' },
	colLocalShare: { nl: 'Lokaal', en: 'Local' },
	colDuration: { nl: 'Looptijd (jaar, met verlenging)', en: 'Duration (years, with extension)' },
	colSingleBid: { nl: 'Percelen met één inschrijver', en: 'Lots with one bidder' },
	sortBy: { nl: (col: string) => `Sorteer op ${col}`, en: (col: string) => `Sort by ${col}` },
	source: { nl: 'Bron:', en: 'Source:' }
};

/** /inkoop/eigen: the page of a deal from the user's own files, computed in the browser. */
export const ownDealPage = {
	title: { nl: 'Inkooptraject uit uw gegevens · Regiozicht', en: 'Procurement from your data · Regiozicht' },
	h1: { nl: 'Inkooptraject uit uw gegevens', en: 'Procurement from your data' },
	loading: { nl: 'Het traject wordt berekend in uw browser…', en: 'Your browser is computing the procurement…' },
	noId: {
		nl: 'Dit adres noemt geen traject. Open een traject vanaf de pagina van een regio.',
		en: 'This address names no procurement. Open one from a region’s page.'
	},
	notLoaded: {
		nl: 'Dit traject komt uit bestanden die u zelf laadde. Die blijven alleen in het tabblad waarin u ze laadde, en zijn weg na herladen. Laad ze opnieuw:',
		en: 'This procurement comes from files you loaded yourself. They stay only in the tab you loaded them in, and are gone after a reload. Load them again:'
	},
	toOwnData: { nl: 'naar Eigen data', en: 'to Your data' },
	notFound: {
		nl: (id: string) => `In uw gegevens staat geen traject met de code “${id}”.`,
		en: (id: string) => `Your data has no procurement with the code “${id}”.`
	},
	failed: {
		nl: (message: string) => `Het traject kon niet worden berekend: ${message}`,
		en: (message: string) => `The procurement could not be computed: ${message}`
	}
};
