// The CommonJS side of the installed package's types (require('figlens')).
import figlens = require('figlens');

const a: figlens.Analysis = figlens.analyze('增長5%', { kinds: ['percent'], bodyOnly: false });
const f: figlens.Figure | undefined = a.figures[0];
const options: figlens.Options = { html: false };
const error: typeof figlens.FiglensError = figlens.FiglensError;
void figlens.init();
figlens.initSync(new Uint8Array(0));
void [f, options, error];
