// Runs wink-nlp (tokens, POS, entities) and chrono-node (dates) over one corpus file, single-threaded,
// and prints one JSON line of throughput figures for the .NET harness to compare against.
// Usage: node run-peers.js <corpus.txt> [repeats]
'use strict';
const fs = require('fs');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const chrono = require('chrono-node');

const corpusPath = process.argv[2];
const repeats = Number(process.argv[3] || 3);
const text = fs.readFileSync(corpusPath, 'utf8');
// Articles are separated by form feeds so that both sides process the same units.
const articles = text.split('\f').filter((a) => a.trim().length > 0);
const bytes = Buffer.byteLength(text, 'utf8');

const loadStart = process.hrtime.bigint();
const nlp = winkNLP(model);
const its = nlp.its;
const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;

// Warm-up as in the .NET harness: untimed passes for at least half a second, then a 200 ms pause for the
// optimizing compiler's background work, so that the medians compare steady states.
function warmUp(fn) {
  const start = process.hrtime.bigint();
  do fn(); while (Number(process.hrtime.bigint() - start) / 1e9 < 0.5);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
}

function timeIt(fn) {
  const runs = [];
  let result;
  warmUp(fn);
  for (let r = 0; r < repeats; r++) {
    const t0 = process.hrtime.bigint();
    result = fn();
    runs.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  runs.sort((a, b) => a - b);
  return { seconds: runs[Math.floor(runs.length / 2)], result };
}

const wink = timeIt(() => {
  let tokens = 0, entities = 0;
  for (const a of articles) {
    const doc = nlp.readDoc(a);
    tokens += doc.tokens().length();
    doc.tokens().out(its.pos);
    entities += doc.entities().length();
  }
  return { tokens, entities };
});

const chronoRun = timeIt(() => {
  let found = 0;
  const ref = new Date(Date.UTC(2019, 9, 29));
  for (const a of articles) found += chrono.parse(a, ref).length;
  return found;
});

console.log(JSON.stringify({
  articles: articles.length,
  bytes,
  winkModelLoadMs: loadMs,
  winkSeconds: wink.seconds,
  winkTokens: wink.result.tokens,
  winkTokensPerSecond: wink.result.tokens / wink.seconds,
  winkMBPerSecond: bytes / 1e6 / wink.seconds,
  chronoSeconds: chronoRun.seconds,
  chronoMatches: chronoRun.result,
  chronoMBPerSecond: bytes / 1e6 / chronoRun.seconds,
}));
