#!/usr/bin/env node
// serde-wasm-bindgen against the binding's hand-written boundary: results in
// the wire format (bindings/wasm/src/wire.rs, decoded by js/wire.js) and
// options read with js-sys (bindings/wasm/src/exports.rs).
//
//   node bench/decisions/serde.mjs [ROUNDS]     (default 7; about 8 minutes)
//
// Three builds, each in a temporary copy (scripts/build.mjs, both profiles):
// - wire: the working tree;
// - serde results: analyze() returns serde_wasm_bindgen's
//   Serializer::json_compatible() output of the Analysis (offsets already
//   UTF-16); options still read by hand;
// - serde results + options: options too go through
//   serde_wasm_bindgen::from_value into a #[derive(Deserialize)] struct.
// Prints the web .wasm's GNU gzip -9 bytes, what a browser downloads for
// analyze() (each file gzip -9 by zlib, as build.mjs counts: wasm + glue +
// js/web.js, + js/wire.js for the wire build), MB/s of analyze() on the seed
// repeated to 2 MB for the web build and the Node build (median of ROUNDS
// interleaved processes; serde builds called through their glue, the wire
// build through the package's API, which decodes), and whether the serde
// builds' objects equal the wire build's on the seed (keys sorted; null and
// absent keys told apart).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, copyTree, edit, fmt, interleaved, log, median, root, run, write } from './lib.mjs';

const rounds = Number(process.argv[2] ?? 7);
const exportsRs = 'bindings/wasm/src/exports.rs';
const cargoToml = 'bindings/wasm/Cargo.toml';

/** Results through serde-wasm-bindgen instead of the wire format. */
function serdeResults(dir) {
  edit(dir, cargoToml, '[dependencies]\nfiglens = { path = "../.." }\n', '[dependencies]\nfiglens = { path = "../.." }\nserde = { version = "1", features = ["derive"] }\n');
  edit(dir, cargoToml, "[target.'cfg(target_arch = \"wasm32\")'.dependencies]", "[target.'cfg(target_arch = \"wasm32\")'.dependencies]\nserde-wasm-bindgen = \"0.6\"");
  edit(dir, exportsRs, 'pub fn analyze(text: &str, options: JsValue) -> Result<Array, JsValue> {', 'pub fn analyze(text: &str, options: JsValue) -> Result<JsValue, JsValue> {');
  const path = join(dir, exportsRs);
  const src = readFileSync(path, 'utf8');
  const start = src.indexOf('    let from_input = crate::wire::FromInput::of(&analysis, text);');
  const endMark = '        Ok(Array::of2(&nums, &text))\n    })\n';
  const end = src.indexOf(endMark);
  if (start < 0 || end < 0) throw new Error(`${exportsRs}: the wire encoding is not where this script expects it`);
  write(dir, exportsRs, src.slice(0, start) + `    figlens::to_utf16(&mut analysis, text);
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&analysis, &serializer).map_err(JsValue::from)
` + src.slice(end + endMark.length));
  edit(dir, 'bindings/wasm/src/lib.rs', '#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]\nmod wire;', '#[allow(dead_code)]\nmod wire;');
  return dir;
}

/** Options too through serde-wasm-bindgen. */
function serdeOptions(dir) {
  edit(dir, exportsRs, 'let options = read_options(options)', 'let options = serde_options(options)');
  const path = join(dir, exportsRs);
  write(dir, exportsRs, readFileSync(path, 'utf8') + `
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct JsOptions {
    html: Option<bool>,
    kinds: Option<Vec<String>>,
    body_only: Option<bool>,
    max_input_bytes: Option<f64>,
}

fn serde_options(js: JsValue) -> Result<Options, String> {
    if js.is_undefined() || js.is_null() {
        return Ok(Options::default());
    }
    let o: JsOptions = serde_wasm_bindgen::from_value(js).map_err(|e| e.to_string())?;
    let kinds = match o.kinds {
        Some(names) => Some(
            names
                .iter()
                .map(|k| Kind::parse(k).ok_or_else(|| format!("unknown kind \\"{k}\\"; known kinds: {}", known_kinds())))
                .collect::<Result<Vec<_>, _>>()?,
        ),
        None => None,
    };
    Ok(Options {
        html: o.html.unwrap_or(false),
        kinds,
        body_only: o.body_only.unwrap_or(false),
        max_input_bytes: o.max_input_bytes.map(|n| n as usize),
    })
}
`);
  return dir;
}

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
function download(b, wire) {
  const files = [join(b.dir, 'pkg', 'web', 'figlens_bg.wasm'), join(b.dir, 'pkg', 'web', 'figlens.js'), join(root, 'js', 'web.js')];
  if (wire) files.push(join(root, 'js', 'wire.js'));
  return files.reduce((n, f) => n + gz(f), 0);
}

log('building three variants');
const builds = [
  { name: 'wire (hand-written)', serde: false, ...build(copyTree('base')) },
  { name: 'serde results', serde: true, ...build(serdeResults(copyTree('serde-results'))) },
  { name: 'serde results + options', serde: true, ...build(serdeOptions(serdeResults(copyTree('serde-options')))) },
];
log(`measuring, ${rounds} interleaved rounds`);
const extra = (b) => (b.serde ? ['serde'] : []);
const speed = (which) => {
  const results = builds.map(() => []);
  for (let r = 0; r < rounds; r++) {
    builds.forEach((b, k) => results[k].push(interleaved([b], ['speed', which, '2', ...extra(b)], 1)[0][0]));
  }
  return results;
};
const web = speed('web');
const node = speed('node');
const json = builds.map((b) => run(process.execPath, [join(root, 'bench', 'decisions', 'measure.mjs'), b.dir, 'json', 'web', ...extra(b)]));

console.log('boundary                   web .wasm gzip -9   download for analyze()   web MB/s   node MB/s   same objects as wire');
builds.forEach((b, k) => {
  const mbs = (rs) => median(rs.map((r) => r.mbs)).toFixed(1);
  const same = k === 0 ? '-' : json[k] === json[0] ? 'yes' : 'NO';
  console.log(`${b.name.padEnd(27)}${fmt(b.wasmGzip).padStart(16)}${fmt(download(b, !b.serde)).padStart(25)}${mbs(web[k]).padStart(11)}${mbs(node[k]).padStart(12)}   ${same}`);
});
console.log(`MB/s: the seed repeated to ${fmt(web[0][0].bytes)} bytes, median of ${rounds} interleaved rounds.`);
if (json[1] !== json[0]) {
  const [a, b] = [json[0], json[1]];
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  console.log(`first difference (wire | serde): ${a.slice(Math.max(0, i - 80), i + 80)}\n  | ${b.slice(Math.max(0, i - 80), i + 80)}`);
}
