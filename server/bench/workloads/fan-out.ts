import { runStampedLoad } from "./stamped-load.ts";
import { metric, param, type Workload } from "./workload.ts";

const latencyMetrics = [
  metric("p50", "p50 ms"),
  metric("p99", "p99 ms"),
  metric("max", "max ms"),
  metric("dropped", "dropped", false),
  metric("cpu", "server CPU %"),
];

/** One room, many readers, one writer: how fast one edit reaches everyone. */
export const fanOut: Workload = {
  name: "fan-out",
  title: "Fan-out: one writer, many readers in one room",
  tavoloOnly: false,
  defaults: { clients: 200, probes: 5, rate: 20, seconds: 6 },
  quick: { clients: 40, seconds: 3 },
  metrics: latencyMetrics,
  run: (session, p) =>
    runStampedLoad(session, {
      writers: 1,
      probes: param(p, "probes"),
      readers: param(p, "clients") - param(p, "probes") - 1,
      rate: param(p, "rate"),
      seconds: param(p, "seconds"),
    }),
};

/** Many writers in one room: every client writes, a few stock clients measure. */
export const manyWriters: Workload = {
  name: "many-writers",
  title: "Many writers in one room",
  tavoloOnly: false,
  defaults: { writers: 50, probes: 5, rate: 5, seconds: 6 },
  quick: { writers: 10, seconds: 3 },
  metrics: latencyMetrics,
  run: (session, p) =>
    runStampedLoad(session, {
      writers: param(p, "writers"),
      probes: param(p, "probes"),
      readers: 0,
      rate: param(p, "rate"),
      seconds: param(p, "seconds"),
    }),
};
