#!/usr/bin/env node
"use strict";
// A reader that stops early (`| head`) closes the pipe: nothing more to say, and no stack trace.
process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});
// The exit code is set, not forced: the process ends once stdout has drained, so a large --json
// arrives whole through a pipe.
require("../build/src/cli/main.js")
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
