export const id = 249;
export const ids = [249];
export const modules = {

/***/ 249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   setUpAgents: () => (/* binding */ setUpAgents)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _present_commands_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1805);
/* harmony import */ var _install_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2615);
/* harmony import */ var _protocols_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2113);




/** `ao init --agent NAME` (repeatable, or comma-separated): the harness drop-ins. */
function setUpAgents(cli, top, names) {
    const agents = names
        .flatMap((name) => name.split(','))
        .map((name) => name.trim().toLowerCase())
        .filter(Boolean);
    for (const agent of agents) {
        if (!_protocols_js__WEBPACK_IMPORTED_MODULE_3__/* .HARNESSES */ .Ls.includes(agent)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .V(`--agent must be one of ${_protocols_js__WEBPACK_IMPORTED_MODULE_3__/* .HARNESSES */ .Ls.join(', ')}, not ${JSON.stringify(agent)}`, {
                fix: 'ao init --agent claude --agent codex',
            });
        }
    }
    return (0,_install_js__WEBPACK_IMPORTED_MODULE_2__/* .installHarnesses */ .Q)(top, [...new Set(agents)], (0,_present_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .runnableAo */ .CU)(cli, top));
}


/***/ })

};
