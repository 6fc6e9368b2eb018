export const id = 797;
export const ids = [797];
export const modules = {

/***/ 3797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cmdInit: () => (/* binding */ cmdInit)
/* harmony export */ });
/* harmony import */ var _core_shell_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(6673);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_canonical_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(457);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
/* harmony import */ var _core_policy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2721);
/* harmony import */ var _core_record_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4130);
/* harmony import */ var _repo_doctor_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6341);
/* harmony import */ var _repo_ledger_view_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3263);
/* harmony import */ var _repo_writer_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9381);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5377);
/* harmony import */ var _present_doctor_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9728);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(5217);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(7911);
/* harmony import */ var _repo_installed_hooks_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(1171);
/* harmony import */ var _present_output_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(2726);

















const HOOKS = ['pre-commit', 'pre-push'];
/** What init writes into husky's files: the gate's two hooks, and the copy of husky's hooks into new worktrees. */
const HUSKY_FILES = [
    ...HOOKS.map((hook) => ({ hook, line: _repo_installed_hooks_js__WEBPACK_IMPORTED_MODULE_14__/* .HUSKY_LINES */ .rG[hook] })),
    {
        hook: 'post-checkout',
        line: _repo_doctor_js__WEBPACK_IMPORTED_MODULE_7__/* .HUSKY_WORKTREE_LINE */ .Qh,
        comment: "# agentops/verdict: `git worktree add` runs this in the new worktree; give it husky's hooks too",
    },
];
const GITATTRIBUTES = `# Ledger records are hashed byte for byte: never convert their line endings.
ledger/** -text
`;
async function cmdInit(cli, args) {
    const { values } = (0,_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .parse */ .qg)('init', args, { hooks: { type: 'string' }, agent: { type: 'string', multiple: true } }, false);
    if (values.help)
        return (cli.out(_help_js__WEBPACK_IMPORTED_MODULE_13__/* .HELP */ ._.init), 0);
    const mode = values.hooks;
    if (mode !== undefined && !['husky', 'git', 'none'].includes(mode)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .V(`--hooks must be husky, git or none, not ${JSON.stringify(mode)}`, {
            fix: 'ao init --hooks git',
        });
    }
    const git = await (0,_context_js__WEBPACK_IMPORTED_MODULE_12__/* .openRepo */ .B)(cli);
    const top = git.topLevel;
    const did = [];
    /** Paths (from the top) init created or changed, for the commit it asks for. */
    const changed = [];
    // Never write through a symlinked .agents or .agents/ledger (it could lead out of the repository).
    (0,_repo_writer_js__WEBPACK_IMPORTED_MODULE_9__/* .refuseUnsafeLedgerRoot */ .Qo)(top);
    const policyFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(top, _core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .POLICY_PATH */ .l$);
    if (!(0,_repo_writer_js__WEBPACK_IMPORTED_MODULE_9__/* .lexists */ .h$)(policyFile)) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(policyFile), { recursive: true });
        // 'wx': never follows a dangling symlink planted at the path.
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(policyFile, (0,_core_canonical_js__WEBPACK_IMPORTED_MODULE_3__/* .renderJsonFile */ .Xv)((0,_core_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .defaultPolicy */ .G4)()), { flag: 'wx' });
        did.push(`created ${_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .POLICY_PATH */ .l$} (mode "commit": every commit needs a verdict)`);
        changed.push('.agents');
    }
    const attributes = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(top, '.agents/.gitattributes');
    if (!(0,_repo_writer_js__WEBPACK_IMPORTED_MODULE_9__/* .lexists */ .h$)(attributes)) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(attributes, GITATTRIBUTES, { flag: 'wx' });
        did.push('created .agents/.gitattributes (records keep their exact bytes)');
        changed.push('.agents');
    }
    await (0,_repo_writer_js__WEBPACK_IMPORTED_MODULE_9__/* .withLedgerLock */ .pT)(git, async () => {
        const genesis = (0,_repo_ledger_view_js__WEBPACK_IMPORTED_MODULE_8__/* .listWorktreeLedger */ .fV)(top)
            .map(_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRecordPath */ .OT)
            .find((parts) => parts?.seq === 0);
        if (genesis)
            return;
        const record = (0,_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .newGenesis */ .Xz)();
        (0,_repo_writer_js__WEBPACK_IMPORTED_MODULE_9__/* .writeFileAtomic */ .Zf)(git, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(top, (0,_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .recordPath */ .lX)(0, record.id)), (0,_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .renderRecord */ .sF)(record));
        did.push(`created the ledger's genesis record ${(0,_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .shortId */ .m_)(record.id)}`);
        changed.push('.agents');
    });
    const hookMode = mode ?? ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(top, 'package.json')) ? 'husky' : 'git');
    if (hookMode === 'husky')
        did.push(...installHusky(top, cli, changed));
    else if (hookMode === 'git')
        did.push(...(await installGitHooks(git, cli.env)));
    if (values.agent)
        did.push(...(await (await Promise.all(/* import() */[__webpack_require__.e(615), __webpack_require__.e(249)]).then(__webpack_require__.bind(__webpack_require__, 249))).setUpAgents(cli, top, values.agent)));
    cli.err(did.length ? did.map((line) => `ao init: ${line}`).join('\n') : 'ao init: already set up; nothing to do');
    // The doctor says whether the clone is now gated; the set-up commit is the next step, not a fault.
    const report = await (0,_repo_doctor_js__WEBPACK_IMPORTED_MODULE_7__/* .diagnose */ .h4)(git, cli.env);
    const findings = report.findings.filter((f) => f.code !== 'setup-not-committed' || changed.length === 0);
    cli.err((0,_present_doctor_js__WEBPACK_IMPORTED_MODULE_11__/* .renderDoctor */ .Y)(report, (0,_present_output_js__WEBPACK_IMPORTED_MODULE_15__/* .styleFor */ .j9)(process.stderr), findings));
    if (changed.length > 0) {
        const paths = [...new Set(changed)].map((path) => (0,_core_shell_js__WEBPACK_IMPORTED_MODULE_16__/* .shellQuote */ .Z)(fromCwd(cli.cwd, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(top, path))));
        cli.err(`next: commit the set-up with \`git add ${paths.join(' ')} && git commit -m ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_16__/* .shellQuote */ .Z)(_repo_doctor_js__WEBPACK_IMPORTED_MODULE_7__/* .SETUP_COMMIT_MESSAGE */ .o_)}\``);
    }
    const ungated = findings.some((f) => f.severity === 'ungated' && f.code !== 'setup-not-committed');
    return ungated && hookMode !== 'none' ? 1 : 0;
}
/** `path` as typed from `cwd`: relative when inside it. */
function fromCwd(cwd, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(cwd, path);
    return rel && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel) ? rel : path;
}
function installHusky(top, cli, changed) {
    const did = [];
    const huskyBin = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(top, 'node_modules', 'husky', 'bin.js');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(huskyBin)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .V('husky is not installed in this repository, so the hooks cannot be set up with it', {
            fix: 'run `npm i -D husky` and then `ao init` again, or install plain git hooks with `ao init --hooks git`',
        });
    }
    for (const { hook, line, comment } of HUSKY_FILES) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(top, '.husky', hook);
        const current = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8') : '';
        if (current.split('\n').some((l) => l.trim() === line))
            continue;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(file), { recursive: true });
        const added = comment ? `${comment}\n${line}\n` : `${line}\n`;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, `${current}${current && !current.endsWith('\n') ? '\n' : ''}${added}`, { mode: 0o755 });
        did.push(`${current ? 'added to' : 'created'} .husky/${hook}: ${comment ? "copy husky's hooks into each new worktree" : line}`);
        changed.push(`.husky/${hook}`);
    }
    if (cli.env.HUSKY !== '0') {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_1__.execFileSync)(process.execPath, [huskyBin], { cwd: top, stdio: 'ignore' });
        did.push('ran husky (core.hooksPath is .husky/_)');
    }
    const pkgFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(top, 'package.json');
    try {
        const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(pkgFile, 'utf8');
        const pkg = JSON.parse(text);
        if (!pkg.scripts?.prepare) {
            pkg.scripts = { ...pkg.scripts, prepare: 'husky' };
            const indent = /^([ \t]+)"/m.exec(text)?.[1] ?? '  ';
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(pkgFile, `${JSON.stringify(pkg, null, indent)}\n`);
            did.push('added "prepare": "husky" to package.json, so fresh clones get the hooks on npm install');
            changed.push('package.json');
        }
        else if (!pkg.scripts.prepare.includes('husky')) {
            did.push(`note: package.json's "prepare" script does not run husky; add \`husky\` to it so fresh clones get the hooks`);
        }
    }
    catch {
        did.push('note: package.json could not be read; add "prepare": "husky" to its scripts yourself');
    }
    return did;
}
async function installGitHooks(git, env) {
    const did = [];
    const hooksDir = await (0,_repo_doctor_js__WEBPACK_IMPORTED_MODULE_7__/* .plainHooksDir */ .mQ)(git, env);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(hooksDir, { recursive: true });
    const shown = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(git.topLevel, hooksDir) || hooksDir;
    for (const hook of HOOKS) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(hooksDir, hook);
        const script = _repo_installed_hooks_js__WEBPACK_IMPORTED_MODULE_14__/* .HOOK_SCRIPTS */ .tW[hook];
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file)) {
            const current = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
            if (current === script)
                continue;
            if (!current.includes(_repo_installed_hooks_js__WEBPACK_IMPORTED_MODULE_14__/* .HOOK_MARKER */ .XX)) {
                const kept = `${file}.pre-ao`;
                if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(kept)) {
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .V(`${shown}/${hook} is not ours and ${shown}/${hook}.pre-ao already exists, so it cannot be kept safely`, {
                        fix: `merge the two by hand, remove ${shown}/${hook}, and run \`ao init --hooks git\` again`,
                    });
                }
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(file, kept);
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.chmodSync)(kept, 0o755);
                did.push(`kept your ${hook} hook as ${shown}/${hook}.pre-ao (it still runs first)`);
            }
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, script, { mode: 0o755 });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.chmodSync)(file, 0o755);
        did.push(`installed ${shown}/${hook}`);
    }
    return did;
}


/***/ }),

/***/ 1171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XX: () => (/* binding */ HOOK_MARKER),
/* harmony export */   fn: () => (/* binding */ findAoScript),
/* harmony export */   rG: () => (/* binding */ HUSKY_LINES),
/* harmony export */   tW: () => (/* binding */ HOOK_SCRIPTS)
/* harmony export */ });
/**
 * The plain POSIX sh hooks. `hooks/` in the package holds exactly these texts (a test
 * keeps them equal); `ao init --hooks git` installs them into git's hooks directory.
 */
/** Finds the ao a hook runs ($AO_BIN, the project's, then PATH), or refuses (exit 2): never lets the change past unchecked. */
function findAoScript(rootLine, unchecked) {
    return `${rootLine}
if [ -n "\${AO_BIN:-}" ]; then ao=$AO_BIN
elif [ -x "$root/node_modules/.bin/ao" ]; then ao=$root/node_modules/.bin/ao
elif command -v ao >/dev/null 2>&1; then ao=ao
else
  echo "agentops/verdict: the ao command was not found, so ${unchecked}." >&2
  echo "  fix: run \\\`npm install\\\` (or \\\`npm i -D @agentops/verdict\\\`), or set AO_BIN to the ao binary" >&2
  exit 2
fi`;
}
const FIND_AO = findAoScript('root=$(git rev-parse --show-toplevel) || exit 2', 'this change cannot be checked');
const PRE_COMMIT_SCRIPT = `#!/bin/sh
# agentops/verdict pre-commit hook (installed by \`ao init\`).
# Refuses a commit whose staged change has no passing verdict from an independent checker.
# HUSKY=0 skips it. A hook that was here before runs first, from pre-commit.pre-ao.
[ "\${HUSKY:-}" = "0" ] && exit 0
if [ -x "$0.pre-ao" ]; then "$0.pre-ao" "$@" || exit $?; fi
${FIND_AO}
exec "$ao" hook pre-commit
`;
const PRE_PUSH_SCRIPT = `#!/bin/sh
# agentops/verdict pre-push hook (installed by \`ao init\`).
# Refuses a push that carries a commit without a passing verdict from an independent checker.
# HUSKY=0 skips it. A hook that was here before runs first, from pre-push.pre-ao.
[ "\${HUSKY:-}" = "0" ] && exit 0
refs=$(cat)
if [ -x "$0.pre-ao" ]; then printf '%s\\n' "$refs" | "$0.pre-ao" "$@" || exit $?; fi
${FIND_AO}
printf '%s\\n' "$refs" | "$ao" hook pre-push "$@"
`;
const HOOK_SCRIPTS = {
    'pre-commit': PRE_COMMIT_SCRIPT,
    'pre-push': PRE_PUSH_SCRIPT,
};
/** Lines `ao init` adds to husky's hook files. */
const HUSKY_LINES = {
    'pre-commit': 'ao hook pre-commit',
    'pre-push': 'ao hook pre-push "$@"',
};
const HOOK_MARKER = 'agentops/verdict';


/***/ })

};
