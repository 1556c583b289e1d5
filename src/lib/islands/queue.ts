/**
 * Hydrates deferred islands (Island.svelte) one per task, in the order they asked, once the page
 * has painted: each island's set-up is then a short task of its own instead of part of one long
 * hydration task, so a click or key press in between is handled first.
 */
type Job = () => void;
const jobs: Job[] = [];
let running = false;

/** Run `job` in a task of its own after the jobs queued before it. Returns a cancel function. */
export function queueIsland(job: Job): () => void {
	jobs.push(job);
	if (!running) {
		running = true;
		// After the next frame: the first paint and the page's own hydration come first.
		requestAnimationFrame(() => setTimeout(next, 0));
	}
	return () => {
		const i = jobs.indexOf(job);
		if (i >= 0) jobs.splice(i, 1);
	};
}

function next() {
	const job = jobs.shift();
	if (!job) return void (running = false);
	job();
	setTimeout(next, 0);
}
