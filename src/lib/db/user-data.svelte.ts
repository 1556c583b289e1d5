/** What the user has loaded into this tab's database (shown in the layout and on /eigen-data). */
export interface LoadedFile {
	name: string;
	loaded: Record<string, number>;
	rejected: number;
}

export const userData = $state({
	files: [] as LoadedFile[],
	/** Demo table families the user's real data has replaced: 'deals', 'waiting', 'usage'. */
	replacedDemo: [] as string[]
});
