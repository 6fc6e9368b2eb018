export const id = 803;
export const ids = [803];
export const modules = {

/***/ 4184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cmdDoctor: () => (/* binding */ cmdDoctor)
/* harmony export */ });
/* harmony import */ var _present_doctor_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9728);
/* harmony import */ var _present_output_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2726);
/* harmony import */ var _repo_doctor_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6341);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5217);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5377);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7911);






async function cmdDoctor(cli, args) {
    const { values } = (0,_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .parse */ .qg)('doctor', args, { json: { type: 'boolean' } }, false);
    if (values.help)
        return (cli.out(_help_js__WEBPACK_IMPORTED_MODULE_5__/* .HELP */ ._.doctor), 0);
    const git = await (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .openRepo */ .B)(cli);
    const report = await (0,_repo_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .diagnose */ .h4)(git, cli.env);
    if (values.json)
        cli.out(JSON.stringify((0,_present_doctor_js__WEBPACK_IMPORTED_MODULE_0__/* .doctorJson */ .G)(report), null, 2));
    else
        cli.out((0,_present_doctor_js__WEBPACK_IMPORTED_MODULE_0__/* .renderDoctor */ .Y)(report, (0,_present_output_js__WEBPACK_IMPORTED_MODULE_1__/* .styleFor */ .j9)(process.stdout)));
    return report.gated ? 0 : 1;
}


/***/ })

};
