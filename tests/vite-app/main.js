// A plain Vite app over the installed package: the function and the widget,
// with no plugin and no configuration. tests/js/pack.test.mjs builds it.
import { init, analyze } from 'figlens';
import 'figlens/widget';

const out = document.getElementById('out');
init().then(
  () => {
    const a = analyze('全區城鎮新增就業1.29萬人，同比增長9.2%。');
    out.textContent = JSON.stringify(a.figures.map((f) => [f.text, f.kind, f.value]));
    out.dataset.state = 'done';
  },
  (e) => {
    out.textContent = `failed: ${e.message}`;
    out.dataset.state = 'failed';
  },
);
