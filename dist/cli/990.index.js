export const id = 990;
export const ids = [990];
export const modules = {

/***/ 7155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AF: () => (/* binding */ AMEND_OPTION),
/* harmony export */   gy: () => (/* binding */ SCOPE_OPTIONS),
/* harmony export */   nN: () => (/* binding */ oneScope),
/* harmony export */   qg: () => (/* binding */ parse)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7406);


/** util.parseArgs with usage errors turned into exit-2 AoErrors that point at `--help`; `tokens` keep the options' order. */
function parse(command, args, options, allowPositionals = true) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options: { help: { type: 'boolean', short: 'h' }, ...options }, allowPositionals, strict: true, tokens: true });
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AoError */ .VS(`${command}: ${error.message.replace(/\. To specify a positional.*$/s, '')}`, { fix: `see \`ao ${command} --help\`` });
    }
}
/** At most one of the scope flags; returns which. */
function oneScope(command, values) {
    const given = ['staged', 'commit', 'range'].filter((key) => values[key] !== undefined && values[key] !== false);
    if (given.length > 1) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AoError */ .VS(`${command}: --${given.join(' and --')} cannot be combined`, { fix: `pick one of --staged, --commit REV, --range A..B` });
    }
    return given[0] ?? 'staged';
}
/** `--amend`: the staged change as `git commit --amend` will commit it (against HEAD's parent). */
const AMEND_OPTION = { amend: { type: 'boolean' } };
const SCOPE_OPTIONS = {
    staged: { type: 'boolean' },
    commit: { type: 'string' },
    range: { type: 'string' },
};


/***/ }),

/***/ 2990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cmdDemo: () => (/* binding */ cmdDemo)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7406);
/* harmony import */ var _repo_ledger_view_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5435);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7155);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1037);
/* harmony import */ var _present_output_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7920);









/**
 * A scripted walk in a throwaway repository, driving the real `ao` binary and real git
 * hooks: what a user would type, and what they would see.
 */
async function cmdDemo(cli, args) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .parse */ .qg)('demo', args, { keep: { type: 'boolean' } }, false);
    if (values.help)
        return cli.out(_help_js__WEBPACK_IMPORTED_MODULE_7__/* .HELP */ ._.demo), 0;
    const style = (0,_present_output_js__WEBPACK_IMPORTED_MODULE_8__/* .styleFor */ .j9)(process.stdout);
    const aoBin = process.argv[1];
    if (!aoBin)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .VS('cannot tell where the ao binary is', { fix: 'run the demo as `npx ao demo` or `npm run demo`' });
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'ao-demo-')));
    const agent = { GIT_AUTHOR_NAME: 'Coding Agent', GIT_AUTHOR_EMAIL: 'agent@example.com', GIT_COMMITTER_NAME: 'Coding Agent', GIT_COMMITTER_EMAIL: 'agent@example.com' };
    const env = { ...process.env, ...agent, AO_BIN: aoBin, HUSKY: '', NO_COLOR: '1', GIT_CONFIG_NOSYSTEM: '1', HOME: dir };
    const expectations = [];
    const step = (title) => cli.out(`\n${style.bold(`== ${title}`)}`);
    const run = (label, command, argv, expect, input) => {
        cli.out(style.dim(`$ ${label}`));
        const result = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)(command, argv, { cwd: dir, env, encoding: 'utf8', input });
        const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trimEnd();
        if (output)
            cli.out(output.split('\n').map((line) => `  ${line}`).join('\n'));
        const passed = expect === 'ok' ? result.status === 0 : result.status !== 0;
        cli.out(passed ? style.ok(`  -> exit ${result.status}, as expected`) : style.bad(`  -> exit ${result.status}, NOT as expected`));
        if (!passed)
            expectations.push(label);
        return output;
    };
    const git = (argv, expect = 'ok') => run(`git ${argv.join(' ')}`, 'git', argv, expect);
    const ao = (argv, expect = 'ok') => run(`ao ${argv.join(' ')}`, process.execPath, [aoBin, ...argv], expect);
    try {
        cli.out(`agentops/verdict demo in ${dir}`);
        step('An agent works in a repository guarded by ao');
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', ['init', '-q', '-b', 'main'], { cwd: dir, env });
        ao(['init', '--hooks', 'git']);
        git(['add', '.agents']);
        git(['commit', '-q', '-m', 'Set up agentops/verdict']);
        step('The agent writes code and tries to commit it: refused, no one checked it');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'src'));
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'src/add.js'), 'export const add = (a, b) => a + b;\n');
        git(['add', 'src/add.js']);
        git(['commit', '-m', 'Add add()'], 'fail');
        step('The agent cannot vouch for itself');
        ao(['verdict', 'pass', '--checker', 'agent@example.com'], 'fail');
        step('A second identity (a reviewer agent in a fresh session) checks it and records a verdict');
        ao(['verdict', 'pass', '--checker', 'reviewer@example.com', '--checker-kind', 'agent', '--session', 'review-7', '--evidence', 'test:node --test: 4 passed', '--summary', 'add() is correct for integers and floats']);
        ao(['status']);
        step('Now the commit goes through, carrying its verdict');
        git(['commit', '-m', 'Add add()']);
        ao(['verify', '--commit', 'HEAD']);
        ao(['log']);
        step('Someone edits a recorded verdict: caught');
        const record = (0,_repo_ledger_view_js__WEBPACK_IMPORTED_MODULE_5__/* .listWorktreeLedger */ .fV)(dir).filter((p) => p.endsWith('.json')).at(-1);
        const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, record), 'utf8');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, record), text.replace('add() is correct', 'add() is perfect'));
        ao(['ledger', 'verify', '--since', 'HEAD'], 'fail');
        git(['checkout', '--', record]);
        ao(['ledger', 'verify']);
    }
    finally {
        if (values.keep)
            cli.out(`\nkept ${dir}`);
        else
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true });
    }
    if (expectations.length > 0) {
        cli.err(`demo: ${expectations.length} step(s) did not behave as expected: ${expectations.join('; ')}`);
        return 1;
    }
    cli.out(`\n${style.ok('demo complete')}: a commit refused, a verdict by a second identity, the commit accepted, a tampered record caught.`);
    return 0;
}


/***/ })

};
