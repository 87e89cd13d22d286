import { monitorEventLoopDelay } from "node:perf_hooks";

export type ProcessReport = {
  /** Average CPU over the window, in % of one core (200% = both cores of this machine). */
  cpuAvgPercent: number;
  /** Busiest 5-second stretch, same unit. */
  cpuPeakPercent: number;
  rssEndBytes: number;
  rssPeakBytes: number;
  eventLoopDelayP99Ms: number;
  eventLoopDelayMaxMs: number;
};

const WINDOW_MS = 5_000;

/** CPU, RSS and event-loop delay of the current process from `start()` to `stop()`. */
export function createProcessSampler() {
  const loop = monitorEventLoopDelay({ resolution: 10 });
  let startedAt = 0;
  let startCpu = process.cpuUsage();
  let windowAt = 0;
  let windowCpu = process.cpuUsage();
  let cpuPeakPercent = 0;
  let rssPeakBytes = 0;
  let timer: NodeJS.Timeout | undefined;

  const cpuPercent = (since: NodeJS.CpuUsage, sinceAt: number) => {
    const used = process.cpuUsage(since);
    return ((used.user + used.system) / 1000 / Math.max(1, performance.now() - sinceAt)) * 100;
  };

  return {
    start() {
      startedAt = windowAt = performance.now();
      startCpu = windowCpu = process.cpuUsage();
      rssPeakBytes = process.memoryUsage.rss();
      loop.reset();
      loop.enable();
      timer = setInterval(() => {
        cpuPeakPercent = Math.max(cpuPeakPercent, cpuPercent(windowCpu, windowAt));
        windowAt = performance.now();
        windowCpu = process.cpuUsage();
        rssPeakBytes = Math.max(rssPeakBytes, process.memoryUsage.rss());
      }, WINDOW_MS);
    },
    stop(): ProcessReport {
      clearInterval(timer);
      loop.disable();
      const rssEndBytes = process.memoryUsage.rss();
      return {
        cpuAvgPercent: cpuPercent(startCpu, startedAt),
        cpuPeakPercent,
        rssEndBytes,
        rssPeakBytes: Math.max(rssPeakBytes, rssEndBytes),
        eventLoopDelayP99Ms: loop.percentile(99) / 1e6,
        eventLoopDelayMaxMs: loop.max / 1e6,
      };
    },
  };
}
