import { median } from "../report/stats.ts";
import { type ClusterCounters, startTavoloCluster } from "../targets/tavolo-cluster.ts";
import { runStampedLoad } from "./stamped-load.ts";
import { metric, type Params, param, type TargetSession, type Workload } from "./workload.ts";

/**
 * The fan-out workload on PostgreSQL and Redis, its clients spread over three instances, against
 * the same on one instance, alternating in one run (so both see the same machine load); and what
 * each stored update costs the shared services.
 */
export const cluster: Workload = {
  name: "cluster",
  title: "Cluster: fan-out over three instances against one (PostgreSQL + Redis)",
  tavoloOnly: true,
  defaults: { clients: 200, probes: 5, rate: 20, seconds: 6, pairs: 2 },
  quick: { clients: 40, seconds: 3, pairs: 1 },
  metrics: [
    metric("p99One", "1 instance p99 ms", false),
    metric("p99Three", "3 instances p99 ms", false),
    metric("p99Ratio", "p99 3/1", false),
    metric("droppedThree", "dropped (3)", false),
    metric("pgPerUpdate", "PostgreSQL transactions / update", false),
    metric("redisPerUpdate", "Redis publishes / update", false),
  ],
  run: async (session, p) => {
    const p99 = { 1: [] as number[], 3: [] as number[] };
    let dropped = 0;
    const cost = { pgTransactions: 0, redisUpdates: 0, updatesCommitted: 0 };
    for (let pair = 0; pair < param(p, "pairs"); pair++) {
      for (const instances of pair % 2 === 0 ? ([1, 3] as const) : ([3, 1] as const)) {
        const measure =
          instances === 3
            ? (spent: ClusterCounters) => {
                cost.pgTransactions += spent.pgTransactions;
                cost.redisUpdates += spent.redisUpdates;
                cost.updatesCommitted += spent.updatesCommitted;
              }
            : null;
        const values = await fanOutOn(instances, session, p, measure);
        p99[instances].push(values.p99 ?? Number.NaN);
        if (instances === 3) dropped += values.dropped ?? 0;
      }
    }
    return {
      p99One: median(p99[1]),
      p99Three: median(p99[3]),
      p99Ratio: median(p99[3]) / median(p99[1]),
      droppedThree: dropped,
      pgPerUpdate: cost.pgTransactions / cost.updatesCommitted,
      redisPerUpdate: cost.redisUpdates / cost.updatesCommitted,
    };
  },
};

/**
 * One fan-out run on a fresh cluster. With `spent`, it gets the counters' change over the
 * writing (reading them waits for PostgreSQL's statistics: the other side runs without).
 */
async function fanOutOn(
  instances: 1 | 3,
  session: TargetSession,
  p: Params,
  spent: ((counters: ClusterCounters) => void) | null,
): Promise<Record<string, number>> {
  const started = await startTavoloCluster(instances);
  try {
    return await runStampedLoad(
      { ...session, start: async () => started.target },
      {
        writers: 1,
        probes: param(p, "probes"),
        readers: param(p, "clients") - param(p, "probes") - 1,
        rate: param(p, "rate"),
        seconds: param(p, "seconds"),
        around: async (phase) => {
          if (!spent) return phase();
          const before = await started.counters();
          await phase();
          const after = await started.counters();
          spent({
            pgTransactions: after.pgTransactions - before.pgTransactions,
            redisUpdates: after.redisUpdates - before.redisUpdates,
            redisPresence: after.redisPresence - before.redisPresence,
            updatesCommitted: after.updatesCommitted - before.updatesCommitted,
          });
        },
      },
    );
  } finally {
    await started.stop();
  }
}
