/** One sample in the Prometheus text exposition format (version 0.0.4). */
export interface Sample {
  name: string;
  help: string;
  type: "counter" | "gauge";
  value: number;
}

export const PROMETHEUS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

/** Renders samples with their HELP and TYPE lines, one metric family each. */
export function renderPrometheus(samples: readonly Sample[]): string {
  return samples
    .map(
      ({ name, help, type, value }) =>
        `# HELP ${name} ${help}\n# TYPE ${name} ${type}\n${name} ${formatValue(value)}\n`,
    )
    .join("");
}

function formatValue(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "+Inf" : "-Inf";
  return String(value);
}
