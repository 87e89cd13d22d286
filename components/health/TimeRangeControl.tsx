import { SegmentedControl } from "@/components/incidents/SegmentedControl";
import { HEALTH_RANGES, type HealthRange } from "@/lib/domain/health/health-ranges";

const RANGE_BUTTON_LABELS: Record<HealthRange, string> = { "15m": "15 min", "1h": "1 hour", "6h": "6 hours", "24h": "24 hours", "7d": "7 days", "30d": "30 days" };
const RANGE_OPTIONS = HEALTH_RANGES.map((range) => ({ value: range, label: RANGE_BUTTON_LABELS[range] }));

/** Toggle buttons (Tab, then Enter or Space): each press loads that range at once. */
export function TimeRangeControl({ range, onChange }: { range: HealthRange; onChange: (range: HealthRange) => void }) {
  return <SegmentedControl label="Time range" options={RANGE_OPTIONS} value={range} onChange={onChange} />;
}
