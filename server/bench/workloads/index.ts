import { apiWrites } from "./api-writes.ts";
import { cluster } from "./cluster.ts";
import { coldLoad } from "./cold-load.ts";
import { crash } from "./crash.ts";
import { fanOut, manyWriters } from "./fan-out.ts";
import { joinStorm } from "./join-storm.ts";
import { manyRooms } from "./many-rooms.ts";
import { presence } from "./presence.ts";
import type { Workload } from "./workload.ts";

/** Every workload, in the order the issue lists them. */
export const WORKLOADS: Workload[] = [
  fanOut,
  manyWriters,
  presence,
  manyRooms,
  joinStorm,
  coldLoad,
  crash,
  apiWrites,
  cluster,
];
