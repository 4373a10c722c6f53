// figlens for Node (ES modules): the CommonJS build re-exported, so `import`
// and `require` share one wasm instance and one FiglensError class.
import figlens from './node.cjs';

export const { analyze, init, initSync, FiglensError, __trapForTests, __memoryForTests } = figlens;
