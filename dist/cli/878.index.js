export const id = 878;
export const ids = [878];
export const modules = {

/***/ 7878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cmdVerdict: () => (/* binding */ cmdVerdict)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4130);
/* harmony import */ var _repo_subjects_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2743);
/* harmony import */ var _repo_signing_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6464);
/* harmony import */ var _repo_writer_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9381);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5217);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5377);
/* harmony import */ var _gate_warning_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4706);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7911);









async function cmdVerdict(cli, args) {
    const { values, positionals } = (0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .parse */ .qg)('verdict', args, {
        ..._flags_js__WEBPACK_IMPORTED_MODULE_6__/* .SCOPE_OPTIONS */ .gy,
        ..._flags_js__WEBPACK_IMPORTED_MODULE_6__/* .AMEND_OPTION */ .AF,
        checker: { type: 'string' },
        'checker-kind': { type: 'string' },
        session: { type: 'string' },
        ..._flags_js__WEBPACK_IMPORTED_MODULE_6__/* .WORKER_OPTIONS */ .Y4,
        summary: { type: 'string' },
        evidence: { type: 'string', multiple: true },
        ran: { type: 'string', multiple: true },
        json: { type: 'boolean' },
        sign: { type: 'string' },
    });
    if (values.help)
        return (cli.out(_help_js__WEBPACK_IMPORTED_MODULE_8__/* .HELP */ ._.verdict), 0);
    const outcome = positionals[0];
    if ((outcome !== 'pass' && outcome !== 'fail') || positionals.length !== 1) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .V('ao verdict needs exactly one of pass or fail', {
            fix: 'for example: ao verdict pass --checker reviewer@example.com',
        });
    }
    const checkerId = values.checker ?? cli.env.AO_CHECKER;
    if (!checkerId)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .V('no checker given', {
            fix: 'pass --checker ID (or set AO_CHECKER) naming who checked the change',
        });
    const scope = (0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .scopeFromFlags */ .uX)('verdict', values);
    const evidence = [...(0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .parseEvidence */ .vf)(values.evidence ?? []), ...(0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .ranEvidence */ .b_)(values.ran ?? [])];
    const checkerKind = (0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .parseActorKind */ .dP)(values['checker-kind'], '--checker-kind');
    const workerKind = (0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .parseActorKind */ .dP)(values['worker-kind'], '--worker-kind');
    const git = await (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .openRepo */ .B)(cli);
    const resolved = await (0,_repo_subjects_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveSubject */ .f)(git, scope);
    const worker = (0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .workerFrom */ .HW)(cli, git, values, workerKind, resolved.authors);
    const checker = { id: checkerId, kind: checkerKind };
    if (values.session)
        checker.session = values.session;
    (0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .refuseDependentChecker */ .Nz)(checker, worker);
    const sign = await (0,_repo_signing_js__WEBPACK_IMPORTED_MODULE_3__/* .signerFromFlag */ .L)(values.sign, { env: cli.env, cwd: cli.cwd });
    for (const warning of await (0,_repo_signing_js__WEBPACK_IMPORTED_MODULE_3__/* .signingAdvice */ ._)(git, checker.id, sign))
        cli.err(`ao: warning: ${warning}`);
    const { record, path } = await (0,_repo_writer_js__WEBPACK_IMPORTED_MODULE_4__/* .appendVerdict */ .w0)(git, { subject: resolved.subject, verdict: outcome, checker, worker, evidence, summary: values.summary ?? '' }, { stage: scope.kind === 'staged', sign });
    if (values.json)
        cli.out(JSON.stringify(record, null, 2));
    else
        cli.out(record.id);
    cli.err(`recorded ${outcome} ${(0,_core_record_js__WEBPACK_IMPORTED_MODULE_1__/* .shortId */ .m_)(record.id)} for the ${resolved.label} (digest ${(0,_core_record_js__WEBPACK_IMPORTED_MODULE_1__/* .shortId */ .m_)(resolved.subject.digest)}) by ${checker.id}` +
        `${sign ? `, signed with ${sign.publicKey.fingerprint} (${sign.via})` : ''}\n` +
        (scope.kind === 'staged'
            ? `  ${path} is staged: it lands with the commit`
            : `  ${path} is written: commit it with \`git add .agents/ledger && git commit -m "Record verdict"\``));
    if (outcome === 'pass')
        await (0,_gate_warning_js__WEBPACK_IMPORTED_MODULE_7__/* .warnIfConstraintsRefuse */ .O)(cli, git, scope, resolved.baseRev);
    return 0;
}


/***/ })

};
