import pino, { type Logger } from "pino";

/** JSON logs on stdout; each line carries room, conn and timing (ms) fields where they apply. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: "tavolo" } });
}
