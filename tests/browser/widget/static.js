// A separate module script, after the widget's: sets where every widget loads the wasm from.
import { FigLensElement } from '/js/widget.js';

FigLensElement.wasmUrl = new URL('/cdn/static/figlens.wasm', location.href);
