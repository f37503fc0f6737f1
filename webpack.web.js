/**
 * Builds dist/soat.html, the offline web page: one file with its styles, its script and its
 * worker's script inlined, and a Content-Security-Policy that allows exactly those (by hash) and a
 * blob: worker, and no connection at all. Two compilations: the worker first, then the page, whose
 * plugin writes the HTML. Required by webpack.config.js; the build prints the page's size.
 */
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const { Compilation, sources } = require("webpack");

const WEB = path.resolve(__dirname, "src", "web");
/** The worker's script as the worker compilation emitted it, for the page compilation that follows. */
const built = { worker: "" };

const sha256 = (text) => "'sha256-" + crypto.createHash("sha256").update(text, "utf8").digest("base64") + "'";
const kib = (n) => (n / 1024).toFixed(1) + " KiB";

function common(name, dependencies, dev) {
  return {
    name,
    dependencies: dependencies.filter(Boolean),
    devtool: false, // no eval, no source maps inside a single offline file
    // One file: a dynamic import (the .xls reader, loaded only when an .xls is met) stays inside it.
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", asyncChunks: false },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: { transpileOnly: true, compilerOptions: { module: "esnext", target: "es2020", sourceMap: false } },
        },
      ],
    },
    performance: false,
    optimization: { minimize: !dev },
  };
}

/** Takes an emitted script out of the output, handing it to `use`. */
function takeScript(name, use) {
  return {
    apply(compiler) {
      compiler.hooks.thisCompilation.tap("SoatTakeScript", (compilation) =>
        compilation.hooks.processAssets.tap({ name: "SoatTakeScript", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
          use(compilation.getAsset(name).source.source().toString(), compilation);
          compilation.deleteAsset(name);
        }),
      );
    },
  };
}

/** Inline scripts must not close their element or open an HTML comment. */
function safeInline(code) {
  const out = code.replace(/<\/(script)/gi, "<\\/$1");
  if (/<!--/.test(out)) throw new Error("soat.html: the page script contains '<!--'");
  return out;
}

function writePage(page, compilation) {
  const script = `var SOAT_WORKER=${JSON.stringify(built.worker).replace(/</g, "\\u003c")};\n${safeInline(page)}`;
  const style = fs.readFileSync(path.join(WEB, "style.css"), "utf8");
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${sha256(style)}`,
    "worker-src blob:",
    "connect-src 'none'",
    "img-src 'none'",
    "font-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  const template = fs.readFileSync(path.join(WEB, "soat.html"), "utf8");
  // Functions as replacements: the script's own `$&`, `$1` must not be read as patterns.
  const html = template.replace("%CSP%", () => csp).replace("%STYLE%", () => style).replace("%SCRIPT%", () => script);
  // Marked minimized: webpack's own HTML minimizer would rewrite the page and break the hashes.
  compilation.emitAsset("soat.html", new sources.RawSource(html), { minimized: true });
  console.log(
    `Web page: soat.html ${kib(Buffer.byteLength(html))} (page script ${kib(Buffer.byteLength(page))}, worker ${kib(Buffer.byteLength(built.worker))}, styles ${kib(Buffer.byteLength(style))})`,
  );
}

/** The worker and the page; `after` names the compilation they must follow when there is one (it cleans dist/). */
module.exports = function webConfigs(mode, after) {
  const dev = mode === "development";
  return [
    {
      ...common("soat-web-worker", [after], dev),
      target: "webworker",
      entry: { "soat-worker": path.join(WEB, "worker.ts") },
      plugins: [takeScript("soat-worker.js", (code) => (built.worker = code))],
    },
    {
      ...common("soat-web", ["soat-web-worker"], dev),
      target: ["web", "es2020"],
      entry: { "soat-page": path.join(WEB, "main.ts") },
      plugins: [takeScript("soat-page.js", writePage)],
    },
  ];
};
