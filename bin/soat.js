#!/usr/bin/env node
"use strict";
// A reader that stops early (`| head`) closes the pipe: nothing more to say, and no stack trace.
process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});
// A failure outside main's own handling (a library's stream erring later): a message, never a stack.
const failed = () => {
  process.stderr.write(
    "Soát gặp lỗi nội bộ; kết quả không có. Xin gửi tệp này cho nhóm phát triển.\n" +
      "Soát failed internally; there is no result. Please send this file to the developers.\n",
  );
  process.exit(2);
};
process.on("uncaughtException", failed);
process.on("unhandledRejection", failed);
// The exit code is set, not forced: the process ends once stdout has drained, so a large --json
// arrives whole through a pipe.
require("../build/src/cli/main.js")
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
