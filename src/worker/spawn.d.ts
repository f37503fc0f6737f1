/** A new worker running the engine (src/worker/engine.worker.ts), as a webpack chunk. */
export declare function spawnEngine(): Worker;
