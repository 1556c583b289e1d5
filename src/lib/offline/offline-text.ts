/**
 * The words of the offline copy (service worker and its notes), Dutch and English. A module of
 * its own without imports, so the service worker can bundle it without the app's code.
 */
export const offline = {
	/** Footer note once the site is stored in this browser. */
	ready: { nl: 'Deze site werkt nu ook zonder internet.', en: 'This site now also works offline.' },
	/** Footer note while the network is off: which data the stored copy holds. */
	offlineData: {
		nl: (date: string) => `U bent offline. U ziet de opgeslagen gegevens van ${date}.`,
		en: (date: string) => `You are offline. You are seeing the stored data of ${date}.`
	},
	/** A newer build took over while this page was open. */
	update: {
		nl: (date: string) => `Nieuwe gegevens beschikbaar (stand ${date}).`,
		en: (date: string) => `New data available (as of ${date}).`
	},
	reload: { nl: 'Vernieuwen', en: 'Reload' }
};

/** The service worker's own answer for a page that was never stored, opened without a network. */
export const offlinePage = {
	missingTitle: { nl: 'Niet opgeslagen', en: 'Not stored' },
	missing: {
		nl: 'Deze pagina is nog niet opgeslagen voor gebruik zonder internet. Probeer het opnieuw als u weer verbinding hebt.',
		en: 'This page has not been stored for offline use yet. Try again when you are back online.'
	},
	home: { nl: 'Naar de startpagina', en: 'Go to the home page' }
};
