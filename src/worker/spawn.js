// A plain module, so that `import.meta.url` reaches webpack untouched (the type check compiles to
// CommonJS, which has no import.meta); webpack turns this line into a worker chunk of its own.
export function spawnEngine() {
  return new Worker(new URL("./engine.worker.ts", import.meta.url), { name: "soat-engine" });
}
