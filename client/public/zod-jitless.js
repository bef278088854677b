// Zod compiles parsers with `new Function` where it may, probing for that as schemas are
// defined. The server's Content Security Policy forbids eval: the probe falls back to plain
// parsing, but is reported as a violation on every page. This classic script runs before any
// module (and so before zod's chunk) and sets zod's shared global configuration to parse without
// compiling, as `z.config({ jitless: true })` would if it could run first.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, {
  jitless: true,
});
