// What a suite's page cannot measure of itself, exposed to it by bench/run.js as `window.benchProbe(what)`
// (typed in bench/scroll.bench.ts): a Chrome trace of the page's main thread, and its JS heap after a full collection.

/** The trace's top-level tasks of the page's renderer main thread, from `traceEvents`. */
function mainThreadTasks(events) {
  const started = events.find((e) => e.name === 'TracingStartedInBrowser');
  const pid = started?.args?.data?.frames?.[0]?.processId;
  const main = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && (pid === undefined || e.pid === pid),
  );
  if (!main) throw new Error('the trace has no renderer main thread');
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  return { onMain, tasks: onMain.filter((e) => e.ph === 'X' && e.name === 'RunTask' && typeof e.dur === 'number') };
}

/**
 * Main-thread work per frame: the frames start at each `FireAnimationFrame` (the scroll steps once a frame in
 * requestAnimationFrame), and a frame's work is the thread time (CPU, so the machine's load does not count) of
 * the top-level tasks that start in it (wall time where the trace has no thread time: `threadTime` says). Milliseconds,
 * one a frame.
 */
export function frameWork(trace) {
  const { onMain, tasks } = mainThreadTasks(trace.traceEvents ?? trace);
  const frames = onMain
    .filter((e) => e.name === 'FireAnimationFrame')
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const work = frames.slice(0, -1).map(() => 0);
  tasks.sort((a, b) => a.ts - b.ts);
  let end = -Infinity;
  let frame = 0;
  for (const task of tasks) {
    if (task.ts < end) continue; // nested in the task before
    end = task.ts + task.dur;
    while (frame < frames.length - 1 && task.ts >= frames[frame + 1]) frame++;
    if (task.ts < frames[0] || frame >= work.length) continue;
    work[frame] += (task.tdur ?? task.dur) / 1000;
  }
  return { work, threadTime: tasks.some((t) => typeof t.tdur === 'number') };
}

const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'];

/** Exposes `benchProbe` to a suite's page. */
export async function exposeProbes(page) {
  const cdp = await page.createCDPSession();
  await page.exposeFunction('benchProbe', async (what) => {
    if (what === 'trace-start') {
      await page.tracing.start({ categories: CATEGORIES });
      return null;
    }
    if (what === 'trace-stop') return frameWork(JSON.parse(new TextDecoder().decode(await page.tracing.stop())));
    if (what === 'heap') {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    }
    throw new Error(`unknown probe ${what}`);
  });
}
