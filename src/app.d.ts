// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface PageState {
			/** The query of a shallow history entry (state/address.svelte.ts), with its `?`, or ''. */
			search?: string;
		}
	}
}

export {};
