'use strict';
// figlens for Node (CommonJS; js/node.mjs re-exports this file for `import`).
// The wasm module (pkg/node, wasm-bindgen --target nodejs) loads synchronously
// with this file, so init() resolves at once and analyze() works without it.
// What analyze() does around the wasm call is js/wrapper.js, shared with the
// web entry; scripts/build.mjs writes its CommonJS copy and js/wire.js's.

const glue = require('../pkg/node/figlens.js');
const { decode: decodeWire } = require('../pkg/node/wire.cjs');
const { wrapGlue } = require('../pkg/node/wrapper.cjs');

// This build hands the strings over as a view of their UTF-16 code units
// (feature `utf16-wire`, bindings/wasm/src/wire.rs), read here at once.
const utf16 = new TextDecoder('utf-16le');
const decode = (nums, units, input) => decodeWire(nums, utf16.decode(units), input);

const { FiglensError, analyze, trapForTests, memoryForTests } = wrapGlue(glue, decode, () => true);

/** Node's build is ready as soon as it is loaded. */
function init() {
  return Promise.resolve();
}

/** A no-op in Node: the module is already instantiated. */
function initSync() {}

module.exports = { analyze, init, initSync, FiglensError, __trapForTests: trapForTests, __memoryForTests: memoryForTests };
