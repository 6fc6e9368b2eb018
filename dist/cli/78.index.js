export const id = 78;
export const ids = [78];
export const modules = {

/***/ 1078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parsePushLines: () => (/* binding */ parsePushLines),
/* harmony export */   planPush: () => (/* binding */ planPush),
/* harmony export */   remoteState: () => (/* binding */ remoteState)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_shell_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6673);
/* harmony import */ var _changes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2757);



const ZERO = /^0+$/;
function parsePushLines(input) {
    const lines = [];
    for (const raw of input.split('\n')) {
        const line = raw.trim();
        if (!line)
            continue;
        const parts = line.split(' ');
        if (parts.length !== 4 || !parts.slice(1).every((p, i) => i === 1 || /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(p))) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .V(`unexpected pre-push input line: ${JSON.stringify(line)}`, {
                fix: "run this only from git's pre-push hook (`ao init` installs it)",
            });
        }
        const [localRef, localSha, remoteRef, remoteSha] = parts;
        lines.push({ localRef, localSha, remoteRef, remoteSha });
    }
    return lines;
}
/**
 * Finds out what the remote has: the tracking refs of the configured remote the push goes
 * to (git passes its name, or a URL that may belong to one), else the remote's own listing.
 */
async function remoteState(git, remoteArg, url) {
    const remotes = await git.remotes();
    const name = remotes.has(remoteArg)
        ? remoteArg
        : [...remotes].find(([, urls]) => urls.includes(remoteArg) || (url !== undefined && urls.includes(url)))?.[0];
    if (name) {
        const tracking = await git.trackingRefs(name);
        if (tracking.tips.size > 0) {
            return {
                name,
                tips: tracking.tips,
                defaultBranch: tracking.head ?? guessDefault(tracking.tips),
                source: 'tracking refs',
            };
        }
    }
    // A URL, or a remote this clone has never fetched: ask the remote (the push is about to talk to it anyway).
    const target = url ?? remoteArg;
    let listing;
    try {
        listing = await git.lsRemote(name ?? target);
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .V(`cannot tell what ${name ?? target} already has: this clone has no tracking refs for it, and asking it failed (${error.message.split('\n')[0]})`, {
            fix: name
                ? `run \`git fetch ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .shellQuote */ .Z)(name)}\`, then push again`
                : `add it as a remote and fetch it: \`git remote add NAME ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .shellQuote */ .Z)(target)} && git fetch NAME\`, then push to NAME`,
        });
    }
    return {
        name: name ?? target,
        tips: listing.tips,
        defaultBranch: listing.head ?? guessDefault(listing.tips),
        source: 'ls-remote',
    };
}
/** Without a recorded default branch, `main` or `master` when the remote has exactly that. */
function guessDefault(tips) {
    for (const name of ['refs/heads/main', 'refs/heads/master'])
        if (tips.has(name))
            return name;
    return undefined;
}
/** The scope and policy source for one pushed ref; undefined for a deletion. */
async function planPush(git, remote, line) {
    if (ZERO.test(line.localSha))
        return undefined; // a deletion checks nothing
    const label = `${line.localRef} -> ${remote.name} ${line.remoteRef}`;
    const defaultBranch = remote.defaultBranch;
    const defaultName = defaultBranch?.replace(/^refs\/heads\//, '');
    const isDefault = defaultBranch !== undefined && line.remoteRef === defaultBranch;
    const remoteSha = ZERO.test(line.remoteSha) ? undefined : line.remoteSha;
    const defaultSha = defaultBranch ? remote.tips.get(defaultBranch) : undefined;
    const [remoteKnown, defaultKnown] = await git.resolveCommits([remoteSha ?? git.zeroId, defaultSha ?? git.zeroId]);
    const fetchFix = `run \`git fetch ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .shellQuote */ .Z)(remote.name)}\`, then push again`;
    // The policy, as the action will read it once this lands.
    let policyRev;
    let policyWhy;
    if (isDefault) {
        policyRev = remoteSha && remoteKnown;
        policyWhy = remoteSha ? `the tip of ${defaultName} before this push` : `none: the push creates ${defaultName}`;
        if (remoteSha && !remoteKnown) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .V(`the push replaces ${remote.name} ${defaultName} at ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(remoteSha)}, a commit this clone does not have, so the policy that judges it cannot be read`, { fix: fetchFix });
        }
    }
    else if (defaultKnown) {
        policyRev = defaultKnown;
        policyWhy = `the tip of ${defaultName}, ${remote.name}'s default branch (as of ${remote.source === 'ls-remote' ? 'now' : 'your last fetch'})`;
    }
    else if (remote.tips.size === 0) {
        policyWhy = `none: ${remote.name} has no branches yet, so this push creates its history`;
    }
    else {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .V(defaultBranch
            ? `${remote.name}'s default branch ${defaultName} is at ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(defaultSha ?? '?')}, which this clone does not have: the policy that judges a push to ${line.remoteRef} is read there`
            : `cannot tell ${remote.name}'s default branch, where the policy that judges a push to ${line.remoteRef} is read`, {
            fix: defaultBranch
                ? fetchFix
                : `run \`git remote set-head ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .shellQuote */ .Z)(remote.name)} --auto\`, then push again`,
        });
    }
    if (remoteSha && remoteKnown) {
        return { line, scope: { kind: 'range', base: remoteKnown, head: line.localSha }, policyRev, policyWhy };
    }
    // A new branch, or a force push over commits never fetched: what the default branch lacks.
    if (defaultKnown) {
        return {
            line,
            scope: {
                kind: 'revlist',
                head: line.localSha,
                exclude: [defaultKnown],
                label: `${label} (new: the commits ${defaultName} lacks)`,
            },
            policyRev,
            policyWhy,
        };
    }
    if (remote.tips.size === 0 || (isDefault && !remoteSha)) {
        const why = remote.tips.size === 0
            ? `${remote.name} has no branches yet`
            : `the push creates ${defaultName}, the default branch`;
        return {
            line,
            scope: { kind: 'revlist', head: line.localSha, exclude: [], label: `${label} (every commit: ${why})` },
            policyRev,
            policyWhy,
        };
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .V(`cannot tell which commits the push to ${remote.name} ${line.remoteRef} brings`, { fix: fetchFix });
}


/***/ })

};
