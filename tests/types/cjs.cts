// Type-checks the package's declarations as a CommonJS consumer sees them.
import figlens = require('figlens');

const a: figlens.Analysis = figlens.analyze('增長5%', { kinds: ['percent'] });
const first: figlens.Figure | undefined = a.figures[0];
const err: typeof figlens.FiglensError = figlens.FiglensError;
// v1.1: the CommonJS copy of the declarations has them too (checks always present).
const checks: figlens.Check[] = a.checks;
const qualifier: figlens.Qualifier | undefined = first?.qualifier;
void [first, err, checks, qualifier];
