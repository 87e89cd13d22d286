/**
 * Impact from the health data. Downtime runs from detection to the moment
 * service was restored (or, without that, resolved). Rewind has no service
 * level objective setting, so the error budget is stated against a 99.9%
 * availability objective over 30 days (43.2 minutes): every minute in the
 * window in which a service breached its error-rate threshold, or failed
 * most of its checks, burns one minute of it.
 */
export const ASSUMED_OBJECTIVE = { availability: 0.999, days: 30 } as const;
export const MONTHLY_BUDGET_MINUTES = (1 - ASSUMED_OBJECTIVE.availability) * ASSUMED_OBJECTIVE.days * 24 * 60;

export type HealthMinute = { minute: Date; samples: number; okSamples: number; requestRate: number | null; errorRate: number | null };

export type ServiceHealthInput = { serviceName: string; errorRatePercent: number; minutes: readonly HealthMinute[] };

export type ServiceImpact = {
  serviceName: string;
  measuredMinutes: number;
  badMinutes: number;
  failedRequests: number;
  totalRequests: number;
  budgetBurnedPercent: number;
};

export type Impact = { downtimeMs: number | null; services: ServiceImpact[] };

export function computeImpact(window: { detectedAt: Date; restoredAt: Date | null; resolvedAt: Date | null }, services: readonly ServiceHealthInput[]): Impact {
  const end = window.restoredAt ?? window.resolvedAt;
  const downtimeMs = end ? Math.max(0, end.getTime() - window.detectedAt.getTime()) : null;
  return { downtimeMs, services: services.map((service) => serviceImpact(service, window.detectedAt, end)) };
}

function serviceImpact(service: ServiceHealthInput, from: Date, to: Date | null): ServiceImpact {
  // The minute detection fell in counts: the breach that was detected started in it.
  const fromMinute = Math.floor(from.getTime() / 60_000) * 60_000;
  const inWindow = service.minutes.filter((minute) => minute.minute.getTime() >= fromMinute && (to === null || minute.minute.getTime() < to.getTime()));
  let badMinutes = 0;
  let failedRequests = 0;
  let totalRequests = 0;
  for (const minute of inWindow) {
    if (isBadMinute(minute, service.errorRatePercent)) badMinutes += 1;
    if (minute.requestRate !== null) {
      totalRequests += minute.requestRate * 60;
      failedRequests += minute.requestRate * (minute.errorRate ?? 0) * 60;
    }
  }
  return {
    serviceName: service.serviceName,
    measuredMinutes: inWindow.length,
    badMinutes,
    failedRequests: Math.round(failedRequests),
    totalRequests: Math.round(totalRequests),
    budgetBurnedPercent: Math.round((badMinutes / MONTHLY_BUDGET_MINUTES) * 1000) / 10,
  };
}

export function isBadMinute(minute: HealthMinute, errorRatePercent: number): boolean {
  if (minute.errorRate !== null && minute.errorRate * 100 >= errorRatePercent) return true;
  return minute.samples > 0 && minute.okSamples * 2 < minute.samples;
}

export function formatDuration(ms: number): string {
  const totalMinutes = Math.round(ms / 60_000);
  if (ms < 60_000) return `${Math.round(ms / 1000)} s`;
  if (totalMinutes < 60) return `${totalMinutes} min`;
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
}
