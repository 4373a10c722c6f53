#!/usr/bin/env node
// What web-sys would add to the web bundle if Rust touched the DOM (figlens
// does all DOM work in JS: js/widget.js, www/app.js).
//
//   node bench/decisions/websys.mjs      (about 3 minutes: two wasm builds)
//
// The working tree's web build, and the same with one export that does what
// the widget does for each row of its panel (create an element, set its
// text and a class, append it to a parent) through web-sys. Each is built in
// a temporary copy with scripts/build.mjs; printed: the web .wasm's GNU gzip
// -9 bytes and the web glue's (pkg/web/figlens.js, which grows by a JS shim
// per DOM method), and the differences.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, copyTree, edit, fmt, log } from './lib.mjs';

function withWebSys() {
  const dir = copyTree('websys');
  edit(dir, 'bindings/wasm/Cargo.toml', "[target.'cfg(target_arch = \"wasm32\")'.dependencies]",
    "[target.'cfg(target_arch = \"wasm32\")'.dependencies]\nweb-sys = { version = \"0.3\", features = [\"Document\", \"Element\", \"Node\", \"Window\"] }");
  edit(dir, 'bindings/wasm/src/exports.rs', '#[wasm_bindgen]\npub fn analyze(', `/// bench/decisions/websys.mjs: one panel row, built through web-sys.
#[wasm_bindgen(js_name = "__webSysProbe")]
pub fn web_sys_probe(parent: &web_sys::Element, text: &str) -> Result<(), JsValue> {
    let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let row = document.create_element("li")?;
    row.set_class_name("row");
    row.set_text_content(Some(text));
    parent.append_child(&row)?;
    Ok(())
}

#[wasm_bindgen]
pub fn analyze(`);
  return dir;
}

const glue = (b) => gzipSync(readFileSync(join(b.dir, 'pkg', 'web', 'figlens.js')), { level: 9 }).length;
log('building the web wasm without and with web-sys');
const base = build(copyTree('base'));
const ws = build(withWebSys());
console.log('web build                          .wasm gzip -9   glue gzip -9 (zlib)');
console.log(`${'figlens (DOM work in JS)'.padEnd(34)}${fmt(base.wasmGzip).padStart(14)}${fmt(glue(base)).padStart(16)}`);
console.log(`${'+ web-sys, one panel row'.padEnd(34)}${fmt(ws.wasmGzip).padStart(14)}${fmt(glue(ws)).padStart(16)}   (+${fmt(ws.wasmGzip - base.wasmGzip)}, +${fmt(glue(ws) - glue(base))})`);
