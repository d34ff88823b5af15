const FLOOR_DBFS = -60;

/** Input level, so the interviewer sees at a glance that the right source is being heard. */
export function LevelMeter({ label, dbfs }: { label: string; dbfs: number | null }) {
  const share = dbfs === null ? 0 : Math.max(0, Math.min(1, (dbfs - FLOOR_DBFS) / -FLOOR_DBFS));
  return (
    <span className="flex items-center gap-1 text-xs">
      {label}
      <meter min={0} max={1} value={share} aria-label={`${label} level`} className="h-2 w-20" />
    </span>
  );
}
