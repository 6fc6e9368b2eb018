#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2210:
/***/ ((module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2020 = void 0;
const core_1 = __nccwpck_require__(3893);
const draft2020_1 = __nccwpck_require__(4298);
const discriminator_1 = __nccwpck_require__(8886);
const json_schema_2020_12_1 = __nccwpck_require__(3995);
const META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";
class Ajv2020 extends core_1.default {
    constructor(opts = {}) {
        super({
            ...opts,
            dynamicRef: true,
            next: true,
            unevaluated: true,
        });
    }
    _addVocabularies() {
        super._addVocabularies();
        draft2020_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
            this.addKeyword(discriminator_1.default);
    }
    _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
            return;
        json_schema_2020_12_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
    }
    defaultMeta() {
        return (this.opts.defaultMeta =
            super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : undefined));
    }
}
exports.Ajv2020 = Ajv2020;
module.exports = exports = Ajv2020;
module.exports.Ajv2020 = Ajv2020;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = Ajv2020;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
var validation_error_1 = __nccwpck_require__(3021);
Object.defineProperty(exports, "ValidationError", ({ enumerable: true, get: function () { return validation_error_1.default; } }));
var ref_error_1 = __nccwpck_require__(3162);
Object.defineProperty(exports, "MissingRefError", ({ enumerable: true, get: function () { return ref_error_1.default; } }));
//# sourceMappingURL=2020.js.map

/***/ }),

/***/ 567:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
// eslint-disable-next-line @typescript-eslint/no-extraneous-class
class _CodeOrName {
}
exports._CodeOrName = _CodeOrName;
exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
class Name extends _CodeOrName {
    constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
            throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        return false;
    }
    get names() {
        return { [this.str]: 1 };
    }
}
exports.Name = Name;
class _Code extends _CodeOrName {
    constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        if (this._items.length > 1)
            return false;
        const item = this._items[0];
        return item === "" || item === '""';
    }
    get str() {
        var _a;
        return ((_a = this._str) !== null && _a !== void 0 ? _a : (this._str = this._items.reduce((s, c) => `${s}${c}`, "")));
    }
    get names() {
        var _a;
        return ((_a = this._names) !== null && _a !== void 0 ? _a : (this._names = this._items.reduce((names, c) => {
            if (c instanceof Name)
                names[c.str] = (names[c.str] || 0) + 1;
            return names;
        }, {})));
    }
}
exports._Code = _Code;
exports.nil = new _Code("");
function _(strs, ...args) {
    const code = [strs[0]];
    let i = 0;
    while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
    }
    return new _Code(code);
}
exports._ = _;
const plus = new _Code("+");
function str(strs, ...args) {
    const expr = [safeStringify(strs[0])];
    let i = 0;
    while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
    }
    optimize(expr);
    return new _Code(expr);
}
exports.str = str;
function addCodeArg(code, arg) {
    if (arg instanceof _Code)
        code.push(...arg._items);
    else if (arg instanceof Name)
        code.push(arg);
    else
        code.push(interpolate(arg));
}
exports.addCodeArg = addCodeArg;
function optimize(expr) {
    let i = 1;
    while (i < expr.length - 1) {
        if (expr[i] === plus) {
            const res = mergeExprItems(expr[i - 1], expr[i + 1]);
            if (res !== undefined) {
                expr.splice(i - 1, 3, res);
                continue;
            }
            expr[i++] = "+";
        }
        i++;
    }
}
function mergeExprItems(a, b) {
    if (b === '""')
        return a;
    if (a === '""')
        return b;
    if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
            return;
        if (typeof b != "string")
            return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
            return a.slice(0, -1) + b.slice(1);
        return;
    }
    if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
    return;
}
function strConcat(c1, c2) {
    return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str `${c1}${c2}`;
}
exports.strConcat = strConcat;
// TODO do not allow arrays here
function interpolate(x) {
    return typeof x == "number" || typeof x == "boolean" || x === null
        ? x
        : safeStringify(Array.isArray(x) ? x.join(",") : x);
}
function stringify(x) {
    return new _Code(safeStringify(x));
}
exports.stringify = stringify;
function safeStringify(x) {
    return JSON.stringify(x)
        .replace(/\u2028/g, "\\u2028")
        .replace(/\u2029/g, "\\u2029");
}
exports.safeStringify = safeStringify;
function getProperty(key) {
    return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _ `[${key}]`;
}
exports.getProperty = getProperty;
//Does best effort to format the name properly
function getEsmExportName(key) {
    if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
    }
    throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
}
exports.getEsmExportName = getEsmExportName;
function regexpCode(rx) {
    return new _Code(rx.toString());
}
exports.regexpCode = regexpCode;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 1436:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
const code_1 = __nccwpck_require__(567);
const scope_1 = __nccwpck_require__(7788);
var code_2 = __nccwpck_require__(567);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return code_2._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return code_2.str; } }));
Object.defineProperty(exports, "strConcat", ({ enumerable: true, get: function () { return code_2.strConcat; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return code_2.nil; } }));
Object.defineProperty(exports, "getProperty", ({ enumerable: true, get: function () { return code_2.getProperty; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return code_2.stringify; } }));
Object.defineProperty(exports, "regexpCode", ({ enumerable: true, get: function () { return code_2.regexpCode; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return code_2.Name; } }));
var scope_2 = __nccwpck_require__(7788);
Object.defineProperty(exports, "Scope", ({ enumerable: true, get: function () { return scope_2.Scope; } }));
Object.defineProperty(exports, "ValueScope", ({ enumerable: true, get: function () { return scope_2.ValueScope; } }));
Object.defineProperty(exports, "ValueScopeName", ({ enumerable: true, get: function () { return scope_2.ValueScopeName; } }));
Object.defineProperty(exports, "varKinds", ({ enumerable: true, get: function () { return scope_2.varKinds; } }));
exports.operators = {
    GT: new code_1._Code(">"),
    GTE: new code_1._Code(">="),
    LT: new code_1._Code("<"),
    LTE: new code_1._Code("<="),
    EQ: new code_1._Code("==="),
    NEQ: new code_1._Code("!=="),
    NOT: new code_1._Code("!"),
    OR: new code_1._Code("||"),
    AND: new code_1._Code("&&"),
    ADD: new code_1._Code("+"),
};
class Node {
    optimizeNodes() {
        return this;
    }
    optimizeNames(_names, _constants) {
        return this;
    }
}
class Def extends Node {
    constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
    }
    render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === undefined ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (!names[this.name.str])
            return;
        if (this.rhs)
            this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
    }
}
class Assign extends Node {
    constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
    }
    render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
            return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
    }
}
class AssignOp extends Assign {
    constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
    }
    render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
    }
}
class Label extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        return `${this.label}:` + _n;
    }
}
class Break extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
    }
}
class Throw extends Node {
    constructor(error) {
        super();
        this.error = error;
    }
    render({ _n }) {
        return `throw ${this.error};` + _n;
    }
    get names() {
        return this.error.names;
    }
}
class AnyCode extends Node {
    constructor(code) {
        super();
        this.code = code;
    }
    render({ _n }) {
        return `${this.code};` + _n;
    }
    optimizeNodes() {
        return `${this.code}` ? this : undefined;
    }
    optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
    }
    get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
    }
}
class ParentNode extends Node {
    constructor(nodes = []) {
        super();
        this.nodes = nodes;
    }
    render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
    }
    optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            const n = nodes[i].optimizeNodes();
            if (Array.isArray(n))
                nodes.splice(i, 1, ...n);
            else if (n)
                nodes[i] = n;
            else
                nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            // iterating backwards improves 1-pass optimization
            const n = nodes[i];
            if (n.optimizeNames(names, constants))
                continue;
            subtractNames(names, n.names);
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
    }
}
class BlockNode extends ParentNode {
    render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
    }
}
class Root extends ParentNode {
}
class Else extends BlockNode {
}
Else.kind = "else";
class If extends BlockNode {
    constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
    }
    render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
            code += "else " + this.else.render(opts);
        return code;
    }
    optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
            return this.nodes; // else is ignored here
        let e = this.else;
        if (e) {
            const ns = e.optimizeNodes();
            e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
            if (cond === false)
                return e instanceof If ? e : e.nodes;
            if (this.nodes.length)
                return this;
            return new If(not(cond), e instanceof If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
            return undefined;
        return this;
    }
    optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
            return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
            addNames(names, this.else.names);
        return names;
    }
}
If.kind = "if";
class For extends BlockNode {
}
For.kind = "for";
class ForLoop extends For {
    constructor(iteration) {
        super();
        this.iteration = iteration;
    }
    render(opts) {
        return `for(${this.iteration})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iteration.names);
    }
}
class ForRange extends For {
    constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
    }
    render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
    }
    get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
    }
}
class ForIter extends For {
    constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
    }
    render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iterable.names);
    }
}
class Func extends BlockNode {
    constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
    }
    render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
    }
}
Func.kind = "func";
class Return extends ParentNode {
    render(opts) {
        return "return " + super.render(opts);
    }
}
Return.kind = "return";
class Try extends BlockNode {
    render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
            code += this.catch.render(opts);
        if (this.finally)
            code += this.finally.render(opts);
        return code;
    }
    optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
    }
    optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        if (this.catch)
            addNames(names, this.catch.names);
        if (this.finally)
            addNames(names, this.finally.names);
        return names;
    }
}
class Catch extends BlockNode {
    constructor(error) {
        super();
        this.error = error;
    }
    render(opts) {
        return `catch(${this.error})` + super.render(opts);
    }
}
Catch.kind = "catch";
class Finally extends BlockNode {
    render(opts) {
        return "finally" + super.render(opts);
    }
}
Finally.kind = "finally";
class CodeGen {
    constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
    }
    toString() {
        return this._root.render(this.opts);
    }
    // returns unique name in the internal scope
    name(prefix) {
        return this._scope.name(prefix);
    }
    // reserves unique name in the external scope
    scopeName(prefix) {
        return this._extScope.name(prefix);
    }
    // reserves unique name in the external scope and assigns value to it
    scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = new Set());
        vs.add(name);
        return name;
    }
    getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
    }
    // return code that assigns values in the external scope to the names that are used internally
    // (same names that were returned by gen.scopeName or gen.scopeValue)
    scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
    }
    scopeCode() {
        return this._extScope.scopeCode(this._values);
    }
    _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== undefined && constant)
            this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
    }
    // `const` declaration (`var` in es5 mode)
    const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
    }
    // `let` declaration with optional assignment (`var` in es5 mode)
    let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
    }
    // `var` declaration with optional assignment
    var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
    }
    // assignment code
    assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
    }
    // `+=` code
    add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
    }
    // appends passed SafeExpr to code or executes Block
    code(c) {
        if (typeof c == "function")
            c();
        else if (c !== code_1.nil)
            this._leafNode(new AnyCode(c));
        return this;
    }
    // returns code for object literal for the passed argument list of key-value pairs
    object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
            if (code.length > 1)
                code.push(",");
            code.push(key);
            if (key !== value || this.opts.es5) {
                code.push(":");
                (0, code_1.addCodeArg)(code, value);
            }
        }
        code.push("}");
        return new code_1._Code(code);
    }
    // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
    if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
            this.code(thenBody).else().code(elseBody).endIf();
        }
        else if (thenBody) {
            this.code(thenBody).endIf();
        }
        else if (elseBody) {
            throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
    }
    // `else if` clause - invalid without `if` or after `else` clauses
    elseIf(condition) {
        return this._elseNode(new If(condition));
    }
    // `else` clause - only valid after `if` or `else if` clauses
    else() {
        return this._elseNode(new Else());
    }
    // end `if` statement (needed if gen.if was used only with condition)
    endIf() {
        return this._endBlockNode(If, Else);
    }
    _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
            this.code(forBody).endFor();
        return this;
    }
    // a generic `for` clause (or statement if `forBody` is passed)
    for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
    }
    // `for` statement for a range of values
    forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
    }
    // `for-of` statement (in es5 mode replace with a normal for loop)
    forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
            const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
            return this.forRange("_i", 0, (0, code_1._) `${arr}.length`, (i) => {
                this.var(name, (0, code_1._) `${arr}[${i}]`);
                forBody(name);
            });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
    }
    // `for-in` statement.
    // With option `ownProperties` replaced with a `for-of` loop for object keys
    forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
            return this.forOf(nameOrPrefix, (0, code_1._) `Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
    }
    // end `for` loop
    endFor() {
        return this._endBlockNode(For);
    }
    // `label` statement
    label(label) {
        return this._leafNode(new Label(label));
    }
    // `break` statement
    break(label) {
        return this._leafNode(new Break(label));
    }
    // `return` statement
    return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
            throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
    }
    // `try` statement
    try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
            throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
            const error = this.name("e");
            this._currNode = node.catch = new Catch(error);
            catchCode(error);
        }
        if (finallyCode) {
            this._currNode = node.finally = new Finally();
            this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
    }
    // `throw` statement
    throw(error) {
        return this._leafNode(new Throw(error));
    }
    // start self-balancing block
    block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
            this.code(body).endBlock(nodeCount);
        return this;
    }
    // end the current self-balancing block
    endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === undefined)
            throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || (nodeCount !== undefined && toClose !== nodeCount)) {
            throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
    }
    // `function` heading (or definition if funcBody is passed)
    func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
            this.code(funcBody).endFunc();
        return this;
    }
    // end function definition
    endFunc() {
        return this._endBlockNode(Func);
    }
    optimize(n = 1) {
        while (n-- > 0) {
            this._root.optimizeNodes();
            this._root.optimizeNames(this._root.names, this._constants);
        }
    }
    _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
    }
    _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
    }
    _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || (N2 && n instanceof N2)) {
            this._nodes.pop();
            return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
    }
    _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
            throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
    }
    get _root() {
        return this._nodes[0];
    }
    get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
    }
    set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
    }
}
exports.CodeGen = CodeGen;
function addNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
    return names;
}
function addExprNames(names, from) {
    return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
}
function optimizeExpr(expr, names, constants) {
    if (expr instanceof code_1.Name)
        return replaceName(expr);
    if (!canOptimize(expr))
        return expr;
    return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
            c = replaceName(c);
        if (c instanceof code_1._Code)
            items.push(...c._items);
        else
            items.push(c);
        return items;
    }, []));
    function replaceName(n) {
        const c = constants[n.str];
        if (c === undefined || names[n.str] !== 1)
            return n;
        delete names[n.str];
        return c;
    }
    function canOptimize(e) {
        return (e instanceof code_1._Code &&
            e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== undefined));
    }
}
function subtractNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
}
function not(x) {
    return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._) `!${par(x)}`;
}
exports.not = not;
const andCode = mappend(exports.operators.AND);
// boolean AND (&&) expression with the passed arguments
function and(...args) {
    return args.reduce(andCode);
}
exports.and = and;
const orCode = mappend(exports.operators.OR);
// boolean OR (||) expression with the passed arguments
function or(...args) {
    return args.reduce(orCode);
}
exports.or = or;
function mappend(op) {
    return (x, y) => (x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._) `${par(x)} ${op} ${par(y)}`);
}
function par(x) {
    return x instanceof code_1.Name ? x : (0, code_1._) `(${x})`;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
const code_1 = __nccwpck_require__(567);
class ValueError extends Error {
    constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
    }
}
var UsedValueState;
(function (UsedValueState) {
    UsedValueState[UsedValueState["Started"] = 0] = "Started";
    UsedValueState[UsedValueState["Completed"] = 1] = "Completed";
})(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
exports.varKinds = {
    const: new code_1.Name("const"),
    let: new code_1.Name("let"),
    var: new code_1.Name("var"),
};
class Scope {
    constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
    }
    toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
    }
    name(prefix) {
        return new code_1.Name(this._newName(prefix));
    }
    _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
    }
    _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || (this._prefixes && !this._prefixes.has(prefix))) {
            throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return (this._names[prefix] = { prefix, index: 0 });
    }
}
exports.Scope = Scope;
class ValueScopeName extends code_1.Name {
    constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
    }
    setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._) `.${new code_1.Name(property)}[${itemIndex}]`;
    }
}
exports.ValueScopeName = ValueScopeName;
const line = (0, code_1._) `\n`;
class ValueScope extends Scope {
    constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
    }
    get() {
        return this._scope;
    }
    name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
    }
    value(nameOrPrefix, value) {
        var _a;
        if (value.ref === undefined)
            throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
            const _name = vs.get(valueKey);
            if (_name)
                return _name;
        }
        else {
            vs = this._values[prefix] = new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
    }
    getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
            return;
        return vs.get(keyOrRef);
    }
    scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
            if (name.scopePath === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return (0, code_1._) `${scopeName}${name.scopePath}`;
        });
    }
    scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
            if (name.value === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return name.value.code;
        }, usedValues, getCode);
    }
    _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
            const vs = values[prefix];
            if (!vs)
                continue;
            const nameSet = (usedValues[prefix] = usedValues[prefix] || new Map());
            vs.forEach((name) => {
                if (nameSet.has(name))
                    return;
                nameSet.set(name, UsedValueState.Started);
                let c = valueCode(name);
                if (c) {
                    const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
                    code = (0, code_1._) `${code}${def} ${name} = ${c};${this.opts._n}`;
                }
                else if ((c = getCode === null || getCode === void 0 ? void 0 : getCode(name))) {
                    code = (0, code_1._) `${code}${c}${this.opts._n}`;
                }
                else {
                    throw new ValueError(name);
                }
                nameSet.set(name, UsedValueState.Completed);
            });
        }
        return code;
    }
}
exports.ValueScope = ValueScope;
//# sourceMappingURL=scope.js.map

/***/ }),

/***/ 1283:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
exports.keywordError = {
    message: ({ keyword }) => (0, codegen_1.str) `must pass "${keyword}" keyword validation`,
};
exports.keyword$DataError = {
    message: ({ keyword, schemaType }) => schemaType
        ? (0, codegen_1.str) `"${keyword}" keyword must be ${schemaType} ($data)`
        : (0, codegen_1.str) `"${keyword}" keyword is invalid ($data)`,
};
function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : (compositeRule || allErrors)) {
        addError(gen, errObj);
    }
    else {
        returnErrors(it, (0, codegen_1._) `[${errObj}]`);
    }
}
exports.reportError = reportError;
function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    addError(gen, errObj);
    if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
    }
}
exports.reportExtraError = reportExtraError;
function resetErrorsCount(gen, errsCount) {
    gen.assign(names_1.default.errors, errsCount);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._) `${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
}
exports.resetErrorsCount = resetErrorsCount;
function extendErrors({ gen, keyword, schemaValue, data, errsCount, it, }) {
    /* istanbul ignore if */
    if (errsCount === undefined)
        throw new Error("ajv implementation error");
    const err = gen.name("err");
    gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._) `${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._) `${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._) `${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._) `${err}.schemaPath`, (0, codegen_1.str) `${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
            gen.assign((0, codegen_1._) `${err}.schema`, schemaValue);
            gen.assign((0, codegen_1._) `${err}.data`, data);
        }
    });
}
exports.extendErrors = extendErrors;
function addError(gen, errObj) {
    const err = gen.const("err", errObj);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._) `[${err}]`), (0, codegen_1._) `${names_1.default.vErrors}.push(${err})`);
    gen.code((0, codegen_1._) `${names_1.default.errors}++`);
}
function returnErrors(it, errs) {
    const { gen, validateName, schemaEnv } = it;
    if (schemaEnv.$async) {
        gen.throw((0, codegen_1._) `new ${it.ValidationError}(${errs})`);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, errs);
        gen.return(false);
    }
}
const E = {
    keyword: new codegen_1.Name("keyword"),
    schemaPath: new codegen_1.Name("schemaPath"), // also used in JTD errors
    params: new codegen_1.Name("params"),
    propertyName: new codegen_1.Name("propertyName"),
    message: new codegen_1.Name("message"),
    schema: new codegen_1.Name("schema"),
    parentSchema: new codegen_1.Name("parentSchema"),
};
function errorObjectCode(cxt, error, errorPaths) {
    const { createErrors } = cxt.it;
    if (createErrors === false)
        return (0, codegen_1._) `{}`;
    return errorObject(cxt, error, errorPaths);
}
function errorObject(cxt, error, errorPaths = {}) {
    const { gen, it } = cxt;
    const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths),
    ];
    extraErrorProps(cxt, error, keyValues);
    return gen.object(...keyValues);
}
function errorInstancePath({ errorPath }, { instancePath }) {
    const instPath = instancePath
        ? (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}`
        : errorPath;
    return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
}
function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
    let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str) `${errSchemaPath}/${keyword}`;
    if (schemaPath) {
        schPath = (0, codegen_1.str) `${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
    }
    return [E.schemaPath, schPath];
}
function extraErrorProps(cxt, { params, message }, keyValues) {
    const { keyword, data, schemaValue, it } = cxt;
    const { opts, propertyName, topSchemaRef, schemaPath } = it;
    keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._) `{}`]);
    if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
    }
    if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._) `${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
    }
    if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
}
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 2718:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
const codegen_1 = __nccwpck_require__(1436);
const validation_error_1 = __nccwpck_require__(3021);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const validate_1 = __nccwpck_require__(7881);
class SchemaEnv {
    constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
            schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
    }
}
exports.SchemaEnv = SchemaEnv;
// let codeSize = 0
// let nodeCount = 0
// Compiles schema in SchemaEnv
function compileSchema(sch) {
    // TODO refactor - remove compilations
    const _sch = getCompilingSchema.call(this, sch);
    if (_sch)
        return _sch;
    const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId); // TODO if getFullPath removed 1 tests fails
    const { es5, lines } = this.opts.code;
    const { ownProperties } = this.opts;
    const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
    let _ValidationError;
    if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
            ref: validation_error_1.default,
            code: (0, codegen_1._) `require("ajv/dist/runtime/validation_error").default`,
        });
    }
    const validateName = gen.scopeName("validate");
    sch.validateName = validateName;
    const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil], // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true
            ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) }
            : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._) `""`,
        opts: this.opts,
        self: this,
    };
    let sourceCode;
    try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        // gen.optimize(1)
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        // console.log((codeSize += sourceCode.length), (nodeCount += gen.nodeCount))
        if (this.opts.code.process)
            sourceCode = this.opts.code.process(sourceCode, sch);
        // console.log("\n\n\n *** \n", sourceCode)
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
            validate.$async = true;
        if (this.opts.code.source === true) {
            validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
            const { props, items } = schemaCxt;
            validate.evaluated = {
                props: props instanceof codegen_1.Name ? undefined : props,
                items: items instanceof codegen_1.Name ? undefined : items,
                dynamicProps: props instanceof codegen_1.Name,
                dynamicItems: items instanceof codegen_1.Name,
            };
            if (validate.source)
                validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
    }
    catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
            this.logger.error("Error compiling schema, function code:", sourceCode);
        // console.log("\n\n\n *** \n", sourceCode, this.opts)
        throw e;
    }
    finally {
        this._compilations.delete(sch);
    }
}
exports.compileSchema = compileSchema;
function resolveRef(root, baseId, ref) {
    var _a;
    ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
    const schOrFunc = root.refs[ref];
    if (schOrFunc)
        return schOrFunc;
    let _sch = resolve.call(this, root, ref);
    if (_sch === undefined) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref]; // TODO maybe localRefs should hold SchemaEnv
        const { schemaId } = this.opts;
        if (schema)
            _sch = new SchemaEnv({ schema, schemaId, root, baseId });
    }
    if (_sch === undefined)
        return;
    return (root.refs[ref] = inlineOrCompile.call(this, _sch));
}
exports.resolveRef = resolveRef;
function inlineOrCompile(sch) {
    if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
    return sch.validate ? sch : compileSchema.call(this, sch);
}
// Index of schema compilation in the currently compiled list
function getCompilingSchema(schEnv) {
    for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
            return sch;
    }
}
exports.getCompilingSchema = getCompilingSchema;
function sameSchemaEnv(s1, s2) {
    return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
}
// resolve and compile the references ($ref)
// TODO returns AnySchemaObject (if the schema can be inlined) or validation function
function resolve(root, // information about the root schema for the current schema
ref // reference to resolve
) {
    let sch;
    while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
    return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
}
// Resolve schema, its root and baseId
function resolveSchema(root, // root object with properties schema, refs TODO below SchemaEnv is assigned to it
ref // reference to resolve
) {
    const p = this.opts.uriResolver.parse(ref);
    const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
    let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, undefined);
    // TODO `Object.keys(root.schema).length > 0` should not be needed - but removing breaks 2 tests
    if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
    }
    const id = (0, resolve_1.normalizeId)(refPath);
    const schOrRef = this.refs[id] || this.schemas[id];
    if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
            return;
        return getJsonPointer.call(this, p, sch);
    }
    if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
    if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
    if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
    }
    return getJsonPointer.call(this, p, schOrRef);
}
exports.resolveSchema = resolveSchema;
const PREVENT_SCOPE_CHANGE = new Set([
    "properties",
    "patternProperties",
    "enum",
    "dependencies",
    "definitions",
]);
function getJsonPointer(parsedRef, { baseId, schema, root }) {
    var _a;
    if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
    for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
            return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === undefined)
            return;
        schema = partSchema;
        // TODO PREVENT_SCOPE_CHANGE could be defined in keyword def?
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
    }
    let env;
    if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
    }
    // even though resolution failed we need to return SchemaEnv to throw exception
    // so that compileAsync loads missing schema.
    const { schemaId } = this.opts;
    env = env || new SchemaEnv({ schema, schemaId, root, baseId });
    if (env.schema !== env.root.schema)
        return env;
    return undefined;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 630:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const names = {
    // validation function arguments
    data: new codegen_1.Name("data"), // data passed to validation function
    // args passed from referencing schema
    valCxt: new codegen_1.Name("valCxt"), // validation/data context - should not be used directly, it is destructured to the names below
    instancePath: new codegen_1.Name("instancePath"),
    parentData: new codegen_1.Name("parentData"),
    parentDataProperty: new codegen_1.Name("parentDataProperty"),
    rootData: new codegen_1.Name("rootData"), // root data - same as the data passed to the first/top validation function
    dynamicAnchors: new codegen_1.Name("dynamicAnchors"), // used to support recursiveRef and dynamicRef
    // function scoped variables
    vErrors: new codegen_1.Name("vErrors"), // null or array of validation errors
    errors: new codegen_1.Name("errors"), // counter of validation errors
    this: new codegen_1.Name("this"),
    // "globals"
    self: new codegen_1.Name("self"),
    scope: new codegen_1.Name("scope"),
    // JTD serialize/parse name for JSON string and position
    json: new codegen_1.Name("json"),
    jsonPos: new codegen_1.Name("jsonPos"),
    jsonLen: new codegen_1.Name("jsonLen"),
    jsonPart: new codegen_1.Name("jsonPart"),
};
exports["default"] = names;
//# sourceMappingURL=names.js.map

/***/ }),

/***/ 3162:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const resolve_1 = __nccwpck_require__(4090);
class MissingRefError extends Error {
    constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
    }
}
exports["default"] = MissingRefError;
//# sourceMappingURL=ref_error.js.map

/***/ }),

/***/ 4090:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
const util_1 = __nccwpck_require__(4464);
const equal = __nccwpck_require__(3430);
const traverse = __nccwpck_require__(1167);
// TODO refactor to use keyword definitions
const SIMPLE_INLINED = new Set([
    "type",
    "format",
    "pattern",
    "maxLength",
    "minLength",
    "maxProperties",
    "minProperties",
    "maxItems",
    "minItems",
    "maximum",
    "minimum",
    "uniqueItems",
    "multipleOf",
    "required",
    "enum",
    "const",
]);
function inlineRef(schema, limit = true) {
    if (typeof schema == "boolean")
        return true;
    if (limit === true)
        return !hasRef(schema);
    if (!limit)
        return false;
    return countKeys(schema) <= limit;
}
exports.inlineRef = inlineRef;
const REF_KEYWORDS = new Set([
    "$ref",
    "$recursiveRef",
    "$recursiveAnchor",
    "$dynamicRef",
    "$dynamicAnchor",
]);
function hasRef(schema) {
    for (const key in schema) {
        if (REF_KEYWORDS.has(key))
            return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
            return true;
        if (typeof sch == "object" && hasRef(sch))
            return true;
    }
    return false;
}
function countKeys(schema) {
    let count = 0;
    for (const key in schema) {
        if (key === "$ref")
            return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
            continue;
        if (typeof schema[key] == "object") {
            (0, util_1.eachItem)(schema[key], (sch) => (count += countKeys(sch)));
        }
        if (count === Infinity)
            return Infinity;
    }
    return count;
}
function getFullPath(resolver, id = "", normalize) {
    if (normalize !== false)
        id = normalizeId(id);
    const p = resolver.parse(id);
    return _getFullPath(resolver, p);
}
exports.getFullPath = getFullPath;
function _getFullPath(resolver, p) {
    const serialized = resolver.serialize(p);
    return serialized.split("#")[0] + "#";
}
exports._getFullPath = _getFullPath;
const TRAILING_SLASH_HASH = /#\/?$/;
function normalizeId(id) {
    return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
}
exports.normalizeId = normalizeId;
function resolveUrl(resolver, baseId, id) {
    id = normalizeId(id);
    return resolver.resolve(baseId, id);
}
exports.resolveUrl = resolveUrl;
const ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
function getSchemaRefs(schema, baseId) {
    if (typeof schema == "boolean")
        return {};
    const { schemaId, uriResolver } = this.opts;
    const schId = normalizeId(schema[schemaId] || baseId);
    const baseIds = { "": schId };
    const pathPrefix = getFullPath(uriResolver, schId, false);
    const localRefs = {};
    const schemaRefs = new Set();
    traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === undefined)
            return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
            innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
            // eslint-disable-next-line @typescript-eslint/unbound-method
            const _resolve = this.opts.uriResolver.resolve;
            ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
            if (schemaRefs.has(ref))
                throw ambiguos(ref);
            schemaRefs.add(ref);
            let schOrRef = this.refs[ref];
            if (typeof schOrRef == "string")
                schOrRef = this.refs[schOrRef];
            if (typeof schOrRef == "object") {
                checkAmbiguosRef(sch, schOrRef.schema, ref);
            }
            else if (ref !== normalizeId(fullPath)) {
                if (ref[0] === "#") {
                    checkAmbiguosRef(sch, localRefs[ref], ref);
                    localRefs[ref] = sch;
                }
                else {
                    this.refs[ref] = fullPath;
                }
            }
            return ref;
        }
        function addAnchor(anchor) {
            if (typeof anchor == "string") {
                if (!ANCHOR.test(anchor))
                    throw new Error(`invalid anchor "${anchor}"`);
                addRef.call(this, `#${anchor}`);
            }
        }
    });
    return localRefs;
    function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== undefined && !equal(sch1, sch2))
            throw ambiguos(ref);
    }
    function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
    }
}
exports.getSchemaRefs = getSchemaRefs;
//# sourceMappingURL=resolve.js.map

/***/ }),

/***/ 7353:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRules = exports.isJSONType = void 0;
const _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
const jsonTypes = new Set(_jsonTypes);
function isJSONType(x) {
    return typeof x == "string" && jsonTypes.has(x);
}
exports.isJSONType = isJSONType;
function getRules() {
    const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] },
    };
    return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {},
    };
}
exports.getRules = getRules;
//# sourceMappingURL=rules.js.map

/***/ }),

/***/ 4464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
const codegen_1 = __nccwpck_require__(1436);
const code_1 = __nccwpck_require__(567);
// TODO refactor to use Set
function toHash(arr) {
    const hash = {};
    for (const item of arr)
        hash[item] = true;
    return hash;
}
exports.toHash = toHash;
function alwaysValidSchema(it, schema) {
    if (typeof schema == "boolean")
        return schema;
    if (Object.keys(schema).length === 0)
        return true;
    checkUnknownRules(it, schema);
    return !schemaHasRules(schema, it.self.RULES.all);
}
exports.alwaysValidSchema = alwaysValidSchema;
function checkUnknownRules(it, schema = it.schema) {
    const { opts, self } = it;
    if (!opts.strictSchema)
        return;
    if (typeof schema === "boolean")
        return;
    const rules = self.RULES.keywords;
    for (const key in schema) {
        if (!rules[key])
            checkStrictMode(it, `unknown keyword: "${key}"`);
    }
}
exports.checkUnknownRules = checkUnknownRules;
function schemaHasRules(schema, rules) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (rules[key])
            return true;
    return false;
}
exports.schemaHasRules = schemaHasRules;
function schemaHasRulesButRef(schema, RULES) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
            return true;
    return false;
}
exports.schemaHasRulesButRef = schemaHasRulesButRef;
function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
    if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
            return schema;
        if (typeof schema == "string")
            return (0, codegen_1._) `${schema}`;
    }
    return (0, codegen_1._) `${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
}
exports.schemaRefOrVal = schemaRefOrVal;
function unescapeFragment(str) {
    return unescapeJsonPointer(decodeURIComponent(str));
}
exports.unescapeFragment = unescapeFragment;
function escapeFragment(str) {
    return encodeURIComponent(escapeJsonPointer(str));
}
exports.escapeFragment = escapeFragment;
function escapeJsonPointer(str) {
    if (typeof str == "number")
        return `${str}`;
    return str.replace(/~/g, "~0").replace(/\//g, "~1");
}
exports.escapeJsonPointer = escapeJsonPointer;
function unescapeJsonPointer(str) {
    return str.replace(/~1/g, "/").replace(/~0/g, "~");
}
exports.unescapeJsonPointer = unescapeJsonPointer;
function eachItem(xs, f) {
    if (Array.isArray(xs)) {
        for (const x of xs)
            f(x);
    }
    else {
        f(xs);
    }
}
exports.eachItem = eachItem;
function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName, }) {
    return (gen, from, to, toName) => {
        const res = to === undefined
            ? from
            : to instanceof codegen_1.Name
                ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to)
                : from instanceof codegen_1.Name
                    ? (mergeToName(gen, to, from), from)
                    : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
    };
}
exports.mergeEvaluated = {
    props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => {
            gen.if((0, codegen_1._) `${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._) `${to} || {}`).code((0, codegen_1._) `Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => {
            if (from === true) {
                gen.assign(to, true);
            }
            else {
                gen.assign(to, (0, codegen_1._) `${to} || {}`);
                setEvaluated(gen, to, from);
            }
        }),
        mergeValues: (from, to) => (from === true ? true : { ...from, ...to }),
        resultToName: evaluatedPropsToName,
    }),
    items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._) `${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._) `${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => (from === true ? true : Math.max(from, to)),
        resultToName: (gen, items) => gen.var("items", items),
    }),
};
function evaluatedPropsToName(gen, ps) {
    if (ps === true)
        return gen.var("props", true);
    const props = gen.var("props", (0, codegen_1._) `{}`);
    if (ps !== undefined)
        setEvaluated(gen, props, ps);
    return props;
}
exports.evaluatedPropsToName = evaluatedPropsToName;
function setEvaluated(gen, props, ps) {
    Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._) `${props}${(0, codegen_1.getProperty)(p)}`, true));
}
exports.setEvaluated = setEvaluated;
const snippets = {};
function useFunc(gen, f) {
    return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code)),
    });
}
exports.useFunc = useFunc;
var Type;
(function (Type) {
    Type[Type["Num"] = 0] = "Num";
    Type[Type["Str"] = 1] = "Str";
})(Type || (exports.Type = Type = {}));
function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
    // let path
    if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax
            ? isNumber
                ? (0, codegen_1._) `"[" + ${dataProp} + "]"`
                : (0, codegen_1._) `"['" + ${dataProp} + "']"`
            : isNumber
                ? (0, codegen_1._) `"/" + ${dataProp}`
                : (0, codegen_1._) `"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`; // TODO maybe use global escapePointer
    }
    return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
}
exports.getErrorPath = getErrorPath;
function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
    if (!mode)
        return;
    msg = `strict mode: ${msg}`;
    if (mode === true)
        throw new Error(msg);
    it.self.logger.warn(msg);
}
exports.checkStrictMode = checkStrictMode;
//# sourceMappingURL=util.js.map

/***/ }),

/***/ 7692:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
function schemaHasRulesForType({ schema, self }, type) {
    const group = self.RULES.types[type];
    return group && group !== true && shouldUseGroup(schema, group);
}
exports.schemaHasRulesForType = schemaHasRulesForType;
function shouldUseGroup(schema, group) {
    return group.rules.some((rule) => shouldUseRule(schema, rule));
}
exports.shouldUseGroup = shouldUseGroup;
function shouldUseRule(schema, rule) {
    var _a;
    return (schema[rule.keyword] !== undefined ||
        ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== undefined)));
}
exports.shouldUseRule = shouldUseRule;
//# sourceMappingURL=applicability.js.map

/***/ }),

/***/ 5346:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const boolError = {
    message: "boolean schema is false",
};
function topBoolOrEmptySchema(it) {
    const { gen, schema, validateName } = it;
    if (schema === false) {
        falseSchemaError(it, false);
    }
    else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, null);
        gen.return(true);
    }
}
exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
function boolOrEmptySchema(it, valid) {
    const { gen, schema } = it;
    if (schema === false) {
        gen.var(valid, false); // TODO var
        falseSchemaError(it);
    }
    else {
        gen.var(valid, true); // TODO var
    }
}
exports.boolOrEmptySchema = boolOrEmptySchema;
function falseSchemaError(it, overrideAllErrors) {
    const { gen, data } = it;
    // TODO maybe some other interface should be used for non-keyword validation errors...
    const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it,
    };
    (0, errors_1.reportError)(cxt, boolError, undefined, overrideAllErrors);
}
//# sourceMappingURL=boolSchema.js.map

/***/ }),

/***/ 6685:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
const rules_1 = __nccwpck_require__(7353);
const applicability_1 = __nccwpck_require__(7692);
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
var DataType;
(function (DataType) {
    DataType[DataType["Correct"] = 0] = "Correct";
    DataType[DataType["Wrong"] = 1] = "Wrong";
})(DataType || (exports.DataType = DataType = {}));
function getSchemaTypes(schema) {
    const types = getJSONTypes(schema.type);
    const hasNull = types.includes("null");
    if (hasNull) {
        if (schema.nullable === false)
            throw new Error("type: null contradicts nullable: false");
    }
    else {
        if (!types.length && schema.nullable !== undefined) {
            throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
            types.push("null");
    }
    return types;
}
exports.getSchemaTypes = getSchemaTypes;
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
function getJSONTypes(ts) {
    const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
    if (types.every(rules_1.isJSONType))
        return types;
    throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
}
exports.getJSONTypes = getJSONTypes;
function coerceAndCheckDataType(it, types) {
    const { gen, data, opts } = it;
    const coerceTo = coerceToTypes(types, opts.coerceTypes);
    const checkTypes = types.length > 0 &&
        !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
    if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
            if (coerceTo.length)
                coerceData(it, types, coerceTo);
            else
                reportTypeError(it);
        });
    }
    return checkTypes;
}
exports.coerceAndCheckDataType = coerceAndCheckDataType;
const COERCIBLE = new Set(["string", "number", "integer", "boolean", "null"]);
function coerceToTypes(types, coerceTypes) {
    return coerceTypes
        ? types.filter((t) => COERCIBLE.has(t) || (coerceTypes === "array" && t === "array"))
        : [];
}
function coerceData(it, types, coerceTo) {
    const { gen, data, opts } = it;
    const dataType = gen.let("dataType", (0, codegen_1._) `typeof ${data}`);
    const coerced = gen.let("coerced", (0, codegen_1._) `undefined`);
    if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._) `${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen
            .assign(data, (0, codegen_1._) `${data}[0]`)
            .assign(dataType, (0, codegen_1._) `typeof ${data}`)
            .if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
    }
    gen.if((0, codegen_1._) `${coerced} !== undefined`);
    for (const t of coerceTo) {
        if (COERCIBLE.has(t) || (t === "array" && opts.coerceTypes === "array")) {
            coerceSpecificType(t);
        }
    }
    gen.else();
    reportTypeError(it);
    gen.endIf();
    gen.if((0, codegen_1._) `${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
    });
    function coerceSpecificType(t) {
        switch (t) {
            case "string":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "number" || ${dataType} == "boolean"`)
                    .assign(coerced, (0, codegen_1._) `"" + ${data}`)
                    .elseIf((0, codegen_1._) `${data} === null`)
                    .assign(coerced, (0, codegen_1._) `""`);
                return;
            case "number":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "integer":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "boolean":
                gen
                    .elseIf((0, codegen_1._) `${data} === "false" || ${data} === 0 || ${data} === null`)
                    .assign(coerced, false)
                    .elseIf((0, codegen_1._) `${data} === "true" || ${data} === 1`)
                    .assign(coerced, true);
                return;
            case "null":
                gen.elseIf((0, codegen_1._) `${data} === "" || ${data} === 0 || ${data} === false`);
                gen.assign(coerced, null);
                return;
            case "array":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`)
                    .assign(coerced, (0, codegen_1._) `[${data}]`);
        }
    }
}
function assignParentData({ gen, parentData, parentDataProperty }, expr) {
    // TODO use gen.property
    gen.if((0, codegen_1._) `${parentData} !== undefined`, () => gen.assign((0, codegen_1._) `${parentData}[${parentDataProperty}]`, expr));
}
function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
    const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
    let cond;
    switch (dataType) {
        case "null":
            return (0, codegen_1._) `${data} ${EQ} null`;
        case "array":
            cond = (0, codegen_1._) `Array.isArray(${data})`;
            break;
        case "object":
            cond = (0, codegen_1._) `${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
            break;
        case "integer":
            cond = numCond((0, codegen_1._) `!(${data} % 1) && !isNaN(${data})`);
            break;
        case "number":
            cond = numCond();
            break;
        default:
            return (0, codegen_1._) `typeof ${data} ${EQ} ${dataType}`;
    }
    return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
    function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._) `typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._) `isFinite(${data})` : codegen_1.nil);
    }
}
exports.checkDataType = checkDataType;
function checkDataTypes(dataTypes, data, strictNums, correct) {
    if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
    }
    let cond;
    const types = (0, util_1.toHash)(dataTypes);
    if (types.array && types.object) {
        const notObj = (0, codegen_1._) `typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._) `!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
    }
    else {
        cond = codegen_1.nil;
    }
    if (types.number)
        delete types.integer;
    for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
    return cond;
}
exports.checkDataTypes = checkDataTypes;
const typeError = {
    message: ({ schema }) => `must be ${schema}`,
    params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._) `{type: ${schema}}` : (0, codegen_1._) `{type: ${schemaValue}}`,
};
function reportTypeError(it) {
    const cxt = getTypeErrorContext(it);
    (0, errors_1.reportError)(cxt, typeError);
}
exports.reportTypeError = reportTypeError;
function getTypeErrorContext(it) {
    const { gen, data, schema } = it;
    const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
    return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it,
    };
}
//# sourceMappingURL=dataType.js.map

/***/ }),

/***/ 1699:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assignDefaults = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function assignDefaults(it, ty) {
    const { properties, items } = it.schema;
    if (ty === "object" && properties) {
        for (const key in properties) {
            assignDefault(it, key, properties[key].default);
        }
    }
    else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
    }
}
exports.assignDefaults = assignDefaults;
function assignDefault(it, prop, defaultValue) {
    const { gen, compositeRule, data, opts } = it;
    if (defaultValue === undefined)
        return;
    const childData = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(prop)}`;
    if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
    }
    let condition = (0, codegen_1._) `${childData} === undefined`;
    if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._) `${condition} || ${childData} === null || ${childData} === ""`;
    }
    // `${childData} === undefined` +
    // (opts.useDefaults === "empty" ? ` || ${childData} === null || ${childData} === ""` : "")
    gen.if(condition, (0, codegen_1._) `${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
}
//# sourceMappingURL=defaults.js.map

/***/ }),

/***/ 7881:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
const boolSchema_1 = __nccwpck_require__(5346);
const dataType_1 = __nccwpck_require__(6685);
const applicability_1 = __nccwpck_require__(7692);
const dataType_2 = __nccwpck_require__(6685);
const defaults_1 = __nccwpck_require__(1699);
const keyword_1 = __nccwpck_require__(5202);
const subschema_1 = __nccwpck_require__(6200);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const errors_1 = __nccwpck_require__(1283);
// schema compilation - generates validation function, subschemaCode (below) is used for subschemas
function validateFunctionCode(it) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            topSchemaObjCode(it);
            return;
        }
    }
    validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
}
exports.validateFunctionCode = validateFunctionCode;
function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
    if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
            gen.code((0, codegen_1._) `"use strict"; ${funcSourceUrl(schema, opts)}`);
            destructureValCxtES5(gen, opts);
            gen.code(body);
        });
    }
    else {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
    }
}
function destructureValCxt(opts) {
    return (0, codegen_1._) `{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._) `, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
}
function destructureValCxtES5(gen, opts) {
    gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
    }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `""`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `{}`);
    });
}
function topSchemaObjCode(it) {
    const { schema, opts, gen } = it;
    validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
            commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
            resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
    });
    return;
}
function resetEvaluated(it) {
    // TODO maybe some hook to execute it in the end to check whether props/items are Name, as in assignEvaluated
    const { gen, validateName } = it;
    it.evaluated = gen.const("evaluated", (0, codegen_1._) `${validateName}.evaluated`);
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._) `${it.evaluated}.props`, (0, codegen_1._) `undefined`));
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._) `${it.evaluated}.items`, (0, codegen_1._) `undefined`));
}
function funcSourceUrl(schema, opts) {
    const schId = typeof schema == "object" && schema[opts.schemaId];
    return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._) `/*# sourceURL=${schId} */` : codegen_1.nil;
}
// schema compilation - this function is used recursively to generate code for sub-schemas
function subschemaCode(it, valid) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            subSchemaObjCode(it, valid);
            return;
        }
    }
    (0, boolSchema_1.boolOrEmptySchema)(it, valid);
}
function schemaCxtHasRules({ schema, self }) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (self.RULES.all[key])
            return true;
    return false;
}
function isSchemaObj(it) {
    return typeof it.schema != "boolean";
}
function subSchemaObjCode(it, valid) {
    const { schema, gen, opts } = it;
    if (opts.$comment && schema.$comment)
        commentKeyword(it);
    updateContext(it);
    checkAsyncSchema(it);
    const errsCount = gen.const("_errs", names_1.default.errors);
    typeAndKeywords(it, errsCount);
    // TODO var
    gen.var(valid, (0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
}
function checkKeywords(it) {
    (0, util_1.checkUnknownRules)(it);
    checkRefsAndKeywords(it);
}
function typeAndKeywords(it, errsCount) {
    if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
    const types = (0, dataType_1.getSchemaTypes)(it.schema);
    const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
    schemaKeywords(it, types, !checkedTypes, errsCount);
}
function checkRefsAndKeywords(it) {
    const { schema, errSchemaPath, opts, self } = it;
    if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
    }
}
function checkNoDefault(it) {
    const { schema, opts } = it;
    if (schema.default !== undefined && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
    }
}
function updateContext(it) {
    const schId = it.schema[it.opts.schemaId];
    if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
}
function checkAsyncSchema(it) {
    if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
}
function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
    const msg = schema.$comment;
    if (opts.$comment === true) {
        gen.code((0, codegen_1._) `${names_1.default.self}.logger.log(${msg})`);
    }
    else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str) `${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._) `${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
    }
}
function returnResults(it) {
    const { gen, schemaEnv, validateName, ValidationError, opts } = it;
    if (schemaEnv.$async) {
        // TODO assign unevaluated
        gen.if((0, codegen_1._) `${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._) `new ${ValidationError}(${names_1.default.vErrors})`));
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
            assignEvaluated(it);
        gen.return((0, codegen_1._) `${names_1.default.errors} === 0`);
    }
}
function assignEvaluated({ gen, evaluated, props, items }) {
    if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.props`, props);
    if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.items`, items);
}
function schemaKeywords(it, types, typeErrors, errsCount) {
    const { gen, schema, data, allErrors, opts, self } = it;
    const { RULES } = self;
    if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition)); // TODO typecast
        return;
    }
    if (!opts.jtd)
        checkStrictTypes(it, types);
    gen.block(() => {
        for (const group of RULES.rules)
            groupKeywords(group);
        groupKeywords(RULES.post);
    });
    function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
            return;
        if (group.type) {
            gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
            iterateKeywords(it, group);
            if (types.length === 1 && types[0] === group.type && typeErrors) {
                gen.else();
                (0, dataType_2.reportTypeError)(it);
            }
            gen.endIf();
        }
        else {
            iterateKeywords(it, group);
        }
        // TODO make it "ok" call?
        if (!allErrors)
            gen.if((0, codegen_1._) `${names_1.default.errors} === ${errsCount || 0}`);
    }
}
function iterateKeywords(it, group) {
    const { gen, schema, opts: { useDefaults }, } = it;
    if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
    gen.block(() => {
        for (const rule of group.rules) {
            if ((0, applicability_1.shouldUseRule)(schema, rule)) {
                keywordCode(it, rule.keyword, rule.definition, group.type);
            }
        }
    });
}
function checkStrictTypes(it, types) {
    if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
    checkContextTypes(it, types);
    if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
    checkKeywordTypes(it, it.dataTypes);
}
function checkContextTypes(it, types) {
    if (!types.length)
        return;
    if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
    }
    types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
            strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
    });
    narrowSchemaTypes(it, types);
}
function checkMultipleTypes(it, ts) {
    if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
    }
}
function checkKeywordTypes(it, ts) {
    const rules = it.self.RULES.all;
    for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
            const { type } = rule.definition;
            if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
                strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
            }
        }
    }
}
function hasApplicableType(schTs, kwdT) {
    return schTs.includes(kwdT) || (kwdT === "number" && schTs.includes("integer"));
}
function includesType(ts, t) {
    return ts.includes(t) || (t === "integer" && ts.includes("number"));
}
function narrowSchemaTypes(it, withTypes) {
    const ts = [];
    for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
            ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
            ts.push("integer");
    }
    it.dataTypes = ts;
}
function strictTypesError(it, msg) {
    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
    msg += ` at "${schemaPath}" (strictTypes)`;
    (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
}
class KeywordCxt {
    constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
            this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        }
        else {
            this.schemaCode = this.schemaValue;
            if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
                throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
            }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
            this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
    }
    result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
    }
    failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
            failAction();
        else
            this.error();
        if (successAction) {
            this.gen.else();
            successAction();
            if (this.allErrors)
                this.gen.endIf();
        }
        else {
            if (this.allErrors)
                this.gen.endIf();
            else
                this.gen.else();
        }
    }
    pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), undefined, failAction);
    }
    fail(condition) {
        if (condition === undefined) {
            this.error();
            if (!this.allErrors)
                this.gen.if(false); // this branch will be removed by gen.optimize
            return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
            this.gen.endIf();
        else
            this.gen.else();
    }
    fail$data(condition) {
        if (!this.$data)
            return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._) `${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
    }
    error(append, errorParams, errorPaths) {
        if (errorParams) {
            this.setParams(errorParams);
            this._error(append, errorPaths);
            this.setParams({});
            return;
        }
        this._error(append, errorPaths);
    }
    _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
    }
    $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
    }
    reset() {
        if (this.errsCount === undefined)
            throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
    }
    ok(cond) {
        if (!this.allErrors)
            this.gen.if(cond);
    }
    setParams(obj, assign) {
        if (assign)
            Object.assign(this.params, obj);
        else
            this.params = obj;
    }
    block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
            this.check$data(valid, $dataValid);
            codeBlock();
        });
    }
    check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
            return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._) `${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
            gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
            gen.elseIf(this.invalid$data());
            this.$dataError();
            if (valid !== codegen_1.nil)
                gen.assign(valid, false);
        }
        gen.else();
    }
    invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
            if (schemaType.length) {
                /* istanbul ignore if */
                if (!(schemaCode instanceof codegen_1.Name))
                    throw new Error("ajv implementation error");
                const st = Array.isArray(schemaType) ? schemaType : [schemaType];
                return (0, codegen_1._) `${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
            }
            return codegen_1.nil;
        }
        function invalid$DataSchema() {
            if (def.validateSchema) {
                const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema }); // TODO value.code for standalone
                return (0, codegen_1._) `!${validateSchemaRef}(${schemaCode})`;
            }
            return codegen_1.nil;
        }
    }
    subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: undefined, props: undefined };
        subschemaCode(nextContext, valid);
        return nextContext;
    }
    mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
            return;
        if (it.props !== true && schemaCxt.props !== undefined) {
            it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== undefined) {
            it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
    }
    mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
            gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
            return true;
        }
    }
}
exports.KeywordCxt = KeywordCxt;
function keywordCode(it, keyword, def, ruleType) {
    const cxt = new KeywordCxt(it, def, keyword);
    if ("code" in def) {
        def.code(cxt, ruleType);
    }
    else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
    else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
    }
    else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
}
const JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
const RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
function getData($data, { dataLevel, dataNames, dataPathArr }) {
    let jsonPointer;
    let data;
    if ($data === "")
        return names_1.default.rootData;
    if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
    }
    else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
            if (up >= dataLevel)
                throw new Error(errorMsg("property/index", up));
            return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
            throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
            return data;
    }
    let expr = data;
    const segments = jsonPointer.split("/");
    for (const segment of segments) {
        if (segment) {
            data = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
            expr = (0, codegen_1._) `${expr} && ${data}`;
        }
    }
    return expr;
    function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
    }
}
exports.getData = getData;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5202:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const code_1 = __nccwpck_require__(8484);
const errors_1 = __nccwpck_require__(1283);
function macroKeywordCode(cxt, def) {
    const { gen, keyword, schema, parentSchema, it } = cxt;
    const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
    const schemaRef = useKeyword(gen, keyword, macroSchema);
    if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
    const valid = gen.name("valid");
    cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true,
    }, valid);
    cxt.pass(valid, () => cxt.error(true));
}
exports.macroKeywordCode = macroKeywordCode;
function funcKeywordCode(cxt, def) {
    var _a;
    const { gen, keyword, schema, parentSchema, $data, it } = cxt;
    checkAsyncKeyword(it, def);
    const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
    const validateRef = useKeyword(gen, keyword, validate);
    const valid = gen.let("valid");
    cxt.block$data(valid, validateKeyword);
    cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
    function validateKeyword() {
        if (def.errors === false) {
            assignValid();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => cxt.error());
        }
        else {
            const ruleErrs = def.async ? validateAsync() : validateSync();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => addErrs(cxt, ruleErrs));
        }
    }
    function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._) `await `), (e) => gen.assign(valid, false).if((0, codegen_1._) `${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._) `${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
    }
    function validateSync() {
        const validateErrs = (0, codegen_1._) `${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
    }
    function assignValid(_await = def.async ? (0, codegen_1._) `await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !(("compile" in def && !$data) || def.schema === false);
        gen.assign(valid, (0, codegen_1._) `${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
    }
    function reportErrs(errors) {
        var _a;
        gen.if((0, codegen_1.not)((_a = def.valid) !== null && _a !== void 0 ? _a : valid), errors);
    }
}
exports.funcKeywordCode = funcKeywordCode;
function modifyData(cxt) {
    const { gen, data, it } = cxt;
    gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._) `${it.parentData}[${it.parentDataProperty}]`));
}
function addErrs(cxt, errs) {
    const { gen } = cxt;
    gen.if((0, codegen_1._) `Array.isArray(${errs})`, () => {
        gen
            .assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`)
            .assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
    }, () => cxt.error());
}
function checkAsyncKeyword({ schemaEnv }, def) {
    if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
}
function useKeyword(gen, keyword, result) {
    if (result === undefined)
        throw new Error(`keyword "${keyword}" failed to compile`);
    return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
}
function validSchemaType(schema, schemaType, allowUndefined = false) {
    // TODO add tests
    return (!schemaType.length ||
        schemaType.some((st) => st === "array"
            ? Array.isArray(schema)
            : st === "object"
                ? schema && typeof schema == "object" && !Array.isArray(schema)
                : typeof schema == st || (allowUndefined && typeof schema == "undefined")));
}
exports.validSchemaType = validSchemaType;
function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
    /* istanbul ignore if */
    if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
    }
    const deps = def.dependencies;
    if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
    }
    if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
            const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` +
                self.errorsText(def.validateSchema.errors);
            if (opts.validateSchema === "log")
                self.logger.error(msg);
            else
                throw new Error(msg);
        }
    }
}
exports.validateKeywordUsage = validateKeywordUsage;
//# sourceMappingURL=keyword.js.map

/***/ }),

/***/ 6200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
    if (keyword !== undefined && schema !== undefined) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
    }
    if (keyword !== undefined) {
        const sch = it.schema[keyword];
        return schemaProp === undefined
            ? {
                schema: sch,
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}`,
            }
            : {
                schema: sch[schemaProp],
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`,
            };
    }
    if (schema !== undefined) {
        if (schemaPath === undefined || errSchemaPath === undefined || topSchemaRef === undefined) {
            throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
            schema,
            schemaPath,
            topSchemaRef,
            errSchemaPath,
        };
    }
    throw new Error('either "keyword" or "schema" must be passed');
}
exports.getSubschema = getSubschema;
function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
    if (data !== undefined && dataProp !== undefined) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
    }
    const { gen } = it;
    if (dataProp !== undefined) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._) `${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._) `${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
    }
    if (data !== undefined) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true); // replaceable if used once?
        dataContextProps(nextData);
        if (propertyName !== undefined)
            subschema.propertyName = propertyName;
        // TODO something is possibly wrong here with not changing parentDataProperty and not appending dataPathArr
    }
    if (dataTypes)
        subschema.dataTypes = dataTypes;
    function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
    }
}
exports.extendSubschemaData = extendSubschemaData;
function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
    if (compositeRule !== undefined)
        subschema.compositeRule = compositeRule;
    if (createErrors !== undefined)
        subschema.createErrors = createErrors;
    if (allErrors !== undefined)
        subschema.allErrors = allErrors;
    subschema.jtdDiscriminator = jtdDiscriminator; // not inherited
    subschema.jtdMetadata = jtdMetadata; // not inherited
}
exports.extendSubschemaMode = extendSubschemaMode;
//# sourceMappingURL=subschema.js.map

/***/ }),

/***/ 3893:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
const validation_error_1 = __nccwpck_require__(3021);
const ref_error_1 = __nccwpck_require__(3162);
const rules_1 = __nccwpck_require__(7353);
const compile_1 = __nccwpck_require__(2718);
const codegen_2 = __nccwpck_require__(1436);
const resolve_1 = __nccwpck_require__(4090);
const dataType_1 = __nccwpck_require__(6685);
const util_1 = __nccwpck_require__(4464);
const $dataRefSchema = __nccwpck_require__(3837);
const uri_1 = __nccwpck_require__(6285);
const defaultRegExp = (str, flags) => new RegExp(str, flags);
defaultRegExp.code = "new RegExp";
const META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
const EXT_SCOPE_NAMES = new Set([
    "validate",
    "serialize",
    "parse",
    "wrapper",
    "root",
    "schema",
    "keyword",
    "pattern",
    "formats",
    "validate$data",
    "func",
    "obj",
    "Error",
]);
const removedOptions = {
    errorDataPath: "",
    format: "`validateFormats: false` can be used instead.",
    nullable: '"nullable" keyword is supported by default.',
    jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
    extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
    missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
    processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
    sourceCode: "Use option `code: {source: true}`",
    strictDefaults: "It is default now, see option `strict`.",
    strictKeywords: "It is default now, see option `strict`.",
    uniqueItems: '"uniqueItems" keyword is always validated.',
    unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
    cache: "Map is used as cache, schema object as key.",
    serialize: "Map is used as cache, schema object as key.",
    ajvErrors: "It is default now.",
};
const deprecatedOptions = {
    ignoreKeywordsWithRef: "",
    jsPropertySyntax: "",
    unicode: '"minLength"/"maxLength" account for unicode characters by default.',
};
const MAX_EXPRESSION = 200;
// eslint-disable-next-line complexity
function requiredOptions(o) {
    var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
    const s = o.strict;
    const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
    const optimize = _optz === true || _optz === undefined ? 1 : _optz || 0;
    const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
    const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
    return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver: uriResolver,
    };
}
class Ajv {
    constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = Object.create(null);
        this._compilations = new Set();
        this._loading = {};
        this._cache = new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
            addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
            addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
            this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
    }
    _addVocabularies() {
        this.addKeyword("$async");
    }
    _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
            _dataRefSchema = { ...$dataRefSchema };
            _dataRefSchema.id = _dataRefSchema.$id;
            delete _dataRefSchema.$id;
        }
        if (meta && $data)
            this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
    }
    defaultMeta() {
        const { meta, schemaId } = this.opts;
        return (this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : undefined);
    }
    validate(schemaKeyRef, // key, ref or schema object
    // eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
    data // to be validated
    ) {
        let v;
        if (typeof schemaKeyRef == "string") {
            v = this.getSchema(schemaKeyRef);
            if (!v)
                throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        }
        else {
            v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
            this.errors = v.errors;
        return valid;
    }
    compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
            throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
            await loadMetaSchema.call(this, _schema.$schema);
            const sch = this._addSchema(_schema, _meta);
            return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
            if ($ref && !this.getSchema($ref)) {
                await runCompileAsync.call(this, { $ref }, true);
            }
        }
        async function _compileAsync(sch) {
            try {
                return this._compileSchemaEnv(sch);
            }
            catch (e) {
                if (!(e instanceof ref_error_1.default))
                    throw e;
                checkLoaded.call(this, e);
                await loadMissingSchema.call(this, e.missingSchema);
                return _compileAsync.call(this, sch);
            }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
            if (this.refs[ref]) {
                throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
            }
        }
        async function loadMissingSchema(ref) {
            const _schema = await _loadSchema.call(this, ref);
            if (!this.refs[ref])
                await loadMetaSchema.call(this, _schema.$schema);
            if (!this.refs[ref])
                this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
            const p = this._loading[ref];
            if (p)
                return p;
            try {
                return await (this._loading[ref] = loadSchema(ref));
            }
            finally {
                delete this._loading[ref];
            }
        }
    }
    // Adds schema to the instance
    addSchema(schema, // If array is passed, `key` will be ignored
    key, // Optional schema key. Can be passed to `validate` method instead of schema object or id/ref. One schema per instance can have empty `id` and `key`.
    _meta, // true if schema is a meta-schema. Used internally, addMetaSchema should be used instead.
    _validateSchema = this.opts.validateSchema // false to skip schema validation. Used internally, option validateSchema should be used instead.
    ) {
        if (Array.isArray(schema)) {
            for (const sch of schema)
                this.addSchema(sch, undefined, _meta, _validateSchema);
            return this;
        }
        let id;
        if (typeof schema === "object") {
            const { schemaId } = this.opts;
            id = schema[schemaId];
            if (id !== undefined && typeof id != "string") {
                throw new Error(`schema ${schemaId} must be string`);
            }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
    }
    // Add schema that will be used to validate other schemas
    // options in META_IGNORE_OPTIONS are alway set to false
    addMetaSchema(schema, key, // schema key
    _validateSchema = this.opts.validateSchema // false to skip schema validation, can be used to override validateSchema option for meta-schema
    ) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
    }
    //  Validate schema against its meta-schema
    validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
            return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== undefined && typeof $schema != "string") {
            throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
            this.logger.warn("meta-schema not available");
            this.errors = null;
            return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
            const message = "schema is invalid: " + this.errorsText();
            if (this.opts.validateSchema === "log")
                this.logger.error(message);
            else
                throw new Error(message);
        }
        return valid;
    }
    // Get compiled schema by `key` or `ref`.
    // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
    getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
            keyRef = sch;
        if (sch === undefined) {
            const { schemaId } = this.opts;
            const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
            sch = compile_1.resolveSchema.call(this, root, keyRef);
            if (!sch)
                return;
            this.refs[keyRef] = sch;
        }
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    // Remove cached schema(s).
    // If no parameter is passed all schemas but meta-schemas are removed.
    // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
    // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
    removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
            this._removeAllSchemas(this.schemas, schemaKeyRef);
            this._removeAllSchemas(this.refs, schemaKeyRef);
            return this;
        }
        switch (typeof schemaKeyRef) {
            case "undefined":
                this._removeAllSchemas(this.schemas);
                this._removeAllSchemas(this.refs);
                this._cache.clear();
                return this;
            case "string": {
                const sch = getSchEnv.call(this, schemaKeyRef);
                if (typeof sch == "object")
                    this._cache.delete(sch.schema);
                delete this.schemas[schemaKeyRef];
                delete this.refs[schemaKeyRef];
                return this;
            }
            case "object": {
                const cacheKey = schemaKeyRef;
                this._cache.delete(cacheKey);
                let id = schemaKeyRef[this.opts.schemaId];
                if (id) {
                    id = (0, resolve_1.normalizeId)(id);
                    delete this.schemas[id];
                    delete this.refs[id];
                }
                return this;
            }
            default:
                throw new Error("ajv.removeSchema: invalid parameter");
        }
    }
    // add "vocabulary" - a collection of keywords
    addVocabulary(definitions) {
        for (const def of definitions)
            this.addKeyword(def);
        return this;
    }
    addKeyword(kwdOrDef, def // deprecated
    ) {
        let keyword;
        if (typeof kwdOrDef == "string") {
            keyword = kwdOrDef;
            if (typeof def == "object") {
                this.logger.warn("these parameters are deprecated, see docs for addKeyword");
                def.keyword = keyword;
            }
        }
        else if (typeof kwdOrDef == "object" && def === undefined) {
            def = kwdOrDef;
            keyword = def.keyword;
            if (Array.isArray(keyword) && !keyword.length) {
                throw new Error("addKeywords: keyword must be string or non-empty array");
            }
        }
        else {
            throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
            (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
            return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
            ...def,
            type: (0, dataType_1.getJSONTypes)(def.type),
            schemaType: (0, dataType_1.getJSONTypes)(def.schemaType),
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0
            ? (k) => addRule.call(this, k, definition)
            : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
    }
    getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
    }
    // Remove keyword
    removeKeyword(keyword) {
        // TODO return type should be Ajv
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
            const i = group.rules.findIndex((rule) => rule.keyword === keyword);
            if (i >= 0)
                group.rules.splice(i, 1);
        }
        return this;
    }
    // Add format
    addFormat(name, format) {
        if (typeof format == "string")
            format = new RegExp(format);
        this.formats[name] = format;
        return this;
    }
    errorsText(errors = this.errors, // optional array of validation errors
    { separator = ", ", dataVar = "data" } = {} // optional options with properties `separator` and `dataVar`
    ) {
        if (!errors || errors.length === 0)
            return "No errors";
        return errors
            .map((e) => `${dataVar}${e.instancePath} ${e.message}`)
            .reduce((text, msg) => text + separator + msg);
    }
    $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
            const segments = jsonPointer.split("/").slice(1); // first segment is an empty string
            let keywords = metaSchema;
            for (const seg of segments)
                keywords = keywords[seg];
            for (const key in rules) {
                const rule = rules[key];
                if (typeof rule != "object")
                    continue;
                const { $data } = rule.definition;
                const schema = keywords[key];
                if ($data && schema)
                    keywords[key] = schemaOrData(schema);
            }
        }
        return metaSchema;
    }
    _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
            const sch = schemas[keyRef];
            if (!regex || regex.test(keyRef)) {
                if (typeof sch == "string") {
                    delete schemas[keyRef];
                }
                else if (sch && !sch.meta) {
                    this._cache.delete(sch.schema);
                    delete schemas[keyRef];
                }
            }
        }
    }
    _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
            id = schema[schemaId];
        }
        else {
            if (this.opts.jtd)
                throw new Error("schema must be object");
            else if (typeof schema != "boolean")
                throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== undefined)
            return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
            // TODO atm it is allowed to overwrite schemas without id (instead of not adding them)
            if (baseId)
                this._checkUnique(baseId);
            this.refs[baseId] = sch;
        }
        if (validateSchema)
            this.validateSchema(schema, true);
        return sch;
    }
    _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
            throw new Error(`schema with key or id "${id}" already exists`);
        }
    }
    _compileSchemaEnv(sch) {
        if (sch.meta)
            this._compileMetaSchema(sch);
        else
            compile_1.compileSchema.call(this, sch);
        /* istanbul ignore if */
        if (!sch.validate)
            throw new Error("ajv implementation error");
        return sch.validate;
    }
    _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
            compile_1.compileSchema.call(this, sch);
        }
        finally {
            this.opts = currentOpts;
        }
    }
}
Ajv.ValidationError = validation_error_1.default;
Ajv.MissingRefError = ref_error_1.default;
exports["default"] = Ajv;
function checkOptions(checkOpts, options, msg, log = "error") {
    for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
            this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
    }
}
function getSchEnv(keyRef) {
    keyRef = (0, resolve_1.normalizeId)(keyRef); // TODO tests fail without this line
    return this.schemas[keyRef] || this.refs[keyRef];
}
function addInitialSchemas() {
    const optsSchemas = this.opts.schemas;
    if (!optsSchemas)
        return;
    if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
    else
        for (const key in optsSchemas)
            this.addSchema(optsSchemas[key], key);
}
function addInitialFormats() {
    for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
            this.addFormat(name, format);
    }
}
function addInitialKeywords(defs) {
    if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
    }
    this.logger.warn("keywords option as map is deprecated, pass array");
    for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
            def.keyword = keyword;
        this.addKeyword(def);
    }
}
function getMetaSchemaOptions() {
    const metaOpts = { ...this.opts };
    for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
    return metaOpts;
}
const noLogs = { log() { }, warn() { }, error() { } };
function getLogger(logger) {
    if (logger === false)
        return noLogs;
    if (logger === undefined)
        return console;
    if (logger.log && logger.warn && logger.error)
        return logger;
    throw new Error("logger must implement log, warn and error methods");
}
const KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
function checkKeyword(keyword, def) {
    const { RULES } = this;
    (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
            throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
            throw new Error(`Keyword ${kwd} has invalid name`);
    });
    if (!def)
        return;
    if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
    }
}
function addRule(keyword, definition, dataType) {
    var _a;
    const post = definition === null || definition === void 0 ? void 0 : definition.post;
    if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
    const { RULES } = this;
    let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
    if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
    }
    RULES.keywords[keyword] = true;
    if (!definition)
        return;
    const rule = {
        keyword,
        definition: {
            ...definition,
            type: (0, dataType_1.getJSONTypes)(definition.type),
            schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType),
        },
    };
    if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
    else
        ruleGroup.rules.push(rule);
    RULES.all[keyword] = rule;
    (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
}
function addBeforeRule(ruleGroup, rule, before) {
    const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
    if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
    }
    else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
    }
}
function keywordMetaschema(def) {
    let { metaSchema } = def;
    if (metaSchema === undefined)
        return;
    if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
    def.validateSchema = this.compile(metaSchema, true);
}
const $dataRef = {
    $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
};
function schemaOrData(schema) {
    return { anyOf: [schema, $dataRef] };
}
//# sourceMappingURL=core.js.map

/***/ }),

/***/ 3995:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const metaSchema = __nccwpck_require__(1678);
const applicator = __nccwpck_require__(7216);
const unevaluated = __nccwpck_require__(9547);
const content = __nccwpck_require__(8226);
const core = __nccwpck_require__(518);
const format = __nccwpck_require__(4588);
const metadata = __nccwpck_require__(5707);
const validation = __nccwpck_require__(7082);
const META_SUPPORT_DATA = ["/properties"];
function addMetaSchema2020($data) {
    ;
    [
        metaSchema,
        applicator,
        unevaluated,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation),
    ].forEach((sch) => this.addMetaSchema(sch, undefined, false));
    return this;
    function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
    }
}
exports["default"] = addMetaSchema2020;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 4951:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __nccwpck_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 6285:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const uri = __nccwpck_require__(4352);
uri.code = 'require("ajv/dist/runtime/uri").default';
exports["default"] = uri;
//# sourceMappingURL=uri.js.map

/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
class ValidationError extends Error {
    constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
    }
}
exports["default"] = ValidationError;
//# sourceMappingURL=validation_error.js.map

/***/ }),

/***/ 3448:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateAdditionalItems = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "additionalItems",
    type: "array",
    schemaType: ["boolean", "object"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
            (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
            return;
        }
        validateAdditionalItems(cxt, items);
    },
};
function validateAdditionalItems(cxt, items) {
    const { gen, schema, data, keyword, it } = cxt;
    it.items = true;
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._) `${len} <= ${items.length}`);
    }
    else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._) `${len} <= ${items.length}`); // TODO var
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
    }
    function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
            cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
    }
}
exports.validateAdditionalItems = validateAdditionalItems;
exports["default"] = def;
//# sourceMappingURL=additionalItems.js.map

/***/ }),

/***/ 2431:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must NOT have additional properties",
    params: ({ params }) => (0, codegen_1._) `{additionalProperty: ${params.additionalProperty}}`,
};
const def = {
    keyword: "additionalProperties",
    type: ["object"],
    schemaType: ["boolean", "object"],
    allowUndefined: true,
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        /* istanbul ignore if */
        if (!errsCount)
            throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
            return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
            gen.forIn("key", data, (key) => {
                if (!props.length && !patProps.length)
                    additionalPropertyCode(key);
                else
                    gen.if(isAdditional(key), () => additionalPropertyCode(key));
            });
        }
        function isAdditional(key) {
            let definedProp;
            if (props.length > 8) {
                // TODO maybe an option instead of hard-coded 8?
                const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
                definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
            }
            else if (props.length) {
                definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._) `${key} === ${p}`));
            }
            else {
                definedProp = codegen_1.nil;
            }
            if (patProps.length) {
                definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._) `${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
            }
            return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
            gen.code((0, codegen_1._) `delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
            if (opts.removeAdditional === "all" || (opts.removeAdditional && schema === false)) {
                deleteAdditional(key);
                return;
            }
            if (schema === false) {
                cxt.setParams({ additionalProperty: key });
                cxt.error();
                if (!allErrors)
                    gen.break();
                return;
            }
            if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
                const valid = gen.name("valid");
                if (opts.removeAdditional === "failing") {
                    applyAdditionalSchema(key, valid, false);
                    gen.if((0, codegen_1.not)(valid), () => {
                        cxt.reset();
                        deleteAdditional(key);
                    });
                }
                else {
                    applyAdditionalSchema(key, valid);
                    if (!allErrors)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                }
            }
        }
        function applyAdditionalSchema(key, valid, errors) {
            const subschema = {
                keyword: "additionalProperties",
                dataProp: key,
                dataPropType: util_1.Type.Str,
            };
            if (errors === false) {
                Object.assign(subschema, {
                    compositeRule: true,
                    createErrors: false,
                    allErrors: false,
                });
            }
            cxt.subschema(subschema, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=additionalProperties.js.map

/***/ }),

/***/ 9205:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "allOf",
    schemaType: "array",
    code(cxt) {
        const { gen, schema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
            if ((0, util_1.alwaysValidSchema)(it, sch))
                return;
            const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
            cxt.ok(valid);
            cxt.mergeEvaluated(schCxt);
        });
    },
};
exports["default"] = def;
//# sourceMappingURL=allOf.js.map

/***/ }),

/***/ 9380:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "anyOf",
    schemaType: "array",
    trackErrors: true,
    code: code_1.validateUnion,
    error: { message: "must match a schema in anyOf" },
};
exports["default"] = def;
//# sourceMappingURL=anyOf.js.map

/***/ }),

/***/ 6182:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { min, max } }) => max === undefined
        ? (0, codegen_1.str) `must contain at least ${min} valid item(s)`
        : (0, codegen_1.str) `must contain at least ${min} and no more than ${max} valid item(s)`,
    params: ({ params: { min, max } }) => max === undefined ? (0, codegen_1._) `{minContains: ${min}}` : (0, codegen_1._) `{minContains: ${min}, maxContains: ${max}}`,
};
const def = {
    keyword: "contains",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
            min = minContains === undefined ? 1 : minContains;
            max = maxContains;
        }
        else {
            min = 1;
        }
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        cxt.setParams({ min, max });
        if (max === undefined && min === 0) {
            (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
            return;
        }
        if (max !== undefined && min > max) {
            (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
            cxt.fail();
            return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            let cond = (0, codegen_1._) `${len} >= ${min}`;
            if (max !== undefined)
                cond = (0, codegen_1._) `${cond} && ${len} <= ${max}`;
            cxt.pass(cond);
            return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === undefined && min === 1) {
            validateItems(valid, () => gen.if(valid, () => gen.break()));
        }
        else if (min === 0) {
            gen.let(valid, true);
            if (max !== undefined)
                gen.if((0, codegen_1._) `${data}.length > 0`, validateItemsWithCount);
        }
        else {
            gen.let(valid, false);
            validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
            const schValid = gen.name("_valid");
            const count = gen.let("count", 0);
            validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
            gen.forRange("i", 0, len, (i) => {
                cxt.subschema({
                    keyword: "contains",
                    dataProp: i,
                    dataPropType: util_1.Type.Num,
                    compositeRule: true,
                }, _valid);
                block();
            });
        }
        function checkLimits(count) {
            gen.code((0, codegen_1._) `${count}++`);
            if (max === undefined) {
                gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true).break());
            }
            else {
                gen.if((0, codegen_1._) `${count} > ${max}`, () => gen.assign(valid, false).break());
                if (min === 1)
                    gen.assign(valid, true);
                else
                    gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true));
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=contains.js.map

/***/ }),

/***/ 5826:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
exports.error = {
    message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str) `must have ${property_ies} ${deps} when property ${property} is present`;
    },
    params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._) `{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`, // TODO change to reference
};
const def = {
    keyword: "dependencies",
    type: "object",
    schemaType: "object",
    error: exports.error,
    code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
    },
};
function splitDependencies({ schema }) {
    const propertyDeps = {};
    const schemaDeps = {};
    for (const key in schema) {
        if (key === "__proto__")
            continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
    }
    return [propertyDeps, schemaDeps];
}
function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
    const { gen, data, it } = cxt;
    if (Object.keys(propertyDeps).length === 0)
        return;
    const missing = gen.let("missing");
    for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
            continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
            property: prop,
            depsCount: deps.length,
            deps: deps.join(", "),
        });
        if (it.allErrors) {
            gen.if(hasProperty, () => {
                for (const depProp of deps) {
                    (0, code_1.checkReportMissingProp)(cxt, depProp);
                }
            });
        }
        else {
            gen.if((0, codegen_1._) `${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
        }
    }
}
exports.validatePropertyDeps = validatePropertyDeps;
function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
            continue;
        gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties), () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
        }, () => gen.var(valid, true) // TODO var
        );
        cxt.ok(valid);
    }
}
exports.validateSchemaDeps = validateSchemaDeps;
exports["default"] = def;
//# sourceMappingURL=dependencies.js.map

/***/ }),

/***/ 3818:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dependencies_1 = __nccwpck_require__(5826);
const def = {
    keyword: "dependentSchemas",
    type: "object",
    schemaType: "object",
    code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt),
};
exports["default"] = def;
//# sourceMappingURL=dependentSchemas.js.map

/***/ }),

/***/ 8584:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params }) => (0, codegen_1.str) `must match "${params.ifClause}" schema`,
    params: ({ params }) => (0, codegen_1._) `{failingKeyword: ${params.ifClause}}`,
};
const def = {
    keyword: "if",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === undefined && parentSchema.else === undefined) {
            (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
            return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
            const ifClause = gen.let("ifClause");
            cxt.setParams({ ifClause });
            gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        }
        else if (hasThen) {
            gen.if(schValid, validateClause("then"));
        }
        else {
            gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
            const schCxt = cxt.subschema({
                keyword: "if",
                compositeRule: true,
                createErrors: false,
                allErrors: false,
            }, schValid);
            cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
            return () => {
                const schCxt = cxt.subschema({ keyword }, schValid);
                gen.assign(valid, schValid);
                cxt.mergeValidEvaluated(schCxt, valid);
                if (ifClause)
                    gen.assign(ifClause, (0, codegen_1._) `${keyword}`);
                else
                    cxt.setParams({ ifClause: keyword });
            };
        }
    },
};
function hasSchema(it, keyword) {
    const schema = it.schema[keyword];
    return schema !== undefined && !(0, util_1.alwaysValidSchema)(it, schema);
}
exports["default"] = def;
//# sourceMappingURL=if.js.map

/***/ }),

/***/ 8775:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const additionalItems_1 = __nccwpck_require__(3448);
const prefixItems_1 = __nccwpck_require__(6467);
const items_1 = __nccwpck_require__(5791);
const items2020_1 = __nccwpck_require__(2959);
const contains_1 = __nccwpck_require__(6182);
const dependencies_1 = __nccwpck_require__(5826);
const propertyNames_1 = __nccwpck_require__(1372);
const additionalProperties_1 = __nccwpck_require__(2431);
const properties_1 = __nccwpck_require__(8778);
const patternProperties_1 = __nccwpck_require__(664);
const not_1 = __nccwpck_require__(8350);
const anyOf_1 = __nccwpck_require__(9380);
const oneOf_1 = __nccwpck_require__(2490);
const allOf_1 = __nccwpck_require__(9205);
const if_1 = __nccwpck_require__(8584);
const thenElse_1 = __nccwpck_require__(6829);
function getApplicator(draft2020 = false) {
    const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default,
    ];
    // array
    if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
    else
        applicator.push(additionalItems_1.default, items_1.default);
    applicator.push(contains_1.default);
    return applicator;
}
exports["default"] = getApplicator;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5791:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateTuple = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "array", "boolean"],
    before: "uniqueItems",
    code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
            return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        cxt.ok((0, code_1.validateArray)(cxt));
    },
};
function validateTuple(cxt, extraItems, schArr = cxt.schema) {
    const { gen, parentSchema, data, keyword, it } = cxt;
    checkStrictTuple(parentSchema);
    if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
    }
    const valid = gen.name("valid");
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
        gen.if((0, codegen_1._) `${len} > ${i}`, () => cxt.subschema({
            keyword,
            schemaProp: i,
            dataProp: i,
        }, valid));
        cxt.ok(valid);
    });
    function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
            const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
            (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
    }
}
exports.validateTuple = validateTuple;
exports["default"] = def;
//# sourceMappingURL=items.js.map

/***/ }),

/***/ 2959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const additionalItems_1 = __nccwpck_require__(3448);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        if (prefixItems)
            (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
            cxt.ok((0, code_1.validateArray)(cxt));
    },
};
exports["default"] = def;
//# sourceMappingURL=items2020.js.map

/***/ }),

/***/ 8350:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "not",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            cxt.fail();
            return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
            keyword: "not",
            compositeRule: true,
            createErrors: false,
            allErrors: false,
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
    },
    error: { message: "must NOT be valid" },
};
exports["default"] = def;
//# sourceMappingURL=not.js.map

/***/ }),

/***/ 2490:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must match exactly one schema in oneOf",
    params: ({ params }) => (0, codegen_1._) `{passingSchemas: ${params.passing}}`,
};
const def = {
    keyword: "oneOf",
    schemaType: "array",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
            return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        // TODO possibly fail straight away (with warning or exception) if there are two empty always valid schemas
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
            schArr.forEach((sch, i) => {
                let schCxt;
                if ((0, util_1.alwaysValidSchema)(it, sch)) {
                    gen.var(schValid, true);
                }
                else {
                    schCxt = cxt.subschema({
                        keyword: "oneOf",
                        schemaProp: i,
                        compositeRule: true,
                    }, schValid);
                }
                if (i > 0) {
                    gen
                        .if((0, codegen_1._) `${schValid} && ${valid}`)
                        .assign(valid, false)
                        .assign(passing, (0, codegen_1._) `[${passing}, ${i}]`)
                        .else();
                }
                gen.if(schValid, () => {
                    gen.assign(valid, true);
                    gen.assign(passing, i);
                    if (schCxt)
                        cxt.mergeEvaluated(schCxt, codegen_1.Name);
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=oneOf.js.map

/***/ }),

/***/ 664:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const util_2 = __nccwpck_require__(4464);
const def = {
    keyword: "patternProperties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 ||
            (alwaysValidPatterns.length === patterns.length &&
                (!it.opts.unevaluated || it.props === true))) {
            return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
            it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
            for (const pat of patterns) {
                if (checkProperties)
                    checkMatchingProperties(pat);
                if (it.allErrors) {
                    validateProperties(pat);
                }
                else {
                    gen.var(valid, true); // TODO var
                    validateProperties(pat);
                    gen.if(valid);
                }
            }
        }
        function checkMatchingProperties(pat) {
            for (const prop in checkProperties) {
                if (new RegExp(pat).test(prop)) {
                    (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
                }
            }
        }
        function validateProperties(pat) {
            gen.forIn("key", data, (key) => {
                gen.if((0, codegen_1._) `${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
                    const alwaysValid = alwaysValidPatterns.includes(pat);
                    if (!alwaysValid) {
                        cxt.subschema({
                            keyword: "patternProperties",
                            schemaProp: pat,
                            dataProp: key,
                            dataPropType: util_2.Type.Str,
                        }, valid);
                    }
                    if (it.opts.unevaluated && props !== true) {
                        gen.assign((0, codegen_1._) `${props}[${key}]`, true);
                    }
                    else if (!alwaysValid && !it.allErrors) {
                        // can short-circuit if `unevaluatedProperties` is not supported (opts.next === false)
                        // or if all properties were evaluated (props === true)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                    }
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=patternProperties.js.map

/***/ }),

/***/ 6467:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const items_1 = __nccwpck_require__(5791);
const def = {
    keyword: "prefixItems",
    type: "array",
    schemaType: ["array"],
    before: "uniqueItems",
    code: (cxt) => (0, items_1.validateTuple)(cxt, "items"),
};
exports["default"] = def;
//# sourceMappingURL=prefixItems.js.map

/***/ }),

/***/ 8778:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const validate_1 = __nccwpck_require__(7881);
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const additionalProperties_1 = __nccwpck_require__(2431);
const def = {
    keyword: "properties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === undefined) {
            additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
            it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
            it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
            return;
        const valid = gen.name("valid");
        for (const prop of properties) {
            if (hasDefault(prop)) {
                applyPropertySchema(prop);
            }
            else {
                gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
                applyPropertySchema(prop);
                if (!it.allErrors)
                    gen.else().var(valid, true);
                gen.endIf();
            }
            cxt.it.definedProperties.add(prop);
            cxt.ok(valid);
        }
        function hasDefault(prop) {
            return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== undefined;
        }
        function applyPropertySchema(prop) {
            cxt.subschema({
                keyword: "properties",
                schemaProp: prop,
                dataProp: prop,
            }, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=properties.js.map

/***/ }),

/***/ 1372:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "property name must be valid",
    params: ({ params }) => (0, codegen_1._) `{propertyName: ${params.propertyName}}`,
};
const def = {
    keyword: "propertyNames",
    type: "object",
    schemaType: ["object", "boolean"],
    error,
    code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
            cxt.setParams({ propertyName: key });
            cxt.subschema({
                keyword: "propertyNames",
                data: key,
                dataTypes: ["string"],
                propertyName: key,
                compositeRule: true,
            }, valid);
            gen.if((0, codegen_1.not)(valid), () => {
                cxt.error(true);
                if (!it.allErrors)
                    gen.break();
            });
        });
        cxt.ok(valid);
    },
};
exports["default"] = def;
//# sourceMappingURL=propertyNames.js.map

/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: ["then", "else"],
    schemaType: ["object", "boolean"],
    code({ keyword, parentSchema, it }) {
        if (parentSchema.if === undefined)
            (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
    },
};
exports["default"] = def;
//# sourceMappingURL=thenElse.js.map

/***/ }),

/***/ 8484:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
const util_2 = __nccwpck_require__(4464);
function checkReportMissingProp(cxt, prop) {
    const { gen, data, it } = cxt;
    gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._) `${prop}` }, true);
        cxt.error();
    });
}
exports.checkReportMissingProp = checkReportMissingProp;
function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
    return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._) `${missing} = ${prop}`)));
}
exports.checkMissingProp = checkMissingProp;
function reportMissingProp(cxt, missing) {
    cxt.setParams({ missingProperty: missing }, true);
    cxt.error();
}
exports.reportMissingProp = reportMissingProp;
function hasPropFunc(gen) {
    return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._) `Object.prototype.hasOwnProperty`,
    });
}
exports.hasPropFunc = hasPropFunc;
function isOwnProperty(gen, data, property) {
    return (0, codegen_1._) `${hasPropFunc(gen)}.call(${data}, ${property})`;
}
exports.isOwnProperty = isOwnProperty;
function propertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
    return ownProperties ? (0, codegen_1._) `${cond} && ${isOwnProperty(gen, data, property)}` : cond;
}
exports.propertyInData = propertyInData;
function noPropertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} === undefined`;
    return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
}
exports.noPropertyInData = noPropertyInData;
function allSchemaProperties(schemaMap) {
    return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
}
exports.allSchemaProperties = allSchemaProperties;
function schemaProperties(it, schemaMap) {
    return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
}
exports.schemaProperties = schemaProperties;
function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
    const dataAndSchema = passSchema ? (0, codegen_1._) `${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
    const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData],
    ];
    if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
    const args = (0, codegen_1._) `${dataAndSchema}, ${gen.object(...valCxt)}`;
    return context !== codegen_1.nil ? (0, codegen_1._) `${func}.call(${context}, ${args})` : (0, codegen_1._) `${func}(${args})`;
}
exports.callValidateCode = callValidateCode;
const newRegExp = (0, codegen_1._) `new RegExp`;
function usePattern({ gen, it: { opts } }, pattern) {
    const u = opts.unicodeRegExp ? "u" : "";
    const { regExp } = opts.code;
    const rx = regExp(pattern, u);
    return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._) `${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`,
    });
}
exports.usePattern = usePattern;
function validateArray(cxt) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
    }
    gen.var(valid, true);
    validateItems(() => gen.break());
    return valid;
    function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
                keyword,
                dataProp: i,
                dataPropType: util_1.Type.Num,
            }, valid);
            gen.if((0, codegen_1.not)(valid), notValid);
        });
    }
}
exports.validateArray = validateArray;
function validateUnion(cxt) {
    const { gen, schema, keyword, it } = cxt;
    /* istanbul ignore if */
    if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
    const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
    if (alwaysValid && !it.opts.unevaluated)
        return;
    const valid = gen.let("valid", false);
    const schValid = gen.name("_valid");
    gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
            keyword,
            schemaProp: i,
            compositeRule: true,
        }, schValid);
        gen.assign(valid, (0, codegen_1._) `${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        // can short-circuit if `unevaluatedProperties/Items` not supported (opts.unevaluated !== true)
        // or if all properties and items were evaluated (it.props === true && it.items === true)
        if (!merged)
            gen.if((0, codegen_1.not)(valid));
    }));
    cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
}
exports.validateUnion = validateUnion;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 9872:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const def = {
    keyword: "id",
    code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
    },
};
exports["default"] = def;
//# sourceMappingURL=id.js.map

/***/ }),

/***/ 7397:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const id_1 = __nccwpck_require__(9872);
const ref_1 = __nccwpck_require__(2996);
const core = [
    "$schema",
    "$id",
    "$defs",
    "$vocabulary",
    { keyword: "$comment" },
    "definitions",
    id_1.default,
    ref_1.default,
];
exports["default"] = core;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 2996:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.callRef = exports.getValidate = void 0;
const ref_error_1 = __nccwpck_require__(3162);
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const compile_1 = __nccwpck_require__(2718);
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "$ref",
    schemaType: "string",
    code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
            return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === undefined)
            throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
            return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
            if (env === root)
                return callRef(cxt, validateName, env, env.$async);
            const rootName = gen.scopeValue("root", { ref: root });
            return callRef(cxt, (0, codegen_1._) `${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
            const v = getValidate(cxt, sch);
            callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
            const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
            const valid = gen.name("valid");
            const schCxt = cxt.subschema({
                schema: sch,
                dataTypes: [],
                schemaPath: codegen_1.nil,
                topSchemaRef: schName,
                errSchemaPath: $ref,
            }, valid);
            cxt.mergeEvaluated(schCxt);
            cxt.ok(valid);
        }
    },
};
function getValidate(cxt, sch) {
    const { gen } = cxt;
    return sch.validate
        ? gen.scopeValue("validate", { ref: sch.validate })
        : (0, codegen_1._) `${gen.scopeValue("wrapper", { ref: sch })}.validate`;
}
exports.getValidate = getValidate;
function callRef(cxt, v, sch, $async) {
    const { gen, it } = cxt;
    const { allErrors, schemaEnv: env, opts } = it;
    const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
    if ($async)
        callAsyncRef();
    else
        callSyncRef();
    function callAsyncRef() {
        if (!env.$async)
            throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
            gen.code((0, codegen_1._) `await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
            addEvaluatedFrom(v); // TODO will not work with async, it has to be returned with the result
            if (!allErrors)
                gen.assign(valid, true);
        }, (e) => {
            gen.if((0, codegen_1._) `!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
            addErrorsFrom(e);
            if (!allErrors)
                gen.assign(valid, false);
        });
        cxt.ok(valid);
    }
    function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
    }
    function addErrorsFrom(source) {
        const errs = (0, codegen_1._) `${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`); // TODO tagged
        gen.assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
    }
    function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
            return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        // TODO refactor
        if (it.props !== true) {
            if (schEvaluated && !schEvaluated.dynamicProps) {
                if (schEvaluated.props !== undefined) {
                    it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
                }
            }
            else {
                const props = gen.var("props", (0, codegen_1._) `${source}.evaluated.props`);
                it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
            }
        }
        if (it.items !== true) {
            if (schEvaluated && !schEvaluated.dynamicItems) {
                if (schEvaluated.items !== undefined) {
                    it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
                }
            }
            else {
                const items = gen.var("items", (0, codegen_1._) `${source}.evaluated.items`);
                it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
            }
        }
    }
}
exports.callRef = callRef;
exports["default"] = def;
//# sourceMappingURL=ref.js.map

/***/ }),

/***/ 8886:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const types_1 = __nccwpck_require__(7115);
const compile_1 = __nccwpck_require__(2718);
const ref_error_1 = __nccwpck_require__(3162);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag
        ? `tag "${tagName}" must be string`
        : `value of tag "${tagName}" must be in oneOf`,
    params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._) `{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`,
};
const def = {
    keyword: "discriminator",
    type: "object",
    schemaType: "object",
    error,
    code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
            throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
            throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
            throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
            throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._) `typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
            const mapping = getMapping();
            gen.if(false);
            for (const tagValue in mapping) {
                gen.elseIf((0, codegen_1._) `${tag} === ${tagValue}`);
                gen.assign(valid, applyTagSchema(mapping[tagValue]));
            }
            gen.else();
            cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
            gen.endIf();
        }
        function applyTagSchema(schemaProp) {
            const _valid = gen.name("valid");
            const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
            cxt.mergeEvaluated(schCxt, codegen_1.Name);
            return _valid;
        }
        function getMapping() {
            var _a;
            const oneOfMapping = {};
            const topRequired = hasRequired(parentSchema);
            let tagRequired = true;
            for (let i = 0; i < oneOf.length; i++) {
                let sch = oneOf[i];
                if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
                    const ref = sch.$ref;
                    sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
                    if (sch instanceof compile_1.SchemaEnv)
                        sch = sch.schema;
                    if (sch === undefined)
                        throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
                }
                const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
                if (typeof propSch != "object") {
                    throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
                }
                tagRequired = tagRequired && (topRequired || hasRequired(sch));
                addMappings(propSch, i);
            }
            if (!tagRequired)
                throw new Error(`discriminator: "${tagName}" must be required`);
            return oneOfMapping;
            function hasRequired({ required }) {
                return Array.isArray(required) && required.includes(tagName);
            }
            function addMappings(sch, i) {
                if (sch.const) {
                    addMapping(sch.const, i);
                }
                else if (sch.enum) {
                    for (const tagValue of sch.enum) {
                        addMapping(tagValue, i);
                    }
                }
                else {
                    throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
                }
            }
            function addMapping(tagValue, i) {
                if (typeof tagValue != "string" || tagValue in oneOfMapping) {
                    throw new Error(`discriminator: "${tagName}" values must be unique strings`);
                }
                oneOfMapping[tagValue] = i;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7115:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DiscrError = void 0;
var DiscrError;
(function (DiscrError) {
    DiscrError["Tag"] = "tag";
    DiscrError["Mapping"] = "mapping";
})(DiscrError || (exports.DiscrError = DiscrError = {}));
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 4298:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const core_1 = __nccwpck_require__(7397);
const validation_1 = __nccwpck_require__(5481);
const applicator_1 = __nccwpck_require__(8775);
const dynamic_1 = __nccwpck_require__(9923);
const next_1 = __nccwpck_require__(7844);
const unevaluated_1 = __nccwpck_require__(2010);
const format_1 = __nccwpck_require__(2601);
const metadata_1 = __nccwpck_require__(6620);
const draft2020Vocabularies = [
    dynamic_1.default,
    core_1.default,
    validation_1.default,
    (0, applicator_1.default)(true),
    format_1.default,
    metadata_1.metadataVocabulary,
    metadata_1.contentVocabulary,
    next_1.default,
    unevaluated_1.default,
];
exports["default"] = draft2020Vocabularies;
//# sourceMappingURL=draft2020.js.map

/***/ }),

/***/ 8639:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.dynamicAnchor = void 0;
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const compile_1 = __nccwpck_require__(2718);
const ref_1 = __nccwpck_require__(2996);
const def = {
    keyword: "$dynamicAnchor",
    schemaType: "string",
    code: (cxt) => dynamicAnchor(cxt, cxt.schema),
};
function dynamicAnchor(cxt, anchor) {
    const { gen, it } = cxt;
    it.schemaEnv.root.dynamicAnchors[anchor] = true;
    const v = (0, codegen_1._) `${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
    const validate = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
    gen.if((0, codegen_1._) `!${v}`, () => gen.assign(v, validate));
}
exports.dynamicAnchor = dynamicAnchor;
function _getValidate(cxt) {
    const { schemaEnv, schema, self } = cxt.it;
    const { root, baseId, localRefs, meta } = schemaEnv.root;
    const { schemaId } = self.opts;
    const sch = new compile_1.SchemaEnv({ schema, schemaId, root, baseId, localRefs, meta });
    compile_1.compileSchema.call(self, sch);
    return (0, ref_1.getValidate)(cxt, sch);
}
exports["default"] = def;
//# sourceMappingURL=dynamicAnchor.js.map

/***/ }),

/***/ 5065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.dynamicRef = void 0;
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const ref_1 = __nccwpck_require__(2996);
const def = {
    keyword: "$dynamicRef",
    schemaType: "string",
    code: (cxt) => dynamicRef(cxt, cxt.schema),
};
function dynamicRef(cxt, ref) {
    const { gen, keyword, it } = cxt;
    if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
    const anchor = ref.slice(1);
    if (it.allErrors) {
        _dynamicRef();
    }
    else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
    }
    function _dynamicRef(valid) {
        // TODO the assumption here is that `recursiveRef: #` always points to the root
        // of the schema object, which is not correct, because there may be $id that
        // makes # point to it, and the target schema may not contain dynamic/recursiveAnchor.
        // Because of that 2 tests in recursiveRef.json fail.
        // This is a similar problem to #815 (`$id` doesn't alter resolution scope for `{ "$ref": "#" }`).
        // (This problem is not tested in JSON-Schema-Test-Suite)
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
            const v = gen.let("_v", (0, codegen_1._) `${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
            gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        }
        else {
            _callRef(it.validateName, valid)();
        }
    }
    function _callRef(validate, valid) {
        return valid
            ? () => gen.block(() => {
                (0, ref_1.callRef)(cxt, validate);
                gen.let(valid, true);
            })
            : () => (0, ref_1.callRef)(cxt, validate);
    }
}
exports.dynamicRef = dynamicRef;
exports["default"] = def;
//# sourceMappingURL=dynamicRef.js.map

/***/ }),

/***/ 9923:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dynamicAnchor_1 = __nccwpck_require__(8639);
const dynamicRef_1 = __nccwpck_require__(5065);
const recursiveAnchor_1 = __nccwpck_require__(9982);
const recursiveRef_1 = __nccwpck_require__(1794);
const dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
exports["default"] = dynamic;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 9982:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dynamicAnchor_1 = __nccwpck_require__(8639);
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "$recursiveAnchor",
    schemaType: "boolean",
    code(cxt) {
        if (cxt.schema)
            (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
            (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
    },
};
exports["default"] = def;
//# sourceMappingURL=recursiveAnchor.js.map

/***/ }),

/***/ 1794:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dynamicRef_1 = __nccwpck_require__(5065);
const def = {
    keyword: "$recursiveRef",
    schemaType: "string",
    code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema),
};
exports["default"] = def;
//# sourceMappingURL=recursiveRef.js.map

/***/ }),

/***/ 6402:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match format "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{format: ${schemaCode}}`,
};
const def = {
    keyword: "format",
    type: ["number", "string"],
    schemaType: "string",
    $data: true,
    error,
    code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
            return;
        if ($data)
            validate$DataFormat();
        else
            validateFormat();
        function validate$DataFormat() {
            const fmts = gen.scopeValue("formats", {
                ref: self.formats,
                code: opts.code.formats,
            });
            const fDef = gen.const("fDef", (0, codegen_1._) `${fmts}[${schemaCode}]`);
            const fType = gen.let("fType");
            const format = gen.let("format");
            // TODO simplify
            gen.if((0, codegen_1._) `typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._) `${fDef}.type || "string"`).assign(format, (0, codegen_1._) `${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._) `"string"`).assign(format, fDef));
            cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
            function unknownFmt() {
                if (opts.strictSchema === false)
                    return codegen_1.nil;
                return (0, codegen_1._) `${schemaCode} && !${format}`;
            }
            function invalidFmt() {
                const callFormat = schemaEnv.$async
                    ? (0, codegen_1._) `(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))`
                    : (0, codegen_1._) `${format}(${data})`;
                const validData = (0, codegen_1._) `(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
                return (0, codegen_1._) `${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
            }
        }
        function validateFormat() {
            const formatDef = self.formats[schema];
            if (!formatDef) {
                unknownFormat();
                return;
            }
            if (formatDef === true)
                return;
            const [fmtType, format, fmtRef] = getFormat(formatDef);
            if (fmtType === ruleType)
                cxt.pass(validCondition());
            function unknownFormat() {
                if (opts.strictSchema === false) {
                    self.logger.warn(unknownMsg());
                    return;
                }
                throw new Error(unknownMsg());
                function unknownMsg() {
                    return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
                }
            }
            function getFormat(fmtDef) {
                const code = fmtDef instanceof RegExp
                    ? (0, codegen_1.regexpCode)(fmtDef)
                    : opts.code.formats
                        ? (0, codegen_1._) `${opts.code.formats}${(0, codegen_1.getProperty)(schema)}`
                        : undefined;
                const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
                if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
                    return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._) `${fmt}.validate`];
                }
                return ["string", fmtDef, fmt];
            }
            function validCondition() {
                if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
                    if (!schemaEnv.$async)
                        throw new Error("async format in sync schema");
                    return (0, codegen_1._) `await ${fmtRef}(${data})`;
                }
                return typeof format == "function" ? (0, codegen_1._) `${fmtRef}(${data})` : (0, codegen_1._) `${fmtRef}.test(${data})`;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=format.js.map

/***/ }),

/***/ 2601:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const format_1 = __nccwpck_require__(6402);
const format = [format_1.default];
exports["default"] = format;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6620:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.contentVocabulary = exports.metadataVocabulary = void 0;
exports.metadataVocabulary = [
    "title",
    "description",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
    "examples",
];
exports.contentVocabulary = [
    "contentMediaType",
    "contentEncoding",
    "contentSchema",
];
//# sourceMappingURL=metadata.js.map

/***/ }),

/***/ 7844:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dependentRequired_1 = __nccwpck_require__(643);
const dependentSchemas_1 = __nccwpck_require__(3818);
const limitContains_1 = __nccwpck_require__(3907);
const next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
exports["default"] = next;
//# sourceMappingURL=next.js.map

/***/ }),

/***/ 2010:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const unevaluatedProperties_1 = __nccwpck_require__(6855);
const unevaluatedItems_1 = __nccwpck_require__(4144);
const unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
exports["default"] = unevaluated;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 4144:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "unevaluatedItems",
    type: "array",
    schemaType: ["boolean", "object"],
    error,
    code(cxt) {
        const { gen, schema, data, it } = cxt;
        const items = it.items || 0;
        if (items === true)
            return;
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        if (schema === false) {
            cxt.setParams({ len: items });
            cxt.fail((0, codegen_1._) `${len} > ${items}`);
        }
        else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.var("valid", (0, codegen_1._) `${len} <= ${items}`);
            gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
            cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
            gen.forRange("i", from, len, (i) => {
                cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
                if (!it.allErrors)
                    gen.if((0, codegen_1.not)(valid), () => gen.break());
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=unevaluatedItems.js.map

/***/ }),

/***/ 6855:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
const error = {
    message: "must NOT have unevaluated properties",
    params: ({ params }) => (0, codegen_1._) `{unevaluatedProperty: ${params.unevaluatedProperty}}`,
};
const def = {
    keyword: "unevaluatedProperties",
    type: "object",
    schemaType: ["boolean", "object"],
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, data, errsCount, it } = cxt;
        /* istanbul ignore if */
        if (!errsCount)
            throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
            gen.if((0, codegen_1._) `${props} !== true`, () => gen.forIn("key", data, (key) => gen.if(unevaluatedDynamic(props, key), () => unevaluatedPropCode(key))));
        }
        else if (props !== true) {
            gen.forIn("key", data, (key) => props === undefined
                ? unevaluatedPropCode(key)
                : gen.if(unevaluatedStatic(props, key), () => unevaluatedPropCode(key)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key) {
            if (schema === false) {
                cxt.setParams({ unevaluatedProperty: key });
                cxt.error();
                if (!allErrors)
                    gen.break();
                return;
            }
            if (!(0, util_1.alwaysValidSchema)(it, schema)) {
                const valid = gen.name("valid");
                cxt.subschema({
                    keyword: "unevaluatedProperties",
                    dataProp: key,
                    dataPropType: util_1.Type.Str,
                }, valid);
                if (!allErrors)
                    gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
        }
        function unevaluatedDynamic(evaluatedProps, key) {
            return (0, codegen_1._) `!${evaluatedProps} || !${evaluatedProps}[${key}]`;
        }
        function unevaluatedStatic(evaluatedProps, key) {
            const ps = [];
            for (const p in evaluatedProps) {
                if (evaluatedProps[p] === true)
                    ps.push((0, codegen_1._) `${key} !== ${p}`);
            }
            return (0, codegen_1.and)(...ps);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=unevaluatedProperties.js.map

/***/ }),

/***/ 8026:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to constant",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValue: ${schemaCode}}`,
};
const def = {
    keyword: "const",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || (schema && typeof schema == "object")) {
            cxt.fail$data((0, codegen_1._) `!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        }
        else {
            cxt.fail((0, codegen_1._) `${schema} !== ${data}`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=const.js.map

/***/ }),

/***/ 643:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dependencies_1 = __nccwpck_require__(5826);
const def = {
    keyword: "dependentRequired",
    type: "object",
    schemaType: "object",
    error: dependencies_1.error,
    code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt),
};
exports["default"] = def;
//# sourceMappingURL=dependentRequired.js.map

/***/ }),

/***/ 3200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to one of the allowed values",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValues: ${schemaCode}}`,
};
const def = {
    keyword: "enum",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
            throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => (eql !== null && eql !== void 0 ? eql : (eql = (0, util_1.useFunc)(gen, equal_1.default)));
        let valid;
        if (useLoop || $data) {
            valid = gen.let("valid");
            cxt.block$data(valid, loopEnum);
        }
        else {
            /* istanbul ignore if */
            if (!Array.isArray(schema))
                throw new Error("ajv implementation error");
            const vSchema = gen.const("vSchema", schemaCode);
            valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
            gen.assign(valid, false);
            gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._) `${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
            const sch = schema[i];
            return typeof sch === "object" && sch !== null
                ? (0, codegen_1._) `${getEql()}(${data}, ${vSchema}[${i}])`
                : (0, codegen_1._) `${data} === ${sch}`;
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=enum.js.map

/***/ }),

/***/ 5481:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const limitNumber_1 = __nccwpck_require__(3723);
const multipleOf_1 = __nccwpck_require__(8132);
const limitLength_1 = __nccwpck_require__(6962);
const pattern_1 = __nccwpck_require__(6023);
const limitProperties_1 = __nccwpck_require__(895);
const required_1 = __nccwpck_require__(4504);
const limitItems_1 = __nccwpck_require__(6296);
const uniqueItems_1 = __nccwpck_require__(5132);
const const_1 = __nccwpck_require__(8026);
const enum_1 = __nccwpck_require__(3200);
const validation = [
    // number
    limitNumber_1.default,
    multipleOf_1.default,
    // string
    limitLength_1.default,
    pattern_1.default,
    // object
    limitProperties_1.default,
    required_1.default,
    // array
    limitItems_1.default,
    uniqueItems_1.default,
    // any
    { keyword: "type", schemaType: ["string", "array"] },
    { keyword: "nullable", schemaType: "boolean" },
    const_1.default,
    enum_1.default,
];
exports["default"] = validation;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 3907:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: ["maxContains", "minContains"],
    type: "array",
    schemaType: "number",
    code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === undefined) {
            (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=limitContains.js.map

/***/ }),

/***/ 6296:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} items`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxItems", "minItems"],
    type: "array",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `${data}.length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitItems.js.map

/***/ }),

/***/ 6962:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const ucs2length_1 = __nccwpck_require__(6214);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} characters`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxLength", "minLength"],
    type: "string",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._) `${data}.length` : (0, codegen_1._) `${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._) `${len} ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitLength.js.map

/***/ }),

/***/ 3723:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const ops = codegen_1.operators;
const KWDs = {
    maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
    minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
    exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
    exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE },
};
const error = {
    message: ({ keyword, schemaCode }) => (0, codegen_1.str) `must be ${KWDs[keyword].okStr} ${schemaCode}`,
    params: ({ keyword, schemaCode }) => (0, codegen_1._) `{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`,
};
const def = {
    keyword: Object.keys(KWDs),
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._) `${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitNumber.js.map

/***/ }),

/***/ 895:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} properties`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxProperties", "minProperties"],
    type: "object",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `Object.keys(${data}).length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitProperties.js.map

/***/ }),

/***/ 8132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must be multiple of ${schemaCode}`,
    params: ({ schemaCode }) => (0, codegen_1._) `{multipleOf: ${schemaCode}}`,
};
const def = {
    keyword: "multipleOf",
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        // const bdt = bad$DataType(schemaCode, <string>def.schemaType, $data)
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec
            ? (0, codegen_1._) `Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}`
            : (0, codegen_1._) `${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._) `(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
    },
};
exports["default"] = def;
//# sourceMappingURL=multipleOf.js.map

/***/ }),

/***/ 6023:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match pattern "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{pattern: ${schemaCode}}`,
};
const def = {
    keyword: "pattern",
    type: "string",
    schemaType: "string",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
            const { regExp } = it.opts.code;
            const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._) `new RegExp` : (0, util_1.useFunc)(gen, regExp);
            const valid = gen.let("valid");
            gen.try(() => gen.assign(valid, (0, codegen_1._) `${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
            cxt.fail$data((0, codegen_1._) `!${valid}`);
        }
        else {
            const regExp = (0, code_1.usePattern)(cxt, schema);
            cxt.fail$data((0, codegen_1._) `!${regExp}.test(${data})`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=pattern.js.map

/***/ }),

/***/ 4504:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { missingProperty } }) => (0, codegen_1.str) `must have required property '${missingProperty}'`,
    params: ({ params: { missingProperty } }) => (0, codegen_1._) `{missingProperty: ${missingProperty}}`,
};
const def = {
    keyword: "required",
    type: "object",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
            return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
            allErrorsMode();
        else
            exitOnErrorMode();
        if (opts.strictRequired) {
            const props = cxt.parentSchema.properties;
            const { definedProperties } = cxt.it;
            for (const requiredKey of schema) {
                if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === undefined && !definedProperties.has(requiredKey)) {
                    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
                    const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
                    (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
                }
            }
        }
        function allErrorsMode() {
            if (useLoop || $data) {
                cxt.block$data(codegen_1.nil, loopAllRequired);
            }
            else {
                for (const prop of schema) {
                    (0, code_1.checkReportMissingProp)(cxt, prop);
                }
            }
        }
        function exitOnErrorMode() {
            const missing = gen.let("missing");
            if (useLoop || $data) {
                const valid = gen.let("valid", true);
                cxt.block$data(valid, () => loopUntilMissing(missing, valid));
                cxt.ok(valid);
            }
            else {
                gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
                (0, code_1.reportMissingProp)(cxt, missing);
                gen.else();
            }
        }
        function loopAllRequired() {
            gen.forOf("prop", schemaCode, (prop) => {
                cxt.setParams({ missingProperty: prop });
                gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
            });
        }
        function loopUntilMissing(missing, valid) {
            cxt.setParams({ missingProperty: missing });
            gen.forOf(missing, schemaCode, () => {
                gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
                gen.if((0, codegen_1.not)(valid), () => {
                    cxt.error();
                    gen.break();
                });
            }, codegen_1.nil);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=required.js.map

/***/ }),

/***/ 5132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dataType_1 = __nccwpck_require__(6685);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: ({ params: { i, j } }) => (0, codegen_1.str) `must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
    params: ({ params: { i, j } }) => (0, codegen_1._) `{i: ${i}, j: ${j}}`,
};
const def = {
    keyword: "uniqueItems",
    type: "array",
    schemaType: "boolean",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
            return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._) `${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
            const i = gen.let("i", (0, codegen_1._) `${data}.length`);
            const j = gen.let("j");
            cxt.setParams({ i, j });
            gen.assign(valid, true);
            gen.if((0, codegen_1._) `${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
            return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
            const item = gen.name("item");
            const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
            const indices = gen.const("indices", (0, codegen_1._) `{}`);
            gen.for((0, codegen_1._) `;${i}--;`, () => {
                gen.let(item, (0, codegen_1._) `${data}[${i}]`);
                gen.if(wrongType, (0, codegen_1._) `continue`);
                if (itemTypes.length > 1)
                    gen.if((0, codegen_1._) `typeof ${item} == "string"`, (0, codegen_1._) `${item} += "_"`);
                gen
                    .if((0, codegen_1._) `typeof ${indices}[${item}] == "number"`, () => {
                    gen.assign(j, (0, codegen_1._) `${indices}[${item}]`);
                    cxt.error();
                    gen.assign(valid, false).break();
                })
                    .code((0, codegen_1._) `${indices}[${item}] = ${i}`);
            });
        }
        function loopN2(i, j) {
            const eql = (0, util_1.useFunc)(gen, equal_1.default);
            const outer = gen.name("outer");
            gen.label(outer).for((0, codegen_1._) `;${i}--;`, () => gen.for((0, codegen_1._) `${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._) `${eql}(${data}[${i}], ${data}[${j}])`, () => {
                cxt.error();
                gen.assign(valid, false).break(outer);
            })));
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=uniqueItems.js.map

/***/ }),

/***/ 3430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 1167:
/***/ ((module) => {



var traverse = module.exports = function (schema, opts, cb) {
  // Legacy support for v0.3.1 and earlier.
  if (typeof opts == 'function') {
    cb = opts;
    opts = {};
  }

  cb = opts.cb || cb;
  var pre = (typeof cb == 'function') ? cb : cb.pre || function() {};
  var post = cb.post || function() {};

  _traverse(opts, pre, post, schema, '', schema);
};


traverse.keywords = {
  additionalItems: true,
  items: true,
  contains: true,
  additionalProperties: true,
  propertyNames: true,
  not: true,
  if: true,
  then: true,
  else: true
};

traverse.arrayKeywords = {
  items: true,
  allOf: true,
  anyOf: true,
  oneOf: true
};

traverse.propsKeywords = {
  $defs: true,
  definitions: true,
  properties: true,
  patternProperties: true,
  dependencies: true
};

traverse.skipKeywords = {
  default: true,
  enum: true,
  const: true,
  required: true,
  maximum: true,
  minimum: true,
  exclusiveMaximum: true,
  exclusiveMinimum: true,
  multipleOf: true,
  maxLength: true,
  minLength: true,
  pattern: true,
  format: true,
  maxItems: true,
  minItems: true,
  uniqueItems: true,
  maxProperties: true,
  minProperties: true
};


function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
  if (schema && typeof schema == 'object' && !Array.isArray(schema)) {
    pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
    for (var key in schema) {
      var sch = schema[key];
      if (Array.isArray(sch)) {
        if (key in traverse.arrayKeywords) {
          for (var i=0; i<sch.length; i++)
            _traverse(opts, pre, post, sch[i], jsonPtr + '/' + key + '/' + i, rootSchema, jsonPtr, key, schema, i);
        }
      } else if (key in traverse.propsKeywords) {
        if (sch && typeof sch == 'object') {
          for (var prop in sch)
            _traverse(opts, pre, post, sch[prop], jsonPtr + '/' + key + '/' + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
        }
      } else if (key in traverse.keywords || (opts.allKeys && !(key in traverse.skipKeywords))) {
        _traverse(opts, pre, post, sch, jsonPtr + '/' + key, rootSchema, jsonPtr, key, schema);
      }
    }
    post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
  }
}


function escapeJsonPtr(str) {
  return str.replace(/~/g, '~0').replace(/\//g, '~1');
}


/***/ }),

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 5349:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  B: () => (/* binding */ openRepo),
  v: () => (/* binding */ readStdin)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/manifest.ts
var manifest = __nccwpck_require__(4414);
;// CONCATENATED MODULE: ./src/git/git.ts




/**
 * The one place that runs git. Every call is `git` + an argument vector (never a shell
 * string), and work over many objects or commits goes through a single batched process.
 */
const MIN_GIT_VERSION = [2, 38, 0];
const MAX_OUTPUT_BYTES = 1024 * 1024 * 1024;
class GitError extends errors/* AoError */.VS {
    constructor(args, result) {
        const detail = result.stderr.trim().split('\n').slice(0, 6).join('\n  ');
        super(`git ${args.slice(0, 3).join(' ')} failed (exit ${result.code})${detail ? `:\n  ${detail}` : ''}`, {
            fix: 'check the repository with `git status` and `git fsck`, then run the command again',
        });
    }
}
function runGit(cwd, args, options = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', args, {
            cwd,
            env: { ...(options.env ?? process.env), GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        let size = 0;
        child.stdout.on('data', (chunk) => {
            size += chunk.length;
            if (size > MAX_OUTPUT_BYTES)
                child.kill();
            else
                out.push(chunk);
        });
        child.stderr.on('data', (chunk) => {
            if (err.length < 64)
                err.push(chunk);
        });
        child.on('error', (error) => {
            if (error.code === 'ENOENT') {
                reject(new errors/* AoError */.VS(cwdMissing(cwd) ? `the directory ${cwd} does not exist` : 'git is not installed or not on PATH', { fix: 'install git 2.38 or newer (https://git-scm.com/downloads) and make sure `git --version` works' }));
            }
            else
                reject(new errors/* AoError */.VS(`could not run git: ${error.message}`));
        });
        // A git that exits before reading all its input is answered by its exit code, not EPIPE.
        child.stdin.on('error', () => undefined);
        child.on('close', (code) => {
            const result = { stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), code: code ?? 128 };
            if (result.code === 0 || options.okCodes?.includes(result.code))
                resolve(result);
            else
                reject(new GitError(args, result));
        });
        child.stdin.end(options.input ?? '');
    });
}
function cwdMissing(cwd) {
    try {
        return !(0,external_node_fs_.statSync)(cwd).isDirectory();
    }
    catch {
        return true;
    }
}
function parseGitVersion(text) {
    const match = /git version (\d+)\.(\d+)(?:\.(\d+))?/.exec(text);
    return match ? [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)] : undefined;
}
function versionAtLeast(version, minimum) {
    for (let i = 0; i < minimum.length; i++) {
        const a = version[i] ?? 0;
        const b = minimum[i] ?? 0;
        if (a !== b)
            return a > b;
    }
    return true;
}
class Git {
    cwd;
    topLevel;
    gitDir;
    objectFormat;
    version;
    isShallow;
    emptyTree;
    zeroId;
    constructor(cwd, topLevel, gitDir, objectFormat, version, isShallow) {
        this.cwd = cwd;
        this.topLevel = topLevel;
        this.gitDir = gitDir;
        this.objectFormat = objectFormat;
        this.version = version;
        this.isShallow = isShallow;
        this.emptyTree =
            objectFormat === 'sha256'
                ? '6ef19b41225c5369f1c104d45d8d85efa9b057b53b14b4b9b939dd74decc5321'
                : '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
        this.zeroId = '0'.repeat(objectFormat === 'sha256' ? 64 : 40);
    }
    /** Opens the repository containing `cwd`, refusing bare repositories and old gits. */
    static async open(cwd) {
        const versionText = (await runGit(cwd, ['version']).catch((error) => {
            throw error instanceof GitError ? new errors/* AoError */.VS('git is not working', { fix: 'run `git --version` and repair the git install' }) : error;
        })).stdout.toString();
        const version = parseGitVersion(versionText);
        if (!version || !versionAtLeast(version, MIN_GIT_VERSION)) {
            throw new errors/* AoError */.VS(`git ${version ? version.join('.') : '(unknown version)'} is too old: agentops/verdict needs git 2.38 or newer (for \`git merge-tree --write-tree\`)`, {
                fix: 'upgrade git (https://git-scm.com/downloads), then run `git --version` to confirm',
            });
        }
        // One probe: outside a work tree --show-toplevel fails, but the lines before it still say why.
        const probe = await runGit(cwd, ['rev-parse', '--is-bare-repository', '--is-inside-work-tree', '--show-object-format', '--is-shallow-repository', '--absolute-git-dir', '--show-toplevel'], { okCodes: [128] });
        const [bare, inside, format, shallow, gitDir, top] = probe.stdout.toString().trim().split('\n');
        if (bare === 'true') {
            throw new errors/* AoError */.VS('this is a bare repository: agentops/verdict reads the ledger from a working tree', {
                fix: 'run it in a clone with a working tree (`git clone PATH`), or in CI check the repository out first',
            });
        }
        if (inside === 'false') {
            throw new errors/* AoError */.VS(`${cwd} is inside the .git directory, not the working tree`, { fix: 'cd into the working tree and run the command again' });
        }
        if (probe.code !== 0 || !top) {
            throw new errors/* AoError */.VS(`${cwd} is not inside a git repository`, { fix: 'run the command from inside your repository, or create one with `git init`' });
        }
        return new Git(cwd, top, gitDir ?? '.git', format === 'sha256' ? 'sha256' : 'sha1', version, shallow === 'true');
    }
    run(args, options) {
        return runGit(this.topLevel, args, options);
    }
    async text(args, options) {
        return (await this.run(args, options)).stdout.toString('utf8');
    }
    hasMergeTreeStdin() {
        return versionAtLeast(this.version, [2, 40, 0]);
    }
    /** Resolves revisions to commit ids in one batch; `undefined` for those that do not name a commit. */
    async resolveCommits(revs) {
        if (revs.length === 0)
            return [];
        for (const rev of revs) {
            if (/[\n\0]/.test(rev))
                throw new errors/* AoError */.VS(`invalid revision ${JSON.stringify(rev)}`, { fix: 'pass a branch, tag or commit id' });
        }
        const result = await this.run(['cat-file', '--batch-check=%(objectname) %(objecttype)'], {
            input: revs.map((rev) => `${rev}^{commit}`).join('\n') + '\n',
        });
        return result.stdout
            .toString()
            .trimEnd()
            .split('\n')
            .map((line) => {
            const [id, type] = line.split(' ');
            return type === 'commit' ? id : undefined;
        });
    }
    async resolveCommit(rev, role = 'revision') {
        const [id] = await this.resolveCommits([rev]);
        if (!id) {
            throw new errors/* AoError */.VS(`${role} ${JSON.stringify(rev)} does not name a commit in this repository${this.isShallow ? ' (this is a shallow clone: it may not have been fetched)' : ''}`, {
                fix: this.isShallow ? 'fetch the full history with `git fetch --unshallow`, then run the command again' : 'check the name with `git log --oneline -n 5 REV`',
            });
        }
        return id;
    }
    async headCommit() {
        const [id] = await this.resolveCommits(['HEAD']);
        return id;
    }
    /** Raw diff of the index against `tree` (HEAD or the empty tree), ledger paths included. */
    async diffIndexCached(tree) {
        const out = await this.run(['diff-index', '--cached', '-z', '-r', '--raw', '--full-index', '--no-renames', '--ignore-submodules=none', tree]);
        return (0,manifest/* parseRawDiff */.LP)(out.stdout).entries;
    }
    /**
     * Raw diff of `tree` against the working tree (tracked files), limited to `paths`.
     * Porcelain `git diff` compares content where stat data is stale (a file touched but
     * unchanged), which plumbing `diff-index` would report as modified.
     */
    async diffWorktree(tree, paths) {
        const out = await this.run(['diff', '--no-ext-diff', '--no-textconv', '-z', '--raw', '--full-index', '--no-renames', tree, '--', ...paths]);
        return (0,manifest/* parseRawDiff */.LP)(out.stdout).entries;
    }
    async diffTrees(a, b, paths = []) {
        const out = await this.run(['diff-tree', '-z', '-r', '--raw', '--full-index', '--no-renames', '--ignore-submodules=none', a, b, ...(paths.length ? ['--', ...paths] : [])]);
        return (0,manifest/* parseRawDiff */.LP)(out.stdout).entries;
    }
    /**
     * Raw diffs for many items in one `diff-tree --stdin`: a commit id (against its first
     * parent, or the empty tree for a root) or a "TREE1 TREE2" pair. Keyed by the item.
     */
    async diffBatch(items) {
        const diffs = new Map();
        if (items.length === 0)
            return diffs;
        const out = (await this.run(['diff-tree', '--stdin', '--always', '--root', '-z', '-r', '--raw', '--full-index', '--no-renames', '--ignore-submodules=none'], {
            input: items.join('\n') + '\n',
        })).stdout;
        let position = 0;
        while (position < out.length) {
            // A commit's header ends in NUL; a tree pair's header ends in a newline.
            const nul = out.indexOf(0, position);
            const newline = out.indexOf(0x0a, position);
            const headerEnd = newline >= 0 && (nul < 0 || newline < nul) ? newline : nul;
            if (headerEnd < 0)
                break;
            const header = out.toString('latin1', position, headerEnd);
            const parsed = (0,manifest/* parseRawDiff */.LP)(out, headerEnd + 1);
            diffs.set(header, parsed.entries);
            position = parsed.end;
        }
        return diffs;
    }
    /** Commit metadata for a rev-list argument vector, oldest first, in one process. */
    async listCommits(revListArgs) {
        const out = await this.run(['log', '--reverse', '--topo-order', '-z', '--format=%H%x1f%T%x1f%P%x1f%an%x1f%ae%x1f%s', ...revListArgs, '--']);
        const text = out.stdout.toString('utf8');
        if (!text)
            return [];
        return text
            .split('\0')
            .filter((line) => line.length > 0)
            .map((line) => {
            const [sha = "", tree = "", parents = "", authorName = "", authorEmail = "", subject = ""] = line.replace(/^\n/, '').split('\x1f');
            return { sha, tree, parents: parents ? parents.split(' ') : [], authorName, authorEmail, subject };
        });
    }
    /**
     * The lines added by many changes in one `diff-tree --stdin -p -U0`, keyed by item (as for
     * `diffBatch`: a commit id, "COMMIT PARENT" for a commit against another commit, or a
     * "TREE1 TREE2" pair). `paths` limits the diff to those exact paths; undefined: all paths.
     */
    async addedLinesBatch(items, paths) {
        const result = new Map();
        if (items.length === 0 || (paths && paths.length === 0))
            return result;
        const out = await this.run(['-c', 'core.quotePath=false', 'diff-tree', '--stdin', '--always', '--root', '-r', '-p', '-U0', '--no-renames', '--no-color', '--no-ext-diff', '--no-textconv', '--src-prefix=a/', '--dst-prefix=b/', ...pathspecArgs(paths)], { input: items.join('\n') + '\n' });
        const sections = splitBatchOutput(out.stdout.toString('utf8'), items);
        items.forEach((item, i) => result.set(item, parseAddedLines(sections[i] ?? '')));
        return result;
    }
    /** The lines the index adds against `tree` (HEAD), limited to `paths`. */
    async stagedAddedLines(tree, paths) {
        if (paths && paths.length === 0)
            return [];
        const out = await this.run([
            '-c', 'core.quotePath=false', 'diff', '--cached', '-p', '-U0', '--no-renames', '--no-color', '--no-ext-diff', '--no-textconv', '--src-prefix=a/', '--dst-prefix=b/', tree, ...pathspecArgs(paths),
        ]);
        return parseAddedLines(out.stdout.toString('utf8'));
    }
    /**
     * Commits for a rev-list argument vector, newest first, each with its dates and its raw
     * diff against its first parent (merges carry none), in one `git log`.
     */
    async history(revListArgs) {
        const out = (await this.run(['log', '-z', '--raw', '--root', '-r', '--no-abbrev', '--no-renames', '--diff-merges=off', '--ignore-submodules=none', '--format=%x1e%H%x1f%P%x1f%ct%x1f%at%x1f%ae', ...revListArgs, '--'])).stdout;
        const commits = [];
        let position = 0;
        while (position < out.length && out[position] === 0x1e) {
            const headerEnd = out.indexOf(0, position);
            if (headerEnd < 0)
                break;
            const [sha = '', parents = '', committed = '0', authored = '0', authorEmail = ''] = out.toString('utf8', position + 1, headerEnd).split('\x1f');
            position = headerEnd + 1;
            if (out[position] === 0x0a)
                position++;
            const parsed = (0,manifest/* parseRawDiff */.LP)(out, position);
            position = parsed.end;
            while (position < out.length && (out[position] === 0x0a || out[position] === 0))
                position++;
            commits.push({ sha, parents: parents ? parents.split(' ') : [], committedAt: Number(committed), authoredAt: Number(authored), authorEmail, entries: parsed.entries });
        }
        return commits;
    }
    /** `git merge-tree --write-tree` for each pair: the tree a clean recomputation of the merge gives. */
    async mergeTrees(pairs) {
        if (pairs.length === 0)
            return [];
        if (this.hasMergeTreeStdin()) {
            const out = await this.run(['merge-tree', '--stdin', '-z', '--write-tree', '--name-only', '--no-messages'], {
                input: pairs.map(([a, b]) => `${a} ${b}`).join('\n') + '\n',
            });
            return parseMergeTreeStdin(out.stdout, pairs.length);
        }
        // git 2.38 and 2.39 have no --stdin for merge-tree: one process per merge commit.
        const results = [];
        for (const [a, b] of pairs) {
            const out = await this.run(['merge-tree', '--write-tree', '--name-only', '--no-messages', a, b], { okCodes: [1] });
            results.push({ tree: out.stdout.toString('latin1').split('\n')[0] ?? '', clean: out.code === 0 });
        }
        return results;
    }
    async writeIndexTree() {
        return (await this.text(['write-tree'])).trim();
    }
    /**
     * The tree of the staged index, written from a copy of the index at `scratchIndex`:
     * a plain `git write-tree` would rewrite the user's index file (its cache-tree).
     */
    async writeStagedTree(scratchIndex) {
        const index = await this.gitPath('index');
        try {
            (0,external_node_fs_.copyFileSync)(index, scratchIndex);
        }
        catch (error) {
            throw new errors/* AoError */.VS(`cannot read the index ${index}: ${error.message}`, { fix: 'stage the change with `git add PATH`, then run the command again' });
        }
        const result = await this.run(['write-tree'], { env: { ...process.env, GIT_INDEX_FILE: scratchIndex }, okCodes: [128] });
        if (result.code !== 0 && /unmerged/.test(result.stderr)) {
            throw new errors/* AoError */.VS('the index has unresolved conflicts: there is no single tree to check', { fix: 'resolve the conflicts and `git add` the files, then run the command again' });
        }
        if (result.code !== 0)
            throw new GitError(['write-tree'], result);
        return result.stdout.toString().trim();
    }
    /**
     * Writes every file of `treeish` below `dir` (absolute), through a scratch index so the
     * user's index, HEAD, refs and working tree stay as they are. Checkout filters and
     * attributes apply as in a normal checkout; submodules are left empty.
     */
    async exportTree(treeish, dir, scratchIndex) {
        const env = { ...process.env, GIT_INDEX_FILE: scratchIndex };
        await this.run(['read-tree', treeish], { env });
        await this.run(['checkout-index', '--all', '--force', `--prefix=${dir.endsWith('/') ? dir : `${dir}/`}`], { env });
    }
    /**
     * The unified diff from tree `a` to tree `b` without the `exclude` paths, independent of
     * the user's diff configuration (no external diff, no textconv, no colour, a/ b/
     * prefixes). Output past `maxBytes` is cut at a line end and flagged as truncated.
     */
    async unifiedDiff(a, b, options) {
        const { maxBytes } = options;
        const out = (await this.run([
            'diff', '--no-color', '--no-ext-diff', '--no-textconv', '--no-renames', '--no-relative', '--ignore-submodules=none', '--src-prefix=a/', '--dst-prefix=b/',
            a, b, '--', '.', ...(options.exclude ?? []).map((path) => `:(exclude,literal)${path}`),
        ])).stdout;
        if (out.length <= maxBytes)
            return { text: out.toString('utf8'), truncated: false, totalBytes: out.length };
        const cut = out.lastIndexOf(0x0a, maxBytes - 1);
        return { text: out.toString('utf8', 0, cut >= 0 ? cut + 1 : maxBytes), truncated: true, totalBytes: out.length };
    }
    async isAncestor(ancestor, descendant) {
        const result = await this.run(['merge-base', '--is-ancestor', ancestor, descendant], { okCodes: [1] });
        return result.code === 0;
    }
    async mergeBase(a, b) {
        const result = await this.run(['merge-base', a, b], { okCodes: [1] });
        return result.code === 0 ? result.stdout.toString().trim() : undefined;
    }
    /** Lists a tree recursively below `prefix` (`rev:` form), with modes, types and ids. */
    async lsTree(rev, prefix) {
        const out = await this.run(['ls-tree', '-r', '-z', '--full-tree', rev, '--', prefix]);
        const entries = [];
        for (const item of out.stdout.toString('utf8').split('\0')) {
            if (!item)
                continue;
            const tab = item.indexOf('\t');
            const [mode = '', type = '', id = ''] = item.slice(0, tab).split(' ');
            entries.push({ mode, type, id, path: item.slice(tab + 1) });
        }
        return entries;
    }
    /** Untracked, not ignored files below `prefix` in the working tree. */
    async untrackedFiles(prefix) {
        const out = await this.run(['ls-files', '-z', '--others', '--exclude-standard', '--', prefix]);
        return out.stdout.toString('utf8').split('\0').filter(Boolean);
    }
    /** Reads many objects in one `cat-file --batch`; names may be ids or `rev:path`. */
    async readObjects(names) {
        const result = new Map();
        if (names.length === 0)
            return result;
        for (const name of names) {
            if (/[\n\0]/.test(name))
                throw new errors/* AoError */.VS(`invalid object name ${JSON.stringify(name)}`);
        }
        const out = (await this.run(['cat-file', '--batch'], { input: names.join('\n') + '\n' })).stdout;
        let position = 0;
        for (const name of names) {
            const lineEnd = out.indexOf(0x0a, position);
            const header = out.toString('latin1', position, lineEnd);
            if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
                result.set(name, undefined);
                position = lineEnd + 1;
                continue;
            }
            const size = Number(header.split(' ')[2]);
            const start = lineEnd + 1;
            result.set(name, out.subarray(start, start + size));
            position = start + size + 1;
        }
        return result;
    }
    /**
     * Fetches `refspecs` from `remote` in one process, with whatever credentials are already
     * configured for it (in CI: those actions/checkout persisted as `http.extraheader`).
     * `unshallow` also fetches the complete history of a shallow clone; `depth` limits what a
     * shallow clone gets (e.g. 1: one commit, no history). No tags, no
     * FETCH_HEAD, no automatic gc, and hooks are off: nothing the repository's content
     * could have installed runs.
     */
    async fetch(remote, refspecs, options = {}) {
        for (const spec of [remote, ...refspecs]) {
            if (/[\n\0]/.test(spec) || spec.startsWith('-'))
                throw new errors/* AoError */.VS(`invalid fetch argument ${JSON.stringify(spec)}`);
        }
        // Appended to any GIT_CONFIG_* pairs already in the environment, never replacing them.
        const n = Number(process.env.GIT_CONFIG_COUNT ?? 0) || 0;
        const env = { ...process.env, GIT_CONFIG_COUNT: String(n + 1), [`GIT_CONFIG_KEY_${n}`]: 'core.hooksPath', [`GIT_CONFIG_VALUE_${n}`]: '/dev/null' };
        await this.run(['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--no-auto-gc', '--no-recurse-submodules', ...(options.unshallow ? ['--unshallow'] : []), ...(options.depth ? [`--depth=${Math.floor(options.depth)}`] : []), remote, ...refspecs], { env });
    }
    async stage(paths) {
        if (paths.length === 0)
            return;
        await this.run(['add', '--', ...paths]);
    }
    async configGet(key) {
        const result = await this.run(['config', '--get', key], { okCodes: [1] });
        return result.code === 0 ? result.stdout.toString().trim() : undefined;
    }
    async gitPath(name) {
        return (await this.text(['rev-parse', '--path-format=absolute', '--git-path', name])).trim();
    }
    /** The email git would record as the author of the next commit. */
    async authorEmail() {
        const result = await this.run(['var', 'GIT_AUTHOR_IDENT'], { okCodes: [128] });
        if (result.code !== 0)
            return undefined;
        const match = /<([^>]*)>/.exec(result.stdout.toString());
        return match?.[1] || undefined;
    }
}
/** Exact-path pathspecs; none (the whole diff, filtered afterwards) when the list is too long for argv. */
function pathspecArgs(paths) {
    if (!paths)
        return [];
    const size = paths.reduce((n, p) => n + p.length + 12, 0);
    if (paths.length > 2000 || size > 256 * 1024)
        return [];
    return ['--', ...paths.map((p) => `:(literal)${p}`)];
}
/**
 * Splits `diff-tree --stdin -p` output into one section per item, using the header git
 * prints before each: the whole line for a tree pair, the first token for commits. Patch
 * lines never consist of hex digits alone, and hunk bodies are skipped by their counts.
 */
function splitBatchOutput(text, items) {
    const lines = text.split('\n');
    const sections = items.map(() => []);
    const isHeader = (line, item) => item !== undefined && (line === item || line === item.split(' ')[0]);
    let current = -1;
    let oldLeft = 0;
    let newLeft = 0;
    for (const line of lines) {
        if (oldLeft > 0 || newLeft > 0) {
            if (line.startsWith('+'))
                newLeft--;
            else if (line.startsWith('-'))
                oldLeft--;
            else if (line.startsWith(' ')) {
                oldLeft--;
                newLeft--;
            }
            sections[current]?.push(line);
            continue;
        }
        if (isHeader(line, items[current + 1])) {
            current++;
            continue;
        }
        const hunk = HUNK.exec(line);
        if (hunk) {
            oldLeft = hunk[2] === undefined ? 1 : Number(hunk[2]);
            newLeft = hunk[4] === undefined ? 1 : Number(hunk[4]);
        }
        sections[current]?.push(line);
    }
    return sections.map((s) => s.join('\n'));
}
const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
/** The added lines of a unified diff (`git diff -p`), with their paths and new line numbers. */
function parseAddedLines(patch) {
    const added = [];
    let path;
    let oldLeft = 0;
    let newLeft = 0;
    let lineNo = 0;
    for (const line of patch.split('\n')) {
        if (oldLeft > 0 || newLeft > 0) {
            if (line.startsWith('+')) {
                if (path !== undefined)
                    added.push({ path, line: lineNo, text: line.slice(1) });
                lineNo++;
                newLeft--;
            }
            else if (line.startsWith('-'))
                oldLeft--;
            else if (line.startsWith(' ')) {
                lineNo++;
                oldLeft--;
                newLeft--;
            }
            continue;
        }
        if (line.startsWith('diff --git '))
            path = undefined;
        else if (line.startsWith('+++ '))
            path = parseDiffPath(line.slice(4));
        else {
            const hunk = HUNK.exec(line);
            if (hunk) {
                oldLeft = hunk[2] === undefined ? 1 : Number(hunk[2]);
                newLeft = hunk[4] === undefined ? 1 : Number(hunk[4]);
                lineNo = Number(hunk[3]);
            }
        }
    }
    return added;
}
/** A path from a `+++ b/PATH` line: C-quoted when unusual, tab-terminated when it has spaces. */
function parseDiffPath(field) {
    if (field === '/dev/null')
        return undefined;
    let text = field;
    if (text.startsWith('"')) {
        const bytes = [];
        const escapes = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '"': 34, '\\': 92 };
        for (let i = 1; i < text.length && text[i] !== '"'; i++) {
            const ch = text[i];
            if (ch !== '\\') {
                bytes.push(...Buffer.from(ch, 'utf8'));
                continue;
            }
            const next = text[++i];
            if (/[0-7]/.test(next)) {
                bytes.push(parseInt(text.slice(i, i + 3), 8));
                i += 2;
            }
            else
                bytes.push(escapes[next] ?? next.charCodeAt(0));
        }
        text = Buffer.from(bytes).toString('utf8');
    }
    else if (text.endsWith('\t'))
        text = text.slice(0, -1);
    return text.startsWith('b/') ? text.slice(2) : text;
}
function parseMergeTreeStdin(out, count) {
    // Each result: "<status>\0<tree>\0[<conflicted path>\0...]\0" with status 1 for clean.
    const tokens = out.toString('latin1').split('\0');
    const results = [];
    let i = 0;
    while (results.length < count && i < tokens.length) {
        const status = tokens[i++];
        const tree = tokens[i++] ?? '';
        while (i < tokens.length && tokens[i] !== '')
            i++;
        i++;
        results.push({ tree, clean: status === '1' });
    }
    return results;
}

;// CONCATENATED MODULE: ./src/cli/context.ts

function openRepo(cli) {
    return Git.open(cli.cwd);
}
function readStdin() {
    return new Promise((resolve, reject) => {
        if (process.stdin.isTTY)
            return resolve('');
        const chunks = [];
        process.stdin.on('data', (chunk) => chunks.push(chunk));
        process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        process.stdin.on('error', reject);
    });
}


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5012);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5349);


// A closed pipe (`ao log | head`) is the reader's choice, not an error.
process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE')
        process.exit(0);
});
const code = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    out: (text) => void process.stdout.write(`${text}\n`),
    err: (text) => void process.stderr.write(`${text}\n`),
    stdin: _context_js__WEBPACK_IMPORTED_MODULE_1__/* .readStdin */ .v,
});
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5012:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: reportError

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
;// CONCATENATED MODULE: ./node_modules/diff/libesm/diff/base.js
class Diff {
    diff(oldStr, newStr, 
    // Type below is not accurate/complete - see above for full possibilities - but it compiles
    options = {}) {
        let callback;
        if (typeof options === 'function') {
            callback = options;
            options = {};
        }
        else if ('callback' in options) {
            callback = options.callback;
        }
        // Allow subclasses to massage the input prior to running
        const oldString = this.castInput(oldStr, options);
        const newString = this.castInput(newStr, options);
        const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
        const newTokens = this.removeEmpty(this.tokenize(newString, options));
        return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
    }
    diffWithOptionsObj(oldTokens, newTokens, options, callback) {
        var _a;
        const done = (value) => {
            value = this.postProcess(value, options);
            if (callback) {
                setTimeout(function () { callback(value); }, 0);
                return undefined;
            }
            else {
                return value;
            }
        };
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let editLength = 1;
        let maxEditLength = newLen + oldLen;
        if (options.maxEditLength != null) {
            maxEditLength = Math.min(maxEditLength, options.maxEditLength);
        }
        const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
        const abortAfterTimestamp = Date.now() + maxExecutionTime;
        const bestPath = [{ oldPos: -1, lastComponent: undefined }];
        // Seed editLength = 0, i.e. the content starts with the same values
        let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
        if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
            // Identity per the equality and tokenizer
            return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
        }
        // Once we hit the right edge of the edit graph on some diagonal k, we can
        // definitely reach the end of the edit graph in no more than k edits, so
        // there's no point in considering any moves to diagonal k+1 any more (from
        // which we're guaranteed to need at least k+1 more edits).
        // Similarly, once we've reached the bottom of the edit graph, there's no
        // point considering moves to lower diagonals.
        // We record this fact by setting minDiagonalToConsider and
        // maxDiagonalToConsider to some finite value once we've hit the edge of
        // the edit graph.
        // This optimization is not faithful to the original algorithm presented in
        // Myers's paper, which instead pointlessly extends D-paths off the end of
        // the edit graph - see page 7 of Myers's paper which notes this point
        // explicitly and illustrates it with a diagram. This has major performance
        // implications for some common scenarios. For instance, to compute a diff
        // where the new text simply appends d characters on the end of the
        // original text of length n, the true Myers algorithm will take O(n+d^2)
        // time while this optimization needs only O(n+d) time.
        let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
        // Main worker method. checks all permutations of a given edit length for acceptance.
        const execEditLength = () => {
            for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
                let basePath;
                const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
                if (removePath) {
                    // No one else is going to attempt to use this value, clear it
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath - 1] = undefined;
                }
                let canAdd = false;
                if (addPath) {
                    // what newPos will be after we do an insertion:
                    const addPathNewPos = addPath.oldPos - diagonalPath;
                    canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
                }
                const canRemove = removePath && removePath.oldPos + 1 < oldLen;
                if (!canAdd && !canRemove) {
                    // If this path is a terminal then prune
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath] = undefined;
                    continue;
                }
                // Select the diagonal that we want to branch from. We select the prior
                // path whose position in the old string is the farthest from the origin
                // and does not pass the bounds of the diff graph
                if (!canRemove || (canAdd && removePath.oldPos < addPath.oldPos)) {
                    basePath = this.addToPath(addPath, true, false, 0, options);
                }
                else {
                    basePath = this.addToPath(removePath, false, true, 1, options);
                }
                newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
                if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
                    // If we have hit the end of both strings, then we are done
                    return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
                }
                else {
                    bestPath[diagonalPath] = basePath;
                    if (basePath.oldPos + 1 >= oldLen) {
                        maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
                    }
                    if (newPos + 1 >= newLen) {
                        minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
                    }
                }
            }
            editLength++;
        };
        // Performs the length of edit iteration. Is a bit fugly as this has to support the
        // sync and async mode which is never fun. Loops over execEditLength until a value
        // is produced, or until the edit length exceeds options.maxEditLength (if given),
        // in which case it will return undefined.
        if (callback) {
            (function exec() {
                setTimeout(function () {
                    if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
                        return callback(undefined);
                    }
                    if (!execEditLength()) {
                        exec();
                    }
                }, 0);
            }());
        }
        else {
            while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
                const ret = execEditLength();
                if (ret) {
                    return ret;
                }
            }
        }
    }
    addToPath(path, added, removed, oldPosInc, options) {
        const last = path.lastComponent;
        if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: last.count + 1, added: added, removed: removed, previousComponent: last.previousComponent }
            };
        }
        else {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: 1, added: added, removed: removed, previousComponent: last }
            };
        }
    }
    extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
        while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
            newPos++;
            oldPos++;
            commonCount++;
            if (options.oneChangePerToken) {
                basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
            }
        }
        if (commonCount && !options.oneChangePerToken) {
            basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
        }
        basePath.oldPos = oldPos;
        return newPos;
    }
    equals(left, right, options) {
        if (options.comparator) {
            return options.comparator(left, right);
        }
        else {
            return left === right
                || (!!options.ignoreCase && left.toLowerCase() === right.toLowerCase());
        }
    }
    removeEmpty(array) {
        const ret = [];
        for (let i = 0; i < array.length; i++) {
            if (array[i]) {
                ret.push(array[i]);
            }
        }
        return ret;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    castInput(value, options) {
        return value;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    tokenize(value, options) {
        return Array.from(value);
    }
    join(chars) {
        // Assumes ValueT is string, which is the case for most subclasses.
        // When it's false, e.g. in diffArrays, this method needs to be overridden (e.g. with a no-op)
        // Yes, the casts are verbose and ugly, because this pattern - of having the base class SORT OF
        // assume tokens and values are strings, but not completely - is weird and janky.
        return chars.join('');
    }
    postProcess(changeObjects, 
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    options) {
        return changeObjects;
    }
    get useLongestToken() {
        return false;
    }
    buildValues(lastComponent, newTokens, oldTokens) {
        // First we convert our linked list of components in reverse order to an
        // array in the right order:
        const components = [];
        let nextComponent;
        while (lastComponent) {
            components.push(lastComponent);
            nextComponent = lastComponent.previousComponent;
            delete lastComponent.previousComponent;
            lastComponent = nextComponent;
        }
        components.reverse();
        const componentLen = components.length;
        let componentPos = 0, newPos = 0, oldPos = 0;
        for (; componentPos < componentLen; componentPos++) {
            const component = components[componentPos];
            if (!component.removed) {
                if (!component.added && this.useLongestToken) {
                    let value = newTokens.slice(newPos, newPos + component.count);
                    value = value.map(function (value, i) {
                        const oldValue = oldTokens[oldPos + i];
                        return oldValue.length > value.length ? oldValue : value;
                    });
                    component.value = this.join(value);
                }
                else {
                    component.value = this.join(newTokens.slice(newPos, newPos + component.count));
                }
                newPos += component.count;
                // Common case
                if (!component.added) {
                    oldPos += component.count;
                }
            }
            else {
                component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
                oldPos += component.count;
            }
        }
        return components;
    }
}

;// CONCATENATED MODULE: ./node_modules/diff/libesm/diff/line.js


class LineDiff extends Diff {
    constructor() {
        super(...arguments);
        this.tokenize = tokenize;
    }
    equals(left, right, options) {
        // If we're ignoring whitespace, we need to normalise lines by stripping
        // whitespace before checking equality. (This has an annoying interaction
        // with newlineIsToken that requires special handling: if newlines get their
        // own token, then we DON'T want to trim the *newline* tokens down to empty
        // strings, since this would cause us to treat whitespace-only line content
        // as equal to a separator between lines, which would be weird and
        // inconsistent with the documented behavior of the options.)
        if (options.ignoreWhitespace) {
            if (!options.newlineIsToken || !left.includes('\n')) {
                left = left.trim();
            }
            if (!options.newlineIsToken || !right.includes('\n')) {
                right = right.trim();
            }
        }
        else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
            if (left.endsWith('\n')) {
                left = left.slice(0, -1);
            }
            if (right.endsWith('\n')) {
                right = right.slice(0, -1);
            }
        }
        return super.equals(left, right, options);
    }
}
const lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
    return lineDiff.diff(oldStr, newStr, options);
}
function diffTrimmedLines(oldStr, newStr, options) {
    options = generateOptions(options, { ignoreWhitespace: true });
    return lineDiff.diff(oldStr, newStr, options);
}
// Exported standalone so it can be used from jsonDiff too.
function tokenize(value, options) {
    if (options.stripTrailingCr) {
        // remove one \r before \n to match GNU diff's --strip-trailing-cr behavior
        value = value.replace(/\r\n/g, '\n');
    }
    const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
    // Ignore the final empty token that occurs if the string ends with a new line
    if (!linesAndNewlines[linesAndNewlines.length - 1]) {
        linesAndNewlines.pop();
    }
    // Merge the content and line separators into single tokens
    for (let i = 0; i < linesAndNewlines.length; i++) {
        const line = linesAndNewlines[i];
        if (i % 2 && !options.newlineIsToken) {
            retLines[retLines.length - 1] += line;
        }
        else {
            retLines.push(line);
        }
    }
    return retLines;
}

;// CONCATENATED MODULE: ./node_modules/diff/libesm/patch/create.js

/**
 * Returns true if the filename contains characters that require C-style
 * quoting (as used by Git and GNU diffutils in diff output).
 */
function needsQuoting(s) {
    for (let i = 0; i < s.length; i++) {
        if (s[i] < '\x20' || s[i] > '\x7e' || s[i] === '"' || s[i] === '\\') {
            return true;
        }
    }
    return false;
}
/**
 * C-style quotes a filename, encoding special characters as escape sequences
 * and non-ASCII bytes as octal escapes. This is the inverse of
 * `parseQuotedFileName` in parse.ts.
 *
 * Non-ASCII bytes are encoded as UTF-8 before being emitted as octal escapes.
 * This matches the behaviour of both Git and GNU diffutils, which always emit
 * UTF-8 octal escapes regardless of the underlying filesystem encoding (e.g.
 * Git for Windows converts from NTFS's UTF-16 to UTF-8 internally).
 *
 * If the filename doesn't need quoting, returns it as-is.
 */
function quoteFileNameIfNeeded(s) {
    if (!needsQuoting(s)) {
        return s;
    }
    let result = '"';
    const bytes = new TextEncoder().encode(s);
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        // See https://en.wikipedia.org/wiki/Escape_sequences_in_C#Escape_sequences
        if (b === 0x07) {
            result += '\\a';
        }
        else if (b === 0x08) {
            result += '\\b';
        }
        else if (b === 0x09) {
            result += '\\t';
        }
        else if (b === 0x0a) {
            result += '\\n';
        }
        else if (b === 0x0b) {
            result += '\\v';
        }
        else if (b === 0x0c) {
            result += '\\f';
        }
        else if (b === 0x0d) {
            result += '\\r';
        }
        else if (b === 0x22) {
            result += '\\"';
        }
        else if (b === 0x5c) {
            result += '\\\\';
        }
        else if (b >= 0x20 && b <= 0x7e) {
            // Just a printable ASCII character that is neither a double quote nor a
            // backslash; no need to escape it.
            result += String.fromCharCode(b);
        }
        else {
            // Either part of a non-ASCII character or a control character without a
            // special escape sequence; needs escaping as a 3-digit octal escape
            result += '\\' + b.toString(8).padStart(3, '0');
        }
        i++;
    }
    result += '"';
    return result;
}
const INCLUDE_HEADERS = {
    includeIndex: true,
    includeUnderline: true,
    includeFileHeaders: true
};
const FILE_HEADERS_ONLY = {
    includeIndex: false,
    includeUnderline: false,
    includeFileHeaders: true
};
const OMIT_HEADERS = {
    includeIndex: false,
    includeUnderline: false,
    includeFileHeaders: false
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
    let optionsObj;
    if (!options) {
        optionsObj = {};
    }
    else if (typeof options === 'function') {
        optionsObj = { callback: options };
    }
    else {
        optionsObj = options;
    }
    if (typeof optionsObj.context === 'undefined') {
        optionsObj.context = 4;
    }
    // We copy this into its own variable to placate TypeScript, which thinks
    // optionsObj.context might be undefined in the callbacks below.
    const context = optionsObj.context;
    // @ts-expect-error (runtime check for something that is correctly a static type error)
    if (optionsObj.newlineIsToken) {
        throw new Error('newlineIsToken may not be used with patch-generation functions, only with diffing functions');
    }
    if (!optionsObj.callback) {
        return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
    }
    else {
        const { callback } = optionsObj;
        diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
                const patch = diffLinesResultToPatch(diff);
                // TypeScript is unhappy without the cast because it does not understand that `patch` may
                // be undefined here only if `callback` is StructuredPatchCallbackAbortable:
                callback(patch);
            } }));
    }
    function diffLinesResultToPatch(diff) {
        // STEP 1: Build up the patch with no "\ No newline at end of file" lines and with the arrays
        //         of lines containing trailing newline characters. We'll tidy up later...
        if (!diff) {
            return;
        }
        diff.push({ value: '', lines: [] }); // Append an empty value to make cleanup easier
        function contextLines(lines) {
            return lines.map(function (entry) { return ' ' + entry; });
        }
        const hunks = [];
        let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
        for (let i = 0; i < diff.length; i++) {
            const current = diff[i], lines = current.lines || splitLines(current.value);
            current.lines = lines;
            if (current.added || current.removed) {
                // If we have previous context, start with that
                if (!oldRangeStart) {
                    const prev = diff[i - 1];
                    oldRangeStart = oldLine;
                    newRangeStart = newLine;
                    if (prev) {
                        curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
                        oldRangeStart -= curRange.length;
                        newRangeStart -= curRange.length;
                    }
                }
                // Output our changes
                for (const line of lines) {
                    curRange.push((current.added ? '+' : '-') + line);
                }
                // Track the updated file position
                if (current.added) {
                    newLine += lines.length;
                }
                else {
                    oldLine += lines.length;
                }
            }
            else {
                // Identical context lines. Track line changes
                if (oldRangeStart) {
                    // Close out any changes that have been output (or join overlapping)
                    if (lines.length <= context * 2 && i < diff.length - 2) {
                        // Overlapping
                        for (const line of contextLines(lines)) {
                            curRange.push(line);
                        }
                    }
                    else {
                        // end the range and output
                        const contextSize = Math.min(lines.length, context);
                        for (const line of contextLines(lines.slice(0, contextSize))) {
                            curRange.push(line);
                        }
                        const hunk = {
                            oldStart: oldRangeStart,
                            oldLines: (oldLine - oldRangeStart + contextSize),
                            newStart: newRangeStart,
                            newLines: (newLine - newRangeStart + contextSize),
                            lines: curRange
                        };
                        hunks.push(hunk);
                        oldRangeStart = 0;
                        newRangeStart = 0;
                        curRange = [];
                    }
                }
                oldLine += lines.length;
                newLine += lines.length;
            }
        }
        // Step 2: eliminate the trailing `\n` from each line of each hunk, and, where needed, add
        //         "\ No newline at end of file".
        for (const hunk of hunks) {
            for (let i = 0; i < hunk.lines.length; i++) {
                if (hunk.lines[i].endsWith('\n')) {
                    hunk.lines[i] = hunk.lines[i].slice(0, -1);
                }
                else {
                    hunk.lines.splice(i + 1, 0, '\\ No newline at end of file');
                    i++; // Skip the line we just added, then continue iterating
                }
            }
        }
        return {
            oldFileName: oldFileName, newFileName: newFileName,
            oldHeader: oldHeader, newHeader: newHeader,
            hunks: hunks
        };
    }
}
/**
 * creates a unified diff patch.
 *
 * @param patch either a single structured patch object (as returned by `structuredPatch`) or an
 *   array of them (as returned by `parsePatch`).
 * @param headerOptions behaves the same as the `headerOptions` option of `createTwoFilesPatch`.
 *   Ignored for patches where `isGit` is `true`.
 *
 * When a patch has `isGit: true`, `formatPatch` output is changed to more closely match Git's
 * output: it emits a `diff --git` header, emits Git extended headers as appropriate based on
 * properties like `isRename`, `isCreate`, `newMode`, etc, and will omit `---`/`+++` file
 * headers for patches with no hunks (e.g. renames without content changes).
 */
function formatPatch(patch, headerOptions) {
    var _a, _b, _c, _d, _e, _f;
    if (!headerOptions) {
        headerOptions = INCLUDE_HEADERS;
    }
    if (Array.isArray(patch)) {
        if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every(p => p.isGit)) {
            throw new Error('Cannot omit file headers on a multi-file patch. '
                + '(The result would be unparseable; how would a tool trying to apply '
                + 'the patch know which changes are to which file?)');
        }
        return patch.map(p => formatPatch(p, headerOptions)).join('\n');
    }
    const ret = [];
    // Git patches have a fixed header format (diff --git, extended headers,
    // and ---/+++ when hunks are present), so headerOptions is ignored.
    if (patch.isGit) {
        headerOptions = INCLUDE_HEADERS;
        // Emit Git-style diff --git header and extended headers.
        // Git never puts /dev/null in the "diff --git" line; for file
        // creations/deletions it uses the real filename on both sides.
        if (!patch.oldFileName) {
            throw new Error('oldFileName must be specified for Git patches');
        }
        if (!patch.newFileName) {
            throw new Error('newFileName must be specified for Git patches');
        }
        let gitOldName = patch.oldFileName;
        let gitNewName = patch.newFileName;
        if (patch.isCreate && gitOldName === '/dev/null') {
            gitOldName = gitNewName.replace(/^b\//, 'a/');
        }
        else if (patch.isDelete && gitNewName === '/dev/null') {
            gitNewName = gitOldName.replace(/^a\//, 'b/');
        }
        ret.push('diff --git ' + quoteFileNameIfNeeded(gitOldName) + ' ' + quoteFileNameIfNeeded(gitNewName));
        if (patch.isDelete) {
            ret.push('deleted file mode ' + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : '100644'));
        }
        if (patch.isCreate) {
            ret.push('new file mode ' + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : '100644'));
        }
        if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
            ret.push('old mode ' + patch.oldMode);
            ret.push('new mode ' + patch.newMode);
        }
        if (patch.isRename) {
            ret.push('rename from ' + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : '').replace(/^a\//, '')));
            ret.push('rename to ' + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : '').replace(/^b\//, '')));
        }
        if (patch.isCopy) {
            ret.push('copy from ' + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : '').replace(/^a\//, '')));
            ret.push('copy to ' + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : '').replace(/^b\//, '')));
        }
    }
    else {
        if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== undefined) {
            ret.push('Index: ' + patch.oldFileName);
        }
        if (headerOptions.includeUnderline) {
            ret.push('===================================================================');
        }
    }
    // Emit --- / +++ file headers. For Git patches with no hunks (e.g.
    // pure renames, mode-only changes), Git omits these, so we do too.
    const hasHunks = patch.hunks.length > 0;
    if (headerOptions.includeFileHeaders && patch.oldFileName !== undefined && patch.newFileName !== undefined
        && (!patch.isGit || hasHunks)) {
        ret.push('--- ' + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? '\t' + patch.oldHeader : ''));
        ret.push('+++ ' + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? '\t' + patch.newHeader : ''));
    }
    for (let i = 0; i < patch.hunks.length; i++) {
        const hunk = patch.hunks[i];
        // Unified Diff Format quirk: If the chunk size is 0,
        // the first number is one lower than one would expect.
        // https://www.artima.com/weblogs/viewpost.jsp?thread=164293
        const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
        const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
        ret.push('@@ -' + oldStart + ',' + hunk.oldLines
            + ' +' + newStart + ',' + hunk.newLines
            + ' @@');
        for (const line of hunk.lines) {
            ret.push(line);
        }
    }
    return ret.join('\n') + '\n';
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
    if (typeof options === 'function') {
        options = { callback: options };
    }
    if (!(options === null || options === void 0 ? void 0 : options.callback)) {
        const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
        if (!patchObj) {
            return;
        }
        return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
    }
    else {
        const { callback } = options;
        structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: patchObj => {
                if (!patchObj) {
                    callback(undefined);
                }
                else {
                    callback(formatPatch(patchObj, options.headerOptions));
                }
            } }));
    }
}
function createPatch(fileName, oldStr, newStr, oldHeader, newHeader, options) {
    return createTwoFilesPatch(fileName, fileName, oldStr, newStr, oldHeader, newHeader, options);
}
/**
 * Split `text` into an array of lines, including the trailing newline character (where present)
 */
function splitLines(text) {
    const hasTrailingNl = text.endsWith('\n');
    const result = text.split('\n').map(line => line + '\n');
    if (hasTrailingNl) {
        result.pop();
    }
    else {
        result.push(result.pop().slice(0, -1));
    }
    return result;
}

// EXTERNAL MODULE: ./src/core/manifest.ts
var core_manifest = __nccwpck_require__(4414);
// EXTERNAL MODULE: ./src/core/record.ts
var core_record = __nccwpck_require__(4130);
;// CONCATENATED MODULE: ./src/core/ledger.ts

const FIX_RESTORE = 'restore the ledger from the base branch with `git checkout BASE -- .agents/ledger`, or remove the file with `git rm`, then run `ao ledger verify`';
function refsFromPaths(paths) {
    const refs = new Map();
    const stray = [];
    for (const path of paths) {
        const parts = (0,core_record/* parseRecordPath */.OT)(path);
        if (parts)
            refs.set(parts.id, { ...parts, path });
        else
            stray.push(path);
    }
    return { refs, stray };
}
/**
 * Fully checks `files` (the records under test) on top of `base` (records trusted by path).
 * Every record must parse, hash to its id, sit at the path its seq and id give, name this
 * ledger's genesis, point only at records that exist, and carry seq = 1 + the largest
 * seq among its parents. Exactly one genesis across base and new.
 */
function checkRecords(base, files) {
    const problems = [];
    const records = [];
    for (const file of files) {
        if (file.kind !== 'file') {
            problems.push({
                code: `not-a-file`,
                message: `${file.path} is a ${file.kind}, not a record file`,
                path: file.path,
                fix: `remove it with \`git rm -r --cached ${quotePath(file.path)}\` and delete it from the working tree`,
            });
            continue;
        }
        if (!(0,core_record/* parseRecordPath */.OT)(file.path)) {
            problems.push({
                code: 'stray-file',
                message: `${file.path} is not a record file name (expected ${core_record/* LEDGER_DIR */.EN}/NNNN/SSSSSSSS-<64 hex>.json)`,
                path: file.path,
                fix: `only \`ao\` writes under ${core_record/* LEDGER_DIR */.EN}/: move the file elsewhere (\`git mv\`) or delete it`,
            });
            continue;
        }
        if (file.size !== undefined && file.size > core_record/* MAX_RECORD_BYTES */.xR) {
            problems.push({ code: 'too-large', message: `${file.path}: record file is ${file.size} bytes; the limit is ${core_record/* MAX_RECORD_BYTES */.xR}`, path: file.path, fix: FIX_RESTORE });
            continue;
        }
        const parsed = (0,core_record/* parseRecordFile */.TG)(file.path, file.bytes ?? new Uint8Array());
        if (!parsed.ok) {
            problems.push({ code: parsed.problem.code, message: `${file.path}: ${parsed.problem.message}`, path: file.path, fix: FIX_RESTORE });
            continue;
        }
        records.push(parsed.record);
    }
    const seqOf = new Map();
    for (const ref of base.values())
        seqOf.set(ref.id, ref.seq);
    for (const record of records)
        seqOf.set(record.id, record.seq);
    const geneses = [...base.values()].filter((ref) => ref.seq === 0).map((ref) => ref.id);
    for (const record of records)
        if (record.type === 'genesis' && !base.has(record.id))
            geneses.push(record.id);
    const uniqueGeneses = [...new Set(geneses)];
    let genesisId = uniqueGeneses[0];
    if (uniqueGeneses.length > 1) {
        const baseGenesis = [...base.values()].find((ref) => ref.seq === 0);
        genesisId = baseGenesis?.id ?? uniqueGeneses.sort()[0];
        for (const id of uniqueGeneses) {
            if (id === genesisId)
                continue;
            problems.push({
                code: 'second-genesis',
                message: `a second genesis record ${(0,core_record/* shortId */.m_)(id)} (the ledger's genesis is ${(0,core_record/* shortId */.m_)(genesisId)})`,
                recordId: id,
                fix: 'a ledger has exactly one genesis: delete the extra one (`ao init` never writes a second)',
            });
        }
    }
    if (!genesisId && (records.length > 0 || base.size > 0)) {
        problems.push({ code: 'no-genesis', message: 'the ledger has no genesis record', fix: 'restore the genesis record from history (`git log --diff-filter=D -- .agents/ledger`)' });
    }
    for (const record of records) {
        if (record.type === 'genesis')
            continue;
        const where = { path: undefined, recordId: record.id };
        if (genesisId && record.ledger !== genesisId) {
            problems.push({
                code: 'foreign-record',
                message: `record ${(0,core_record/* shortId */.m_)(record.id)} belongs to another ledger (its genesis is ${(0,core_record/* shortId */.m_)(record.ledger)}, this ledger's is ${(0,core_record/* shortId */.m_)(genesisId)}): copied from another repository?`,
                ...where,
                fix: 'delete the copied record; record a verdict for this repository with `ao verdict`',
            });
        }
        let maxPrevSeq = -1;
        let dangling = false;
        for (const prev of record.prev) {
            const seq = seqOf.get(prev);
            if (seq === undefined) {
                dangling = true;
                problems.push({
                    code: 'dangling-prev',
                    message: `record ${(0,core_record/* shortId */.m_)(record.id)} points to ${(0,core_record/* shortId */.m_)(prev)}, which is not in the ledger (deleted, or never here)`,
                    ...where,
                    fix: 'restore the missing record from history (`git log --all -- .agents/ledger`), or drop the record that points to it',
                });
            }
            else
                maxPrevSeq = Math.max(maxPrevSeq, seq);
        }
        if (!dangling && record.seq !== maxPrevSeq + 1) {
            problems.push({
                code: 'bad-seq',
                message: `record ${(0,core_record/* shortId */.m_)(record.id)} has seq ${record.seq}, but one more than its parents' largest seq is ${maxPrevSeq + 1}`,
                ...where,
                fix: 'records are written only by `ao`: delete this one and record the verdict again',
            });
        }
    }
    return { records, problems, genesisId };
}
/** Records that no other record names in `prev`: where the next record attaches. */
function computeHeads(records) {
    const all = new Set();
    const referenced = new Set();
    for (const record of records) {
        all.add(record.id);
        for (const prev of record.prev)
            referenced.add(prev);
    }
    return [...all].filter((id) => !referenced.has(id)).sort();
}
/** Nanosecond-precision sort key for RFC 3339 UTC timestamps with any number of fraction digits. */
function timeKey(createdAt) {
    const match = /^(.{19})(?:\.(\d{1,9}))?Z$/.exec(createdAt);
    return match ? `${match[1]}.${(match[2] ?? '').padEnd(9, '0')}` : createdAt;
}
/** The order in which a later record overrides an earlier one: seq, then createdAt, then id. */
function compareRecords(a, b) {
    if (a.seq !== b.seq)
        return a.seq - b.seq;
    const ta = timeKey(a.createdAt);
    const tb = timeKey(b.createdAt);
    if (ta !== tb)
        return ta < tb ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
/** Every digest a verdict speaks for: its subject, and each commit a range or commit subject lists. */
function digestsNamedBy(record) {
    const digests = [record.subject.digest];
    if (record.subject.kind === 'range')
        for (const c of record.subject.commits)
            digests.push(c.digest);
    return digests;
}
class DigestIndex {
    latest = new Map();
    all = new Map();
    add(records) {
        for (const record of records) {
            if (record.type !== 'verdict')
                continue;
            for (const digest of new Set(digestsNamedBy(record))) {
                const current = this.latest.get(digest);
                if (!current || compareRecords(current, record) < 0)
                    this.latest.set(digest, record);
                const list = this.all.get(digest);
                if (list)
                    list.push(record);
                else
                    this.all.set(digest, [record]);
            }
        }
    }
    latestFor(digest) {
        return this.latest.get(digest);
    }
    historyFor(digest) {
        return [...(this.all.get(digest) ?? [])].sort(compareRecords);
    }
}
function quotePath(path) {
    return /^[A-Za-z0-9._\/-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/repo/changes.ts



function shortSha(sha) {
    return sha.slice(0, 7);
}
/**
 * The change each commit makes: a commit against its first parent (a root against the
 * empty tree); a merge as the difference between the tree `git merge-tree` recomputes
 * and the merge's own tree, so a clean merge changes nothing. Batched: one diff-tree for
 * all commits, one merge-tree (per merge on git older than 2.40).
 */
async function changesOfCommits(git, commits) {
    const merges = commits.filter((c) => c.parents.length >= 2);
    const twoParentMerges = merges.filter((c) => c.parents.length === 2);
    const recomputed = await git.mergeTrees(twoParentMerges.map((c) => [c.parents[0], c.parents[1]]));
    const mergeItem = new Map();
    twoParentMerges.forEach((commit, i) => mergeItem.set(commit.sha, `${recomputed[i].tree} ${commit.tree}`));
    // Octopus merges cannot be recomputed by merge-tree: they are judged against their first
    // parent ("COMMIT PARENT" asks diff-tree for exactly that; its output is headed COMMIT).
    for (const commit of merges)
        if (commit.parents.length > 2)
            mergeItem.set(commit.sha, `${commit.sha} ${commit.parents[0]}`);
    const items = commits.map((c) => mergeItem.get(c.sha) ?? c.sha);
    const diffs = await git.diffBatch(items);
    return commits.map((commit, i) => {
        const item = items[i];
        const octopus = commit.parents.length > 2;
        const entries = diffs.get(octopus ? commit.sha : item) ?? [];
        const manifest = (0,core_manifest/* buildManifest */.u1)(entries);
        const isMerge = commit.parents.length >= 2;
        return {
            change: {
                kind: isMerge ? 'merge' : 'commit',
                label: shortSha(commit.sha),
                commit: commit.sha,
                subjectLine: commit.subject,
                authorName: commit.authorName,
                authorEmail: commit.authorEmail,
                manifest,
                cleanMerge: isMerge && manifest.entries.length === 0 && commit.parents.length === 2,
            },
            ledgerEntries: entries.filter(core_manifest/* isLedgerEntry */.c9),
            patchItem: item,
        };
    });
}
/** The merge in progress, if any: the commits in `.git/MERGE_HEAD`. */
function pendingMergeHeads(git) {
    const file = (0,external_node_path_namespaceObject.join)(git.gitDir, 'MERGE_HEAD');
    if (!(0,external_node_fs_.existsSync)(file))
        return [];
    return (0,external_node_fs_.readFileSync)(file, 'utf8').split('\n').map((s) => s.trim()).filter(Boolean);
}
/**
 * The staged change: the index against HEAD, or during a merge, against the tree a clean
 * merge would give (so only conflict resolutions and hand edits need a verdict).
 * The ledger entries always compare with HEAD, where append-only is judged.
 */
async function stagedChange(git, head, authorEmail) {
    const againstHead = await git.diffIndexCached(head ?? git.emptyTree);
    const ledgerEntries = againstHead.filter(core_manifest/* isLedgerEntry */.c9);
    const mergeHeads = head ? pendingMergeHeads(git) : [];
    let entries = againstHead;
    let merging = false;
    let patchItem;
    if (head && mergeHeads.length === 1) {
        const [recomputed] = await git.mergeTrees([[head, mergeHeads[0]]]);
        const indexTree = await git.writeIndexTree();
        entries = await git.diffTrees(recomputed.tree, indexTree);
        merging = true;
        patchItem = `${recomputed.tree} ${indexTree}`;
    }
    const manifest = (0,core_manifest/* buildManifest */.u1)(entries);
    return {
        change: {
            kind: 'staged',
            label: merging ? 'staged merge' : 'staged change',
            authorEmail,
            manifest,
            cleanMerge: merging && manifest.entries.length === 0,
        },
        ledgerEntries,
        patchItem,
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
var external_node_crypto_default = /*#__PURE__*/__nccwpck_require__.n(external_node_crypto_);
;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
var external_node_net_default = /*#__PURE__*/__nccwpck_require__.n(external_node_net_namespaceObject);
;// CONCATENATED MODULE: ./src/core/sshsig.ts
/**
 * SSH signatures in the SSHSIG format produced by `ssh-keygen -Y sign`
 * (PROTOCOL.sshsig in the OpenSSH sources), implemented in-process with
 * node:crypto so verification never shells out.
 *
 * Supported key types: ssh-ed25519, ecdsa-sha2-nistp256/384/521, ssh-rsa
 * (signing with rsa-sha2-512; verifying rsa-sha2-256/512, never SHA-1).
 */


class SshSigError extends Error {
    constructor(message) {
        super(message);
        this.name = 'SshSigError';
    }
}
/** Armored signatures larger than this are rejected before any parsing. */
const MAX_ARMORED_SIGNATURE_BYTES = 64 * 1024;
const SSHSIG_MAGIC = Buffer.from('SSHSIG');
const SSHSIG_VERSION = 1;
const SIGNING_HASH = 'sha512';
const VERIFIABLE_HASHES = new Set(['sha256', 'sha512']);
const ARMOR_BEGIN = '-----BEGIN SSH SIGNATURE-----';
const ARMOR_END = '-----END SSH SIGNATURE-----';
const ARMOR_LINE_LENGTH = 70; // what ssh-keygen emits
const RSA_MIN_BITS = 1024; // OpenSSH's SSH_RSA_MINIMUM_MODULUS_SIZE
const RSA_MAX_BITS = 16384; // OpenSSL's verification limit
const RSA_SIGNING_ALGORITHM = 'rsa-sha2-512';
const RSA_VERIFY_HASHES = {
    'rsa-sha2-256': 'sha256',
    'rsa-sha2-512': 'sha512',
};
const ECDSA_CURVES = {
    'ecdsa-sha2-nistp256': { sshCurveName: 'nistp256', jwkCurve: 'P-256', fieldBytes: 32, hash: 'sha256' },
    'ecdsa-sha2-nistp384': { sshCurveName: 'nistp384', jwkCurve: 'P-384', fieldBytes: 48, hash: 'sha384' },
    'ecdsa-sha2-nistp521': { sshCurveName: 'nistp521', jwkCurve: 'P-521', fieldBytes: 66, hash: 'sha512' },
};
const ED25519 = 'ssh-ed25519';
const RSA = 'ssh-rsa';
const SUPPORTED_KEY_TYPES = [ED25519, ...Object.keys(ECDSA_CURVES), RSA];
// ---------------------------------------------------------------------------
// SSH wire format (RFC 4251 §5)
/** Bounds-checked reader; every failure is an SshSigError naming `what`. */
class SshReader {
    buf;
    what;
    offset = 0;
    constructor(buf, what) {
        this.buf = buf;
        this.what = what;
    }
    get remaining() {
        return this.buf.length - this.offset;
    }
    bytes(length) {
        if (length > this.remaining) {
            throw new SshSigError(`${this.what} is truncated (needs ${length} bytes at offset ${this.offset}, has ${this.remaining})`);
        }
        const out = this.buf.subarray(this.offset, this.offset + length);
        this.offset += length;
        return out;
    }
    uint32() {
        return this.bytes(4).readUInt32BE(0);
    }
    string() {
        return this.bytes(this.uint32());
    }
    /** A string that must be printable ASCII (algorithm names, namespaces, curve names). */
    ascii(field) {
        const raw = this.string();
        if (!/^[\x20-\x7e]*$/.test(raw.toString('latin1'))) {
            throw new SshSigError(`${this.what}: ${field} contains non-printable bytes`);
        }
        return raw.toString('latin1');
    }
    /**
     * A non-negative mpint, returned as its big-endian magnitude without a sign
     * byte. Rejects negative and non-minimal encodings, as OpenSSH does.
     */
    mpint(field) {
        const raw = this.string();
        if (raw.length > 0 && (raw[0] & 0x80) !== 0) {
            throw new SshSigError(`${this.what}: ${field} is negative`);
        }
        if (raw.length > 1 && raw[0] === 0 && (raw[1] & 0x80) === 0) {
            throw new SshSigError(`${this.what}: ${field} has a non-minimal encoding`);
        }
        return raw[0] === 0 ? raw.subarray(1) : raw;
    }
    end() {
        if (this.remaining !== 0) {
            throw new SshSigError(`${this.what} has ${this.remaining} unexpected trailing bytes`);
        }
    }
}
function sshUint32(value) {
    const out = Buffer.alloc(4);
    out.writeUInt32BE(value, 0);
    return out;
}
function sshString(value) {
    const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
    return Buffer.concat([sshUint32(bytes.length), bytes]);
}
/** Encodes an unsigned big-endian magnitude as an SSH mpint. */
function sshMpint(magnitude) {
    let start = 0;
    while (start < magnitude.length && magnitude[start] === 0)
        start++;
    const trimmed = magnitude.subarray(start);
    const needsSignByte = trimmed.length > 0 && (trimmed[0] & 0x80) !== 0;
    return sshString(needsSignByte ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed);
}
function leftPad(magnitude, length, field) {
    if (magnitude.length > length) {
        throw new SshSigError(`${field} is ${magnitude.length} bytes, longer than the ${length} the curve allows`);
    }
    return Buffer.concat([Buffer.alloc(length - magnitude.length), magnitude]);
}
function base64url(bytes) {
    return bytes.toString('base64url');
}
/** Decodes canonical base64 only; Buffer.from silently skips garbage. */
function decodeStrictBase64(text, what) {
    if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) {
        throw new SshSigError(`${what} is not valid base64`);
    }
    const bytes = Buffer.from(text, 'base64');
    if (bytes.toString('base64') !== text) {
        throw new SshSigError(`${what} is not canonical base64`);
    }
    return bytes;
}
function describe(value) {
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}...` : value);
}
// ---------------------------------------------------------------------------
// Public keys
/** Building a KeyObject is the costly part of a verify. Returned keys are shared: treat them as read-only. */
const publicKeyCache = new Map();
const PUBLIC_KEY_CACHE_LIMIT = 4096;
function sshFingerprint(blob) {
    return `SHA256:${external_node_crypto_default().createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;
}
/** Parses an OpenSSH public key line: `type base64 [comment]`. */
function parsePublicKey(text) {
    if (typeof text !== 'string')
        throw new SshSigError('public key must be a string');
    const fields = text.trim().split(/\s+/);
    if (fields.length < 2 || fields[0] === '') {
        throw new SshSigError(`public key ${describe(text.trim())} is not of the form "type base64 [comment]"`);
    }
    const [type, encoded] = fields;
    const key = publicKeyFromBlob(decodeStrictBase64(encoded, `${type} public key`));
    if (key.type !== type) {
        throw new SshSigError(`public key says ${describe(type)} but its data is a ${key.type} key`);
    }
    return key;
}
/** Parses an SSH wire-format public key blob, caching the result per blob. */
function publicKeyFromBlob(blob) {
    const cacheKey = blob.toString('base64');
    const cached = publicKeyCache.get(cacheKey);
    if (cached)
        return cached;
    const ownedBlob = Buffer.from(blob); // callers may reuse their buffer
    const { type, key } = decodePublicKeyBlob(ownedBlob);
    const result = Object.freeze({
        type,
        blob: ownedBlob,
        text: `${type} ${cacheKey}`,
        fingerprint: sshFingerprint(ownedBlob),
        key,
    });
    if (publicKeyCache.size >= PUBLIC_KEY_CACHE_LIMIT) {
        publicKeyCache.delete(publicKeyCache.keys().next().value);
    }
    publicKeyCache.set(cacheKey, result);
    return result;
}
function decodePublicKeyBlob(blob) {
    const reader = new SshReader(blob, 'public key');
    const type = reader.ascii('key type');
    const jwk = readPublicJwk(type, reader);
    reader.end();
    return { type, key: importKey(jwk, 'public', type) };
}
/** Reads the type-specific public fields that follow the key type in blobs and private keys. */
function readPublicJwk(type, reader) {
    if (type === ED25519) {
        const publicBytes = reader.string();
        if (publicBytes.length !== 32) {
            throw new SshSigError(`ssh-ed25519 public key is ${publicBytes.length} bytes, expected 32`);
        }
        return { kty: 'OKP', crv: 'Ed25519', x: base64url(publicBytes) };
    }
    const curve = ECDSA_CURVES[type];
    if (curve) {
        const curveName = reader.ascii('curve name');
        if (curveName !== curve.sshCurveName) {
            throw new SshSigError(`${type} key names curve ${describe(curveName)}, expected ${curve.sshCurveName}`);
        }
        const point = reader.string();
        // Only uncompressed points (0x04 || X || Y), like OpenSSH.
        if (point.length !== 1 + 2 * curve.fieldBytes || point[0] !== 0x04) {
            throw new SshSigError(`${type} public point is not an uncompressed ${curve.sshCurveName} point`);
        }
        return {
            kty: 'EC',
            crv: curve.jwkCurve,
            x: base64url(point.subarray(1, 1 + curve.fieldBytes)),
            y: base64url(point.subarray(1 + curve.fieldBytes)),
        };
    }
    if (type === RSA) {
        const exponent = reader.mpint('RSA exponent');
        const modulus = reader.mpint('RSA modulus');
        checkRsaModulus(modulus);
        if (exponent.length === 0 || exponent.length > 8 || (exponent[exponent.length - 1] & 1) === 0) {
            throw new SshSigError('RSA public exponent is not a small odd number');
        }
        return { kty: 'RSA', n: base64url(modulus), e: base64url(exponent) };
    }
    if (type.includes('-cert-')) {
        throw new SshSigError(`SSH certificates (${type}) are not supported; use the plain public key`);
    }
    throw new SshSigError(`unsupported SSH key type ${describe(type)} (supported: ${SUPPORTED_KEY_TYPES.join(', ')})`);
}
function checkRsaModulus(modulus) {
    const bits = modulus.length === 0 ? 0 : (modulus.length - 1) * 8 + (32 - Math.clz32(modulus[0]));
    if (bits < RSA_MIN_BITS || bits > RSA_MAX_BITS) {
        throw new SshSigError(`RSA key is ${bits} bits; must be between ${RSA_MIN_BITS} and ${RSA_MAX_BITS}`);
    }
}
function importKey(jwk, kind, type) {
    try {
        return kind === 'public'
            ? external_node_crypto_default().createPublicKey({ key: jwk, format: 'jwk' })
            : external_node_crypto_default().createPrivateKey({ key: jwk, format: 'jwk' });
    }
    catch (error) {
        throw new SshSigError(`invalid ${type} ${kind} key: ${error.message}`);
    }
}
// ---------------------------------------------------------------------------
// Signature blobs (string algorithm || string signature)
/** Verifies a raw SSH signature blob over `data`; throws SshSigError on any mismatch. */
function verifySignatureBlob(publicKey, signatureBlob, data) {
    const reader = new SshReader(signatureBlob, 'signature blob');
    const algorithm = reader.ascii('signature algorithm');
    const signature = reader.string();
    reader.end();
    let valid;
    if (publicKey.type === ED25519) {
        expectAlgorithm(algorithm, ED25519, publicKey);
        if (signature.length !== 64)
            throw new SshSigError(`ssh-ed25519 signature is ${signature.length} bytes, expected 64`);
        valid = external_node_crypto_default().verify(null, data, publicKey.key, signature);
    }
    else if (ECDSA_CURVES[publicKey.type]) {
        const curve = ECDSA_CURVES[publicKey.type];
        expectAlgorithm(algorithm, publicKey.type, publicKey);
        const p1363 = ecdsaSshToP1363(signature, curve);
        valid = external_node_crypto_default().verify(curve.hash, data, { key: publicKey.key, dsaEncoding: 'ieee-p1363' }, p1363);
    }
    else if (publicKey.type === RSA) {
        const hash = RSA_VERIFY_HASHES[algorithm];
        if (!hash) {
            throw new SshSigError(algorithm === RSA
                ? 'RSA signature uses ssh-rsa (SHA-1), which is not accepted; sign with rsa-sha2-256 or rsa-sha2-512'
                : `RSA key cannot verify a ${describe(algorithm)} signature`);
        }
        const modulusBytes = Math.ceil((publicKey.key.asymmetricKeyDetails?.modulusLength ?? 0) / 8);
        if (signature.length === 0 || signature.length > modulusBytes) {
            throw new SshSigError(`RSA signature is ${signature.length} bytes, modulus is ${modulusBytes}`);
        }
        // OpenSSH accepts signatures with leading zero bytes stripped; OpenSSL wants the full width.
        valid = external_node_crypto_default().verify(hash, data, publicKey.key, leftPad(signature, modulusBytes, 'RSA signature'));
    }
    else {
        throw new SshSigError(`unsupported key type ${describe(publicKey.type)}`);
    }
    if (!valid)
        throw new SshSigError(`signature does not verify with ${publicKey.type} key ${publicKey.fingerprint}`);
}
function expectAlgorithm(algorithm, expected, publicKey) {
    if (algorithm !== expected) {
        throw new SshSigError(`signature algorithm ${describe(algorithm)} does not match ${publicKey.type} key ${publicKey.fingerprint}`);
    }
}
/** SSH encodes ECDSA signatures as mpint r || mpint s; OpenSSL's P1363 form is fixed-width r || s. */
function ecdsaSshToP1363(signature, curve) {
    const reader = new SshReader(signature, 'ECDSA signature');
    const r = reader.mpint('r');
    const s = reader.mpint('s');
    reader.end();
    return Buffer.concat([leftPad(r, curve.fieldBytes, 'ECDSA r'), leftPad(s, curve.fieldBytes, 'ECDSA s')]);
}
function ecdsaP1363ToSsh(p1363, curve) {
    const r = p1363.subarray(0, curve.fieldBytes);
    const s = p1363.subarray(curve.fieldBytes);
    return Buffer.concat([sshMpint(r), sshMpint(s)]);
}
// ---------------------------------------------------------------------------
// Private keys (openssh-key-v1)
const PRIVATE_KEY_BEGIN = '-----BEGIN OPENSSH PRIVATE KEY-----';
const PRIVATE_KEY_END = '-----END OPENSSH PRIVATE KEY-----';
const PRIVATE_KEY_MAGIC = Buffer.from('openssh-key-v1\0', 'latin1');
/** Parses an unencrypted OpenSSH private key and returns a signer for it. */
function parsePrivateKey(pem) {
    const text = (typeof pem === 'string' ? pem : Buffer.isBuffer(pem) ? pem.toString('latin1') : '').trim();
    if (!text.startsWith(PRIVATE_KEY_BEGIN) || !text.endsWith(PRIVATE_KEY_END)) {
        if (text.startsWith('-----BEGIN ') && text.includes('PRIVATE KEY-----')) {
            throw new SshSigError('private key is in PEM/PKCS#8 format; only OpenSSH format is supported (convert with `ssh-keygen -p -f KEY`)');
        }
        throw new SshSigError(`private key must start with ${PRIVATE_KEY_BEGIN}`);
    }
    const body = text.slice(PRIVATE_KEY_BEGIN.length, text.length - PRIVATE_KEY_END.length).replace(/\s+/g, '');
    const reader = new SshReader(decodeStrictBase64(body, 'OpenSSH private key'), 'OpenSSH private key');
    if (!reader.bytes(PRIVATE_KEY_MAGIC.length).equals(PRIVATE_KEY_MAGIC)) {
        throw new SshSigError('OpenSSH private key has a bad magic header');
    }
    const cipherName = reader.ascii('cipher name');
    const kdfName = reader.ascii('KDF name');
    reader.string(); // KDF options
    if (cipherName !== 'none' || kdfName !== 'none') {
        throw new SshSigError(`private key is passphrase-protected (${cipherName}); load it into ssh-agent with \`ssh-add KEY\` and sign through the agent instead`);
    }
    const keyCount = reader.uint32();
    if (keyCount !== 1)
        throw new SshSigError(`OpenSSH private key file holds ${keyCount} keys, expected 1`);
    const publicKey = publicKeyFromBlob(reader.string());
    const privateSection = reader.string();
    reader.end();
    const secrets = new SshReader(privateSection, 'OpenSSH private key section');
    if (secrets.uint32() !== secrets.uint32()) {
        throw new SshSigError('OpenSSH private key check bytes differ (corrupt or wrongly decrypted)');
    }
    const type = secrets.ascii('key type');
    if (type !== publicKey.type) {
        throw new SshSigError(`OpenSSH private key is ${type} but its public key is ${publicKey.type}`);
    }
    const privateKey = readPrivateKey(type, secrets, publicKey);
    secrets.string(); // comment
    checkPadding(secrets.bytes(secrets.remaining));
    return { publicKey, sign: (data) => signData(type, privateKey, data) };
}
function readPrivateKey(type, reader, publicKey) {
    let jwk;
    if (type === ED25519) {
        const publicJwk = readPublicJwk(type, reader);
        const secret = reader.string(); // seed || public key
        if (secret.length !== 64)
            throw new SshSigError(`ssh-ed25519 private key is ${secret.length} bytes, expected 64`);
        jwk = { ...publicJwk, d: base64url(secret.subarray(0, 32)) };
    }
    else if (ECDSA_CURVES[type]) {
        const curve = ECDSA_CURVES[type];
        const publicJwk = readPublicJwk(type, reader);
        const scalar = leftPad(reader.mpint('ECDSA private scalar'), curve.fieldBytes, 'ECDSA private scalar');
        jwk = { ...publicJwk, d: base64url(scalar) };
    }
    else if (type === RSA) {
        // Private RSA order differs from the public blob: n, e, d, iqmp, p, q.
        const n = reader.mpint('RSA modulus');
        const e = reader.mpint('RSA exponent');
        const d = reader.mpint('RSA private exponent');
        const iqmp = reader.mpint('RSA iqmp');
        const p = reader.mpint('RSA p');
        const q = reader.mpint('RSA q');
        checkRsaModulus(n);
        const dBig = toBigInt(d);
        // JWK needs the CRT exponents OpenSSH does not store.
        const dp = dBig % (toBigInt(p) - 1n);
        const dq = dBig % (toBigInt(q) - 1n);
        jwk = {
            kty: 'RSA',
            n: base64url(n),
            e: base64url(e),
            d: base64url(d),
            p: base64url(p),
            q: base64url(q),
            dp: base64url(fromBigInt(dp)),
            dq: base64url(fromBigInt(dq)),
            qi: base64url(iqmp),
        };
    }
    else {
        // readPublicJwk produces the precise "unsupported" message.
        readPublicJwk(type, reader);
        throw new SshSigError(`unsupported private key type ${describe(type)}`);
    }
    const privateKey = importKey(jwk, 'private', type);
    const derived = external_node_crypto_default().createPublicKey(privateKey).export({ format: 'jwk' });
    const expected = publicKey.key.export({ format: 'jwk' });
    if (derived.x !== expected.x || derived.y !== expected.y || derived.n !== expected.n || derived.e !== expected.e) {
        throw new SshSigError('OpenSSH private key does not match its embedded public key');
    }
    return privateKey;
}
/** The private section ends with padding bytes 1, 2, 3, ... up to the cipher block size. */
function checkPadding(padding) {
    padding.forEach((byte, index) => {
        if (byte !== index + 1)
            throw new SshSigError('OpenSSH private key has invalid padding');
    });
}
function toBigInt(magnitude) {
    return magnitude.length === 0 ? 0n : BigInt(`0x${magnitude.toString('hex')}`);
}
function fromBigInt(value) {
    const hex = value.toString(16);
    return Buffer.from(hex.length % 2 === 0 ? hex : `0${hex}`, 'hex');
}
function signData(type, privateKey, data) {
    if (type === ED25519) {
        return Buffer.concat([sshString(ED25519), sshString(external_node_crypto_default().sign(null, data, privateKey))]);
    }
    const curve = ECDSA_CURVES[type];
    if (curve) {
        const p1363 = external_node_crypto_default().sign(curve.hash, data, { key: privateKey, dsaEncoding: 'ieee-p1363' });
        return Buffer.concat([sshString(type), sshString(ecdsaP1363ToSsh(p1363, curve))]);
    }
    return Buffer.concat([sshString(RSA_SIGNING_ALGORITHM), sshString(external_node_crypto_default().sign('sha512', data, privateKey))]);
}
// ---------------------------------------------------------------------------
// SSHSIG envelope
function toBytes(message) {
    if (typeof message === 'string')
        return Buffer.from(message, 'utf8');
    if (Buffer.isBuffer(message))
        return message;
    throw new SshSigError('message must be a string or Buffer');
}
function checkNamespace(namespace) {
    if (typeof namespace !== 'string' || namespace === '') {
        throw new SshSigError('signature namespace must be a non-empty string');
    }
}
/** The bytes actually signed: MAGIC || string(namespace) || string(reserved) || string(hash) || string(H(message)). */
function dataToSign(message, namespace, hashAlgorithm) {
    const digest = external_node_crypto_default().createHash(hashAlgorithm).update(message).digest();
    return Buffer.concat([
        SSHSIG_MAGIC,
        sshString(namespace),
        sshString(Buffer.alloc(0)),
        sshString(hashAlgorithm),
        sshString(digest),
    ]);
}
function armor(publicKey, namespace, signatureBlob) {
    const envelope = Buffer.concat([
        SSHSIG_MAGIC,
        sshUint32(SSHSIG_VERSION),
        sshString(publicKey.blob),
        sshString(namespace),
        sshString(Buffer.alloc(0)),
        sshString(SIGNING_HASH),
        sshString(signatureBlob),
    ]);
    const encoded = envelope.toString('base64');
    const lines = [];
    for (let i = 0; i < encoded.length; i += ARMOR_LINE_LENGTH)
        lines.push(encoded.slice(i, i + ARMOR_LINE_LENGTH));
    return `${ARMOR_BEGIN}\n${lines.join('\n')}\n${ARMOR_END}\n`;
}
/** Signs `message` in `namespace`; returns armored text identical in form to `ssh-keygen -Y sign`. */
function signMessage(message, namespace, signer) {
    checkNamespace(namespace);
    const signatureBlob = signer.sign(dataToSign(toBytes(message), namespace, SIGNING_HASH));
    return armor(signer.publicKey, namespace, signatureBlob);
}
function dearmor(armored) {
    const text = armored.trim();
    if (!text.startsWith(ARMOR_BEGIN))
        throw new SshSigError(`signature does not start with ${ARMOR_BEGIN}`);
    if (!text.endsWith(ARMOR_END))
        throw new SshSigError(`signature does not end with ${ARMOR_END}`);
    const body = text.slice(ARMOR_BEGIN.length, text.length - ARMOR_END.length);
    // Separate simple checks: a single regex with overlapping newline classes backtracks quadratically.
    if (!/^[A-Za-z0-9+/=\r\n]*$/.test(body)) {
        throw new SshSigError('signature armor contains characters other than base64 lines');
    }
    if (!/^[\r\n]/.test(body) || !/[\r\n]$/.test(body)) {
        throw new SshSigError('signature armor markers must be on their own lines');
    }
    return decodeStrictBase64(body.replace(/[\r\n]/g, ''), 'signature armor');
}
function parseEnvelope(envelope) {
    const reader = new SshReader(envelope, 'SSH signature');
    if (!reader.bytes(SSHSIG_MAGIC.length).equals(SSHSIG_MAGIC)) {
        throw new SshSigError('SSH signature does not start with the SSHSIG magic');
    }
    const version = reader.uint32();
    if (version !== SSHSIG_VERSION)
        throw new SshSigError(`unsupported SSH signature version ${version} (expected 1)`);
    const publicKeyBlob = reader.string();
    const namespace = reader.ascii('namespace');
    // Signers never fill the reserved field and OpenSSH does not sign it, so anything here is tampering.
    if (reader.string().length !== 0)
        throw new SshSigError('SSH signature reserved field is not empty');
    const hashAlgorithm = reader.ascii('hash algorithm');
    const signatureBlob = reader.string();
    reader.end();
    if (!VERIFIABLE_HASHES.has(hashAlgorithm)) {
        throw new SshSigError(`unsupported signature hash algorithm ${describe(hashAlgorithm)} (expected sha256 or sha512)`);
    }
    return { publicKey: publicKeyFromBlob(publicKeyBlob), namespace, hashAlgorithm, signatureBlob };
}
/**
 * Verifies an armored SSH signature over `message` in `namespace`, returning
 * the signing key. It proves only that this key signed: checking the key
 * against allowed signers is the caller's job. Throws SshSigError on any failure.
 */
function verifySignature(armored, message, namespace) {
    if (typeof armored !== 'string')
        throw new SshSigError('signature must be a string');
    if (armored.length > MAX_ARMORED_SIGNATURE_BYTES || Buffer.byteLength(armored, 'utf8') > MAX_ARMORED_SIGNATURE_BYTES) {
        throw new SshSigError(`signature is larger than ${MAX_ARMORED_SIGNATURE_BYTES} bytes`);
    }
    checkNamespace(namespace);
    const messageBytes = toBytes(message);
    try {
        const parsed = parseEnvelope(dearmor(armored));
        if (parsed.namespace !== namespace) {
            throw new SshSigError(`signature namespace ${describe(parsed.namespace)} does not match expected ${describe(namespace)}`);
        }
        verifySignatureBlob(parsed.publicKey, parsed.signatureBlob, dataToSign(messageBytes, namespace, parsed.hashAlgorithm));
        return { publicKey: parsed.publicKey };
    }
    catch (error) {
        if (error instanceof SshSigError)
            throw error;
        // node:crypto can still reject odd inputs (e.g. an invalid curve point); keep the error type uniform.
        throw new SshSigError(`signature is invalid: ${error.message}`);
    }
}
// ---------------------------------------------------------------------------
// ssh-agent (draft-miller-ssh-agent)
const SSH_AGENT_FAILURE = 5;
const SSH_AGENTC_REQUEST_IDENTITIES = 11;
const SSH_AGENT_IDENTITIES_ANSWER = 12;
const SSH_AGENTC_SIGN_REQUEST = 13;
const SSH_AGENT_SIGN_RESPONSE = 14;
const SSH_AGENT_RSA_SHA2_512 = 4;
const AGENT_MAX_MESSAGE_BYTES = 256 * 1024; // OpenSSH's own limit
const DEFAULT_AGENT_TIMEOUT_MS = 30_000; // long enough for `ssh-add -c` confirmation prompts
/**
 * Signs through ssh-agent so encrypted or hardware-held keys never touch this
 * process. The agent must already hold `publicKey` (`ssh-add KEY`).
 */
async function signWithAgent(message, namespace, publicKey, socketPath = process.env.SSH_AUTH_SOCK, options = {}) {
    checkNamespace(namespace);
    if (!socketPath) {
        throw new SshSigError('SSH_AUTH_SOCK is not set: start ssh-agent and `ssh-add` your key, or sign with a private key file');
    }
    const data = dataToSign(toBytes(message), namespace, SIGNING_HASH);
    const agent = await AgentConnection.open(socketPath, options.timeoutMs ?? DEFAULT_AGENT_TIMEOUT_MS);
    try {
        const identities = await agent.request(SSH_AGENTC_REQUEST_IDENTITIES, Buffer.alloc(0));
        if (identities.type !== SSH_AGENT_IDENTITIES_ANSWER) {
            throw new SshSigError(`ssh-agent refused to list keys (reply type ${identities.type})`);
        }
        if (!agentHoldsKey(identities.body, publicKey.blob)) {
            throw new SshSigError(`ssh-agent at ${socketPath} does not hold key ${publicKey.fingerprint}; add it with \`ssh-add KEY\``);
        }
        const flags = publicKey.type === RSA ? SSH_AGENT_RSA_SHA2_512 : 0;
        const reply = await agent.request(SSH_AGENTC_SIGN_REQUEST, Buffer.concat([sshString(publicKey.blob), sshString(data), sshUint32(flags)]));
        if (reply.type === SSH_AGENT_FAILURE) {
            throw new SshSigError(`ssh-agent declined to sign with key ${publicKey.fingerprint} (was confirmation refused?)`);
        }
        if (reply.type !== SSH_AGENT_SIGN_RESPONSE) {
            throw new SshSigError(`ssh-agent sent unexpected reply type ${reply.type} to a sign request`);
        }
        const reader = new SshReader(reply.body, 'ssh-agent sign response');
        const signatureBlob = reader.string();
        reader.end();
        // An old agent may ignore the SHA-2 flag and answer with ssh-rsa (SHA-1); never emit that.
        verifySignatureBlob(publicKey, signatureBlob, data);
        return armor(publicKey, namespace, signatureBlob);
    }
    finally {
        agent.close();
    }
}
function agentHoldsKey(answer, blob) {
    const reader = new SshReader(answer, 'ssh-agent identities answer');
    const count = reader.uint32();
    for (let i = 0; i < count; i++) {
        const candidate = reader.string();
        reader.string(); // comment
        if (candidate.equals(blob))
            return true;
    }
    return false;
}
/** One unix-socket connection to ssh-agent, exchanging length-prefixed messages one at a time. */
class AgentConnection {
    socket;
    received = Buffer.alloc(0);
    waiting = null;
    failure = null;
    timer;
    constructor(socket, socketPath, timeoutMs) {
        this.socket = socket;
        this.timer = setTimeout(() => this.fail(new SshSigError(`ssh-agent at ${socketPath} did not answer within ${timeoutMs} ms`)), timeoutMs);
        socket.on('data', (chunk) => this.onData(chunk));
        socket.on('error', (error) => this.fail(new SshSigError(`ssh-agent connection failed: ${error.message}`)));
        socket.on('close', () => this.fail(new SshSigError('ssh-agent closed the connection')));
    }
    static open(socketPath, timeoutMs) {
        return new Promise((resolve, reject) => {
            const socket = external_node_net_default().createConnection({ path: socketPath });
            const timer = setTimeout(() => {
                socket.destroy();
                reject(new SshSigError(`timed out connecting to ssh-agent at ${socketPath}`));
            }, timeoutMs);
            socket.once('error', (error) => {
                clearTimeout(timer);
                reject(new SshSigError(describeConnectError(socketPath, error)));
            });
            socket.once('connect', () => {
                clearTimeout(timer);
                socket.removeAllListeners('error');
                resolve(new AgentConnection(socket, socketPath, timeoutMs));
            });
        });
    }
    request(type, body) {
        if (this.failure)
            return Promise.reject(this.failure);
        return new Promise((resolve, reject) => {
            this.waiting = { resolve, reject };
            this.socket.write(sshString(Buffer.concat([Buffer.from([type]), body])));
        }).then((reply) => {
            if (reply.length === 0)
                throw new SshSigError('ssh-agent sent an empty message');
            return { type: reply[0], body: reply.subarray(1) };
        });
    }
    close() {
        clearTimeout(this.timer);
        this.failure ??= new SshSigError('ssh-agent connection closed');
        this.socket.destroy();
    }
    onData(chunk) {
        this.received = Buffer.concat([this.received, chunk]);
        if (this.received.length < 4)
            return;
        const length = this.received.readUInt32BE(0);
        if (length > AGENT_MAX_MESSAGE_BYTES) {
            this.fail(new SshSigError(`ssh-agent sent an oversized message (${length} bytes)`));
            return;
        }
        if (this.received.length < 4 + length)
            return;
        const message = this.received.subarray(4, 4 + length);
        this.received = this.received.subarray(4 + length);
        const waiting = this.waiting;
        this.waiting = null;
        if (waiting)
            waiting.resolve(message);
        else
            this.fail(new SshSigError('ssh-agent sent an unsolicited message'));
    }
    fail(error) {
        if (this.failure)
            return;
        this.failure = error;
        clearTimeout(this.timer);
        this.socket.destroy();
        const waiting = this.waiting;
        this.waiting = null;
        waiting?.reject(error);
    }
}
function describeConnectError(socketPath, error) {
    switch (error.code) {
        case 'ENOENT':
            return `ssh-agent socket ${socketPath} does not exist (is ssh-agent running and SSH_AUTH_SOCK current?)`;
        case 'ECONNREFUSED':
            return `nothing is listening on ssh-agent socket ${socketPath} (is ssh-agent running?)`;
        case 'EACCES':
            return `permission denied opening ssh-agent socket ${socketPath}`;
        default:
            return `cannot connect to ssh-agent at ${socketPath}: ${error.message}`;
    }
}

;// CONCATENATED MODULE: ./src/core/allowed-signers.ts
/**
 * The `allowed_signers` format read by `ssh-keygen -Y verify` and git
 * (gpg.ssh.allowedSignersFile), see ssh-keygen(1) "ALLOWED SIGNERS":
 *
 *   principals [options] keytype base64 [comment]
 */

/** Key types OpenSSH may write here; anything else in the key position must be options. */
const KNOWN_KEY_TYPES = new Set([
    'ssh-ed25519',
    'ssh-rsa',
    'ssh-dss',
    'ecdsa-sha2-nistp256',
    'ecdsa-sha2-nistp384',
    'ecdsa-sha2-nistp521',
    'sk-ssh-ed25519@openssh.com',
    'sk-ecdsa-sha2-nistp256@openssh.com',
    'ssh-xmss@openssh.com',
].flatMap((type) => [type, type.replace(/(@openssh\.com)?$/, '-cert-v01@openssh.com')]));
const allowed_signers_SUPPORTED_KEY_TYPES = new Set(['ssh-ed25519', 'ssh-rsa', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521']);
class LineError extends Error {
}
function parseAllowedSigners(text, source = '.agents/checkers') {
    const signers = [];
    text.split(/\r?\n/).forEach((rawLine, index) => {
        const line = rawLine.trim();
        if (line === '' || line.startsWith('#'))
            return;
        try {
            signers.push(parseLine(line, source, index + 1));
        }
        catch (error) {
            const reason = error instanceof LineError || error instanceof SshSigError ? error.message : String(error);
            throw new SshSigError(`${source}:${index + 1}: ${reason}`);
        }
    });
    return signers;
}
function parseLine(line, source, lineNumber) {
    const cursor = { text: line, pos: 0 };
    const principals = readPrincipals(cursor);
    skipSpaces(cursor);
    if (cursor.pos >= line.length)
        throw new LineError('expected a key after the principals');
    const signer = {
        principals,
        certAuthority: false,
        keyText: '',
        publicKey: null,
        source,
        line: lineNumber,
    };
    if (!KNOWN_KEY_TYPES.has(peekWord(cursor))) {
        readOptions(cursor, signer);
        skipSpaces(cursor);
    }
    const keyType = readWord(cursor);
    skipSpaces(cursor);
    const encodedKey = readWord(cursor);
    if (keyType === '' || encodedKey === '')
        throw new LineError('expected "keytype base64" after the principals and options');
    if (!KNOWN_KEY_TYPES.has(keyType))
        throw new LineError(`unknown key type ${JSON.stringify(keyType)}`);
    signer.keyText = `${keyType} ${encodedKey}`;
    // The rest of the line is a free-form comment.
    if (allowed_signers_SUPPORTED_KEY_TYPES.has(keyType)) {
        signer.publicKey = parsePublicKey(signer.keyText);
    }
    else {
        checkForeignKey(keyType, encodedKey);
        signer.unusableReason = `key type ${keyType} is not supported`;
    }
    if (signer.certAuthority) {
        // Certificates are not supported, so a CA key can never vouch for a signature here.
        signer.unusableReason = 'cert-authority entries only apply to certificate signatures, which are not supported';
    }
    if (signer.validAfter && signer.validBefore && signer.validBefore <= signer.validAfter) {
        throw new LineError('"valid-before" time is not after "valid-after"');
    }
    return signer;
}
/** Still reject garbage in entries we cannot use, so typos surface immediately. */
function checkForeignKey(keyType, encodedKey) {
    const blob = Buffer.from(encodedKey, 'base64');
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encodedKey) || blob.toString('base64') !== encodedKey || blob.length < 4) {
        throw new LineError(`${keyType} key is not valid base64`);
    }
    const nameLength = blob.readUInt32BE(0);
    if (blob.subarray(4, 4 + nameLength).toString('latin1') !== keyType) {
        throw new LineError(`key data does not match key type ${keyType}`);
    }
}
function skipSpaces(cursor) {
    while (cursor.pos < cursor.text.length && /[ \t]/.test(cursor.text[cursor.pos]))
        cursor.pos++;
}
function peekWord(cursor) {
    const match = /^[^ \t]*/.exec(cursor.text.slice(cursor.pos));
    return match ? match[0] : '';
}
function readWord(cursor) {
    const word = peekWord(cursor);
    cursor.pos += word.length;
    return word;
}
/** The principals field may be double-quoted (to contain spaces), like OpenSSH's strdelimw. */
function readPrincipals(cursor) {
    if (cursor.text[cursor.pos] === '"') {
        const close = cursor.text.indexOf('"', cursor.pos + 1);
        if (close < 0)
            throw new LineError('unterminated quoted principals');
        const principals = cursor.text.slice(cursor.pos + 1, close);
        cursor.pos = close + 1;
        if (principals === '')
            throw new LineError('empty principals');
        return principals;
    }
    return readWord(cursor);
}
/** Parses `opt[,opt...]` following OpenSSH's sshsigopt_parse (option names are case-insensitive). */
function readOptions(cursor, signer) {
    const seen = new Set();
    for (;;) {
        const rest = cursor.text.slice(cursor.pos);
        const name = /^[A-Za-z-]+/.exec(rest)?.[0].toLowerCase() ?? '';
        if (name === 'cert-authority' && !rest.startsWith('=', name.length)) {
            cursor.pos += name.length;
            signer.certAuthority = true;
        }
        else if ((name === 'namespaces' || name === 'valid-after' || name === 'valid-before') && rest[name.length] === '=') {
            if (seen.has(name))
                throw new LineError(`multiple "${name}" options`);
            seen.add(name);
            cursor.pos += name.length + 1;
            const value = readQuoted(cursor, name);
            if (name === 'namespaces')
                signer.namespaces = value;
            else if (name === 'valid-after')
                signer.validAfter = parseTimestamp(value, name);
            else
                signer.validBefore = parseTimestamp(value, name);
        }
        else {
            const found = JSON.stringify(peekWord(cursor).split(/[,=]/)[0]);
            throw new LineError(seen.size === 0 && !signer.certAuthority ? `unknown option or key type ${found}` : `unknown option ${found}`);
        }
        const next = cursor.text[cursor.pos];
        if (next === undefined || next === ' ' || next === '\t')
            return;
        if (next !== ',')
            throw new LineError(`unexpected ${JSON.stringify(next)} after option "${name}"`);
        cursor.pos++;
    }
}
/** A double-quoted option value; `\"` escapes a quote, as in OpenSSH's opt_dequote. */
function readQuoted(cursor, option) {
    if (cursor.text[cursor.pos] !== '"')
        throw new LineError(`option "${option}" value must be double-quoted`);
    let value = '';
    for (let i = cursor.pos + 1; i < cursor.text.length; i++) {
        const char = cursor.text[i];
        if (char === '\\' && cursor.text[i + 1] === '"') {
            value += '"';
            i++;
        }
        else if (char === '"') {
            cursor.pos = i + 1;
            return value;
        }
        else {
            value += char;
        }
    }
    throw new LineError(`option "${option}" has an unterminated quoted value`);
}
/** YYYYMMDD[HHMM[SS]][Z]: local time, or UTC with a Z suffix, like ssh-keygen. */
function parseTimestamp(value, option) {
    const match = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?([Zz])?$/.exec(value);
    if (!match)
        throw new LineError(`option "${option}" has invalid time ${JSON.stringify(value)} (expected YYYYMMDD[HHMM[SS]][Z])`);
    const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0));
    const utc = match[7] !== undefined;
    const date = utc
        ? new Date(Date.UTC(year, month - 1, day, hour, minute, second))
        : new Date(year, month - 1, day, hour, minute, second);
    // Date rolls 20240231 over into March; refuse instead of guessing.
    const fields = utc
        ? [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()]
        : [date.getFullYear(), date.getMonth() + 1, date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds()];
    if (fields.join() !== [year, month, day, hour, minute, second].join()) {
        throw new LineError(`option "${option}" has invalid time ${JSON.stringify(value)}`);
    }
    return date;
}
/**
 * Whether `key` may sign for `principal` in `namespace` at time `at`.
 * Unlike ssh-keygen, email principals match case-insensitively: git
 * identities differ in case far more often than they differ in owner.
 */
function isKeyAllowed(signers, principal, key, namespace, at = new Date()) {
    const ignoreCase = principal.includes('@');
    const atSeconds = Math.floor(at.getTime() / 1000); // OpenSSH compares whole seconds
    return signers.some((signer) => signer.publicKey !== null &&
        signer.unusableReason === undefined &&
        signer.publicKey.blob.equals(key.blob) &&
        matchPatternList(principal, signer.principals, ignoreCase) &&
        (signer.namespaces === undefined || matchPatternList(namespace, signer.namespaces, false)) &&
        (signer.validAfter === undefined || atSeconds >= Math.floor(signer.validAfter.getTime() / 1000)) &&
        (signer.validBefore === undefined || atSeconds <= Math.floor(signer.validBefore.getTime() / 1000)));
}
/**
 * OpenSSH's match_pattern_list: comma-separated patterns, `!` negates, and any
 * matching negated pattern rejects outright even if a positive one matched.
 */
function matchPatternList(value, patternList, ignoreCase) {
    const subject = ignoreCase ? value.toLowerCase() : value;
    let matched = false;
    for (const entry of patternList.split(',')) {
        const negated = entry.startsWith('!');
        const pattern = negated ? entry.slice(1) : entry;
        if (!matchPattern(subject, ignoreCase ? pattern.toLowerCase() : pattern))
            continue;
        if (negated)
            return false;
        matched = true;
    }
    return matched;
}
/** Glob with `*` (any run) and `?` (one character); linear backtracking, no regex. */
function matchPattern(value, pattern) {
    let v = 0;
    let p = 0;
    let starP = -1;
    let starV = 0;
    while (v < value.length) {
        if (p < pattern.length && (pattern[p] === '?' || pattern[p] === value[v])) {
            v++;
            p++;
        }
        else if (p < pattern.length && pattern[p] === '*') {
            starP = p++;
            starV = v;
        }
        else if (starP >= 0) {
            p = starP + 1;
            v = ++starV;
        }
        else {
            return false;
        }
    }
    while (p < pattern.length && pattern[p] === '*')
        p++;
    return p === pattern.length;
}

;// CONCATENATED MODULE: ./src/core/signatures.ts
/**
 * Signed verdicts: what a record's signature means and when it counts (docs/signing.md).
 *
 * A record's `signature` is an SSHSIG signature (as `ssh-keygen -Y sign -n agentops-verdict`
 * makes) over the UTF-8 bytes of its `id` string, e.g. "sha256:4f1c...", with no newline.
 * Under `requireSignature: true` a passing verdict counts only when that signature verifies
 * and `.agents/checkers` (allowed_signers format, read at the policy's commit) trusts the
 * signing key for the record's `checker.id`.
 */




const SIGNATURE_NAMESPACE = 'agentops-verdict';
const CHECKERS_PATH = '.agents/checkers';
const MAX_CHECKERS_BYTES = 1024 * 1024;
/** Verified (id, signature) pairs: a record is checked once per process however often it is consulted. */
const verifiedCache = new Map();
const VERIFIED_CACHE_LIMIT = 50_000;
/** Verifies a record's signature over its id, in-process. Undefined when the record is unsigned. */
function verifyRecordSignature(record) {
    const signature = record.signature;
    if (!signature)
        return undefined;
    const cacheKey = `${record.id}\n${signature.signature}`;
    const cached = verifiedCache.get(cacheKey);
    if (cached)
        return cached;
    let result;
    if (signature.format !== 'sshsig' || signature.namespace !== SIGNATURE_NAMESPACE) {
        result = { ok: false, reason: `signature format ${signature.format}/${signature.namespace} is not sshsig/${SIGNATURE_NAMESPACE}` };
    }
    else {
        try {
            result = { ok: true, publicKey: verifySignature(signature.signature, record.id, SIGNATURE_NAMESPACE).publicKey };
        }
        catch (error) {
            if (!(error instanceof SshSigError))
                throw error;
            result = { ok: false, reason: error.message };
        }
    }
    if (verifiedCache.size >= VERIFIED_CACHE_LIMIT)
        verifiedCache.clear();
    verifiedCache.set(cacheKey, result);
    return result;
}
/** Every present signature in `records` that does not verify, as ledger problems (signatures are optional). */
function signatureProblems(records) {
    const problems = [];
    for (const record of records) {
        if (record.type !== 'verdict')
            continue;
        const result = verifyRecordSignature(record);
        if (!result || result.ok)
            continue;
        const path = (0,core_record/* recordPath */.lX)(record.seq, record.id);
        problems.push({
            code: 'bad-signature',
            message: `${path}: the signature of record ${(0,core_record/* shortId */.m_)(record.id)} (checker ${record.checker.id}) does not verify over its id: ${result.reason}`,
            path,
            recordId: (0,core_record/* shortId */.m_)(record.id),
            fix: `a signature cannot be repaired: if the record is not committed yet, delete ${path} and record the verdict again with \`ao verdict ... --sign KEY\`; if it is, restore the ledger from the base branch`,
        });
    }
    return problems;
}
/**
 * Parses `.agents/checkers` for a policy that requires signatures. Missing or invalid is an
 * error: no verdict could ever count, so say so once instead of refusing every change.
 */
function parseCheckers(bytes, rev) {
    const where = `${CHECKERS_PATH} at ${rev.slice(0, 7)}`;
    const fix = `list each checker's public key in ${CHECKERS_PATH} (allowed_signers format, see docs/signing.md), e.g. ` +
        `\`ao checkers add CHECKER-ID ~/.ssh/id_ed25519.pub\`, and land it in the same reviewed change that sets ` +
        `"requireSignature": true in .agents/policy.json (the base's file is the one that counts)`;
    if (!bytes) {
        throw new errors/* AoError */.VS(`.agents/policy.json at ${rev.slice(0, 7)} sets "requireSignature": true, but ${CHECKERS_PATH} does not exist there, so no verdict can count`, { fix });
    }
    if (bytes.length > MAX_CHECKERS_BYTES)
        throw new errors/* AoError */.VS(`${where} is ${bytes.length} bytes; the limit is ${MAX_CHECKERS_BYTES}`, { fix });
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new errors/* AoError */.VS(`${where} is not valid UTF-8`, { fix });
    }
    try {
        return { signers: parseAllowedSigners(text, where), where };
    }
    catch (error) {
        if (error instanceof SshSigError)
            throw new errors/* AoError */.VS(`${error.message}`, { fix: `correct that line of ${CHECKERS_PATH} (format: docs/signing.md) through a reviewed change` });
        throw error;
    }
}
/** The signature rule for `decideChange` under `requireSignature: true`. */
function makeSignatureCheck(checkers) {
    return (record) => {
        const checker = record.checker.id;
        const result = verifyRecordSignature(record);
        if (!result)
            return `it is unsigned, and the policy requires a signature by a key that ${checkers.where} trusts for ${checker}`;
        if (!result.ok)
            return `its signature does not verify over the record id (${result.reason})`;
        const key = result.publicKey;
        const at = new Date(record.createdAt);
        if (isKeyAllowed(checkers.signers, checker, key, SIGNATURE_NAMESPACE, at))
            return undefined;
        return (`it is signed by key ${key.fingerprint} (${key.type}), which ${checkers.where} does not trust for ${checker}` +
            `${whyNotTrusted(checkers.signers, checker, key, record.createdAt)}; sign with a key listed there for ${checker}, ` +
            `or add this one through a reviewed change (\`ao checkers add ${checker} KEY.pub\`)`);
    };
}
/** A hint on the nearest miss, so "not trusted" is actionable. */
function whyNotTrusted(signers, principal, key, createdAt) {
    const sameKey = signers.filter((s) => s.publicKey?.blob.equals(key.blob));
    if (sameKey.length === 0)
        return '';
    const forPrincipal = sameKey.filter((s) => matchPatternList(principal, s.principals, principal.includes('@')));
    if (forPrincipal.length === 0)
        return ` (it is listed only for ${sameKey.map((s) => s.principals).join(', ')})`;
    const entry = forPrincipal[0];
    if (entry.unusableReason)
        return ` (line ${entry.line}: ${entry.unusableReason})`;
    if (entry.namespaces !== undefined && !matchPatternList(SIGNATURE_NAMESPACE, entry.namespaces, false)) {
        return ` (line ${entry.line} limits it to namespaces "${entry.namespaces}")`;
    }
    return ` (line ${entry.line}'s valid-after/valid-before exclude the record's createdAt ${createdAt})`;
}

;// CONCATENATED MODULE: ./src/repo/ledger-view.ts







/**
 * The ledger as the change under test leaves it, split in two: records already at the
 * base (trusted: verified when they landed, known by path, read only when needed) and
 * records the change adds (read and fully checked). Anything else the change does to the
 * ledger (a modified, deleted or retyped record) breaks append-only.
 */
class LedgerView {
    git;
    source;
    baseRev;
    base;
    structuralProblems;
    allProblems;
    newRecords;
    genesisId;
    newIndex = new DigestIndex();
    baseIndex;
    baseRecords;
    constructor(git, source, baseRev, base, newFiles, violations) {
        this.git = git;
        this.source = source;
        this.baseRev = baseRev;
        this.base = base;
        const checked = checkRecords(base, newFiles);
        this.structuralProblems = [...violations, ...checked.problems];
        this.newRecords = checked.records;
        this.genesisId = checked.genesisId;
        this.newIndex.add(this.newRecords);
    }
    /**
     * What is wrong with the ledger under test. Includes every new record's signature that does
     * not verify (whatever the policy says, a forged signature is tampering); computed on first
     * use, so readers that never ask (log, show) never pay for it.
     */
    get problems() {
        this.allProblems ??= [...this.structuralProblems, ...signatureProblems(this.newRecords)];
        return this.allProblems;
    }
    get describeSource() {
        return this.source.kind === 'worktree' ? 'working tree' : `commit ${shortSha(this.source.commit)}`;
    }
    get maxBaseSeq() {
        let max = -1;
        for (const ref of this.base.values())
            if (ref.seq > max)
                max = ref.seq;
        return max;
    }
    get recordCount() {
        return this.base.size + this.newRecords.length;
    }
    /** Opens the ledger of `source` relative to `baseRev` (undefined: everything is new). */
    static async open(git, source, baseRev) {
        const baseListing = baseRev ? await git.lsTree(baseRev, `${core_record/* LEDGER_DIR */.EN}/`) : [];
        const { refs: base } = refsFromPaths(baseListing.map((entry) => entry.path));
        const violations = [];
        let changes;
        let untracked = [];
        if (source.kind === 'worktree') {
            if (baseRev) {
                [changes, untracked] = await Promise.all([
                    git.diffWorktree(baseRev, [`${core_record/* LEDGER_DIR */.EN}/`]),
                    git.untrackedFiles(`${core_record/* LEDGER_DIR */.EN}/`),
                ]);
            }
            else {
                changes = [];
                untracked = listWorktreeLedger(git.topLevel);
            }
        }
        else {
            changes = await git.diffTrees(baseRev ?? git.emptyTree, source.commit, [`${core_record/* LEDGER_DIR */.EN}/`]);
        }
        const added = [];
        for (const entry of changes) {
            if (!(0,core_manifest/* isLedgerEntry */.c9)(entry))
                continue;
            if (entry.status === 'A')
                added.push(entry);
            else
                violations.push(appendOnlyViolation(entry, baseRev ? shortSha(baseRev) : 'the base'));
        }
        const newFiles = source.kind === 'worktree'
            ? [...added.map((e) => (0,core_manifest/* pathText */.LF)(e.path)), ...untracked].map((path) => readWorktreeFile(git.topLevel, path))
            : await readTreeFiles(git, added);
        return new LedgerView(git, source, baseRev, base, newFiles, violations);
    }
    /**
     * The latest verdict naming each digest. A new record decides alone when its seq is
     * above every base record's; otherwise the base records are read once and compared too,
     * so ignoring a base record can never turn a refusal into an acceptance.
     */
    async latestFor(digests) {
        const result = new Map();
        const maxBase = this.maxBaseSeq;
        const needBase = digests.filter((d) => {
            const latest = this.newIndex.latestFor(d);
            return !latest || latest.seq <= maxBase;
        });
        if (needBase.length > 0 && this.base.size > 0)
            await this.loadBase();
        for (const digest of digests) {
            const candidates = [this.newIndex.latestFor(digest), this.baseIndex?.latestFor(digest)].filter((r) => !!r);
            candidates.sort(compareRecords);
            result.set(digest, candidates.at(-1));
        }
        return result;
    }
    /** Every record, base and new, read in full. Used by log, search and the writer. */
    async allRecords() {
        await this.loadBase();
        return [...(this.baseRecords ?? []), ...this.newRecords];
    }
    /**
     * Specific records by id (new ones from memory, base ones read in one batch), without
     * reading the rest of the ledger. Ids not in the ledger are absent from the result.
     */
    async recordsById(ids) {
        const found = new Map();
        const wanted = new Set(ids);
        for (const record of this.newRecords)
            if (wanted.has(record.id))
                found.set(record.id, record);
        if (this.baseRecords) {
            for (const record of this.baseRecords)
                if (wanted.has(record.id))
                    found.set(record.id, record);
            return found;
        }
        const refs = [...wanted].filter((id) => !found.has(id)).map((id) => this.base.get(id)).filter((ref) => !!ref);
        if (refs.length === 0)
            return found;
        let files;
        if (this.source.kind === 'worktree')
            files = refs.map((ref) => readWorktreeFile(this.git.topLevel, ref.path));
        else {
            const objects = await this.git.readObjects(refs.map((ref) => `${this.baseRev}:${ref.path}`));
            files = refs.map((ref) => ({ path: ref.path, kind: 'file', bytes: objects.get(`${this.baseRev}:${ref.path}`) }));
        }
        for (const file of files) {
            if (file.kind !== 'file' || !file.bytes)
                continue;
            const parsed = (0,core_record/* parseRecordFile */.TG)(file.path, file.bytes);
            if (parsed.ok)
                found.set(parsed.record.id, parsed.record);
        }
        return found;
    }
    async heads() {
        return computeHeads(await this.allRecords());
    }
    async loadBase() {
        if (this.baseRecords)
            return;
        const refs = [...this.base.values()];
        let files;
        if (this.source.kind === 'worktree')
            files = refs.map((ref) => readWorktreeFile(this.git.topLevel, ref.path));
        else {
            const objects = await this.git.readObjects(refs.map((ref) => `${this.baseRev}:${ref.path}`));
            files = refs.map((ref) => ({ path: ref.path, kind: 'file', bytes: objects.get(`${this.baseRev}:${ref.path}`) }));
        }
        const records = [];
        for (const file of files) {
            if (file.kind !== 'file' || !file.bytes)
                continue;
            const parsed = (0,core_record/* parseRecordFile */.TG)(file.path, file.bytes);
            if (parsed.ok)
                records.push(parsed.record);
        }
        this.baseRecords = records;
        this.baseIndex = new DigestIndex();
        this.baseIndex.add(records);
    }
}
function appendOnlyViolation(entry, base) {
    const path = (0,core_manifest/* pathText */.LF)(entry.path);
    const what = entry.status === 'D' ? 'deleted' : entry.status === 'T' ? 'replaced by another kind of file' : 'modified';
    const id = /([0-9a-f]{64})\.json$/.exec(path)?.[1];
    return {
        code: entry.status === 'D' ? 'record-deleted' : 'record-modified',
        message: `${path} existed at ${base} and was ${what}: the ledger is append-only`,
        path,
        recordId: id ? (0,core_record/* shortId */.m_)(`sha256:${id}`) : undefined,
        fix: `restore it with \`git checkout ${base} -- ${path}\``,
    };
}
function readWorktreeFile(top, path) {
    const full = (0,external_node_path_namespaceObject.join)(top, path);
    let fd;
    try {
        // O_NOFOLLOW: a symlink where a record should be is refused, never followed out of the repo.
        fd = (0,external_node_fs_.openSync)(full, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ELOOP')
            return { path, kind: 'symlink' };
        return { path, kind: code === 'EISDIR' ? 'directory' : 'other' };
    }
    try {
        const stat = (0,external_node_fs_.fstatSync)(fd);
        if (stat.isDirectory())
            return { path, kind: 'directory' };
        if (!stat.isFile())
            return { path, kind: 'other' };
        // Oversized records are refused by size alone, before a byte is read.
        if (stat.size > core_record/* MAX_RECORD_BYTES */.xR)
            return { path, kind: 'file', size: stat.size };
        const bytes = Buffer.allocUnsafe(stat.size);
        let offset = 0;
        while (offset < stat.size) {
            const read = (0,external_node_fs_.readSync)(fd, bytes, offset, stat.size - offset, offset);
            if (read === 0)
                break;
            offset += read;
        }
        return { path, kind: 'file', bytes: bytes.subarray(0, offset) };
    }
    catch {
        return { path, kind: 'other' };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Every path below the working tree's ledger directory, two levels deep, without reading files. */
function listWorktreeLedger(top) {
    const root = (0,external_node_path_namespaceObject.join)(top, core_record/* LEDGER_DIR */.EN);
    const paths = [];
    let buckets;
    try {
        buckets = (0,external_node_fs_.readdirSync)(root, { withFileTypes: true });
    }
    catch {
        return paths;
    }
    for (const bucket of buckets) {
        const bucketPath = `${core_record/* LEDGER_DIR */.EN}/${bucket.name}`;
        if (!bucket.isDirectory()) {
            paths.push(bucketPath);
            continue;
        }
        for (const entry of (0,external_node_fs_.readdirSync)((0,external_node_path_namespaceObject.join)(root, bucket.name), { withFileTypes: true }))
            paths.push(`${bucketPath}/${entry.name}`);
    }
    return paths.sort();
}
async function readTreeFiles(git, added) {
    const regular = added.filter((e) => e.newMode === '100644' || e.newMode === '100755');
    const objects = await git.readObjects(regular.map((e) => e.newId));
    return added.map((entry) => {
        const path = (0,core_manifest/* pathText */.LF)(entry.path);
        if (entry.newMode === '120000')
            return { path, kind: 'symlink' };
        if (entry.newMode === '160000')
            return { path, kind: 'other' };
        return { path, kind: 'file', bytes: objects.get(entry.newId) };
    });
}
/**
 * Reads and fully checks every record of a ledger (the working tree's, or a commit's),
 * including every signature present (in-process, over the record's id); with `since`, also that every record at that commit is still there, unchanged.
 */
async function auditLedger(git, source, since) {
    let files;
    if (source.kind === 'worktree')
        files = listWorktreeLedger(git.topLevel).map((path) => readWorktreeFile(git.topLevel, path));
    else {
        const listing = await git.lsTree(source.commit, `${core_record/* LEDGER_DIR */.EN}/`);
        const objects = await git.readObjects(listing.filter((e) => e.type === 'blob' && e.mode !== '120000').map((e) => e.id));
        files = listing.map((e) => ({
            path: e.path,
            kind: e.mode === '120000' ? 'symlink' : e.type === 'blob' ? 'file' : 'other',
            bytes: objects.get(e.id),
        }));
    }
    const checked = checkRecords(new Map(), files);
    const problems = [...checked.problems, ...signatureProblems(checked.records)];
    if (since) {
        const changes = source.kind === 'worktree'
            ? await git.diffWorktree(since, [`${core_record/* LEDGER_DIR */.EN}/`])
            : await git.diffTrees(since, source.commit, [`${core_record/* LEDGER_DIR */.EN}/`]);
        for (const entry of changes)
            if ((0,core_manifest/* isLedgerEntry */.c9)(entry) && entry.status !== 'A')
                problems.push(appendOnlyViolation(entry, shortSha(since)));
    }
    return {
        source: source.kind === 'worktree' ? 'working tree' : `commit ${shortSha(source.commit)}`,
        records: checked.records,
        heads: computeHeads(checked.records),
        problems,
        genesisId: checked.genesisId,
    };
}

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: ./src/core/constraints.ts



const RULE_KINDS = ['requireEvidence', 'requireCheckerKind', 'forbidPattern', 'requireCheck'];
const MAX_PATTERN_LENGTH = 500;
/** Only this many characters of each added line are tested: minified files do not make a check slow. */
const MAX_SCANNED_LINE_CHARS = 2000;
function ruleOf(constraint) {
    const c = constraint;
    for (const kind of RULE_KINDS)
        if (typeof c[kind] === 'string')
            return { kind, value: c[kind] };
    throw new errors/* AoError */.VS(`constraint "${constraint.id}" names no rule`, { fix: `give it exactly one of ${RULE_KINDS.join(', ')} in ${core_record/* POLICY_PATH */.l$}` });
}
function describeRule(constraint) {
    const { kind, value } = ruleOf(constraint);
    switch (kind) {
        case 'requireEvidence':
            return `requires evidence of kind ${value}`;
        case 'requireCheckerKind':
            return `requires a checker of kind ${value}`;
        case 'forbidPattern':
            return `forbids added lines matching /${value}/`;
        case 'requireCheck':
            return `requires the check \`${value}\` to have been run and passed`;
    }
}
/** The back-link a refusal shows: `learned in sha256:abcd…: "TEXT"`. */
function learnedIn(constraint, learning) {
    const text = learning?.text ?? constraint.note;
    const shown = text ? `: "${oneLine(text, 160)}"` : '';
    return `learned in ${(0,core_record/* shortId */.m_)(constraint.learning)}…${shown}`;
}
let linearEngine;
/**
 * V8's linear-time regular expression engine (flag `l`) cannot backtrack, so no pattern can
 * make a check take exponential time. It is enabled once per process; where a future Node
 * lacks it, patterns fall back to the backtracking engine behind a nested-quantifier check.
 */
function hasLinearEngine() {
    if (linearEngine === undefined) {
        try {
            (0,external_node_v8_namespaceObject.setFlagsFromString)('--enable-experimental-regexp-engine');
            linearEngine = new RegExp('a', 'l').flags.includes('l');
        }
        catch {
            linearEngine = false;
        }
    }
    return linearEngine;
}
const compiledPatterns = new Map();
/** Compiles a constraint's forbidPattern, or says (naming the constraint) why it cannot be used. */
function compileForbidPattern(constraint, where = core_record/* POLICY_PATH */.l$) {
    const source = constraint.forbidPattern;
    const cached = compiledPatterns.get(source);
    if (cached)
        return cached;
    const fail = (why) => new errors/* AoError */.VS(`${where}: constraint "${constraint.id}" has an unusable forbidPattern /${oneLine(source, 80)}/: ${why}`, {
        fix: `correct the pattern in ${core_record/* POLICY_PATH */.l$} (JavaScript regular expression syntax, no flags; no backreferences or lookaround), or retire the constraint with \`ao retire ${constraint.id} --why "..."\``,
    });
    if (source.length > MAX_PATTERN_LENGTH)
        throw fail(`it is ${source.length} characters long; the limit is ${MAX_PATTERN_LENGTH}`);
    let regex;
    try {
        regex = new RegExp(source);
    }
    catch (error) {
        throw fail(error.message.replace(/^Invalid regular expression: /, ''));
    }
    if (hasLinearEngine()) {
        try {
            regex = new RegExp(source, 'l');
        }
        catch {
            throw fail('it cannot run in linear time (backreferences, lookaround and counted repetitions above a few hundred are not allowed)');
        }
    }
    else if (hasNestedQuantifier(source)) {
        throw fail('a quantified group contains another unbounded quantifier, which can take exponential time');
    }
    compiledPatterns.set(source, regex);
    return regex;
}
/**
 * True when a group that is itself repeated without bound contains an unbounded quantifier,
 * e.g. `(a+)+` or `(x*y)*`: the shape behind catastrophic backtracking.
 */
function hasNestedQuantifier(source) {
    const frames = [false];
    let i = 0;
    const unboundedAt = (at) => {
        // Returns the length of an unbounded quantifier at `at` (*, +, {n,}), or 0.
        const ch = source[at];
        if (ch === '*' || ch === '+')
            return 1;
        const counted = /^\{\d+,\}/.exec(source.slice(at));
        return counted ? counted[0].length : 0;
    };
    while (i < source.length) {
        const ch = source[i];
        if (ch === '\\') {
            i += 2;
        }
        else if (ch === '[') {
            i++;
            while (i < source.length && source[i] !== ']')
                i += source[i] === '\\' ? 2 : 1;
            i++;
        }
        else if (ch === '(') {
            frames.push(false);
            i++;
            continue;
        }
        else if (ch === ')') {
            const inner = frames.length > 1 ? frames.pop() : false;
            i++;
            const quantifier = unboundedAt(i);
            if (quantifier && inner)
                return true;
            if (inner || quantifier)
                frames[frames.length - 1] = true;
            if (quantifier)
                i += quantifier;
            continue;
        }
        else {
            i++;
        }
        const quantifier = unboundedAt(i);
        if (quantifier) {
            frames[frames.length - 1] = true;
            i += quantifier;
        }
    }
    return false;
}
/** The added lines that a forbidPattern constraint refuses, among those on its paths. */
function forbiddenLines(constraint, lines, matches) {
    const regex = compileForbidPattern(constraint);
    return lines.filter((line) => matches(line.path) && regex.test(line.text.length > MAX_SCANNED_LINE_CHARS ? line.text.slice(0, MAX_SCANNED_LINE_CHARS) : line.text));
}
/** Whether a verdict meets a verdict-side rule (everything but forbidPattern), and if not, why. */
function verdictMeets(constraint, record) {
    const { kind, value } = ruleOf(constraint);
    switch (kind) {
        case 'requireEvidence':
            return record.evidence.some((e) => e.kind === value);
        case 'requireCheckerKind':
            return record.checker.kind === value;
        case 'requireCheck':
            return record.evidence.some((e) => (e.kind === 'test' || e.kind === 'command') && e.command === value && (e.exitCode === undefined || e.exitCode === 0));
        case 'forbidPattern':
            return true;
    }
}
/** What to add to `ao verdict` so the verdict meets a verdict-side rule. */
function verdictRemedy(constraint) {
    const { kind, value } = ruleOf(constraint);
    switch (kind) {
        case 'requireEvidence':
            return value === 'link' ? `--evidence link:https://...` : `--evidence ${value}:'...'`;
        case 'requireCheckerKind':
            return `--checker-kind ${value}`;
        case 'requireCheck':
            return `--ran ${shellQuote(value)}`;
        case 'forbidPattern':
            return '';
    }
}
/** Checks what the schema cannot: unique ids and usable patterns. Throws an AoError naming the constraint. */
function validateConstraints(constraints, where) {
    const seen = new Set();
    for (const constraint of constraints) {
        if (seen.has(constraint.id)) {
            throw new errors/* AoError */.VS(`${core_record/* POLICY_PATH */.l$} at ${where}: two constraints have the id "${constraint.id}"`, { fix: `give each constraint in ${core_record/* POLICY_PATH */.l$} its own id` });
        }
        seen.add(constraint.id);
        if ('forbidPattern' in constraint)
            compileForbidPattern(constraint, `${core_record/* POLICY_PATH */.l$} at ${where}`);
    }
}
/** The rule part of a constraint, for telling whether one was changed in place. */
function constraintKey(constraint) {
    const { kind, value } = ruleOf(constraint);
    return JSON.stringify([constraint.id, constraint.learning, [...constraint.paths].sort(), kind, value]);
}
function shellQuote(text) {
    return /^[A-Za-z0-9_./:=@%+-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
function oneLine(text, max) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
/**
 * Whether a constraint is retired on record: the ledger holds a retirement naming it that
 * is later (in ledger order) than its latest promotion. Built once from the records.
 */
function retirementIndex(records, compare) {
    const promoted = new Map();
    const retired = new Map();
    for (const record of records) {
        const id = record.type === 'promotion' ? record.constraint.id : record.type === 'retirement' ? record.constraint : undefined;
        if (id === undefined)
            continue;
        const map = record.type === 'promotion' ? promoted : retired;
        const current = map.get(id);
        if (!current || compare(current, record) < 0)
            map.set(id, record);
    }
    return (id) => {
        const retirement = retired.get(id);
        const promotion = promoted.get(id);
        return !!retirement && (!promotion || compare(promotion, retirement) < 0);
    };
}
/**
 * The ratchet: every constraint on the `before` side must still be on the `after` side,
 * unchanged, unless it is retired on record. Changing a constraint in place is a removal.
 */
function findRatchetSlips(before, after, isRetired, learnings) {
    const slips = [];
    const afterByKey = new Set('constraints' in after ? after.constraints.map(constraintKey) : []);
    const afterIds = new Set('constraints' in after ? after.constraints.map((c) => c.id) : []);
    for (const constraint of before) {
        if (afterByKey.has(constraintKey(constraint)) || isRetired(constraint.id))
            continue;
        const learned = learnedIn(constraint, learnings?.(constraint.learning));
        const how = 'invalid' in after
            ? `leaves ${core_record/* POLICY_PATH */.l$} invalid (${after.invalid}), dropping constraint "${constraint.id}" (${learned})`
            : 'missing' in after
                ? `deletes ${core_record/* POLICY_PATH */.l$}, dropping constraint "${constraint.id}" (${learned})`
                : afterIds.has(constraint.id)
                    ? `changes constraint "${constraint.id}" (${learned}) in place: a constraint is changed by retiring it and promoting again`
                    : `removes constraint "${constraint.id}" (${learned}) from ${core_record/* POLICY_PATH */.l$}`;
        slips.push({ constraint: constraint.id, learning: constraint.learning, message: `${how} with no retirement on record` });
    }
    return slips;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
// EXTERNAL MODULE: ./src/core/schemas.ts + 5 modules
var schemas = __nccwpck_require__(563);
;// CONCATENATED MODULE: ./src/core/policy.ts





const POLICY_SCHEMA = 'agentops-verdict/policy@1';
const MAX_POLICY_BYTES = 256 * 1024;
function defaultPolicy() {
    return {
        $schema: 'https://agentops.dev/schemas/verdict/policy/v1.json',
        schema: POLICY_SCHEMA,
        mode: 'commit',
        exempt: { paths: [], authors: [] },
        require: { evidence: [] },
        rules: [],
    };
}
/** Parses and validates a policy file; `where` names its source (a commit or the working tree). */
function parsePolicy(bytes, where) {
    const fix = `fix ${core_record/* POLICY_PATH */.l$} (format: docs/spec.md#policy), check it with \`ao verify\``;
    if (bytes.length > MAX_POLICY_BYTES)
        throw new errors/* AoError */.VS(`${core_record/* POLICY_PATH */.l$} at ${where} is ${bytes.length} bytes; the limit is ${MAX_POLICY_BYTES}`, { fix });
    let value;
    try {
        value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    }
    catch (error) {
        throw new errors/* AoError */.VS(`${core_record/* POLICY_PATH */.l$} at ${where} is not valid JSON: ${error.message}`, { fix });
    }
    const problems = (0,schemas/* validatePolicyShape */.WV)(value);
    if (problems.length > 0)
        throw new errors/* AoError */.VS(`${core_record/* POLICY_PATH */.l$} at ${where} is not a valid policy: ${(0,schemas/* formatSchemaProblems */.xe)(problems)}`, { fix });
    const policy = value;
    for (const pattern of policy.exempt?.authors ?? []) {
        // The schema already forbids wildcards in the domain; this also refuses a bare "*" local part.
        if (/^[*?]+@/.test(pattern)) {
            throw new errors/* AoError */.VS(`${core_record/* POLICY_PATH */.l$} at ${where}: exempt author pattern "${pattern}" would match every address at that domain`, { fix });
        }
    }
    validateConstraints(policy.constraints ?? [], where);
    return policy;
}
const matcherCache = new Map();
/** A glob without "/" matches a file name anywhere (like .gitignore); with "/" it matches from the root. */
function globMatcher(globs) {
    const key = globs.join('\0');
    let matcher = matcherCache.get(key);
    if (!matcher) {
        const tests = globs.map((glob) => picomatch_default()(glob, { dot: true, basename: !glob.includes('/') }));
        matcher = (path) => tests.some((test) => test(path));
        matcherCache.set(key, matcher);
    }
    return matcher;
}
/** Author patterns: exact addresses, case-insensitive; "*" and "?" only before the "@". */
function isAuthorExempt(policy, email) {
    if (!email)
        return false;
    const address = email.toLowerCase();
    return (policy.exempt?.authors ?? []).some((pattern) => {
        const [local = '', domain = ''] = pattern.toLowerCase().split('@');
        const at = address.lastIndexOf('@');
        if (at < 0 || address.slice(at + 1) !== domain)
            return false;
        const regex = new RegExp(`^${local.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
        return regex.test(address.slice(0, at));
    });
}
/** The files that decide what the gate trusts: never exempt, by path or by author. */
const TRUST_ROOT_PATHS = [core_record/* POLICY_PATH */.l$, '.agents/checkers'];
function touchesTrustRoots(paths) {
    return paths.some((path) => TRUST_ROOT_PATHS.includes(path));
}
/** True when every path is exempt. The trust roots (the policy, the trusted keys) never are. */
function allPathsExempt(policy, paths) {
    const globs = policy.exempt?.paths ?? [];
    if (globs.length === 0 || paths.length === 0 || touchesTrustRoots(paths))
        return false;
    const exempt = globMatcher(globs);
    return paths.every((path) => exempt(path));
}
/** What a passing verdict still lacks under the policy for the given paths. */
function policyShortfalls(policy, record, paths, learnings) {
    const shortfalls = [];
    const kinds = new Set(record.evidence.map((e) => e.kind));
    for (const kind of policy.require?.evidence ?? []) {
        if (!kinds.has(kind)) {
            shortfalls.push({ rule: `require.evidence`, message: `the policy requires evidence of kind "${kind}"`, remedy: `--evidence ${kind}:'...'` });
        }
    }
    const checkerKinds = policy.require?.checkerKinds;
    if (checkerKinds && !checkerKinds.includes(record.checker.kind)) {
        shortfalls.push({
            rule: 'require.checkerKinds',
            message: `the policy requires a checker of kind ${checkerKinds.join(' or ')}, not ${record.checker.kind}`,
            remedy: `--checker-kind ${checkerKinds[0]}`,
        });
    }
    for (const [index, rule] of (policy.rules ?? []).entries()) {
        const matches = globMatcher(rule.paths);
        const touched = paths.filter(matches);
        if (touched.length === 0)
            continue;
        const met = rule.anyOf.some((option) => (!option.checkerKind || option.checkerKind === record.checker.kind) && (!option.evidence || kinds.has(option.evidence)));
        if (!met) {
            const name = rule.name ?? `rules[${index}] (${rule.paths.join(', ')})`;
            const options = rule.anyOf.map(describeOption).join(', or ');
            const first = rule.anyOf[0];
            shortfalls.push({
                rule: name,
                message: `${touched[0]}${touched.length > 1 ? ` and ${touched.length - 1} more` : ''} fall under ${name}, which needs ${options}`,
                remedy: [first.checkerKind ? `--checker-kind ${first.checkerKind}` : '', first.evidence ? `--evidence ${first.evidence}:'...'` : ''].filter(Boolean).join(' '),
            });
        }
    }
    for (const constraint of policy.constraints ?? []) {
        if ('forbidPattern' in constraint)
            continue; // a property of the change, not the verdict: see constraintViolations
        const touched = paths.filter(globMatcher(constraint.paths));
        if (touched.length === 0 || verdictMeets(constraint, record))
            continue;
        shortfalls.push({
            rule: `constraint ${constraint.id}`,
            message: `${describeTouched(touched)} fall under constraint "${constraint.id}" (${learnedIn(constraint, learnings?.(constraint.learning))}), which ${describeRule(constraint)}`,
            remedy: verdictRemedy(constraint),
            constraint,
        });
    }
    return shortfalls;
}
/**
 * What a change itself breaks, whatever any verdict says: lines added to a forbidPattern
 * constraint's paths that match its pattern. `addedLines` holds the lines the change adds
 * to those paths; `undefined` (not read) refuses rather than guessing.
 */
function constraintViolations(policy, paths, addedLines, learnings) {
    const violations = [];
    for (const constraint of policy.constraints ?? []) {
        if (!('forbidPattern' in constraint))
            continue;
        const matches = globMatcher(constraint.paths);
        const touched = paths.filter(matches);
        if (touched.length === 0)
            continue;
        const learned = learnedIn(constraint, learnings?.(constraint.learning));
        if (!addedLines) {
            violations.push({ constraint, lines: [], message: `constraint "${constraint.id}" (${learned}) could not be checked: the lines this change adds were not read` });
            continue;
        }
        const bad = forbiddenLines(constraint, addedLines, matches);
        if (bad.length === 0)
            continue;
        const shown = bad.slice(0, 3).map((l) => `${l.path}:${l.line}: ${l.text.trim().slice(0, 100)}`).join('; ');
        violations.push({
            constraint,
            lines: bad,
            message: `constraint "${constraint.id}" (${learned}) forbids added lines matching /${constraint.forbidPattern}/ in ${constraint.paths.join(', ')}; this change adds ${bad.length}: ${shown}${bad.length > 3 ? '; …' : ''}`,
        });
    }
    return violations;
}
function describeTouched(touched) {
    return `${touched[0]}${touched.length > 1 ? ` and ${touched.length - 1} more` : ''}`;
}
function describeOption(option) {
    const parts = [];
    if (option.checkerKind)
        parts.push(`a checker of kind ${option.checkerKind}`);
    if (option.evidence)
        parts.push(`evidence of kind ${option.evidence}`);
    return parts.join(' with ');
}

;// CONCATENATED MODULE: ./src/core/coverage.ts



/**
 * The checker must not be the worker, nor share its session. The git author is not compared:
 * a reviewer may well commit the agent's work they checked, and without signatures any
 * identity string can be claimed anyway (docs/threat-model.md).
 */
function independenceProblem(record) {
    const same = (a, b) => a.trim().toLowerCase() === b.trim().toLowerCase();
    if (same(record.checker.id, record.worker.id)) {
        return `checker ${record.checker.id} is also the worker: a change must be checked by something that did not write it`;
    }
    if (record.checker.session && record.worker.session && record.checker.session === record.worker.session) {
        return `checker and worker share session ${record.checker.session}: the checker must run in a fresh context`;
    }
    return undefined;
}
function manifestPaths(manifest) {
    return manifest.entries.map((entry) => (0,core_manifest/* pathText */.LF)(entry.path));
}
function fixCommand(change, options = {}) {
    const scope = change.kind === 'staged'
        ? ''
        : change.kind === 'range' && change.range
            ? ` --range ${change.range.base.slice(0, 12)}..${change.range.head.slice(0, 12)}`
            : ` --commit ${change.commit?.slice(0, 12)}`;
    const checker = options.checkerHint ?? 'CHECKER-ID';
    return ['ao verdict pass', scope.trim(), `--checker ${checker}`, ...(options.extra ?? [])].filter(Boolean).join(' ');
}
/** Decides whether one change is covered: by the latest verdict naming its digest, under the policy. */
function decideChange(change, options) {
    const { policy } = options;
    if (change.manifest.entries.length === 0) {
        return {
            change,
            outcome: 'empty',
            reason: change.cleanMerge ? 'clean merge: git merge-tree reproduces it exactly' : 'changes nothing outside the ledger',
        };
    }
    // The ratchet holds whoever made the change and whatever a verdict says.
    const slip = change.ratchetSlips?.[0];
    if (slip) {
        return {
            change,
            outcome: 'uncovered',
            failedRule: 'ratchet',
            policyRule: `constraint ${slip.constraint}`,
            constraint: slip.constraint,
            learning: slip.learning,
            reason: change.ratchetSlips.map((s) => s.message).join('; '),
            fix: `record why with \`ao retire ${slip.constraint} --why "..."\` (a retirement record lands with the change), or put the constraint back in ${'.agents/policy.json'}`,
        };
    }
    const violations = constraintViolations(policy, manifestPaths(change.manifest), change.addedLines, options.learnings);
    if (violations.length > 0) {
        const first = violations[0];
        const where = first.lines.slice(0, 5).map((l) => `${l.path}:${l.line}`).join(', ');
        const rewrite = change.kind === 'staged'
            ? `remove the matching lines (${where}), stage the result, and record a verdict on it`
            : `rewrite ${change.label} without the matching lines (${where}): \`git commit --amend\` if it is the last commit, else \`git rebase -i ${change.range ? change.range.base.slice(0, 12) : `${change.commit?.slice(0, 12)}~1`}\``;
        return {
            change,
            outcome: 'uncovered',
            failedRule: 'constraint',
            policyRule: `constraint ${first.constraint.id}`,
            constraint: first.constraint.id,
            learning: first.constraint.learning,
            reason: violations.map((v) => v.message).join('; '),
            fix: `${rewrite}; if the learning no longer holds: ao retire ${first.constraint.id} --why "..."`,
        };
    }
    const paths = manifestPaths(change.manifest);
    // An exempt author (a bot) may not touch what decides the gate itself.
    if (change.kind !== 'staged' && isAuthorExempt(policy, change.authorEmail) && !touchesTrustRoots(paths)) {
        return { change, outcome: 'exempt', reason: `author ${change.authorEmail} is exempt by policy` };
    }
    if (allPathsExempt(policy, paths)) {
        return { change, outcome: 'exempt', reason: 'every path it touches is exempt by policy' };
    }
    const fix = (extra = []) => fixCommand(change, { checkerHint: options.checkerHint, extra });
    const record = options.lookup(change.manifest.digest);
    if (!record) {
        return {
            change,
            outcome: 'uncovered',
            failedRule: 'no-verdict',
            reason: `no verdict covers its changes (digest ${(0,core_record/* shortId */.m_)(change.manifest.digest)})`,
            fix: fix(requiredExtras(policy)),
        };
    }
    const by = `verdict ${(0,core_record/* shortId */.m_)(record.id)} by ${record.checker.id}`;
    if (record.verdict !== 'pass') {
        return {
            change,
            outcome: 'uncovered',
            failedRule: 'verdict-fail',
            record,
            reason: `the latest ${by} says fail${record.summary ? `: ${firstLine(record.summary)}` : ''}`,
            fix: `address the failure, then ${fix(requiredExtras(policy))}`,
        };
    }
    const independence = independenceProblem(record);
    if (independence) {
        return { change, outcome: 'uncovered', failedRule: 'not-independent', record, reason: `${by}: ${independence}`, fix: fix(requiredExtras(policy)) };
    }
    const shortfalls = policyShortfalls(policy, record, paths, options.learnings);
    if (shortfalls.length > 0) {
        const constraint = shortfalls.find((s) => s.constraint)?.constraint;
        return {
            change,
            outcome: 'uncovered',
            failedRule: 'policy',
            policyRule: shortfalls[0].rule,
            constraint: constraint?.id,
            learning: constraint?.learning,
            record,
            reason: `${by} passes, but ${shortfalls.map((s) => s.message).join('; ')}`,
            fix: fix(shortfalls.map((s) => s.remedy).filter(Boolean)),
        };
    }
    const signatureProblem = options.signatureCheck?.(record);
    if (signatureProblem) {
        const signedFix = fixCommand(change, { checkerHint: record.checker.id, extra: [...requiredExtras(policy), '--sign ~/.ssh/id_ed25519'] });
        return { change, outcome: 'uncovered', failedRule: 'signature', record, reason: `${by}: ${signatureProblem}`, fix: signedFix };
    }
    return { change, outcome: 'covered', record, reason: `${by} (${record.checker.kind}) passes` };
}
function requiredExtras(policy) {
    const extras = (policy.require?.evidence ?? []).map((kind) => `--evidence ${kind}:'...'`);
    const kinds = policy.require?.checkerKinds;
    if (kinds && !kinds.includes('agent'))
        extras.unshift(`--checker-kind ${kinds[0]}`);
    return extras;
}
function firstLine(text) {
    const line = text.split('\n')[0] ?? '';
    return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}

;// CONCATENATED MODULE: ./src/repo/constraints.ts






/**
 * Gathers what deciding under the policy's constraints needs, in batched git calls, and
 * hangs it on the changes: the lines they add under forbidPattern constraints, and the
 * constraints they drop from the policy without a retirement record. Returns the lookup of
 * the learnings the constraints came from, so refusals can quote them. Costs nothing when
 * the policy has no constraints and no change touches the policy file.
 */
async function prepareConstraints(git, policy, ledger, changes, head) {
    const constraints = policy.constraints ?? [];
    const learningIds = new Set(constraints.map((c) => c.learning));
    await attachAddedLines(git, policy, changes, head);
    const touchingPolicy = changes.filter(({ change }) => change.manifest.entries.some((e) => (0,core_manifest/* pathText */.LF)(e.path) === core_record/* POLICY_PATH */.l$));
    const sides = touchingPolicy.length > 0 ? await policySides(git, touchingPolicy.map((c) => c.change)) : new Map();
    const before = [...sides.values()].flatMap(([b]) => ('constraints' in b ? b.constraints : []));
    for (const c of before)
        learningIds.add(c.learning);
    const learnings = learningIds.size > 0 ? await ledger.recordsById([...learningIds]) : new Map();
    const lookup = (id) => {
        const record = learnings.get(id);
        return record?.type === 'learning' ? record : undefined;
    };
    if (before.length > 0) {
        // Only a change that drops a constraint pays for reading the whole ledger.
        const isRetired = retirementIndex(await ledger.allRecords(), compareRecords);
        for (const [change, [b, a]] of sides) {
            const slips = findRatchetSlips('constraints' in b ? b.constraints : [], a, isRetired, lookup);
            if (slips.length > 0)
                change.ratchetSlips = slips;
        }
    }
    return lookup;
}
/** Fills `addedLines` for every change touching a forbidPattern constraint's paths: one diff-tree for all commits. */
async function attachAddedLines(git, policy, changes, head) {
    const forbidding = (policy.constraints ?? []).filter((c) => 'forbidPattern' in c);
    if (forbidding.length === 0)
        return;
    const matches = globMatcher(forbidding.flatMap((c) => c.paths));
    const batch = [];
    for (const { change, patchItem } of changes) {
        const paths = manifestPaths(change.manifest).filter(matches);
        if (paths.length === 0) {
            change.addedLines = [];
            continue;
        }
        if (patchItem)
            batch.push({ change, item: patchItem, paths });
        else
            change.addedLines = await git.stagedAddedLines(head ?? git.emptyTree, paths);
    }
    if (batch.length === 0)
        return;
    const allPaths = [...new Set(batch.flatMap((b) => b.paths))].sort();
    const lines = await git.addedLinesBatch([...new Set(batch.map((b) => b.item))], allPaths);
    for (const { change, item, paths } of batch) {
        const wanted = new Set(paths);
        change.addedLines = (lines.get(item) ?? []).filter((line) => wanted.has(line.path));
    }
}
/** The policy before and after each change that touches the policy file, from the blob ids in its manifest. */
async function policySides(git, changes) {
    const zero = /^0+$/;
    const pairs = changes.map((change) => {
        const entry = change.manifest.entries.find((e) => (0,core_manifest/* pathText */.LF)(e.path) === core_record/* POLICY_PATH */.l$);
        return { change, oldId: zero.test(entry.oldId) ? undefined : entry.oldId, newId: zero.test(entry.newId) ? undefined : entry.newId };
    });
    const blobs = await git.readObjects([...new Set(pairs.flatMap((p) => [p.oldId, p.newId]).filter((id) => !!id))]);
    const side = (id, where) => {
        if (!id)
            return { missing: true };
        const bytes = blobs.get(id);
        if (!bytes)
            return { invalid: 'its content could not be read' };
        try {
            return { constraints: parsePolicy(bytes, where).constraints ?? [] };
        }
        catch (error) {
            return { invalid: error.message };
        }
    };
    const sides = new Map();
    for (const { change, oldId, newId } of pairs)
        sides.set(change, [side(oldId, `before ${change.label}`), side(newId, change.label)]);
    return sides;
}

;// CONCATENATED MODULE: ./src/repo/verify.ts








async function policyAt(git, rev) {
    if (!rev)
        return { source: 'none (no base commit)' };
    const key = `${rev}:${core_record/* POLICY_PATH */.l$}`;
    const checkersKey = `${rev}:${CHECKERS_PATH}`;
    const objects = await git.readObjects([key, checkersKey]);
    const bytes = objects.get(key);
    if (!bytes)
        return { source: `none at ${shortSha(rev)}`, rev };
    return { policy: parsePolicy(bytes, `commit ${shortSha(rev)}`), source: `${core_record/* POLICY_PATH */.l$} at ${shortSha(rev)}`, rev, checkers: objects.get(checkersKey) };
}
/**
 * The signature rule a loaded policy imposes: undefined unless it sets `requireSignature`;
 * then verdicts count only when signed by a key that `.agents/checkers` at the policy's own
 * commit trusts for their checker (never the change under test's copy, so a change cannot
 * trust its own key). Throws AoError when that file is missing or invalid.
 */
function signatureCheckFor(loaded) {
    if (!loaded.policy?.requireSignature || !loaded.rev)
        return undefined;
    return makeSignatureCheck(parseCheckers(loaded.checkers, loaded.rev));
}
async function verify(git, scope, options = {}) {
    const notes = [];
    let base;
    let head;
    let label;
    let changes;
    let rangeChange;
    let namedBase;
    if (scope.kind === 'staged') {
        head = await git.headCommit();
        base = head;
        label = 'staged change';
        changes = [await stagedChange(git, head, await git.authorEmail())];
    }
    else {
        let commits;
        if (scope.kind === 'commit') {
            const commit = await git.resolveCommit(scope.rev, 'commit');
            commits = await git.listCommits(['-n', '1', commit]);
            base = commits[0]?.parents[0];
            head = commit;
            label = `commit ${shortSha(commit)}`;
        }
        else if (scope.kind === 'range') {
            const named = await git.resolveCommit(scope.base, 'range base');
            head = await git.resolveCommit(scope.head, 'range head');
            commits = await git.listCommits([`${named}..${head}`]);
            label = `${shortSha(named)}..${shortSha(head)}`;
            // A base branch that moved on since the fork: records it gained are not "deleted" by
            // the range. Judge the ledger and the combined change from the merge base; the
            // policy still comes from the base as named.
            base = (await git.isAncestor(named, head)) ? named : ((await git.mergeBase(named, head)) ?? named);
            if (base !== named) {
                namedBase = named;
                notes.push(`${shortSha(named)} is not an ancestor of ${shortSha(head)}: the ledger and the combined change are judged from their merge base ${shortSha(base)}, the policy from ${shortSha(named)}`);
            }
        }
        else {
            head = await git.resolveCommit(scope.head, 'head');
            commits = await git.listCommits([head, '--not', ...scope.exclude]);
            base = boundaryOf(commits);
            label = scope.label;
        }
        changes = await changesOfCommits(git, commits);
        if (scope.kind !== 'commit' && base && head && commits.length > 0) {
            rangeChange = {
                kind: 'range',
                label,
                manifest: (0,core_manifest/* buildManifest */.u1)(await git.diffTrees(base, head)),
                range: { base, head },
            };
        }
    }
    const policyRev = options.policyRev ?? namedBase ?? base;
    const loaded = await policyAt(git, policyRev);
    const ledger = await LedgerView.open(git, options.ledger ?? { kind: 'worktree' }, base);
    const commitProblems = [];
    for (const { change, ledgerEntries } of changes) {
        for (const entry of ledgerEntries) {
            if (entry.status === 'A')
                continue;
            const path = (0,core_manifest/* pathText */.LF)(entry.path);
            if (commitProblems.some((p) => p.path === path))
                continue;
            commitProblems.push({
                code: entry.status === 'D' ? 'record-deleted' : 'record-modified',
                message: `${change.kind === 'staged' ? 'the staged change' : `commit ${change.label} (${change.subjectLine ?? ''})`} ${entry.status === 'D' ? 'deletes' : 'modifies'} ledger record ${path}: the ledger is append-only`,
                path,
                fix: change.kind === 'staged' ? `restore it with \`git restore --staged --worktree -- ${path}\`` : `drop that change from commit ${change.label} (\`git rebase -i\`), keeping the record as it was`,
            });
        }
    }
    // One problem per record: the commit that broke append-only says more than the ledger view.
    const brokenByCommit = new Set(commitProblems.map((p) => p.path));
    const problems = [
        ...ledger.problems.filter((p) => !(p.path && brokenByCommit.has(p.path) && (p.code === 'record-modified' || p.code === 'record-deleted'))),
        ...commitProblems,
    ];
    let decisions;
    let rangeDecision;
    const policy = loaded.policy;
    if (!policy) {
        notes.push(`no policy at the base (${loaded.source}): this change sets agentops/verdict up, so coverage is not enforced yet`);
        decisions = changes.map(({ change }) => ({ change, outcome: 'exempt', reason: 'no policy at the base yet' }));
    }
    else {
        const digests = changes.map(({ change }) => change.manifest.digest);
        if (rangeChange)
            digests.push(rangeChange.manifest.digest);
        const latest = await ledger.latestFor([...new Set(digests)]);
        const signatureCheck = options.signatureCheck ? await options.signatureCheck(policy, git, policyRev) : signatureCheckFor(loaded);
        if (signatureCheck && !options.signatureCheck)
            notes.push(`the policy requires signed verdicts: keys trusted by ${CHECKERS_PATH} at ${shortSha(loaded.rev)}`);
        // Constraints: added lines for forbidPattern, the ratchet on policy edits, the learnings to quote.
        const withRange = rangeChange && head && base ? [...changes, { change: rangeChange, ledgerEntries: [], patchItem: `${head} ${base}` }] : changes;
        const learnings = await prepareConstraints(git, policy, ledger, withRange, scope.kind === 'staged' ? head : undefined);
        const decide = (change) => decideChange(change, { policy, lookup: (digest) => latest.get(digest), signatureCheck, checkerHint: options.checkerHint, learnings });
        if (policy.mode === 'range' && rangeChange)
            rangeDecision = decide(rangeChange);
        decisions = changes.map(({ change }) => {
            if (rangeDecision?.outcome === 'covered' && change.manifest.entries.length > 0) {
                return { change, outcome: 'covered', record: rangeDecision.record, reason: `covered by range ${rangeDecision.reason}` };
            }
            return decide(change);
        });
    }
    const count = (outcome) => decisions.filter((d) => d.outcome === outcome).length;
    const counts = { checked: decisions.length, covered: count('covered'), uncovered: count('uncovered'), exempt: count('exempt'), empty: count('empty') };
    return {
        ok: problems.length === 0 && counts.uncovered === 0,
        scope: { kind: scope.kind, label, base, head },
        policy: { source: loaded.source, enforced: !!policy, mode: policy?.mode, policy },
        ledger: {
            source: ledger.describeSource,
            baseRecords: ledger.base.size,
            newRecords: ledger.newRecords.length,
            problems,
            genesis: ledger.genesisId,
        },
        rangeDecision,
        decisions,
        counts,
        notes,
    };
}
/** The commit a rev-list range grows from: the first parent of its oldest commit that lies outside it. */
function boundaryOf(commits) {
    const inRange = new Set(commits.map((c) => c.sha));
    for (const commit of commits) {
        const outside = commit.parents.find((p) => !inRange.has(p));
        if (outside)
            return outside;
    }
    return undefined;
}
function describeRecord(record) {
    return record ? `${shortId(record.id)} ${record.verdict} by ${record.checker.id}` : '-';
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/cli/args.ts


/** util.parseArgs with usage errors turned into exit-2 AoErrors that point at `--help`; `tokens` keep the options' order. */
function parse(command, args, options, allowPositionals = true) {
    try {
        return (0,external_node_util_namespaceObject.parseArgs)({ args, options: { help: { type: 'boolean', short: 'h' }, ...options }, allowPositionals, strict: true, tokens: true });
    }
    catch (error) {
        throw new errors/* AoError */.VS(`${command}: ${error.message.replace(/\. To specify a positional.*$/s, '')}`, { fix: `see \`ao ${command} --help\`` });
    }
}
/** At most one of the scope flags; returns which. */
function oneScope(command, values) {
    const given = ['staged', 'commit', 'range'].filter((key) => values[key] !== undefined && values[key] !== false);
    if (given.length > 1) {
        throw new errors/* AoError */.VS(`${command}: --${given.join(' and --')} cannot be combined`, { fix: `pick one of --staged, --commit REV, --range A..B` });
    }
    return given[0] ?? 'staged';
}
const SCOPE_OPTIONS = {
    staged: { type: 'boolean' },
    commit: { type: 'string' },
    range: { type: 'string' },
};

// EXTERNAL MODULE: ./src/cli/context.ts + 1 modules
var context = __nccwpck_require__(5349);
;// CONCATENATED MODULE: ./src/cli/help.ts
/** Help texts: the interface, as users read it. */
const VERSION = '0.1.0';
const HELP = {
    main: `ao — proof that a code change was checked by something that did not write it

Usage: ao <command> [options]

Set up
  init [--hooks husky|git|none]      create .agents/policy.json, the ledger's genesis record, and the hooks

Record and check
  verdict pass|fail --checker ID     record a checker's verdict on the staged change, a commit or a range
  check --run CMD --judge CMD ...    run tests and independent judges on exactly the staged tree (or a
                                     commit or range) in fresh checkouts, and record their verdict
  verify [--staged|--commit REV|--range A..B] [--json]
                                     is every change in scope covered by a passing, independent verdict?
  status                             the staged change's digest and whether a verdict covers it
  ledger verify [--since REV]        the ledger's integrity, signatures included (and append-only since REV)

Signed verdicts
  checkers add ID PUBKEY-FILE        trust an SSH key for checker ID in .agents/checkers
  checkers list                      the keys .agents/checkers trusts

Read the ledger
  log [-n N] [--json]                newest records first
  show ID-PREFIX                     one record in full
  lookup COMMIT|PATH                 the verdicts that speak for a commit or touch a path
  search TEXT                        records containing TEXT

Learn and enforce (the ratchet)
  learn TEXT --paths GLOB...         record a lesson about some paths (--tag T, --from VERDICT-ID, --negative)
  promote LEARNING-ID --RULE         make it a constraint in .agents/policy.json (--require-evidence KIND,
                                     --require-checker-kind KIND, --forbid-pattern REGEX, --require-check CMD)
  retire CONSTRAINT-ID --why TEXT    take a constraint out, on the record
  context [--staged|--commit REV|--paths P...] [--budget TOKENS] [--format md|json]
                                     what whoever works on those paths should know: constraints, learnings,
                                     recent failures, open ledger heads

Measure
  metrics [--since DATE] [--json]    coverage, first-pass rate, rework, constraints before/after, learnings
  report --out DIR                   a self-contained HTML page: ledger DAG, metrics charts, learnings
  export --format in-toto [--out FILE] [--array]
                                     each verdict as an in-toto Statement (SLSA verification summary)

Hooks
  hook pre-commit                    what the pre-commit hook runs
  hook pre-push REMOTE URL           what the pre-push hook runs (reads git's refs on stdin)

  demo                               a scripted walk-through in a temporary repository

Exit codes: 0 ok, 1 verification failed, 2 usage or environment error.
Docs: docs/spec.md (format), README.md (workflow). Version ${VERSION}.`,
    init: `Usage: ao init [--hooks husky|git|none]

Creates .agents/policy.json (mode "commit"), .agents/.gitattributes and the genesis record
of the ledger, and installs the pre-commit and pre-push hooks: with husky when the
repository has a package.json, otherwise in git's hooks directory. Safe to run again:
nothing that exists is overwritten, and a hook you had keeps running before ours.`,
    verdict: `Usage: ao verdict pass|fail --checker ID [options] [--staged | --commit REV | --range A..B]

Records a checker's verdict on a change and prints the new record's id.
  --checker ID          who checked (default: $AO_CHECKER); must differ from the worker
  --checker-kind KIND   agent (default), human, ci or tool
  --session S           the checker's session id (must differ from the worker's)
  --worker ID           who wrote the change (default: $AO_WORKER, else the git author email)
  --worker-kind KIND    agent (default), human, ci or tool
  --worker-session S    the worker's session id (default: $AO_WORKER_SESSION)
  --summary TEXT        one paragraph on what was checked
  --evidence KIND:TEXT  test, command, review or link (repeatable), e.g. test:"npm test: 212 passed"
  --ran CMD             the checker ran CMD and it exited 0 (repeatable); meets a requireCheck constraint
  --staged              the staged change (default); the record is staged with it
  --commit REV          one commit (a merge: only what a clean merge would not have produced)
  --range A..B          the combined change of a range, plus each commit's digest
  --sign KEY            sign the record's id (default: $AO_SIGNING_KEY): an unencrypted OpenSSH
                        private key file, or a .pub file / agent:PUBKEY to sign through ssh-agent
  --json                print the whole record instead of its id
Refuses (exit 2) when the checker is not independent or there is nothing to cover.
Under a policy with "requireSignature": true, a verdict counts only when signed by a key
that .agents/checkers at the change's base trusts for the checker (docs/signing.md).`,
    check: `Usage: ao check [--staged | --commit REV | --range A..B] [--run CMD]... [--judge CMD [--judge-name NAME]]...
                [--quorum N] [--timeout S] [--jobs N] [--checker ID] [--sign KEY] [--json]

Materialises exactly the tree under review (the staged index, not the working tree) in
fresh temporary checkouts outside yours, runs each checker there in a fresh context, and
records one verdict with all their evidence. Prints the record id (exit 0 pass, 1 fail).
  --run CMD             a command run with /bin/sh -c, e.g. "npm ci && npm test"; passes on exit 0
  --judge CMD           a reviewer program: reads one review request (JSON) on stdin, answers
                        with one review (JSON) on stdout; anything else is an error, never a pass
  --judge-name NAME     names the --judge before it (default: its program's name); its checker
                        id is judge:NAME, and a quorum counts distinct ids
  --quorum N            judges that must pass (default: all); every --run must pass too
  --timeout S           seconds each checker may take (default 600); then its process group is killed
  --jobs N              checkers running at once (default 4)
  --checker ID          who records the verdict (default: $AO_CHECKER, else ao-check@HOST)
  --checker-kind KIND   tool (default), agent, human or ci
  --worker ID           who wrote the change (default: $AO_WORKER, else the git author email)
  --worker-kind KIND, --worker-session S   as for ao verdict
  --staged              the staged change (default); the record is staged with it
  --commit REV, --range A..B               a commit, or the combined change of a range
  --sign KEY            sign the record as ao verdict --sign does (default: $AO_SIGNING_KEY)
  --json                print the whole record instead of its id
Checkers get PATH, LANG, a temporary HOME and TMPDIR, and the names in the policy's
check.envAllow; nothing else of your environment. The policy's check.minModelFamilies and
check.warnIsPass apply. Formats and an example judge: docs/check.md.`,
    verify: `Usage: ao verify [--staged | --commit REV | --range A..B] [--json]

Checks the ledger's integrity and that every change in scope is covered by a passing,
independent verdict under the policy of the scope's base. The ledger is read from the
working tree, so a verdict just recorded counts. Exit 0 covered, 1 not, 2 usage error.`,
    ledger: `Usage: ao ledger verify [--since REV] [--json]

Checks every record of the working tree's ledger: schema, byte form, id hash, path, the
chain (prev, seq, one genesis) and every signature present (over the record's id; which
keys are trusted is \`ao verify\`'s question); with --since, that every record at REV is
still here, unchanged (append-only).`,
    status: `Usage: ao status [--json]

Shows the staged change's digest and whether a verdict covers it; when a verdict covers an
earlier version of it, shows what changed since as a diff.`,
    log: `Usage: ao log [-n N] [--json]

Lists ledger records, newest first.`,
    show: `Usage: ao show ID-PREFIX [--json]

Shows one record. The prefix may omit "sha256:".`,
    lookup: `Usage: ao lookup COMMIT|PATH [--json]

For a commit: its change digest and every verdict naming it, latest last.
For a path: every verdict whose subject touches it.`,
    search: `Usage: ao search TEXT [--json]

Lists records whose text contains TEXT (case-insensitive).`,
    checkers: `Usage: ao checkers add CHECKER-ID PUBKEY-FILE
       ao checkers list [--json]

.agents/checkers lists the SSH keys trusted to sign verdicts, each bound to a checker id,
in the allowed_signers format of git and \`ssh-keygen -Y verify\`. Under a policy with
"requireSignature": true a verdict counts only when signed by a key listed there for its
checker. The copy at a change's base is the one that counts, so a change cannot trust its
own key: add keys through a reviewed change.
  add    appends "CHECKER-ID namespaces=\"agentops-verdict\" KEY" (nothing if already trusted)
  list   one line per entry: line number, checker ids, key fingerprint, options`,
    hook: `Usage: ao hook pre-commit
       ao hook pre-push REMOTE URL   (git passes the pushed refs on stdin)

HUSKY=0 skips both, as husky does.`,
    learn: `Usage: ao learn TEXT --paths GLOB... [--tag T]... [--from VERDICT-ID] [--negative] [--by ID] [--json]

Appends a learning record to the ledger: a lesson about the paths the globs name, staged to
land with the next commit. \`ao context\` shows it to whoever works on those paths.
  --paths GLOB...     the paths it is about (policy glob syntax: "*.sql" anywhere, "src/**" from the root);
                      with --from and no --paths: the paths of that verdict's findings, else of its subject
  --tag T             a tag to find it by (repeatable)
  --from VERDICT-ID   the verdict it was drawn from (an id prefix from \`ao log\`)
  --negative          a lesson about what NOT to do
  --by ID             who records it (default: $AO_WORKER, else the git author email); --by-kind KIND
Put TEXT before --paths: every word after --paths up to the next option is a glob.`,
    promote: `Usage: ao promote LEARNING-ID RULE [--id NAME] [--paths GLOB...] [--by ID] [--json]

Turns a learning into a constraint in .agents/policy.json (with a back-link to the
learning) and appends a promotion record; both are staged. The policy change is itself a
change: it needs a verdict, and binds every change after the commit that carries it.
RULE is exactly one of:
  --require-evidence KIND      verdicts on changes touching the paths carry evidence of KIND
                               (test, command, review, link)
  --require-checker-kind KIND  ...come from a checker of KIND (agent, human, ci, tool)
  --forbid-pattern REGEX       no line a change adds to the paths matches REGEX (JavaScript syntax,
                               no flags, linear-time: no backreferences or lookaround; the first
                               2000 characters of each line are tested)
  --require-check CMD          the verdict records that CMD was run and passed
                               (\`ao verdict --ran CMD\`, or \`ao check --run CMD\`)
  --id NAME      the constraint's id (default: made from the learning's text)
  --paths GLOB   the paths it binds (default: the learning's)
Refusals name the constraint and the learning. Undo only with \`ao retire\`.`,
    retire: `Usage: ao retire CONSTRAINT-ID --why TEXT [--by ID] [--json]

Takes a constraint out of .agents/policy.json and appends a retirement record saying why;
both are staged. \`ao verify\` refuses a change that drops a constraint from the policy
without a retirement record for it. If you already took it out of the file by hand, this
records the retirement only. The learning stays in the ledger.`,
    context: `Usage: ao context [--staged | --commit REV | --paths P...] [--budget TOKENS] [--format md|json]

Compiles what whoever works on the paths in play should know, most important first:
the constraints in force on them, the learnings whose globs match them (most specific,
then most recent, first), recent failed verdicts on them with their findings, and the open
heads of the ledger. Cut to the budget (default 4000 tokens, estimated as ceil(chars / 4))
as a prefix of that order; what was cut is reported. Same ledger and input, same output.
  --staged       the paths of the staged change (default; every path when nothing is staged)
  --commit REV   the paths a commit changes
  --paths P...   these paths
See docs/ratchet.md for the format.`,
    metrics: `Usage: ao metrics [--since DATE] [--json]

From the ledger and the history of HEAD alone: the share of commits covered by a passing
verdict, first-pass rate, rework (fail-to-pass cycles and time), each promoted constraint's
failure before and after its promotion, and learnings recorded and promoted per week; as a
table and a weekly trend. DATE is YYYY-MM-DD (UTC) or an ISO timestamp. Definitions:
docs/metrics.md.`,
    report: `Usage: ao report --out DIR [--since DATE]

Writes DIR/index.html: one self-contained page (no network, no external files) with the
ledger as a timeline and DAG (click a record to read it), the metrics as charts, and the
learnings and constraints with their links.`,
    export: `Usage: ao export --format in-toto [--out FILE] [--array] [--repo-uri URI]

Writes each verdict as an in-toto Statement v1 with a SLSA verification summary predicate
(https://slsa.dev/verification_summary/v1): subject = the change digest (and the commits it
landed in). JSON Lines by default (one statement per line), a JSON array with --array; to
stdout or FILE. --repo-uri (default: from remote.origin.url) forms resourceUri. Mapping:
docs/ratchet.md#in-toto.`,
    demo: `Usage: ao demo [--keep]

Walks through the product in a temporary repository: a commit refused, a verdict by a
second identity, the commit accepted, a tampered record caught.`,
};

;// CONCATENATED MODULE: ./src/cli/output.ts

function styleFor(stream) {
    const on = stream.isTTY === true && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
    const wrap = (code) => (text) => (on ? `\x1b[${code}m${text}\x1b[0m` : text);
    return { ok: wrap('32'), bad: wrap('31'), dim: wrap('2'), bold: wrap('1') };
}
const MARK = { covered: '✔', uncovered: '✘', exempt: '–', empty: '·' };
function renderDecision(decision, style) {
    const change = decision.change;
    const mark = decision.outcome === 'uncovered' ? style.bad(MARK.uncovered) : decision.outcome === 'covered' ? style.ok(MARK.covered) : style.dim(MARK[decision.outcome]);
    const title = change.subjectLine ? `${change.label}  ${truncate(change.subjectLine, 50)}` : change.label;
    const lines = [`  ${mark} ${style.bold(title)}`, `      ${decision.outcome}: ${decision.reason}`];
    if (decision.fix)
        lines.push(`      fix: ${decision.fix}`);
    return lines;
}
function renderProblem(problem, style) {
    return [`  ${style.bad('✘')} ${problem.message}`, `      fix: ${problem.fix}`];
}
function renderReport(report, style) {
    const lines = [];
    const { counts } = report;
    const verdict = report.ok ? style.ok('ok') : style.bad('FAILED');
    lines.push(`ao verify ${report.scope.label}: ${verdict}: ${counts.checked} change${counts.checked === 1 ? '' : 's'} checked, ${counts.covered} covered, ${counts.uncovered} uncovered${counts.exempt ? `, ${counts.exempt} exempt` : ''}${counts.empty ? `, ${counts.empty} need none` : ''}`);
    lines.push(style.dim(`  policy: ${report.policy.source}${report.policy.mode ? ` (mode ${report.policy.mode})` : ''}`));
    lines.push(style.dim(`  ledger: ${report.ledger.source}, ${report.ledger.baseRecords + report.ledger.newRecords} records (${report.ledger.newRecords} new, fully checked)`));
    for (const note of report.notes)
        lines.push(style.dim(`  note: ${note}`));
    if (report.rangeDecision && report.rangeDecision.outcome !== 'covered') {
        lines.push(style.dim(`  range mode: the combined change is not covered (${report.rangeDecision.reason}); checking each commit`));
        if (report.rangeDecision.fix)
            lines.push(style.dim(`      or cover it at once: ${report.rangeDecision.fix}`));
    }
    for (const decision of report.decisions)
        lines.push(...renderDecision(decision, style));
    if (report.ledger.problems.length > 0) {
        lines.push(style.bad(`  ledger problems (${report.ledger.problems.length}):`));
        for (const problem of report.ledger.problems)
            lines.push(...renderProblem(problem, style));
    }
    return lines.join('\n');
}
/** The stable `--json` form of a verification report (documented in docs/spec.md). */
function reportJson(report) {
    return {
        ok: report.ok,
        scope: report.scope,
        policy: { source: report.policy.source, enforced: report.policy.enforced, mode: report.policy.mode ?? null },
        ledger: report.ledger,
        range: report.rangeDecision ? decisionJson(report.rangeDecision) : null,
        changes: report.decisions.map(decisionJson),
        counts: report.counts,
        notes: report.notes,
    };
}
function decisionJson(decision) {
    const { change } = decision;
    return {
        kind: change.kind,
        label: change.label,
        commit: change.commit ?? null,
        subject: change.subjectLine ?? null,
        author: change.authorEmail ?? null,
        digest: change.manifest.digest,
        paths: change.manifest.entries.length,
        outcome: decision.outcome,
        reason: decision.reason,
        failedRule: decision.failedRule ?? null,
        policyRule: decision.policyRule ?? null,
        constraint: decision.constraint ?? null,
        learning: decision.learning ?? null,
        record: decision.record ? { id: decision.record.id, verdict: decision.record.verdict, checker: decision.record.checker } : null,
        fix: decision.fix ?? null,
    };
}
function truncate(text, max) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
function shortRecord(id) {
    return shortId(id);
}

;// CONCATENATED MODULE: ./src/cli/cmd-browse.ts















async function everyRecord(git) {
    const view = await LedgerView.open(git, { kind: 'worktree' }, undefined);
    return (await view.allRecords()).sort(compareRecords);
}
function recordLine(record) {
    const when = record.createdAt.slice(0, 16).replace('T', ' ');
    const start = `${String(record.seq).padStart(5)}  ${(0,core_record/* shortId */.m_)(record.id)}  ${when}`;
    switch (record.type) {
        case 'genesis':
            return `${start}  genesis`;
        case 'learning':
            return `${start}  learning${record.negative ? ' (avoid)' : ''}  "${truncate(record.text.split('\n')[0], 60)}"  on ${record.paths.join(', ')}${record.tags.length ? `  [${record.tags.join(', ')}]` : ''}  by ${record.author.id}`;
        case 'promotion':
            return `${start}  promotion  ${(0,core_record/* shortId */.m_)(record.learning)} -> constraint "${record.constraint.id}" (${describeRule(record.constraint)})  by ${record.author.id}`;
        case 'retirement':
            return `${start}  retirement  constraint "${record.constraint}": ${truncate(record.why.split('\n')[0], 60)}  by ${record.author.id}`;
        case 'verdict':
            break;
    }
    const scope = record.subject.kind === 'commit' ? `commit ${record.subject.commit.slice(0, 7)}` : record.subject.kind === 'range' ? `range ${record.subject.base.slice(0, 7)}..${record.subject.head.slice(0, 7)}` : 'staged';
    return `${String(record.seq).padStart(5)}  ${(0,core_record/* shortId */.m_)(record.id)}  ${when}  ${record.verdict.padEnd(4)}  ${scope}  by ${record.checker.id} (${record.checker.kind}) for ${record.worker.id}${record.summary ? `  ${truncate(record.summary.split('\n')[0], 60)}` : ''}`;
}
async function cmdLog(cli, args) {
    const { values } = parse('log', args, { n: { type: 'string', short: 'n' }, json: { type: 'boolean' } }, false);
    if (values.help)
        return cli.out(HELP.log), 0;
    const limit = values.n === undefined ? Infinity : Number(values.n);
    if (values.n !== undefined && (!Number.isInteger(limit) || limit < 0))
        throw new errors/* AoError */.VS(`-n takes a whole number, not ${JSON.stringify(values.n)}`, { fix: 'ao log -n 20' });
    const records = (await everyRecord(await (0,context/* openRepo */.B)(cli))).reverse().slice(0, limit);
    cli.out(values.json ? JSON.stringify(records, null, 2) : records.map(recordLine).join('\n'));
    return 0;
}
async function cmdShow(cli, args) {
    const { values, positionals } = parse('show', args, { json: { type: 'boolean' } });
    if (values.help)
        return cli.out(HELP.show), 0;
    const [prefix] = positionals;
    if (!prefix || positionals.length !== 1)
        throw new errors/* AoError */.VS('ao show needs one record id prefix', { fix: 'ao show sha256:1a2b3c (see `ao log` for ids)' });
    const wanted = prefix.startsWith('sha256:') ? prefix : `sha256:${prefix}`;
    if (!/^sha256:[0-9a-f]{4,64}$/.test(wanted))
        throw new errors/* AoError */.VS(`${JSON.stringify(prefix)} is not a record id prefix (at least 4 hex digits)`, { fix: 'copy an id from `ao log`' });
    const matches = (await everyRecord(await (0,context/* openRepo */.B)(cli))).filter((r) => r.id.startsWith(wanted));
    if (matches.length === 0)
        throw new errors/* AoError */.VS(`no record id starts with ${wanted}`, { fix: 'list ids with `ao log`' });
    if (matches.length > 1)
        throw new errors/* AoError */.VS(`${wanted} is ambiguous: ${matches.map((r) => (0,core_record/* shortId */.m_)(r.id)).join(', ')}`, { fix: 'give more digits' });
    const record = matches[0];
    if (values.json)
        cli.out(JSON.stringify(record, null, 2));
    else {
        const lines = [recordLine(record), `  prev: ${record.prev.map(core_record/* shortId */.m_).join(', ') || '(none)'}`];
        if (record.type === 'verdict') {
            lines.push(`  subject: ${record.subject.kind} ${record.subject.digest}, ${record.subject.entries.length} paths`);
            for (const entry of record.subject.entries.slice(0, 50))
                lines.push(`    ${entry.status} ${entry.path ?? `(base64) ${entry.pathBase64}`}`);
            if (record.subject.entries.length > 50)
                lines.push(`    … and ${record.subject.entries.length - 50} more`);
            for (const evidence of record.evidence)
                lines.push(`  evidence ${evidence.kind}: ${evidence.kind === 'link' ? evidence.url : evidence.text}`);
            if (record.summary)
                lines.push(`  summary: ${record.summary}`);
            if (record.signature)
                lines.push(`  signed (${record.signature.format})`);
        }
        else if (record.type === 'learning') {
            lines.push(`  text: ${record.text}`, `  paths: ${record.paths.join(', ')}`);
            if (record.tags.length)
                lines.push(`  tags: ${record.tags.join(', ')}`);
            if (record.negative)
                lines.push('  negative: a lesson about what not to do');
            if (record.from)
                lines.push(`  from verdict: ${record.from}`);
            lines.push(`  recorded by: ${record.author.id} (${record.author.kind})`);
        }
        else if (record.type === 'promotion') {
            lines.push(`  learning: ${record.learning}`, `  constraint: ${JSON.stringify(record.constraint)}`, `  promoted by: ${record.author.id} (${record.author.kind})`);
        }
        else if (record.type === 'retirement') {
            lines.push(`  constraint: ${record.constraint}`, `  learning: ${record.learning}`);
            if (record.promotion)
                lines.push(`  retires promotion: ${record.promotion}`);
            lines.push(`  why: ${record.why}`, `  retired by: ${record.author.id} (${record.author.kind})`);
        }
        cli.out(lines.join('\n'));
    }
    return 0;
}
async function cmdSearch(cli, args) {
    const { values, positionals } = parse('search', args, { json: { type: 'boolean' } });
    if (values.help)
        return cli.out(HELP.search), 0;
    const text = positionals.join(' ').toLowerCase();
    if (!text)
        throw new errors/* AoError */.VS('ao search needs some text', { fix: 'ao search "flaky test"' });
    const hits = (await everyRecord(await (0,context/* openRepo */.B)(cli))).filter((r) => JSON.stringify(r).toLowerCase().includes(text)).reverse();
    cli.out(values.json ? JSON.stringify(hits, null, 2) : hits.map(recordLine).join('\n'));
    return hits.length > 0 ? 0 : 1;
}
async function cmdLookup(cli, args) {
    const { values, positionals } = parse('lookup', args, { json: { type: 'boolean' } });
    if (values.help)
        return cli.out(HELP.lookup), 0;
    const [target] = positionals;
    if (!target || positionals.length !== 1)
        throw new errors/* AoError */.VS('ao lookup needs a commit or a path', { fix: 'ao lookup HEAD, or ao lookup src/index.ts' });
    const git = await (0,context/* openRepo */.B)(cli);
    const records = await everyRecord(git);
    const [commit] = await git.resolveCommits([target]);
    let hits;
    let heading;
    if (commit) {
        const [info] = await git.listCommits(['-n', '1', commit]);
        const { change } = (await changesOfCommits(git, [info]))[0];
        const digest = change.manifest.digest;
        hits = records.filter((r) => r.type === 'verdict' && digestsNamedBy(r).includes(digest));
        heading = `commit ${commit.slice(0, 7)} ${info?.subject ?? ''}: digest ${digest}${change.manifest.entries.length === 0 ? ' (changes nothing outside the ledger)' : ''}`;
    }
    else {
        const path = target.replace(/^\.\//, '');
        hits = records.filter((r) => r.type === 'verdict' && r.subject.entries.some((e) => e.path === path || e.path?.startsWith(`${path}/`)));
        heading = `verdicts touching ${path}`;
    }
    if (values.json)
        cli.out(JSON.stringify({ heading, records: hits }, null, 2));
    else
        cli.out([heading, ...(hits.length ? hits.map(recordLine) : ['  (no verdicts)'])].join('\n'));
    return 0;
}
async function cmdStatus(cli, args) {
    const { values } = parse('status', args, { json: { type: 'boolean' } }, false);
    if (values.help)
        return cli.out(HELP.status), 0;
    const git = await (0,context/* openRepo */.B)(cli);
    const head = await git.headCommit();
    const staged = await stagedChange(git, head, await git.authorEmail());
    const { change } = staged;
    const loaded = await policyAt(git, head);
    const view = await LedgerView.open(git, { kind: 'worktree' }, head);
    const latest = await view.latestFor([change.manifest.digest]);
    const learnings = loaded.policy ? await prepareConstraints(git, loaded.policy, view, [staged], head) : undefined;
    const decision = loaded.policy
        ? decideChange(change, { policy: loaded.policy, lookup: (d) => latest.get(d), checkerHint: cli.env.AO_CHECKER, signatureCheck: signatureCheckFor(loaded), learnings })
        : undefined;
    // The newest verdict on an earlier version of the staged change: a new staged-kind record.
    const earlier = view.newRecords
        .filter((r) => r.type === 'verdict' && r.subject.kind === 'staged' && r.subject.digest !== change.manifest.digest)
        .sort(compareRecords)
        .at(-1);
    const since = earlier ? (0,core_manifest/* compareManifests */.kK)(earlier.subject.entries, change.manifest.entries.map(core_manifest/* entryToJson */.o3)) : [];
    if (values.json) {
        cli.out(JSON.stringify({
            digest: change.manifest.digest,
            paths: change.manifest.entries.length,
            outcome: decision?.outcome ?? 'not-enforced',
            reason: decision?.reason ?? loaded.source,
            fix: decision?.fix ?? null,
            earlierVerdict: earlier ? { id: earlier.id, digest: earlier.subject.digest, changedSince: since.map((c) => ({ path: c.path, change: c.change })) } : null,
        }, null, 2));
        return 0;
    }
    const style = styleFor(process.stdout);
    const lines = [`staged change: ${change.manifest.entries.length} path${change.manifest.entries.length === 1 ? '' : 's'}, digest ${change.manifest.digest}`];
    if (!decision)
        lines.push(`  policy: ${loaded.source} (not enforced yet)`);
    else {
        const mark = decision.outcome === 'covered' ? style.ok('covered') : decision.outcome === 'uncovered' ? style.bad('NOT covered') : decision.outcome;
        lines.push(`  ${mark}: ${decision.reason}`);
        if (decision.fix)
            lines.push(`  fix: ${decision.fix}`);
    }
    if (earlier && decision?.outcome !== 'covered') {
        lines.push('', `verdict ${(0,core_record/* shortId */.m_)(earlier.id)} by ${earlier.checker.id} covers an earlier version (digest ${(0,core_record/* shortId */.m_)(earlier.subject.digest)}); since then:`);
        const blobs = await git.readObjects([...new Set(since.flatMap((c) => [c.before?.newId, c.after?.newId]).filter((id) => !!id && !/^0+$/.test(id)))]);
        for (const change of since) {
            const oldText = change.before && !/^0+$/.test(change.before.newId) ? blobs.get(change.before.newId)?.toString('utf8') ?? '' : '';
            const newText = change.after && !/^0+$/.test(change.after.newId) ? blobs.get(change.after.newId)?.toString('utf8') ?? '' : '';
            lines.push(`  ${change.change === 'added' ? 'now also staged' : change.change === 'removed' ? 'no longer staged' : 'changed'}: ${change.path}`);
            if (change.change === 'changed')
                lines.push(createTwoFilesPatch(`a/${change.path} (verdict)`, `b/${change.path} (staged)`, oldText, newText, '', '', { context: 2 }).trimEnd());
        }
    }
    cli.out(lines.join('\n'));
    return decision?.outcome === 'uncovered' ? 1 : 0;
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/core/review.ts

/**
 * The two messages between `ao check` and a judge (schemas/review-request.v1.schema.json
 * and schemas/review.v1.schema.json), and how their answers and the output of `--run`
 * commands become evidence in a verdict record.
 */
const REVIEW_REQUEST_SCHEMA = 'agentops-verdict/review-request@1';
const REVIEW_SCHEMA = 'agentops-verdict/review@1';
/** The diff in a request is cut past this many bytes (at a line end), so a judge's prompt stays bounded. */
const MAX_REQUEST_DIFF_BYTES = 256 * 1024;
/** A judge's answer larger than this is an error, not a review. */
const MAX_REVIEW_BYTES = 1024 * 1024;
/** Record text fields hold at most this many characters (schemas/record.v1.schema.json). */
const MAX_TEXT = 4000;
const MAX_TAIL_CHARS = 8000;
const TAIL_LINES = 40;
/**
 * The request one judge receives. `context` is the compiled project context for the
 * touched paths (markdown); callers without one pass ''.
 */
function buildReviewRequest(args) {
    const { subject, diff } = args;
    const about = { kind: subject.kind, label: args.label, digest: subject.digest };
    if (subject.kind === 'commit')
        about.commit = subject.commit;
    if (subject.kind === 'range')
        Object.assign(about, { base: subject.base, head: subject.head });
    const text = diff.truncated ? `${diff.text}[ao: diff truncated: ${Buffer.byteLength(diff.text)} of ${diff.totalBytes} bytes shown]\n` : diff.text;
    return {
        schema: REVIEW_REQUEST_SCHEMA,
        reviewer: args.reviewer,
        subject: about,
        manifest: subject.entries,
        diff: text,
        diffTruncated: diff.truncated,
        diffBytes: diff.totalBytes,
        context: args.context,
        answerSchema: REVIEW_SCHEMA,
    };
}
/** A judge's stdout as a review: exactly one JSON object matching the review schema. */
function parseReview(stdout) {
    const text = stdout.trim();
    if (text === '')
        return { ok: false, error: 'no answer on stdout' };
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return { ok: false, error: `the answer is not one JSON document (${error.message}); it starts: ${JSON.stringify(clip(text, 120))}` };
    }
    const problems = (0,schemas/* validateReviewShape */.QN)(value);
    if (problems.length > 0)
        return { ok: false, error: `the answer does not match ${REVIEW_SCHEMA}: ${(0,schemas/* formatSchemaProblems */.xe)(problems)}` };
    return { ok: true, review: cleanStrings(value) };
}
/**
 * Text from a checker is data, not terminal input: drops control characters (except tab
 * and newline) and bidirectional overrides, which could rewrite what `ao show` displays,
 * and repairs lone surrogates, which canonical JSON refuses.
 */
function cleanText(text) {
    return text.toWellFormed().replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
}
function cleanStrings(value) {
    if (typeof value === 'string')
        return cleanText(value);
    if (Array.isArray(value))
        return value.map(cleanStrings);
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cleanStrings(item)]));
    }
    return value;
}
/** At most `max` characters, marked with an ellipsis when cut, never splitting a surrogate pair. */
function clip(text, max) {
    if (text.length <= max)
        return text;
    let end = max - 1;
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end--;
    return `${text.slice(0, end)}…`;
}
const FAMILY_PATTERNS = [
    [/^(claude|anthropic)/, 'anthropic'],
    [/^(gpt|o[1-9]|codex|chatgpt|openai)/, 'openai'],
    [/^(gemini|gemma|google)/, 'google'],
    [/^(llama|meta)/, 'meta'],
    [/^(mistral|mixtral|codestral|devstral|magistral|ministral|pixtral)/, 'mistral'],
    [/^deepseek/, 'deepseek'],
    [/^(qwen|qwq)/, 'alibaba'],
    [/^(grok|xai)/, 'xai'],
    [/^(kimi|moonshot)/, 'moonshot'],
    [/^(glm|zhipu)/, 'zhipu'],
    [/^(command|cohere)/, 'cohere'],
    [/^phi-?[0-9]/, 'microsoft'],
    [/^(nova|titan|amazon)/, 'amazon'],
];
/**
 * The model family of a review: its explicit `family`, else derived from `model`. Model
 * names may carry a provider path (`openrouter/anthropic/claude-...`,
 * `us.anthropic.claude-...-v1:0`): the most specific segment that names a family wins.
 */
function modelFamily(model, explicit) {
    if (explicit)
        return explicit.toLowerCase();
    if (!model)
        return undefined;
    const segments = model.toLowerCase().split(/[/.:@\s]+/).filter(Boolean).reverse();
    for (const segment of segments) {
        for (const [pattern, family] of FAMILY_PATTERNS)
            if (pattern.test(segment))
                return family;
    }
    return undefined;
}
function describeEnd(outcome) {
    if (outcome.spawnError)
        return `could not start: ${outcome.spawnError}`;
    if (outcome.timedOut)
        return `timed out after ${seconds(outcome.timeoutMs)}: its process group was killed`;
    if (outcome.signal)
        return `killed by ${outcome.signal}`;
    return `exit ${outcome.exitCode}`;
}
function seconds(ms) {
    return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}
function runPassed(outcome) {
    return !outcome.spawnError && !outcome.timedOut && outcome.exitCode === 0;
}
/** The last lines of a command's output, cleaned of terminal escapes, within the record's bound. */
function outputTail(output) {
    const plain = cleanText(output.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?/g, ''));
    const lines = plain.replace(/\n+$/, '').split('\n');
    let tail = lines.slice(-TAIL_LINES).join('\n');
    if (tail.length > MAX_TAIL_CHARS)
        tail = `…${tail.slice(tail.length - MAX_TAIL_CHARS + 1).toWellFormed()}`;
    return tail;
}
/** Evidence of one `--run CMD`: it passes when it exits 0. */
function runEvidence(command, outcome, output) {
    const passed = runPassed(outcome);
    const evidence = {
        kind: 'test',
        text: clip(`${cleanText(command)}: ${passed ? 'passed' : 'failed'} (${describeEnd(outcome)}, ${seconds(outcome.durationMs)})`, MAX_TEXT),
        command: clip(command, MAX_TEXT),
        exitCode: outcome.exitCode === null ? null : Math.max(-1, Math.min(255, outcome.exitCode)),
        durationMs: Math.max(0, Math.round(outcome.durationMs)),
        outputDigest: output.digest,
        outputTail: output.tail,
    };
    if (!passed && (outcome.spawnError || outcome.timedOut || outcome.signal))
        evidence.error = clip(describeEnd(outcome), MAX_TEXT);
    return evidence;
}
/**
 * Turns a judge's process outcome and stdout into its result. The judge must exit 0 with
 * a valid review; a valid `fail` with another exit code still counts as a fail (it can
 * never turn into a pass). Everything else is an error.
 */
function judgeResult(args) {
    const { reviewer, command, outcome } = args;
    const base = { reviewer, command, durationMs: outcome.durationMs };
    const stderrNote = args.stderrTail ? `; stderr ends: ${JSON.stringify(clip(args.stderrTail, 600))}` : '';
    if (outcome.spawnError || outcome.timedOut || outcome.signal)
        return { ...base, verdict: 'error', error: `the judge ${describeEnd(outcome)}${stderrNote}` };
    if (args.stdoutOverflow)
        return { ...base, verdict: 'error', error: `the answer is larger than ${MAX_REVIEW_BYTES} bytes` };
    const parsed = parseReview(args.stdout);
    if (outcome.exitCode !== 0) {
        if (parsed.ok && parsed.review.verdict === 'fail')
            return { ...base, verdict: 'fail', review: parsed.review, family: modelFamily(parsed.review.model, parsed.review.family) };
        return { ...base, verdict: 'error', error: `the judge exited ${outcome.exitCode}${parsed.ok ? ` after answering ${parsed.review.verdict}: a judge must exit 0` : ''}${stderrNote}` };
    }
    if (!parsed.ok)
        return { ...base, verdict: 'error', error: `${parsed.error}${stderrNote}` };
    return { ...base, verdict: parsed.review.verdict, review: parsed.review, family: modelFamily(parsed.review.model, parsed.review.family) };
}
/** Evidence of one judge; findings beyond `findingsBudget` characters are left out and counted. */
function reviewEvidence(result, findingsBudget = Number.POSITIVE_INFINITY) {
    const head = `${result.reviewer} (${cleanText(result.command)})`;
    if (result.verdict === 'error' || !result.review) {
        return { evidence: { kind: 'review', text: clip(`${head}: error`, MAX_TEXT), reviewer: result.reviewer, verdict: 'error', error: clip(cleanText(result.error ?? 'no review'), MAX_TEXT) }, used: 0 };
    }
    const { review } = result;
    const findings = [];
    let used = 0;
    let omitted = 0;
    for (const item of review.findings ?? []) {
        const finding = { severity: item.severity, category: item.category, description: item.description };
        if (item.location) {
            finding.path = item.location.path;
            if (item.location.line !== undefined)
                finding.line = item.location.line;
        }
        if (item.suggestedFix)
            finding.suggestedFix = item.suggestedFix;
        const size = JSON.stringify(finding).length;
        if (used + size > findingsBudget) {
            omitted++;
            continue;
        }
        used += size;
        findings.push(finding);
    }
    const note = omitted > 0 ? ` [${omitted} finding${omitted === 1 ? '' : 's'} left out: the record's size is bounded]` : '';
    const evidence = {
        kind: 'review',
        text: clip(`${head}: ${review.verdict}: ${review.summary}`, MAX_TEXT - note.length) + note,
        reviewer: result.reviewer,
        verdict: review.verdict,
    };
    if (review.model)
        evidence.model = review.model;
    if (result.family)
        evidence.family = result.family;
    if (findings.length > 0)
        evidence.findings = findings;
    return { evidence, used };
}

;// CONCATENATED MODULE: ./src/core/council.ts


/**
 * The rules of `ao check`: who a judge is, and when a set of runs and a council of
 * judges adds up to a passing verdict.
 */
const JUDGE_NAME = /^[A-Za-z0-9][A-Za-z0-9._@+-]{0,63}$/;
/** Words that start a program rather than name it: `node judge.mjs` is the judge "judge". */
const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash']);
const LAUNCHERS = new Set([
    'node', 'nodejs', 'deno', 'bun', 'tsx', 'ts-node', 'python', 'python3', 'uv', 'uvx', 'pipx', 'ruby', 'perl', 'php',
    'sh', 'bash', 'zsh', 'dash', 'env', 'exec', 'command', 'nice', 'timeout', 'npx', 'pnpm', 'yarn', 'npm', 'run', 'x', 'dlx',
]);
function validateJudgeName(name) {
    if (!JUDGE_NAME.test(name)) {
        throw new errors/* AoError */.VS(`--judge-name ${JSON.stringify(name)} is not a judge name: letters, digits and . _ @ + -, at most 64`, { fix: 'for example: --judge-name claude-security' });
    }
    return name;
}
/**
 * A judge's name when none is given: the program its command runs, without directory or
 * extension (`claude -p ...` is "claude", `node judges/strict.mjs` is "strict"). Only
 * for naming: the command itself is run by /bin/sh as written.
 */
function judgeNameFromCommand(command) {
    const words = [...command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
    let index = 0;
    while (index < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[index]))
        index++;
    const launcher = words[index] ?? '';
    let program = launcher;
    for (; index < words.length; index++) {
        const word = words[index];
        const base = word.split('/').pop() ?? '';
        if (word.startsWith('-')) {
            const next = words[index + 1];
            // `sh -c 'claude -p ...'` is named by its script; `node -e CODE` by its interpreter.
            if (word === '-c' && next !== undefined && SHELLS.has(baseName(launcher)))
                return judgeNameFromCommand(next);
            if (['-c', '-e', '--eval', '-p', '--print'].includes(word) && LAUNCHERS.has(baseName(launcher)))
                break;
            continue;
        }
        if (!LAUNCHERS.has(base) && !/^[0-9.]+[a-z]?$/.test(base)) {
            program = word;
            break;
        }
    }
    const name = baseName(program)
        .replace(/\.(m?[jt]s|cjs|py|sh|rb|pl|php)$/, '')
        .replace(/[^A-Za-z0-9._@+-]+/g, '-')
        .replace(/^[^A-Za-z0-9]+/, '')
        .slice(0, 64);
    return name || 'judge';
}
function baseName(word) {
    return word.split('/').pop() ?? '';
}
/**
 * A judge whose own program is part of the change under review would judge itself: the
 * change could rewrite it to always pass. Returns the first word of the command that
 * names a path the change touches (relative paths resolve inside the checkout under review).
 */
function judgeTouchedByChange(command, changedPaths) {
    const changed = new Set(changedPaths);
    for (const match of command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) {
        const word = (match[1] ?? match[2] ?? match[3] ?? '').replace(/^[A-Za-z_][A-Za-z0-9_]*=/, '').replace(/^(?:\.\/)+/, '');
        if (word && changed.has(word))
            return word;
    }
    return undefined;
}
function judgeId(name) {
    return `judge:${name}`;
}
/**
 * The quorum a council needs: at least 1, at most the number of distinct judges (a judge
 * given twice counts once). Default: all of them.
 */
function resolveQuorum(judgeIds, quorum) {
    const distinct = new Set(judgeIds).size;
    if (quorum === undefined)
        return distinct;
    if (distinct === 0)
        throw new errors/* AoError */.VS('--quorum counts judges, and no --judge is given', { fix: 'add judges with --judge CMD, or drop --quorum' });
    if (!Number.isSafeInteger(quorum) || quorum < 1)
        throw new errors/* AoError */.VS(`--quorum must be a whole number of at least 1, not ${quorum}`, { fix: '--quorum 2' });
    if (quorum > distinct) {
        const note = distinct < judgeIds.length ? ` (${judgeIds.length} given, but the same judge twice counts once: name them apart with --judge-name)` : '';
        throw new errors/* AoError */.VS(`--quorum ${quorum} can never be met by ${distinct} distinct judge${distinct === 1 ? '' : 's'}${note}`, { fix: `add judges, or lower it to --quorum ${distinct}` });
    }
    return quorum;
}
function countsAsPass(verdict, policy = {}) {
    return verdict === 'pass' || (verdict === 'warn' && policy.warnIsPass !== false);
}
/**
 * The verdict: every run passes, at least `quorum` distinct judges pass, and the passing
 * judges span at least `policy.minModelFamilies` model families. A judge given more than
 * once passes only when every one of its answers does.
 */
function decideCouncil(args) {
    const policy = args.policy ?? {};
    const failedRuns = args.runs.filter((run) => !run.passed).map((run) => run.command);
    const byJudge = new Map();
    for (const result of args.judges)
        byJudge.set(result.reviewer, [...(byJudge.get(result.reviewer) ?? []), result]);
    const passing = [...byJudge].filter(([, results]) => results.every((r) => countsAsPass(r.verdict, policy))).map(([id]) => id);
    const duplicates = [...byJudge].filter(([, results]) => results.length > 1).map(([id]) => id);
    const families = [...new Set(args.judges.filter((r) => passing.includes(r.reviewer) && r.family).map((r) => r.family))].sort();
    const reasons = [];
    if (failedRuns.length > 0)
        reasons.push(`${failedRuns.length} of ${args.runs.length} runs failed: ${failedRuns.join(', ')}`);
    if (byJudge.size > 0 && passing.length < args.quorum) {
        reasons.push(`${passing.length} of ${byJudge.size} judges passed; the quorum is ${args.quorum}`);
    }
    const minFamilies = policy.minModelFamilies;
    if (minFamilies !== undefined && families.length < minFamilies) {
        reasons.push(`the passing judges span ${families.length} model famil${families.length === 1 ? 'y' : 'ies'}${families.length ? ` (${families.join(', ')})` : ''}; the policy requires ${minFamilies}`);
    }
    return {
        verdict: reasons.length === 0 ? 'pass' : 'fail',
        runs: { total: args.runs.length, passed: args.runs.length - failedRuns.length, failed: failedRuns },
        judges: { distinct: byJudge.size, passed: passing.length, quorum: args.quorum, passing, duplicates },
        families,
        reasons,
    };
}
/** The record's summary: the outcome in one paragraph, with the council's families. */
function councilSummary(decision) {
    const parts = [`ao check: ${decision.verdict}.`];
    if (decision.runs.total > 0)
        parts.push(`Runs: ${decision.runs.passed} of ${decision.runs.total} passed.`);
    if (decision.judges.distinct > 0) {
        parts.push(`Judges: ${decision.judges.passed} of ${decision.judges.distinct} passed (quorum ${decision.judges.quorum}); model families: ${decision.families.join(', ') || 'none known'}.`);
    }
    if (decision.judges.duplicates.length > 0)
        parts.push(`Counted once: ${decision.judges.duplicates.join(', ')}.`);
    if (decision.reasons.length > 0)
        parts.push(`Fails because ${decision.reasons.join('; ')}.`);
    return clip(parts.join(' '), 4000);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: ./src/repo/subjects.ts



const MAX_ENTRIES = 10_000;
function parseRangeArg(text) {
    const match = /^(.+?)\.\.(?!\.)(.+)$/.exec(text);
    if (!match)
        throw new errors/* AoError */.VS(`--range takes A..B (two revisions), not ${JSON.stringify(text)}`, { fix: 'for example: --range origin/main..HEAD' });
    return { base: match[1], head: match[2] };
}
/** Builds the subject of a verdict: what exactly the checker is vouching for. */
async function resolveSubject(git, scope) {
    let resolved;
    if (scope.kind === 'staged') {
        const head = await git.headCommit();
        const author = await git.authorEmail();
        const { change } = await stagedChange(git, head, author);
        resolved = {
            subject: { kind: 'staged', digest: change.manifest.digest, entries: change.manifest.entries.map(core_manifest/* entryToJson */.o3) },
            manifest: change.manifest,
            label: change.label,
            authors: author ? [author] : [],
            baseRev: head,
        };
        if (change.manifest.entries.length === 0) {
            throw new errors/* AoError */.VS(change.cleanMerge ? 'the staged merge is clean: it needs no verdict' : 'nothing is staged outside .agents/ledger/: there is no change to cover', {
                fix: 'stage the change first (`git add PATH`), or name one with --commit REV or --range A..B',
            });
        }
    }
    else if (scope.kind === 'commit') {
        const commit = await git.resolveCommit(scope.rev, 'commit');
        const [info] = await git.listCommits(['-n', '1', commit]);
        const { change } = (await changesOfCommits(git, [info]))[0];
        if (change.manifest.entries.length === 0) {
            throw new errors/* AoError */.VS(`commit ${shortSha(commit)} changes nothing outside the ledger${change.cleanMerge ? ' (a clean merge)' : ''}: it needs no verdict`, { fix: 'name a commit that changes files, e.g. --commit HEAD' });
        }
        resolved = {
            subject: { kind: 'commit', commit, digest: change.manifest.digest, entries: change.manifest.entries.map(core_manifest/* entryToJson */.o3) },
            manifest: change.manifest,
            label: `commit ${shortSha(commit)}`,
            authors: info?.authorEmail ? [info.authorEmail] : [],
            baseRev: info?.parents[0],
            headRev: commit,
        };
    }
    else {
        const base = await git.resolveCommit(scope.base, 'range base');
        const head = await git.resolveCommit(scope.head, 'range head');
        const commits = await git.listCommits([`${base}..${head}`]);
        if (commits.length === 0)
            throw new errors/* AoError */.VS(`the range ${scope.base}..${scope.head} holds no commits`, { fix: 'check the order: --range OLDER..NEWER' });
        const manifest = (0,core_manifest/* buildManifest */.u1)(await git.diffTrees(base, head));
        const changes = await changesOfCommits(git, commits);
        if (manifest.entries.length === 0 && changes.every((c) => c.change.manifest.entries.length === 0)) {
            throw new errors/* AoError */.VS(`the range ${scope.base}..${scope.head} changes nothing outside the ledger: it needs no verdict`);
        }
        resolved = {
            subject: {
                kind: 'range',
                base,
                head,
                digest: manifest.digest,
                entries: manifest.entries.map(core_manifest/* entryToJson */.o3),
                commits: changes.filter((c) => c.change.manifest.entries.length > 0).map((c) => ({ commit: c.change.commit, digest: c.change.manifest.digest })),
            },
            manifest,
            label: `range ${shortSha(base)}..${shortSha(head)}`,
            authors: [...new Set(commits.map((c) => c.authorEmail).filter(Boolean))],
            baseRev: base,
            headRev: head,
        };
    }
    if (resolved.subject.entries.length > MAX_ENTRIES) {
        throw new errors/* AoError */.VS(`the ${resolved.label} touches ${resolved.subject.entries.length} paths; one verdict covers at most ${MAX_ENTRIES}`, {
            fix: 'split it into smaller commits and record a verdict for each (--commit REV), or exempt generated paths in .agents/policy.json',
        });
    }
    return resolved;
}

;// CONCATENATED MODULE: ./src/repo/writer.ts








const LOCK_NAME = 'agentops-ledger.lock';
const LOCK_WAIT_MS = 10_000;
/**
 * Where the next record attaches: the working tree's heads. Reads every record's `prev`
 * (a plain JSON parse: integrity is `ao ledger verify`'s job, not the writer's).
 */
function readTip(top) {
    const paths = listWorktreeLedger(top);
    const nodes = [];
    let genesisId;
    for (const path of paths) {
        const parts = (0,core_record/* parseRecordPath */.OT)(path);
        if (!parts)
            continue;
        if (parts.seq === 0)
            genesisId ??= parts.id;
        let prev = [];
        try {
            const value = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_namespaceObject.join)(top, path), 'utf8'));
            if (Array.isArray(value.prev))
                prev = value.prev.filter((p) => typeof p === 'string');
        }
        catch {
            // A broken record is reported by `ao ledger verify`; the writer attaches around it.
        }
        nodes.push({ id: parts.id, prev, seq: parts.seq });
    }
    if (!genesisId) {
        throw new errors/* AoError */.VS('this repository has no verdict ledger yet (.agents/ledger/ has no genesis record)', { fix: 'run `ao init` and commit the .agents/ directory' });
    }
    const heads = computeHeads(nodes);
    const seqOf = new Map(nodes.map((n) => [n.id, n.seq]));
    const nextSeq = 1 + Math.max(...heads.map((h) => seqOf.get(h) ?? 0));
    return { genesisId, heads, nextSeq };
}
/** Holds the ledger lock while `work` runs, so concurrent writers queue instead of forking. */
async function withLedgerLock(git, work) {
    const lock = (0,external_node_path_namespaceObject.join)(git.gitDir, LOCK_NAME);
    const started = Date.now();
    let delay = 10;
    for (;;) {
        try {
            const fd = (0,external_node_fs_.openSync)(lock, 'wx');
            (0,external_node_fs_.writeSync)(fd, `${process.pid} ${new Date().toISOString()}\n`);
            (0,external_node_fs_.closeSync)(fd);
            break;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw new errors/* AoError */.VS(`cannot create the ledger lock ${lock}: ${error.message}`);
            if (Date.now() - started > LOCK_WAIT_MS) {
                let holder = '';
                try {
                    holder = (0,external_node_fs_.readFileSync)(lock, 'utf8').trim();
                    holder = ` (held by process ${holder.split(' ')[0]} since ${holder.split(' ')[1] ?? '?'}, ${Math.round((Date.now() - (0,external_node_fs_.statSync)(lock).mtimeMs) / 1000)}s ago)`;
                }
                catch {
                    // The holder released it while we looked.
                }
                throw new errors/* AoError */.VS(`the ledger is locked by another ao process${holder}`, {
                    fix: `wait for it to finish; if no ao process is running, remove the stale lock with \`rm ${lock}\``,
                });
            }
            await new Promise((resolve) => setTimeout(resolve, delay));
            delay = Math.min(delay * 2, 200);
        }
    }
    try {
        return await work();
    }
    finally {
        (0,external_node_fs_.rmSync)(lock, { force: true });
    }
}
/** Writes bytes so that a crash at any point leaves the whole file or nothing. */
function writeFileAtomic(git, target, content) {
    const tmpDir = (0,external_node_path_namespaceObject.join)(git.gitDir, 'agentops-tmp');
    (0,external_node_fs_.mkdirSync)(tmpDir, { recursive: true });
    (0,external_node_fs_.mkdirSync)((0,external_node_path_namespaceObject.dirname)(target), { recursive: true });
    const tmp = (0,external_node_path_namespaceObject.join)(tmpDir, `${(0,external_node_crypto_.randomBytes)(8).toString('hex')}.tmp`);
    const fd = (0,external_node_fs_.openSync)(tmp, 'wx', 0o644);
    try {
        (0,external_node_fs_.writeFileSync)(fd, content);
        (0,external_node_fs_.fsyncSync)(fd);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    try {
        (0,external_node_fs_.renameSync)(tmp, target);
    }
    catch (error) {
        (0,external_node_fs_.unlinkSync)(tmp);
        throw new errors/* AoError */.VS(`cannot move the new record into ${target}: ${error.message}`, { fix: 'check that the repository is writable, then run the command again' });
    }
}
/** Appends a verdict on top of the current heads: the one way `ao verdict` and `ao check` write. */
function appendVerdict(git, body, options = {}) {
    return appendRecord(git, (tip) => ({
        schema: core_record/* RECORD_SCHEMA */.ep,
        type: 'verdict',
        seq: tip.nextSeq,
        prev: tip.heads,
        createdAt: new Date().toISOString(),
        ledger: tip.genesisId,
        ...body,
    }), options);
}
/** Appends one record on top of the current heads, atomically and under the ledger lock. */
async function appendRecord(git, makeBody, options = {}) {
    return withLedgerLock(git, async () => {
        const tip = readTip(git.topLevel);
        let record = (0,core_record/* sealRecord */.xe)(makeBody(tip));
        if (options.sign)
            record = { ...record, signature: await options.sign(record.id) };
        // Never write a record that a verifier would refuse.
        const problems = (0,schemas/* validateRecordShape */.R$)(record);
        if (problems.length > 0)
            throw new errors/* AoError */.VS(`refusing to write an invalid record: ${(0,schemas/* formatSchemaProblems */.xe)(problems)}`, { fix: 'shorten or correct the values given on the command line' });
        const size = Buffer.byteLength((0,core_record/* renderRecord */.sF)(record));
        if (size > core_record/* MAX_RECORD_BYTES */.xR)
            throw new errors/* AoError */.VS(`the record would be ${size} bytes; the limit is ${core_record/* MAX_RECORD_BYTES */.xR}`, { fix: 'split the change into smaller commits, or exempt generated paths in .agents/policy.json' });
        const path = (0,core_record/* recordPath */.lX)(record.seq, record.id);
        writeFileAtomic(git, (0,external_node_path_namespaceObject.join)(git.topLevel, path), (0,core_record/* renderRecord */.sF)(record));
        if (options.stage)
            await git.stage([path]);
        return { record, path };
    });
}

;// CONCATENATED MODULE: ./src/repo/check.ts















/**
 * `ao check`: materialises exactly the tree under review in fresh temporary directories
 * outside the user's checkout and runs each checker there in a fresh context (its own
 * process group, an allowlisted environment, a temporary HOME), then turns the outcomes
 * into one verdict. No terminal here: the CLI renders what this returns.
 */
/** SIGKILL follows a timeout's SIGTERM this much later; pipes held open this long after the leader exits are cut. */
const KILL_GRACE_MS = 2000;
/** What a --run command's output tail is taken from; its digest covers every byte. */
const RUN_TAIL_BYTES = 64 * 1024;
const STDERR_TAIL_BYTES = 4 * 1024;
/** Always passed through; HOME and TMPDIR are replaced by fresh directories. */
const BASE_ENV = ['PATH', 'LANG'];
/** The share of the record's byte budget that judges' findings may fill. */
const FINDINGS_SHARE = 0.6;
/** The environment every checker starts with: allowlisted names only, fresh HOME and TMPDIR. */
function checkerEnv(parentEnv, policy, home, tmp) {
    const env = {};
    for (const name of [...BASE_ENV, ...(policy.envAllow ?? [])]) {
        // The policy schema refuses these names; repeated here because leaking them defeats the point.
        if (/^(AO_|GIT_)/.test(name))
            continue;
        const value = parentEnv[name];
        if (value !== undefined)
            env[name] = value;
    }
    env.HOME = home;
    env.TMPDIR = tmp;
    return env;
}
async function runCheck(git, options) {
    if (process.platform === 'win32')
        throw new errors/* AoError */.VS('ao check runs checkers in POSIX process groups and does not support Windows yet', { fix: 'run it under WSL, or in CI on Linux or macOS' });
    if (options.runs.length + options.judges.length === 0) {
        throw new errors/* AoError */.VS('ao check needs something to check with', { fix: 'add --run CMD (e.g. --run "npm test") and/or --judge CMD' });
    }
    const quorum = resolveQuorum(options.judges.map((j) => j.reviewer), options.quorum);
    const root = (0,external_node_fs_.realpathSync)((0,external_node_fs_.mkdtempSync)((0,external_node_path_namespaceObject.join)(options.tmpRoot ?? (0,external_node_os_namespaceObject.tmpdir)(), 'ao-check-')));
    // Stops every checker at once: on an interrupt, on an error, and in any case at the end.
    const stop = new AbortController();
    const onInterrupt = () => stop.abort();
    options.signal?.addEventListener('abort', onInterrupt);
    let outcome;
    try {
        throwIfAborted(options.signal);
        let tree;
        let resolved;
        if (options.scope.kind === 'staged') {
            // The index may change while we look: the tree checked must be the one the subject names.
            const before = await git.writeStagedTree((0,external_node_path_namespaceObject.join)(root, 'staged-index'));
            resolved = await resolveSubject(git, options.scope);
            tree = await git.writeStagedTree((0,external_node_path_namespaceObject.join)(root, 'staged-index'));
            if (tree !== before)
                throw new errors/* AoError */.VS('the index changed while ao check was reading it', { fix: 'run the command again once nothing else is staging files' });
        }
        else {
            resolved = await resolveSubject(git, options.scope);
            tree = resolved.headRev;
        }
        options.beforeRunning?.(resolved);
        const loaded = await policyAt(git, resolved.baseRev);
        const policy = loaded.policy?.check ?? {};
        const diff = await git.unifiedDiff(await diffBase(git, resolved), tree, { maxBytes: MAX_REQUEST_DIFF_BYTES, exclude: [core_record/* LEDGER_DIR */.EN] });
        const changedPaths = manifestPaths(resolved.manifest);
        const requestFor = (reviewer) => {
            // The context is the caller's to compile; it is passed through unchanged.
            const request = buildReviewRequest({ reviewer, subject: resolved.subject, label: resolved.label, diff, context: options.context });
            const problems = (0,schemas/* validateReviewRequestShape */.HJ)(request);
            if (problems.length > 0)
                throw new Error(`ao built an invalid review request: ${(0,schemas/* formatSchemaProblems */.xe)(problems)}`);
            return request;
        };
        options.onEvent?.({ type: 'start', resolved, tree, policySource: loaded.source, checkers: options.runs.length + options.judges.length });
        const jobs = [
            ...options.runs.map((command, index) => async () => {
                const box = await freshBox(git, tree, (0,external_node_path_namespaceObject.join)(root, `run-${index + 1}`), options.parentEnv, policy);
                const ran = await runProcess({ command, box, timeoutMs: options.timeoutMs, stop: stop.signal, mode: 'run' });
                removeTree(box.dir);
                const passed = runPassed(ran.outcome);
                return { kind: 'run', index, command, outcome: ran.outcome, passed, evidence: runEvidence(command, ran.outcome, { digest: ran.digest, tail: outputTail(ran.output) }) };
            }),
            ...options.judges.map((judge, index) => async () => {
                const touched = judgeTouchedByChange(judge.command, changedPaths);
                if (touched) {
                    const error = `the change under review modifies ${touched}, which this judge runs: a change cannot judge itself`;
                    return { kind: 'judge', index, result: { reviewer: judge.reviewer, command: judge.command, verdict: 'error', durationMs: 0, error } };
                }
                const box = await freshBox(git, tree, (0,external_node_path_namespaceObject.join)(root, `judge-${index + 1}`), options.parentEnv, policy);
                const input = `${JSON.stringify(requestFor(judge.reviewer))}\n`;
                const ran = await runProcess({ command: judge.command, box, timeoutMs: options.timeoutMs, stop: stop.signal, mode: 'judge', input });
                removeTree(box.dir);
                const result = judgeResult({ reviewer: judge.reviewer, command: judge.command, outcome: ran.outcome, stdout: ran.output, stdoutOverflow: ran.overflow, stderrTail: ran.stderrTail });
                return { kind: 'judge', index, result };
            }),
        ];
        const checkers = await pool(jobs, options.jobs, {
            stop,
            onDone: (result) => {
                if (!stop.signal.aborted)
                    options.onEvent?.({ type: 'done', checker: result });
            },
        });
        throwIfAborted(options.signal);
        const judges = checkers.flatMap((c) => (c.kind === 'judge' ? [c.result] : []));
        const decision = decideCouncil({
            runs: checkers.flatMap((c) => (c.kind === 'run' ? [{ command: c.command, passed: c.passed }] : [])),
            judges,
            quorum,
            policy,
        });
        outcome = { resolved, tree, policy, policySource: loaded.source, checkers, decision, summary: councilSummary(decision) };
        return outcome;
    }
    finally {
        options.signal?.removeEventListener('abort', onInterrupt);
        stop.abort();
        const problem = removeTree(root);
        if (outcome && problem)
            outcome.cleanupProblem = problem;
    }
}
/** Records the check as one verdict with every checker's evidence, runs first, in command-line order. */
async function recordCheck(git, check, options) {
    const evidence = checkEvidence(check, findingsBudget(check, options));
    return appendVerdict(git, { subject: check.resolved.subject, verdict: check.decision.verdict, checker: options.checker, worker: options.worker, evidence, summary: check.summary }, { stage: options.stage, sign: options.sign });
}
function checkEvidence(check, budget) {
    const runs = check.checkers.filter((c) => c.kind === 'run').sort((a, b) => a.index - b.index);
    const judges = check.checkers.flatMap((c) => (c.kind === 'judge' ? [c] : [])).sort((a, b) => a.index - b.index);
    const evidence = runs.map((c) => (c.kind === 'run' ? c.evidence : {}));
    let left = budget;
    for (const judge of judges) {
        const { evidence: item, used } = reviewEvidence(judge.result, left);
        left -= used;
        evidence.push(item);
    }
    return evidence;
}
/** Bytes left for findings once everything else of the record is counted, with room for indentation. */
function findingsBudget(check, options) {
    const bare = checkEvidence(check, 0);
    const probe = {
        schema: core_record/* RECORD_SCHEMA */.ep,
        type: 'verdict',
        id: `sha256:${'0'.repeat(64)}`,
        seq: 0,
        prev: Array(8).fill(`sha256:${'0'.repeat(64)}`),
        createdAt: new Date().toISOString(),
        ledger: `sha256:${'0'.repeat(64)}`,
        subject: check.resolved.subject,
        verdict: check.decision.verdict,
        checker: options.checker,
        worker: options.worker,
        evidence: bare,
        summary: check.summary,
    };
    const used = Buffer.byteLength((0,core_record/* renderRecord */.sF)(probe)) + 16 * 1024;
    // Rendered findings carry indentation and multi-byte characters: count them at half.
    return Math.max(0, Math.floor(((core_record/* MAX_RECORD_BYTES */.xR - used) * FINDINGS_SHARE) / 2));
}
/** The tree the manifest compares against, so the diff shows exactly what the subject covers. */
async function diffBase(git, resolved) {
    const { subject } = resolved;
    if (subject.kind === 'range')
        return subject.base;
    if (subject.kind === 'commit') {
        const [info] = await git.listCommits(['-n', '1', subject.commit]);
        const parents = info?.parents ?? [];
        if (parents.length === 2)
            return (await git.mergeTrees([[parents[0], parents[1]]]))[0].tree;
        return parents[0] ?? git.emptyTree;
    }
    const head = resolved.baseRev;
    if (!head)
        return git.emptyTree;
    const mergeHeads = pendingMergeHeads(git);
    if (mergeHeads.length === 1)
        return (await git.mergeTrees([[head, mergeHeads[0]]]))[0].tree;
    return head;
}
/** A directory of its own for one checker: the tree under review, an empty HOME and TMPDIR. */
async function freshBox(git, tree, dir, parentEnv, policy) {
    const home = (0,external_node_path_namespaceObject.join)(dir, 'home');
    const tmp = (0,external_node_path_namespaceObject.join)(dir, 'tmp');
    const worktree = (0,external_node_path_namespaceObject.join)(dir, 'tree');
    for (const path of [home, tmp, worktree])
        (0,external_node_fs_.mkdirSync)(path, { recursive: true, mode: 0o700 });
    await git.exportTree(tree, worktree, (0,external_node_path_namespaceObject.join)(dir, 'index'));
    return { dir, tree: worktree, env: checkerEnv(parentEnv, policy, home, tmp) };
}
/**
 * Runs `/bin/sh -c command` in the box as the leader of a new process group (and session,
 * so it has no terminal). When the leader exits, the rest of its group is killed: nothing a
 * checker starts outlives it. When the time limit passes, the group gets SIGTERM, and
 * SIGKILL once KILL_GRACE_MS have passed.
 */
function runProcess(args) {
    const { box, mode } = args;
    return new Promise((resolve) => {
        const started = Date.now();
        const hash = (0,external_node_crypto_.createHash)('sha256');
        let kept = [];
        let keptBytes = 0;
        let overflow = false;
        let stderrTail = Buffer.alloc(0);
        let timedOut = false;
        let exit;
        let endedAt = 0;
        const timers = [];
        let settled = false;
        let onStop = () => undefined;
        const finish = (spawnError) => {
            if (settled)
                return;
            settled = true;
            for (const timer of timers)
                clearTimeout(timer);
            // Whatever the checker left running (a server, a watcher, a TERM-ignoring child) ends with it.
            if (child.pid !== undefined)
                killGroup(child.pid, 'SIGKILL');
            args.stop.removeEventListener('abort', onStop);
            const durationMs = (endedAt || Date.now()) - started;
            const output = Buffer.concat(kept);
            resolve({
                outcome: { exitCode: exit?.code ?? null, signal: timedOut ? null : (exit?.signal ?? null), durationMs, timedOut, timeoutMs: args.timeoutMs, spawnError },
                output: output.toString('utf8'),
                overflow,
                digest: `sha256:${hash.digest('hex')}`,
                stderrTail: stderrTail.toString('utf8').trim(),
            });
        };
        const child = (0,external_node_child_process_.spawn)('/bin/sh', ['-c', args.command], {
            cwd: box.tree,
            env: box.env,
            detached: true,
            stdio: [mode === 'judge' ? 'pipe' : 'ignore', 'pipe', 'pipe'],
        });
        if (child.pid === undefined) {
            child.on('error', (error) => finish(error.message));
            return;
        }
        const pid = child.pid;
        onStop = () => killGroup(pid, 'SIGKILL');
        if (args.stop.aborted)
            onStop();
        else
            args.stop.addEventListener('abort', onStop);
        const keepTail = (chunk) => {
            kept.push(chunk);
            keptBytes += chunk.length;
            if (keptBytes > RUN_TAIL_BYTES * 2) {
                const all = Buffer.concat(kept);
                kept = [all.subarray(all.length - RUN_TAIL_BYTES)];
                keptBytes = RUN_TAIL_BYTES;
            }
        };
        child.stdout.on('data', (chunk) => {
            if (mode === 'run') {
                hash.update(chunk);
                keepTail(chunk);
            }
            else if (!overflow) {
                keptBytes += chunk.length;
                if (keptBytes > MAX_REVIEW_BYTES)
                    overflow = true;
                else
                    kept.push(chunk);
            }
        });
        child.stderr.on('data', (chunk) => {
            if (mode === 'run') {
                hash.update(chunk);
                keepTail(chunk);
            }
            else {
                stderrTail = Buffer.concat([stderrTail, chunk]);
                if (stderrTail.length > STDERR_TAIL_BYTES)
                    stderrTail = stderrTail.subarray(stderrTail.length - STDERR_TAIL_BYTES);
            }
        });
        if (child.stdin) {
            // A judge that answers without reading its request closes the pipe: not our error.
            child.stdin.on('error', () => undefined);
            child.stdin.end(args.input ?? '');
        }
        timers.push(setTimeout(() => {
            timedOut = true;
            killGroup(pid, 'SIGTERM');
            timers.push(setTimeout(() => killGroup(pid, 'SIGKILL'), KILL_GRACE_MS));
        }, args.timeoutMs));
        child.on('exit', (code, signal) => {
            exit = { code, signal };
            endedAt = Date.now();
            // After a timeout the rest of the group has its grace period to shut down; otherwise it goes now.
            if (!timedOut)
                killGroup(pid, 'SIGKILL');
            // A process that left the group but holds our pipes open must not hold up the check.
            timers.push(setTimeout(() => {
                child.stdout?.destroy();
                child.stderr?.destroy();
                finish();
            }, KILL_GRACE_MS));
        });
        child.on('error', (error) => {
            if (!exit)
                finish(error.message);
        });
        child.on('close', () => finish());
    });
}
function killGroup(pid, signal) {
    try {
        process.kill(-pid, signal);
    }
    catch {
        // ESRCH: the group is gone already.
    }
}
/** Runs at most `limit` jobs at once; the first error stops the rest and is rethrown once all have settled. */
async function pool(jobs, limit, hooks) {
    const results = new Array(jobs.length);
    let next = 0;
    let failure;
    const worker = async () => {
        while (next < jobs.length && !failure && !hooks.stop.signal.aborted) {
            const index = next++;
            try {
                results[index] = await jobs[index]();
                hooks.onDone(results[index]);
            }
            catch (error) {
                failure ??= { error };
                hooks.stop.abort();
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, jobs.length)) }, worker));
    if (failure)
        throw failure.error;
    return results;
}
function throwIfAborted(signal) {
    if (signal?.aborted) {
        throw new errors/* AoError */.VS('ao check was interrupted: every checker was stopped and nothing was recorded', { fix: 'run the command again', exitCode: 130 });
    }
}
/**
 * Removes a checker's directory even when it made parts of it read-only. Returns a message
 * when something is left behind.
 */
function removeTree(dir) {
    try {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true, maxRetries: 2 });
        return undefined;
    }
    catch {
        makeWritable(dir);
    }
    try {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true, maxRetries: 2 });
        return undefined;
    }
    catch (error) {
        return `could not remove ${dir}: ${error.message}`;
    }
}
function makeWritable(path) {
    let stat;
    try {
        stat = (0,external_node_fs_.lstatSync)(path);
    }
    catch {
        return;
    }
    if (!stat.isDirectory())
        return;
    try {
        (0,external_node_fs_.chmodSync)(path, 0o700);
        for (const entry of (0,external_node_fs_.readdirSync)(path))
            makeWritable((0,external_node_path_namespaceObject.join)(path, entry));
    }
    catch {
        // Left for the final rmSync to report.
    }
}

;// CONCATENATED MODULE: ./src/repo/signing.ts
/**
 * Signing records with an SSH key: a private key file, or ssh-agent holding the key whose
 * public half is named. Shared by `ao verdict --sign` and `ao check --sign`.
 */









const MAX_KEY_FILE_BYTES = 64 * 1024;
const AGENT_PREFIX = 'agent:';
const PRIVATE_KEY_MARK = '-----BEGIN ';
/**
 * A signer for KEY as given to `--sign KEY` (or $AO_SIGNING_KEY):
 *   - a path to an unencrypted OpenSSH private key: signs in-process;
 *   - a path to a public key (`.pub`): signs through ssh-agent, which must hold that key;
 *   - `agent:PATH` or `agent:ssh-ed25519 AAAA...`: signs through ssh-agent with that public key.
 * Throws AoError (with a fix) when the key cannot be used; ssh-agent errors surface when signing.
 */
async function signerFor(keySpec, options = {}) {
    const env = options.env ?? process.env;
    const spec = keySpec.trim();
    if (spec === '')
        throw new errors/* AoError */.VS('--sign needs a key', { fix: 'for example: --sign ~/.ssh/id_ed25519, or --sign agent:~/.ssh/id_ed25519.pub' });
    if (spec.startsWith(AGENT_PREFIX)) {
        const rest = spec.slice(AGENT_PREFIX.length).trim();
        const inline = /^(ssh-|ecdsa-)/.test(rest) && /\s/.test(rest);
        const text = inline ? rest : readKeyFile(rest, options.cwd, env);
        return agentSigner(publicKeyFrom(text, inline ? `${AGENT_PREFIX} key` : rest), keySpec, env);
    }
    const text = readKeyFile(spec, options.cwd, env);
    if (text.trimStart().startsWith(PRIVATE_KEY_MARK))
        return fileSigner(privateKeyFrom(text, spec), keySpec);
    return agentSigner(publicKeyFrom(text, spec), keySpec, env);
}
/** `--sign KEY` if given, else $AO_SIGNING_KEY, else no signing (undefined). */
async function signerFromFlag(flag, options = {}) {
    const spec = flag ?? (options.env ?? process.env).AO_SIGNING_KEY;
    if (spec === undefined || (flag === undefined && spec.trim() === ''))
        return undefined;
    return signerFor(spec, options);
}
function fileSigner(signer, keySpec) {
    const sign = async (id) => ({ format: 'sshsig', namespace: SIGNATURE_NAMESPACE, signature: signMessage(id, SIGNATURE_NAMESPACE, signer) });
    return Object.assign(sign, { publicKey: signer.publicKey, via: 'key file', keySpec });
}
function agentSigner(publicKey, keySpec, env) {
    const sign = async (id) => {
        try {
            return { format: 'sshsig', namespace: SIGNATURE_NAMESPACE, signature: await signWithAgent(id, SIGNATURE_NAMESPACE, publicKey, env.SSH_AUTH_SOCK) };
        }
        catch (error) {
            if (!(error instanceof SshSigError))
                throw error;
            throw new errors/* AoError */.VS(`cannot sign through ssh-agent with key ${publicKey.fingerprint}: ${error.message}`, {
                fix: 'start ssh-agent (`eval "$(ssh-agent)"`), add the key with `ssh-add PRIVATE-KEY`, and run the command again in that shell; or pass an unencrypted private key file to --sign',
            });
        }
    };
    return Object.assign(sign, { publicKey, via: 'ssh-agent', keySpec });
}
function expandPath(path, cwd, env) {
    const home = env.HOME || (0,external_node_os_namespaceObject.homedir)();
    const expanded = path === '~' ? home : path.startsWith('~/') ? `${home}/${path.slice(2)}` : path;
    return (0,external_node_path_namespaceObject.resolve)(cwd ?? process.cwd(), expanded);
}
function readKeyFile(path, cwd, env) {
    const full = expandPath(path, cwd, env);
    let bytes;
    try {
        if ((0,external_node_fs_.statSync)(full).size > MAX_KEY_FILE_BYTES)
            throw new errors/* AoError */.VS(`${path} is larger than ${MAX_KEY_FILE_BYTES} bytes: not an SSH key`, { fix: 'pass an SSH key file to --sign' });
        bytes = (0,external_node_fs_.readFileSync)(full);
    }
    catch (error) {
        if (error instanceof errors/* AoError */.VS)
            throw error;
        throw new errors/* AoError */.VS(`cannot read the signing key ${path}: ${error.code ?? error.message}`, {
            fix: 'pass the path of an SSH private key (e.g. --sign ~/.ssh/id_ed25519), or of a public key held by ssh-agent (--sign ~/.ssh/id_ed25519.pub)',
        });
    }
    return bytes.toString('utf8');
}
function privateKeyFrom(text, path) {
    try {
        return parsePrivateKey(text);
    }
    catch (error) {
        if (!(error instanceof SshSigError))
            throw error;
        if (/passphrase|encrypted|ssh-agent/i.test(error.message)) {
            throw new errors/* AoError */.VS(`the private key ${path} is passphrase-protected, and ao never asks for passphrases`, {
                fix: `add it to ssh-agent with \`ssh-add ${path}\` and pass its public key instead: --sign ${path}.pub`,
            });
        }
        throw new errors/* AoError */.VS(`cannot use ${path} as a signing key: ${error.message}`, { fix: 'pass an OpenSSH private key (ed25519, ecdsa or rsa), or a public key held by ssh-agent' });
    }
}
function publicKeyFrom(text, what) {
    const line = text.split(/\r?\n/).find((l) => l.trim() !== '' && !l.trim().startsWith('#')) ?? '';
    try {
        return parsePublicKey(line);
    }
    catch (error) {
        if (!(error instanceof SshSigError))
            throw error;
        throw new errors/* AoError */.VS(`${what} is neither an OpenSSH private key nor a public key: ${error.message}`, {
            fix: 'pass a private key file (--sign ~/.ssh/id_ed25519) or the .pub of a key held by ssh-agent (--sign ~/.ssh/id_ed25519.pub)',
        });
    }
}
/**
 * What `ao verdict` should warn about before recording, judged by the policy and
 * `.agents/checkers` at HEAD (one batched read): an unsigned verdict the policy will not
 * count, or a key the checkers file does not trust for this checker. Never throws.
 */
async function signingAdvice(git, checkerId, signer) {
    try {
        const head = await git.headCommit();
        if (!head)
            return [];
        const keys = [`${head}:${core_record/* POLICY_PATH */.l$}`, `${head}:${CHECKERS_PATH}`];
        const objects = await git.readObjects(keys);
        const policyBytes = objects.get(keys[0]);
        if (!policyBytes || !parsePolicy(policyBytes, `commit ${head.slice(0, 7)}`).requireSignature)
            return [];
        if (!signer) {
            return [`the policy at HEAD requires signed verdicts: this one is unsigned and will not count (add --sign KEY, or set AO_SIGNING_KEY)`];
        }
        const checkers = parseCheckers(objects.get(keys[1]), head);
        if (!isKeyAllowed(checkers.signers, checkerId, signer.publicKey, SIGNATURE_NAMESPACE)) {
            return [`${checkers.where} does not trust key ${signer.publicKey.fingerprint} for ${checkerId}: this verdict will not count until a reviewed change adds it (\`ao checkers add ${checkerId} KEY.pub\`)`];
        }
        return [];
    }
    catch (error) {
        if (error instanceof errors/* AoError */.VS)
            return [error.message];
        return [];
    }
}

;// CONCATENATED MODULE: ./src/cli/cmd-verdict.ts









const KINDS = ['agent', 'human', 'ci', 'tool'];
function parseActorKind(value, flag) {
    const kind = (value ?? 'agent');
    if (!KINDS.includes(kind))
        throw new errors/* AoError */.VS(`${flag} must be one of ${KINDS.join(', ')}, not ${JSON.stringify(value)}`, { fix: `for example: ${flag} human` });
    return kind;
}
function parseEvidence(values) {
    return values.map((value) => {
        const colon = value.indexOf(':');
        const kind = colon > 0 ? value.slice(0, colon) : '';
        const text = value.slice(colon + 1);
        if (!['test', 'command', 'review', 'link'].includes(kind) || text.trim() === '') {
            throw new errors/* AoError */.VS(`--evidence takes KIND:TEXT with KIND one of test, command, review, link; got ${JSON.stringify(value)}`, {
                fix: `for example: --evidence test:"npm test: 212 passed" or --evidence link:https://ci.example.com/run/1`,
            });
        }
        if (kind === 'link')
            return { kind: 'link', url: text.trim() };
        return { kind: kind, text };
    });
}
/** `--ran CMD`: the checker ran CMD and it exited 0; what a `requireCheck` constraint looks for. */
function ranEvidence(commands) {
    return commands.map((command) => {
        if (command.trim() === '')
            throw new errors/* AoError */.VS('--ran takes the command that was run', { fix: `for example: --ran 'npm test'` });
        return { kind: 'command', text: `ran \`${command}\`: exit 0`, command, exitCode: 0 };
    });
}
/** The options naming who wrote the change, shared by `ao verdict` and `ao check`. */
const WORKER_OPTIONS = {
    worker: { type: 'string' },
    'worker-kind': { type: 'string' },
    'worker-session': { type: 'string' },
};
/** Who wrote the change: --worker, else $AO_WORKER, else the git author. */
function workerFrom(cli, values, kind, authors) {
    const workerId = values.worker ?? cli.env.AO_WORKER ?? authors[0];
    if (!workerId)
        throw new errors/* AoError */.VS('cannot tell who wrote the change', { fix: 'pass --worker ID (or set AO_WORKER), or set `git config user.email`' });
    const worker = { id: workerId, kind };
    const workerSession = values['worker-session'] ?? cli.env.AO_WORKER_SESSION;
    if (workerSession)
        worker.session = workerSession;
    return worker;
}
/** Refuses up front what verification would refuse anyway: a checker that is the worker or shares its session. */
function refuseDependentChecker(checker, worker) {
    const problem = independenceProblem({ checker, worker });
    if (problem) {
        throw new errors/* AoError */.VS(`refusing to record: ${problem}`, {
            fix: 'have a different identity check the change: a reviewer, a second agent in a fresh session, or CI (--checker ID)',
        });
    }
}
function scopeFromFlags(command, values) {
    const which = oneScope(command, values);
    if (which === 'commit')
        return { kind: 'commit', rev: values.commit };
    if (which === 'range')
        return { kind: 'range', ...parseRangeArg(values.range) };
    return { kind: 'staged' };
}
async function cmdVerdict(cli, args) {
    const { values, positionals } = parse('verdict', args, {
        ...SCOPE_OPTIONS,
        checker: { type: 'string' },
        'checker-kind': { type: 'string' },
        session: { type: 'string' },
        ...WORKER_OPTIONS,
        summary: { type: 'string' },
        evidence: { type: 'string', multiple: true },
        ran: { type: 'string', multiple: true },
        json: { type: 'boolean' },
        sign: { type: 'string' },
    });
    if (values.help)
        return cli.out(HELP.verdict), 0;
    const outcome = positionals[0];
    if ((outcome !== 'pass' && outcome !== 'fail') || positionals.length !== 1) {
        throw new errors/* AoError */.VS('ao verdict needs exactly one of pass or fail', { fix: 'for example: ao verdict pass --checker reviewer@example.com' });
    }
    const checkerId = values.checker ?? cli.env.AO_CHECKER;
    if (!checkerId)
        throw new errors/* AoError */.VS('no checker given', { fix: 'pass --checker ID (or set AO_CHECKER) naming who checked the change' });
    const scope = scopeFromFlags('verdict', values);
    const evidence = [...parseEvidence(values.evidence ?? []), ...ranEvidence(values.ran ?? [])];
    const checkerKind = parseActorKind(values['checker-kind'], '--checker-kind');
    const workerKind = parseActorKind(values['worker-kind'], '--worker-kind');
    const git = await (0,context/* openRepo */.B)(cli);
    const resolved = await resolveSubject(git, scope);
    const worker = workerFrom(cli, values, workerKind, resolved.authors);
    const checker = { id: checkerId, kind: checkerKind };
    if (values.session)
        checker.session = values.session;
    refuseDependentChecker(checker, worker);
    const sign = await signerFromFlag(values.sign, { env: cli.env, cwd: cli.cwd });
    for (const warning of await signingAdvice(git, checker.id, sign))
        cli.err(`ao: warning: ${warning}`);
    const { record, path } = await appendVerdict(git, { subject: resolved.subject, verdict: outcome, checker, worker, evidence, summary: values.summary ?? '' }, { stage: scope.kind === 'staged', sign });
    if (values.json)
        cli.out(JSON.stringify(record, null, 2));
    else
        cli.out(record.id);
    cli.err(`recorded ${outcome} ${(0,core_record/* shortId */.m_)(record.id)} for the ${resolved.label} (digest ${(0,core_record/* shortId */.m_)(resolved.subject.digest)}) by ${checker.id}` +
        `${sign ? `, signed with ${sign.publicKey.fingerprint} (${sign.via})` : ''}\n` +
        (scope.kind === 'staged' ? `  ${path} is staged: it lands with the commit` : `  ${path} is written: commit it with \`git add .agents/ledger && git commit -m "Record verdict"\``));
    return 0;
}

;// CONCATENATED MODULE: ./src/repo/context.ts








const DEFAULT_CONTEXT_BUDGET = 4000;
/** Failed verdicts considered before the budget applies: the most recent this many. */
const MAX_FAILED_VERDICTS = 20;
const MAX_FINDINGS_PER_VERDICT = 10;
/** The documented token estimate: one token per four characters (UTF-16 code units), rounded up. */
function estimateTokens(text) {
    return Math.ceil(text.length / 4);
}
async function compileContext(git, options) {
    const budget = options.budget ?? DEFAULT_CONTEXT_BUDGET;
    const format = options.format ?? 'md';
    const paths = [...new Set(options.paths.map((p) => p.replace(/^\.\//, '')))].sort();
    const audit = await auditLedger(git, { kind: 'worktree' });
    const records = [...audit.records].sort(compareRecords);
    const policy = readWorktreePolicy(git);
    const headPolicy = (await policyAt(git, await git.headCommit()).catch(() => ({ policy: undefined }))).policy;
    const gathered = gather(records, audit.heads, paths, policy, headPolicy);
    return render({ paths, ledgerProblems: audit.problems.length, ...gathered }, budget, format);
}
function readWorktreePolicy(git) {
    const file = (0,external_node_path_namespaceObject.join)(git.topLevel, core_record/* POLICY_PATH */.l$);
    if (!(0,external_node_fs_.existsSync)(file))
        return undefined;
    return parsePolicy((0,external_node_fs_.readFileSync)(file), 'the working tree');
}
/** Selects and orders what concerns the paths; pure, so the order is the documented one. */
function gather(records, heads, paths, policy, headPolicy) {
    const inPlay = (globs) => paths.length === 0 || paths.some(globMatcher(globs));
    const learningsById = new Map(records.filter((r) => r.type === 'learning').map((r) => [r.id, r]));
    const inHead = new Set((headPolicy?.constraints ?? []).map((c) => c.id));
    const current = policy?.constraints ?? [];
    const constraints = current
        .filter((c) => inPlay(c.paths))
        .map((c) => ({
        id: c.id,
        status: inHead.has(c.id) ? 'in force' : 'pending',
        rule: describeRule(c),
        paths: c.paths,
        learning: c.learning,
        learningText: learningsById.get(c.learning)?.text ?? c.note,
    }));
    const isRetired = retirementIndex(records, compareRecords);
    const promotedIds = new Map();
    for (const r of records)
        if (r.type === 'promotion')
            (promotedIds.get(r.learning) ?? promotedIds.set(r.learning, new Set()).get(r.learning)).add(r.constraint.id);
    const learnings = [];
    for (const learning of learningsById.values()) {
        const matching = paths.length === 0 ? learning.paths : learning.paths.filter((glob) => paths.some(globMatcher([glob])));
        if (matching.length === 0)
            continue;
        const promoted = [...(promotedIds.get(learning.id) ?? [])];
        learnings.push({
            id: learning.id,
            createdAt: learning.createdAt,
            text: learning.text,
            negative: learning.negative,
            paths: learning.paths,
            tags: learning.tags,
            specificity: paths.length === 0 ? 0 : Math.max(...matching.map(globSpecificity)),
            ...(learning.from ? { from: learning.from } : {}),
            enforcedBy: current.filter((c) => c.learning === learning.id).map((c) => c.id),
            retired: promoted.filter((id) => isRetired(id) && !current.some((c) => c.id === id)),
        });
    }
    const seqOf = new Map(records.map((r) => [r.id, r.seq]));
    learnings.sort((a, b) => b.specificity - a.specificity || seqOf.get(b.id) - seqOf.get(a.id) || (a.id < b.id ? -1 : 1));
    const failed = records
        .filter((r) => r.type === 'verdict' && r.verdict === 'fail')
        .map((r) => ({ record: r, touched: r.subject.entries.map((e) => e.path).filter((p) => !!p && (paths.length === 0 || paths.includes(p))) }))
        .filter(({ touched }) => touched.length > 0)
        .reverse()
        .slice(0, MAX_FAILED_VERDICTS);
    const failedVerdicts = failed.map(({ record, touched }) => ({
        id: record.id,
        createdAt: record.createdAt,
        checker: `${record.checker.id} (${record.checker.kind})`,
        worker: record.worker.id,
        summary: record.summary,
        paths: touched,
        findings: record.evidence
            .flatMap((e) => (e.kind === 'review' ? (e.findings ?? []) : []))
            .filter((f) => !f.path || paths.length === 0 || paths.includes(f.path))
            .slice(0, MAX_FINDINGS_PER_VERDICT),
    }));
    const byId = new Map(records.map((r) => [r.id, r]));
    const headRecords = heads
        .map((id) => byId.get(id))
        .filter((r) => !!r)
        .sort((a, b) => compareRecords(b, a))
        .map((r) => ({ id: r.id, seq: r.seq, type: r.type, description: context_describeRecord(r) }));
    return { constraints, learnings, failedVerdicts, heads: headRecords };
}
/** How specific a glob is: its characters that are not glob syntax. `src/auth/login.ts` > `src/auth/**` > `*.ts` > `**`. */
function globSpecificity(glob) {
    return glob.replace(/[*?[\]{}()!+@\\]/g, '').length;
}
function context_describeRecord(record) {
    switch (record.type) {
        case 'genesis':
            return 'genesis';
        case 'verdict':
            return `verdict ${record.verdict} by ${record.checker.id}${record.summary ? `: ${oneLine(record.summary, 80)}` : ''}`;
        case 'learning':
            return `learning: ${oneLine(record.text, 80)}`;
        case 'promotion':
            return `promotion of ${(0,core_record/* shortId */.m_)(record.learning)} to constraint "${record.constraint.id}"`;
        case 'retirement':
            return `retirement of constraint "${record.constraint}": ${oneLine(record.why, 80)}`;
    }
}
const SECTIONS = ['constraints', 'learnings', 'failedVerdicts', 'heads'];
const HEADINGS = {
    constraints: '## Constraints on these paths',
    learnings: '## Learnings (most specific, then most recent, first)',
    failedVerdicts: '## Recent failed verdicts on these paths',
    heads: '## Open heads of the ledger',
};
function mdItem(section, item) {
    switch (section) {
        case 'constraints': {
            const c = item;
            return `- **${c.id}** (${c.status}) on ${c.paths.map((p) => `\`${p}\``).join(', ')}: ${c.rule}. Learned in ${(0,core_record/* shortId */.m_)(c.learning)}…${c.learningText ? `: "${oneLine(c.learningText, 300)}"` : ''}\n`;
        }
        case 'learnings': {
            const l = item;
            const marks = [l.negative ? 'AVOID' : '', l.enforcedBy.length ? `enforced by ${l.enforcedBy.join(', ')}` : '', l.retired.length ? `retired: ${l.retired.join(', ')}` : '']
                .filter(Boolean)
                .join('; ');
            return `- ${marks ? `[${marks}] ` : ''}${l.text.replace(/\n+/g, ' ')}\n  (on ${l.paths.map((p) => `\`${p}\``).join(', ')}${l.tags.length ? `; tags ${l.tags.join(', ')}` : ''}; ${(0,core_record/* shortId */.m_)(l.id)}, ${l.createdAt.slice(0, 10)})\n`;
        }
        case 'failedVerdicts': {
            const v = item;
            const lines = [`- ${(0,core_record/* shortId */.m_)(v.id)} ${v.createdAt.slice(0, 10)} by ${v.checker} on ${v.paths.slice(0, 5).join(', ')}${v.paths.length > 5 ? ` and ${v.paths.length - 5} more` : ''}${v.summary ? `: ${oneLine(v.summary, 300)}` : ''}\n`];
            for (const f of v.findings)
                lines.push(`  - ${f.severity}${f.path ? ` ${f.path}${f.line ? `:${f.line}` : ''}` : ''}: ${oneLine(f.description, 200)}${f.suggestedFix ? ` (fix: ${oneLine(f.suggestedFix, 120)})` : ''}\n`);
            return lines.join('');
        }
        case 'heads': {
            const h = item;
            return `- ${(0,core_record/* shortId */.m_)(h.id)} (seq ${h.seq}) ${h.description}\n`;
        }
    }
}
/**
 * Renders the document within the budget. Items are taken in priority order (constraints,
 * learnings, failed verdicts, heads; each section in its own order); the first item that
 * does not fit ends it, so the output is always a prefix of the full context.
 */
function render(doc, budget, format) {
    const budgetChars = budget * 4;
    const all = SECTIONS.flatMap((section) => doc[section].map((item) => ({ section, item })));
    const emptyCut = { applied: false, budget, tokens: 0, fullTokens: 0, omitted: { constraints: 0, learnings: 0, failedVerdicts: 0, heads: 0 } };
    const build = (count, cut) => {
        const kept = all.slice(0, count);
        const json = {
            paths: doc.paths,
            ledgerProblems: doc.ledgerProblems,
            constraints: [],
            learnings: [],
            failedVerdicts: [],
            heads: [],
            cut,
        };
        for (const { section, item } of kept)
            json[section].push(item);
        if (format === 'json')
            return { text: JSON.stringify(json), json };
        const parts = [mdHeader(doc)];
        let last;
        for (const { section, item } of kept) {
            if (section !== last)
                parts.push(`\n${HEADINGS[section]}\n`);
            last = section;
            parts.push(mdItem(section, item));
        }
        if (cut.applied)
            parts.push(`\n${cutNotice(cut)}\n`);
        return { text: parts.join(''), json };
    };
    const full = build(all.length, emptyCut);
    const fullTokens = estimateTokens(full.text);
    if (full.text.length <= budgetChars) {
        const cut = { ...emptyCut, tokens: fullTokens, fullTokens };
        return { ...build(all.length, cut), cut };
    }
    // The largest prefix whose rendering, cut notice included, fits. Rendering is monotone in
    // the count, so a binary search finds it.
    const omitted = (count) => {
        const o = { constraints: 0, learnings: 0, failedVerdicts: 0, heads: 0 };
        for (const { section } of all.slice(count))
            o[section]++;
        return o;
    };
    const attempt = (count) => {
        const cut = { applied: true, budget, tokens: 0, fullTokens, omitted: omitted(count) };
        const built = build(count, cut);
        // The token count goes in the text itself: settle it on the figure that includes it.
        for (let i = 0; i < 3; i++) {
            const tokens = estimateTokens(built.text);
            if (tokens === cut.tokens)
                break;
            cut.tokens = tokens;
            Object.assign(built, build(count, cut));
        }
        return { ...built, cut };
    };
    let lo = 0;
    let hi = all.length - 1;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (attempt(mid).text.length <= budgetChars)
            lo = mid;
        else
            hi = mid - 1;
    }
    return attempt(lo);
}
function mdHeader(doc) {
    const what = doc.paths.length === 0 ? 'the whole repository' : doc.paths.length <= 8 ? doc.paths.map((p) => `\`${p}\``).join(', ') : `${doc.paths.length} paths (${doc.paths.slice(0, 5).map((p) => `\`${p}\``).join(', ')}, …)`;
    const lines = [`# What to know before changing ${what}`, ''];
    lines.push('From the agentops/verdict ledger: constraints are enforced on every commit; learnings are what earlier work taught.');
    if (doc.ledgerProblems > 0)
        lines.push(`Warning: the ledger has ${doc.ledgerProblems} problem(s); run \`ao ledger verify\`.`);
    if (doc.constraints.length + doc.learnings.length + doc.failedVerdicts.length === 0)
        lines.push('Nothing recorded concerns these paths yet.');
    return `${lines.join('\n')}\n`;
}
function cutNotice(cut) {
    const parts = [
        ['constraints', 'constraint'],
        ['learnings', 'learning'],
        ['failedVerdicts', 'failed verdict'],
        ['heads', 'ledger head'],
    ]
        .filter(([key]) => cut.omitted[key] > 0)
        .map(([key, noun]) => `${cut.omitted[key]} ${noun}${cut.omitted[key] === 1 ? '' : 's'}`);
    return `_Cut to the budget of ${cut.budget} tokens (this text: ~${cut.tokens}): left out ${parts.join(', ')}; the full context is ~${cut.fullTokens} tokens._`;
}
/**
 * The context judges get in `ao check`'s review request: the compiled context for the paths
 * the change touches, or '' when nothing recorded concerns them (no constraint, learning or
 * failed verdict on those paths: heads alone tell a judge nothing).
 */
async function contextForJudges(git, paths, budget = DEFAULT_CONTEXT_BUDGET) {
    const compiled = await compileContext(git, { paths, budget, format: 'md' });
    const { constraints, learnings, failedVerdicts, cut } = compiled.json;
    const something = constraints.length + learnings.length + failedVerdicts.length + cut.omitted.constraints + cut.omitted.learnings + cut.omitted.failedVerdicts;
    return something > 0 ? compiled.text : '';
}

;// CONCATENATED MODULE: ./src/cli/cmd-learn.ts














/** Every record of the working tree's ledger, in ledger order. */
async function readAllRecords(git) {
    const view = await LedgerView.open(git, { kind: 'worktree' }, undefined);
    return (await view.allRecords()).sort(compareRecords);
}
/** The one record whose id starts with `prefix` (with or without "sha256:"), of the wanted type. */
function findRecord(records, prefix, type, role) {
    const wanted = prefix.startsWith('sha256:') ? prefix : `sha256:${prefix}`;
    if (!/^sha256:[0-9a-f]{4,64}$/.test(wanted)) {
        throw new errors/* AoError */.VS(`${JSON.stringify(prefix)} is not a record id prefix (at least 4 hex digits)`, { fix: `copy the ${role}'s id from \`ao log\`` });
    }
    const matches = records.filter((r) => r.id.startsWith(wanted));
    if (matches.length === 0)
        throw new errors/* AoError */.VS(`no record id starts with ${wanted}`, { fix: `list ${role}s with \`ao log\`` });
    if (matches.length > 1)
        throw new errors/* AoError */.VS(`${wanted} is ambiguous: ${matches.map((r) => (0,core_record/* shortId */.m_)(r.id)).join(', ')}`, { fix: 'give more digits' });
    const record = matches[0];
    if (record.type !== type)
        throw new errors/* AoError */.VS(`${(0,core_record/* shortId */.m_)(record.id)} is a ${record.type} record, not a ${type}`, { fix: `name a ${role} (see \`ao log\`)` });
    return record;
}
/**
 * `--paths a b c` as well as `--paths a --paths b`: the values after a multi-value flag run
 * up to the next option. Returns the rewritten argument vector for util.parseArgs.
 */
function expandMultiValue(args, flags) {
    const out = [];
    let current;
    for (const arg of args) {
        if (arg.startsWith('-') && arg !== '-') {
            const flag = arg.split('=')[0];
            current = flags.includes(flag) ? flag : undefined;
            out.push(arg);
            continue;
        }
        if (current && out.at(-1) !== current)
            out.push(current);
        out.push(arg);
    }
    return out;
}
const GLOB_PATTERN = /^(?!\/)(?!(?:.*\/)?\.\.(?:\/|$))[^\u0000]+$/;
const TAG_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/+-]{0,63}$/;
function checkGlobs(globs, flag) {
    const cleaned = globs.map((g) => g.replace(/^\.\//, ''));
    for (const glob of cleaned) {
        if (!GLOB_PATTERN.test(glob) || glob.length > 1000) {
            throw new errors/* AoError */.VS(`${flag}: ${JSON.stringify(glob)} is not a repository-relative glob (no leading "/", no "..")`, { fix: `for example: ${flag} 'src/auth/**' '*.sql'` });
        }
    }
    if (cleaned.length > 100)
        throw new errors/* AoError */.VS(`${flag}: at most 100 globs, got ${cleaned.length}`, { fix: 'use broader globs, e.g. src/**' });
    return [...new Set(cleaned)];
}
/** Who records a learning, promotion or retirement: --by, else $AO_WORKER, else the git author. */
async function actorFrom(cli, git, values) {
    const id = values.by ?? cli.env.AO_WORKER ?? (await git.authorEmail());
    if (!id)
        throw new errors/* AoError */.VS('cannot tell who is recording this', { fix: 'pass --by ID (or set AO_WORKER), or set `git config user.email`' });
    return { id, kind: parseActorKind(values['by-kind'], '--by-kind') };
}
const BY_OPTIONS = { by: { type: 'string' }, 'by-kind': { type: 'string' }, json: { type: 'boolean' } };
/** Escapes glob characters so a literal path can serve as a glob. */
function literalGlob(path) {
    return path.replace(/[*?[\]{}()!+@\\]/g, '\\$&');
}
async function cmdLearn(cli, args) {
    const { values, positionals } = parse('learn', expandMultiValue(args, ['--paths', '--tag']), {
        paths: { type: 'string', multiple: true },
        tag: { type: 'string', multiple: true },
        from: { type: 'string' },
        negative: { type: 'boolean' },
        ...BY_OPTIONS,
    });
    if (values.help)
        return cli.out(HELP.learn), 0;
    const text = positionals.join(' ').trim();
    if (!text) {
        throw new errors/* AoError */.VS('ao learn needs the lesson as TEXT', { fix: `ao learn "Never log request bodies: they carry tokens" --paths 'src/http/**' (TEXT goes before --paths)` });
    }
    if (text.length > 4000)
        throw new errors/* AoError */.VS(`the lesson is ${text.length} characters; the limit is 4000`, { fix: 'say it shorter, and link to the details' });
    const tags = [...new Set(values.tag ?? [])];
    for (const tag of tags) {
        if (!TAG_PATTERN.test(tag))
            throw new errors/* AoError */.VS(`--tag ${JSON.stringify(tag)}: a tag is letters, digits and . _ : / + - (at most 64, no spaces)`, { fix: '--tag security --tag logging' });
    }
    if (tags.length > 20)
        throw new errors/* AoError */.VS(`at most 20 tags, got ${tags.length}`, { fix: 'keep the few that help find it' });
    const git = await (0,context/* openRepo */.B)(cli);
    const records = await readAllRecords(git);
    const from = values.from ? findRecord(records, values.from, 'verdict', 'verdict') : undefined;
    let paths;
    if (values.paths?.length)
        paths = checkGlobs(values.paths, '--paths');
    else if (from) {
        // Default to what the verdict was about: its findings' paths, else the paths it covered.
        const findingPaths = from.evidence.flatMap((e) => (e.kind === 'review' ? (e.findings ?? []).map((f) => f.path) : [])).filter((p) => !!p);
        const subjectPaths = from.subject.entries.map((e) => e.path).filter((p) => !!p);
        paths = [...new Set(findingPaths.length ? findingPaths : subjectPaths)].map(literalGlob);
        if (paths.length === 0 || paths.length > 100)
            throw new errors/* AoError */.VS(`cannot take the paths from verdict ${(0,core_record/* shortId */.m_)(from.id)} (${paths.length} paths)`, { fix: `name them: --paths 'src/**'` });
    }
    else
        throw new errors/* AoError */.VS('ao learn needs --paths: the globs the lesson is about', { fix: `ao learn "${oneLine(text, 40)}" --paths 'src/auth/**'` });
    const author = await actorFrom(cli, git, values);
    const { record, path } = await appendRecord(git, (tip) => ({
        schema: core_record/* RECORD_SCHEMA */.ep,
        type: 'learning',
        seq: tip.nextSeq,
        prev: tip.heads,
        createdAt: new Date().toISOString(),
        ledger: tip.genesisId,
        text,
        paths,
        tags,
        negative: values.negative ?? false,
        ...(from ? { from: from.id } : {}),
        author,
    }), { stage: true });
    cli.out(values.json ? JSON.stringify(record, null, 2) : record.id);
    cli.err(`recorded learning ${(0,core_record/* shortId */.m_)(record.id)} on ${paths.join(', ')}${from ? ` (from verdict ${(0,core_record/* shortId */.m_)(from.id)})` : ''}\n` +
        `  ${path} is staged: it lands with the next commit\n` +
        `  \`ao context\` now shows it to whoever works on those paths; to enforce it: ao promote ${(0,core_record/* shortId */.m_)(record.id).slice(7)} --require-evidence test|--require-checker-kind human|--forbid-pattern REGEX|--require-check CMD`);
    return 0;
}
function cmd_learn_readWorktreePolicy(git) {
    const file = (0,external_node_path_namespaceObject.join)(git.topLevel, core_record/* POLICY_PATH */.l$);
    if (!(0,external_node_fs_.existsSync)(file))
        throw new errors/* AoError */.VS(`${core_record/* POLICY_PATH */.l$} does not exist in the working tree`, { fix: 'run `ao init` and commit the .agents/ directory' });
    const bytes = (0,external_node_fs_.readFileSync)(file);
    const policy = parsePolicy(bytes, 'the working tree');
    return { text: bytes.toString('utf8'), json: JSON.parse(bytes.toString('utf8')), policy };
}
/** The policy file with its constraints replaced, in the file's own two-space JSON form. */
function renderPolicyWith(file, constraints) {
    const json = { ...file.json, constraints };
    const text = `${JSON.stringify(json, null, 2)}\n`;
    parsePolicy(Buffer.from(text), 'the working tree (after the edit)');
    return text;
}
/** The order keys take in a constraint written to the policy: id and back-link first, then paths, the rule, the note. */
function orderedConstraint(c) {
    const { kind, value } = ruleOf(c);
    return { id: c.id, learning: c.learning, paths: c.paths, [kind]: value, ...(c.note ? { note: c.note } : {}) };
}
function constraintIdFor(text, taken, learningId) {
    const words = text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
    let slug = '';
    for (const word of words) {
        if (`${slug}-${word}`.length > 32)
            break;
        slug = slug ? `${slug}-${word}` : word;
    }
    if (!slug)
        slug = `c-${learningId.slice(7, 19)}`;
    let id = slug;
    for (let n = 2; taken.has(id); n++)
        id = `${slug}-${n}`;
    return id;
}
const RULE_FLAGS = {
    'require-evidence': 'requireEvidence',
    'require-checker-kind': 'requireCheckerKind',
    'forbid-pattern': 'forbidPattern',
    'require-check': 'requireCheck',
};
async function cmdPromote(cli, args) {
    const { values, positionals } = parse('promote', expandMultiValue(args, ['--paths']), {
        'require-evidence': { type: 'string' },
        'require-checker-kind': { type: 'string' },
        'forbid-pattern': { type: 'string' },
        'require-check': { type: 'string' },
        id: { type: 'string' },
        paths: { type: 'string', multiple: true },
        ...BY_OPTIONS,
    });
    if (values.help)
        return cli.out(HELP.promote), 0;
    const [prefix] = positionals;
    if (!prefix || positionals.length !== 1)
        throw new errors/* AoError */.VS('ao promote needs one learning id', { fix: 'ao promote sha256:1a2b3c --require-evidence test (ids: `ao log`)' });
    const given = Object.keys(RULE_FLAGS).filter((flag) => values[flag] !== undefined);
    if (given.length !== 1) {
        throw new errors/* AoError */.VS(given.length === 0 ? 'ao promote needs a rule' : `ao promote takes one rule, got --${given.join(' and --')}`, {
            fix: 'give exactly one of --require-evidence KIND, --require-checker-kind KIND, --forbid-pattern REGEX, --require-check CMD',
        });
    }
    const flag = given[0];
    const kind = RULE_FLAGS[flag];
    const value = values[flag];
    if (kind === 'requireEvidence' && !['test', 'command', 'review', 'link'].includes(value)) {
        throw new errors/* AoError */.VS(`--require-evidence must be test, command, review or link, not ${JSON.stringify(value)}`, { fix: '--require-evidence test' });
    }
    if (kind === 'requireCheckerKind')
        parseActorKind(value, '--require-checker-kind');
    if (kind === 'requireCheck' && value.trim() === '')
        throw new errors/* AoError */.VS('--require-check takes the exact command the check runs', { fix: `--require-check 'npm test'` });
    if (values.id !== undefined && !/^[a-z0-9][a-z0-9._-]{0,63}$/.test(values.id)) {
        throw new errors/* AoError */.VS(`--id ${JSON.stringify(values.id)}: a constraint id is lower-case letters, digits, ".", "_" and "-" (at most 64)`, { fix: '--id no-console-log' });
    }
    const git = await (0,context/* openRepo */.B)(cli);
    const records = await readAllRecords(git);
    const learning = findRecord(records, prefix, 'learning', 'learning');
    const author = await actorFrom(cli, git, values);
    const paths = values.paths?.length ? checkGlobs(values.paths, '--paths') : learning.paths;
    const note = learning.text.length > 500 ? `${learning.text.slice(0, 499)}…` : learning.text;
    let constraint;
    let restore;
    const { record, path } = await appendRecord(git, (tip) => {
        // Under the ledger lock: the policy edit and the record go in together.
        const file = cmd_learn_readWorktreePolicy(git);
        const existing = file.policy.constraints ?? [];
        const taken = new Set(existing.map((c) => c.id));
        const id = values.id ?? constraintIdFor(learning.text, taken, learning.id);
        if (taken.has(id))
            throw new errors/* AoError */.VS(`${core_record/* POLICY_PATH */.l$} already has a constraint "${id}"`, { fix: 'choose another name with --id NAME' });
        const fresh = orderedConstraint({ id, learning: learning.id, paths, note, [kind]: value });
        const same = existing.find((c) => c.learning === learning.id && ruleOf(c).kind === kind && ruleOf(c).value === value);
        if (same)
            throw new errors/* AoError */.VS(`learning ${(0,core_record/* shortId */.m_)(learning.id)} is already enforced this way by constraint "${same.id}"`, { fix: 'nothing to do; see .agents/policy.json' });
        if ('forbidPattern' in fresh)
            compileForbidPattern(fresh, '--forbid-pattern');
        const text = renderPolicyWith(file, [...existing, fresh]);
        writeFileAtomic(git, (0,external_node_path_namespaceObject.join)(git.topLevel, core_record/* POLICY_PATH */.l$), text);
        constraint = fresh;
        restore = () => writeFileAtomic(git, (0,external_node_path_namespaceObject.join)(git.topLevel, core_record/* POLICY_PATH */.l$), file.text);
        return { schema: core_record/* RECORD_SCHEMA */.ep, type: 'promotion', seq: tip.nextSeq, prev: tip.heads, createdAt: new Date().toISOString(), ledger: tip.genesisId, learning: learning.id, constraint: fresh, author };
    }, { stage: true }).catch((error) => {
        restore?.();
        throw error;
    });
    await git.stage([core_record/* POLICY_PATH */.l$]);
    const made = constraint;
    if (values.json)
        cli.out(JSON.stringify(record, null, 2));
    else
        cli.out(record.id);
    cli.err([
        `promoted learning ${(0,core_record/* shortId */.m_)(learning.id)} to constraint "${made.id}" in ${core_record/* POLICY_PATH */.l$}: on ${made.paths.join(', ')}, ${describeRule(made)}`,
        `  ${core_record/* POLICY_PATH */.l$} and ${path} are staged`,
        `  the policy change is itself a change that needs a verdict: ao verdict pass --checker ${cli.env.AO_CHECKER ?? 'CHECKER-ID'}`,
        `  once committed, \`ao verify\`, the hooks and the action refuse changes that break it, naming the learning`,
    ].join('\n'));
    return 0;
}
async function cmdRetire(cli, args) {
    const { values, positionals } = parse('retire', args, { why: { type: 'string' }, ...BY_OPTIONS });
    if (values.help)
        return cli.out(HELP.retire), 0;
    const [id] = positionals;
    if (!id || positionals.length !== 1)
        throw new errors/* AoError */.VS('ao retire needs one constraint id', { fix: `ao retire no-console-log --why "the logger now redacts secrets"` });
    const why = values.why?.trim();
    if (!why)
        throw new errors/* AoError */.VS('ao retire needs --why: the ratchet only slips back on the record', { fix: `ao retire ${id} --why "what changed, so this no longer holds"` });
    if (why.length > 4000)
        throw new errors/* AoError */.VS(`--why is ${why.length} characters; the limit is 4000`, { fix: 'say it shorter, and link to the details' });
    const git = await (0,context/* openRepo */.B)(cli);
    const records = await readAllRecords(git);
    const author = await actorFrom(cli, git, values);
    const promotion = records.filter((r) => r.type === 'promotion' && r.constraint.id === id).at(-1);
    const inWorktree = cmd_learn_readWorktreePolicy(git).policy.constraints?.find((c) => c.id === id);
    // Taken out of the file by hand already: the retirement record is what is missing.
    const known = inWorktree ?? (await policyAt(git, await git.headCommit())).policy?.constraints?.find((c) => c.id === id) ?? promotion?.constraint;
    if (!known) {
        const ids = (cmd_learn_readWorktreePolicy(git).policy.constraints ?? []).map((c) => c.id);
        throw new errors/* AoError */.VS(`no constraint "${id}" in ${core_record/* POLICY_PATH */.l$}${ids.length ? ` (it has: ${ids.join(', ')})` : ' (it has none)'}`, { fix: 'name one of its constraints; see .agents/policy.json' });
    }
    if (!inWorktree && retirementIndex(records, compareRecords)(id)) {
        throw new errors/* AoError */.VS(`constraint "${id}" is not in ${core_record/* POLICY_PATH */.l$} and is already retired on record`, { fix: 'nothing to do; `ao log` shows the retirement' });
    }
    let restore;
    const { record, path } = await appendRecord(git, (tip) => {
        // Under the ledger lock: the policy edit and the record go in together.
        const file = cmd_learn_readWorktreePolicy(git);
        const existing = file.policy.constraints ?? [];
        if (existing.some((c) => c.id === id)) {
            writeFileAtomic(git, (0,external_node_path_namespaceObject.join)(git.topLevel, core_record/* POLICY_PATH */.l$), renderPolicyWith(file, existing.filter((c) => c.id !== id)));
            restore = () => writeFileAtomic(git, (0,external_node_path_namespaceObject.join)(git.topLevel, core_record/* POLICY_PATH */.l$), file.text);
        }
        return {
            schema: core_record/* RECORD_SCHEMA */.ep,
            type: 'retirement',
            seq: tip.nextSeq,
            prev: tip.heads,
            createdAt: new Date().toISOString(),
            ledger: tip.genesisId,
            constraint: id,
            learning: known.learning,
            ...(promotion ? { promotion: promotion.id } : {}),
            why,
            author,
        };
    }, { stage: true }).catch((error) => {
        restore?.();
        throw error;
    });
    await git.stage([core_record/* POLICY_PATH */.l$]);
    const learning = records.find((r) => r.type === 'learning' && r.id === known.learning);
    if (values.json)
        cli.out(JSON.stringify(record, null, 2));
    else
        cli.out(record.id);
    cli.err([
        `retired constraint "${id}" (${learnedIn(known, learning)})${inWorktree ? ` and took it out of ${core_record/* POLICY_PATH */.l$}` : `; it was already out of ${core_record/* POLICY_PATH */.l$}`}`,
        `  why: ${oneLine(why, 200)}`,
        `  ${inWorktree ? `${core_record/* POLICY_PATH */.l$} and ` : ''}${path} ${inWorktree ? 'are' : 'is'} staged`,
        inWorktree
            ? `  the policy change is itself a change that needs a verdict: ao verdict pass --checker ${shellQuote(cli.env.AO_CHECKER ?? 'CHECKER-ID')}`
            : `  commit it with the change that removed the constraint`,
        `  the learning stays in the ledger: \`ao context\` still shows it`,
    ].join('\n'));
    return 0;
}

;// CONCATENATED MODULE: ./src/cli/cmd-context.ts









async function cmdContext(cli, args) {
    const { values, positionals } = parse('context', expandMultiValue(args, ['--paths']), { staged: { type: 'boolean' }, commit: { type: 'string' }, paths: { type: 'string', multiple: true }, budget: { type: 'string' }, format: { type: 'string' } });
    if (values.help)
        return cli.out(HELP.context), 0;
    if (positionals.length > 0)
        throw new errors/* AoError */.VS(`ao context: unexpected ${JSON.stringify(positionals[0])}`, { fix: 'name paths with --paths P...' });
    const scopes = [values.staged ? '--staged' : '', values.commit !== undefined ? '--commit' : '', values.paths ? '--paths' : ''].filter(Boolean);
    if (scopes.length > 1)
        throw new errors/* AoError */.VS(`ao context: ${scopes.join(' and ')} cannot be combined`, { fix: 'pick one of --staged, --commit REV, --paths P...' });
    const format = values.format ?? 'md';
    if (format !== 'md' && format !== 'json')
        throw new errors/* AoError */.VS(`--format must be md or json, not ${JSON.stringify(format)}`, { fix: '--format json' });
    const budget = values.budget === undefined ? undefined : Number(values.budget);
    if (budget !== undefined && (!Number.isInteger(budget) || budget < 1 || budget > 10_000_000)) {
        throw new errors/* AoError */.VS(`--budget takes a positive whole number of tokens, not ${JSON.stringify(values.budget)}`, { fix: '--budget 2000' });
    }
    const git = await (0,context/* openRepo */.B)(cli);
    const paths = values.paths ?? (await scopePaths(git, values.commit !== undefined ? { kind: 'commit', rev: values.commit } : { kind: 'staged' }));
    const compiled = await compileContext(git, { paths, budget, format });
    cli.out(compiled.text.replace(/\n$/, ''));
    if (compiled.cut.applied) {
        cli.err(`ao context: cut to ${compiled.cut.budget} tokens (~${compiled.cut.tokens} used; the full context is ~${compiled.cut.fullTokens}); raise --budget for more`);
    }
    return 0;
}
/** The paths a change touches outside the ledger: the staged change, a commit, or a range. */
async function scopePaths(git, scope) {
    if (scope.kind === 'staged')
        return manifestPaths((await stagedChange(git, await git.headCommit(), undefined)).change.manifest);
    if (scope.kind === 'commit') {
        const commit = await git.resolveCommit(scope.rev, 'commit');
        const [info] = await git.listCommits(['-n', '1', commit]);
        return manifestPaths((await changesOfCommits(git, [info]))[0].change.manifest);
    }
    const base = await git.resolveCommit(scope.base, 'range base');
    const head = await git.resolveCommit(scope.head, 'range head');
    return manifestPaths((0,core_manifest/* buildManifest */.u1)(await git.diffTrees(base, head)));
}

;// CONCATENATED MODULE: ./src/cli/cmd-check.ts














const DEFAULT_TIMEOUT_S = 600;
const DEFAULT_JOBS = 4;
/** A record holds at most 200 evidence items; far fewer checkers are ever useful. */
const MAX_CHECKERS = 64;
async function cmdCheck(cli, args) {
    const { values, tokens } = parse('check', args, {
        ...SCOPE_OPTIONS,
        run: { type: 'string', multiple: true },
        judge: { type: 'string', multiple: true },
        'judge-name': { type: 'string', multiple: true },
        quorum: { type: 'string' },
        timeout: { type: 'string' },
        jobs: { type: 'string' },
        checker: { type: 'string' },
        'checker-kind': { type: 'string' },
        ...WORKER_OPTIONS,
        sign: { type: 'string' },
        json: { type: 'boolean' },
    }, false);
    if (values.help)
        return cli.out(HELP.check), 0;
    const scope = scopeFromFlags('check', values);
    const judges = judgesFromTokens(tokens ?? []);
    const runs = values.run ?? [];
    for (const command of [...runs, ...judges.map((j) => j.command)]) {
        if (command.trim() === '')
            throw new errors/* AoError */.VS('--run and --judge take a command, not an empty string', { fix: 'for example: --run "npm test"' });
    }
    if (runs.length + judges.length > MAX_CHECKERS)
        throw new errors/* AoError */.VS(`ao check runs at most ${MAX_CHECKERS} checkers at once`, { fix: 'fold several commands into one --run "a && b"' });
    const quorum = values.quorum === undefined ? undefined : wholeNumber(values.quorum, '--quorum', 1, MAX_CHECKERS);
    const timeoutS = values.timeout === undefined ? DEFAULT_TIMEOUT_S : positiveSeconds(values.timeout);
    const jobs = values.jobs === undefined ? DEFAULT_JOBS : wholeNumber(values.jobs, '--jobs', 1, MAX_CHECKERS);
    const checker = {
        id: values.checker ?? cli.env.AO_CHECKER ?? `ao-check@${(0,external_node_os_namespaceObject.hostname)()}`,
        kind: parseActorKind(values['checker-kind'] ?? 'tool', '--checker-kind'),
    };
    const workerKind = parseActorKind(values['worker-kind'], '--worker-kind');
    const git = await (0,context/* openRepo */.B)(cli);
    // Load the key before any checker runs: a bad key should fail fast, not after a long test run.
    const sign = await signerFromFlag(values.sign, { env: cli.env, cwd: cli.cwd });
    for (const warning of await signingAdvice(git, checker.id, sign))
        cli.err(`ao: warning: ${warning}`);
    const style = styleFor(process.stderr);
    let worker;
    const interrupt = new AbortController();
    const onSignal = () => interrupt.abort();
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    for (const name of signals)
        process.on(name, onSignal);
    let check;
    try {
        check = await runCheck(git, {
            scope,
            runs,
            judges,
            quorum,
            timeoutMs: Math.round(timeoutS * 1000),
            jobs,
            // What the ledger knows about the touched paths (docs/ratchet.md#the-context-compiler).
            context: judges.length > 0 ? await contextForJudges(git, await scopePaths(git, scope)) : '',
            parentEnv: cli.env,
            signal: interrupt.signal,
            beforeRunning: (resolved) => {
                worker = workerFrom(cli, values, workerKind, resolved.authors);
                refuseDependentChecker(checker, worker);
                for (const judge of judges)
                    refuseDependentChecker({ id: judge.reviewer, kind: 'agent' }, worker);
            },
            onEvent: (event) => cli.err(renderEvent(event, { timeoutS, jobs }, style)),
        });
    }
    finally {
        for (const name of signals)
            process.off(name, onSignal);
    }
    const { record, path } = await recordCheck(git, check, { checker, worker: worker, stage: scope.kind === 'staged', sign });
    cli.err(renderConclusion(check, style));
    if (check.cleanupProblem)
        cli.err(style.dim(`  note: ${check.cleanupProblem}`));
    cli.err(`recorded ${check.decision.verdict} ${(0,core_record/* shortId */.m_)(record.id)} for the ${check.resolved.label} by ${checker.id}\n` +
        (scope.kind === 'staged' ? `  ${path} is staged: it lands with the commit` : `  ${path} is written: commit it with \`git add .agents/ledger && git commit -m "Record verdict"\``));
    cli.out(values.json ? JSON.stringify(record, null, 2) : record.id);
    return check.decision.verdict === 'pass' ? 0 : 1;
}
/** Pairs each --judge with the --judge-name that follows it (before the next --judge). */
function judgesFromTokens(tokens) {
    const specs = [];
    for (const token of tokens) {
        if (token.kind !== 'option')
            continue;
        if (token.name === 'judge')
            specs.push({ command: token.value ?? '' });
        if (token.name === 'judge-name') {
            const last = specs.at(-1);
            if (!last)
                throw new errors/* AoError */.VS('--judge-name names the --judge before it, and none comes before it', { fix: 'write it after its judge: --judge "claude -p ..." --judge-name claude' });
            if (last.name !== undefined)
                throw new errors/* AoError */.VS(`the judge ${JSON.stringify(last.command)} is named twice`, { fix: 'give each --judge at most one --judge-name, right after it' });
            last.name = validateJudgeName(token.value ?? '');
        }
    }
    return specs.map((spec) => ({ command: spec.command, reviewer: judgeId(spec.name ?? judgeNameFromCommand(spec.command)) }));
}
function wholeNumber(text, flag, min, max) {
    const value = Number(text);
    if (!/^[0-9]+$/.test(text) || value < min || value > max)
        throw new errors/* AoError */.VS(`${flag} takes a whole number from ${min} to ${max}, not ${JSON.stringify(text)}`, { fix: `for example: ${flag} 2` });
    return value;
}
function positiveSeconds(text) {
    const value = Number(text);
    if (!/^[0-9]+(\.[0-9]+)?$/.test(text) || value <= 0 || value > 86_400) {
        throw new errors/* AoError */.VS(`--timeout takes seconds (more than 0, at most 86400), not ${JSON.stringify(text)}`, { fix: 'for example: --timeout 300' });
    }
    return value;
}
function renderEvent(event, settings, style) {
    if (event.type === 'start') {
        const { resolved } = event;
        const paths = resolved.subject.entries.length;
        return [
            style.bold(`ao check: the ${resolved.label} (${paths} path${paths === 1 ? '' : 's'}, digest ${(0,core_record/* shortId */.m_)(resolved.subject.digest)})`),
            style.dim(`  ${event.checkers} checker${event.checkers === 1 ? '' : 's'}, each in a fresh checkout of tree ${event.tree.slice(0, 12)} outside this one; timeout ${settings.timeoutS} s, ${settings.jobs} at a time`),
            style.dim(`  policy: ${event.policySource}`),
        ].join('\n');
    }
    return renderChecker(event.checker, style).join('\n');
}
function renderChecker(checker, style) {
    if (checker.kind === 'run') {
        const { outcome } = checker;
        const mark = checker.passed ? style.ok('✔') : style.bad('✘');
        const lines = [`  ${mark} run    ${truncate(cmd_check_oneLine(checker.command), 60)}  ${checker.passed ? 'passed' : style.bad('failed')} (${describeEnd(outcome)}, ${seconds(outcome.durationMs)})`];
        if (!checker.passed && checker.evidence.kind === 'test' && checker.evidence.outputTail) {
            for (const line of checker.evidence.outputTail.split('\n').slice(-10))
                lines.push(style.dim(`      │ ${line}`));
        }
        return lines;
    }
    return renderJudge(checker.result, style);
}
function renderJudge(result, style) {
    const mark = result.verdict === 'pass' ? style.ok('✔') : result.verdict === 'warn' ? style.ok('~') : result.verdict === 'fail' ? style.bad('✘') : style.bad('!');
    const model = result.review?.model ? ` (${result.review.model}${result.family ? `, ${result.family}` : ''})` : result.family ? ` (${result.family})` : '';
    const word = result.verdict === 'pass' || result.verdict === 'warn' ? result.verdict : style.bad(result.verdict);
    const lines = [`  ${mark} judge  ${result.reviewer}${model}  ${word} (${seconds(result.durationMs)})`];
    if (result.error)
        lines.push(`      ${style.bad(truncate(cmd_check_oneLine(result.error), 300))}`);
    if (result.review) {
        lines.push(style.dim(`      ${truncate(cmd_check_oneLine(result.review.summary), 200)}`));
        for (const finding of result.review.findings ?? []) {
            const where = finding.location ? ` ${finding.location.path}${finding.location.line ? `:${finding.location.line}` : ''}` : '';
            lines.push(`      ${finding.severity} ${finding.category}${where}: ${truncate(cmd_check_oneLine(finding.description), 200)}`);
            if (finding.suggestedFix)
                lines.push(style.dim(`        fix: ${truncate(cmd_check_oneLine(finding.suggestedFix), 200)}`));
        }
    }
    return lines;
}
function renderConclusion(check, style) {
    const { decision } = check;
    const lines = [];
    if (decision.judges.distinct > 0) {
        lines.push(`  council: ${decision.judges.passed} of ${decision.judges.distinct} judges passed (quorum ${decision.judges.quorum}); model families: ${decision.families.join(', ') || 'none known'}` +
            (decision.judges.duplicates.length ? style.dim(` (counted once: ${decision.judges.duplicates.join(', ')})`) : ''));
    }
    lines.push(`verdict: ${decision.verdict === 'pass' ? style.ok('PASS') : style.bad('FAIL')}${decision.reasons.length ? `: ${decision.reasons.join('; ')}` : ''}`);
    return lines.join('\n');
}
function cmd_check_oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}

;// CONCATENATED MODULE: ./src/cli/cmd-checkers.ts










const HEADER = `# Trusted checker keys for signed verdicts (policy "requireSignature": true).
# Format: git/ssh-keygen allowed_signers: CHECKER-ID [options] KEYTYPE BASE64 [comment].
# Only the copy at a change's base counts: add keys through a reviewed change. See docs/signing.md.
`;
async function cmdCheckers(cli, args) {
    const [sub, ...rest] = args;
    if (sub === undefined || sub === '--help' || sub === '-h')
        return cli.out(HELP.checkers), sub === undefined ? 2 : 0;
    if (sub === 'add')
        return checkersAdd(cli, rest);
    if (sub === 'list')
        return checkersList(cli, rest);
    throw new errors/* AoError */.VS(`unknown command: ao checkers ${sub}`, { fix: 'ao checkers add CHECKER-ID PUBKEY-FILE, or ao checkers list' });
}
/** A checker id must be one literal principal: no spaces, lists, patterns or quotes. */
function checkCheckerId(id) {
    if (id === '' || /[\s,"*?!]/.test(id) || id.startsWith('#')) {
        throw new errors/* AoError */.VS(`checker id ${JSON.stringify(id)} cannot be a principal in ${CHECKERS_PATH}: no spaces, commas, quotes or * ? ! patterns`, {
            fix: 'use the id the checker records verdicts under, e.g. reviewer@example.com (--checker)',
        });
    }
}
function readPublicKeyFile(cli, path) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)((0,external_node_path_namespaceObject.resolve)(cli.cwd, path), 'utf8');
    }
    catch (error) {
        throw new errors/* AoError */.VS(`cannot read ${path}: ${error.code ?? error.message}`, { fix: 'pass a public key file, e.g. ~/.ssh/id_ed25519.pub' });
    }
    if (text.includes('PRIVATE KEY-----')) {
        throw new errors/* AoError */.VS(`${path} is a private key; ${CHECKERS_PATH} holds public keys only`, { fix: `pass ${path}.pub instead` });
    }
    const line = text.split(/\r?\n/).find((l) => l.trim() !== '' && !l.trim().startsWith('#')) ?? '';
    try {
        return { key: parsePublicKey(line), comment: line.trim().split(/\s+/).slice(2).join(' ') };
    }
    catch (error) {
        if (error instanceof SshSigError)
            throw new errors/* AoError */.VS(`${path} is not an SSH public key: ${error.message}`, { fix: 'pass a public key file, e.g. ~/.ssh/id_ed25519.pub' });
        throw error;
    }
}
async function checkersAdd(cli, args) {
    const { values, positionals } = parse('checkers', args, {});
    if (values.help)
        return cli.out(HELP.checkers), 0;
    if (positionals.length !== 2)
        throw new errors/* AoError */.VS('ao checkers add needs CHECKER-ID and PUBKEY-FILE', { fix: 'for example: ao checkers add reviewer@example.com ~/.ssh/id_ed25519.pub' });
    const [id, keyFile] = positionals;
    checkCheckerId(id);
    const { key, comment } = readPublicKeyFile(cli, keyFile);
    const git = await (0,context/* openRepo */.B)(cli);
    const file = (0,external_node_path_namespaceObject.join)(git.topLevel, CHECKERS_PATH);
    const current = (0,external_node_fs_.existsSync)(file) ? (0,external_node_fs_.readFileSync)(file, 'utf8') : '';
    let signers;
    try {
        signers = parseAllowedSigners(current, CHECKERS_PATH);
    }
    catch (error) {
        if (error instanceof SshSigError)
            throw new errors/* AoError */.VS(error.message, { fix: `correct that line of ${CHECKERS_PATH} first (format: docs/signing.md)` });
        throw error;
    }
    if (isKeyAllowed(signers, id, key, SIGNATURE_NAMESPACE)) {
        cli.err(`${CHECKERS_PATH} already trusts ${key.fingerprint} for ${id}; nothing to do`);
        return 0;
    }
    const line = `${id} namespaces="${SIGNATURE_NAMESPACE}" ${key.text}${comment ? ` ${comment}` : ''}`;
    const base = current === '' ? HEADER : current.endsWith('\n') ? current : `${current}\n`;
    writeFileAtomic(git, file, `${base}${line}\n`);
    cli.out(line);
    cli.err(`added ${key.fingerprint} (${key.type}) for ${id} to ${CHECKERS_PATH}\n` +
        `  it counts once a reviewed change carrying it is the base of later changes: commit it, get it checked, merge it`);
    return 0;
}
async function checkersList(cli, args) {
    const { values } = parse('checkers', args, { json: { type: 'boolean' } }, false);
    if (values.help)
        return cli.out(HELP.checkers), 0;
    const git = await (0,context/* openRepo */.B)(cli);
    const file = (0,external_node_path_namespaceObject.join)(git.topLevel, CHECKERS_PATH);
    if (!(0,external_node_fs_.existsSync)(file))
        throw new errors/* AoError */.VS(`${CHECKERS_PATH} does not exist`, { fix: 'add a key with `ao checkers add CHECKER-ID ~/.ssh/id_ed25519.pub`' });
    let signers;
    try {
        signers = parseAllowedSigners((0,external_node_fs_.readFileSync)(file, 'utf8'), CHECKERS_PATH);
    }
    catch (error) {
        if (error instanceof SshSigError)
            throw new errors/* AoError */.VS(error.message, { fix: `correct that line of ${CHECKERS_PATH} (format: docs/signing.md)` });
        throw error;
    }
    const rows = signers.map((s) => ({
        line: s.line,
        checkers: s.principals,
        key: s.publicKey ? s.publicKey.fingerprint : s.keyText.split(' ')[0],
        type: s.keyText.split(' ')[0],
        namespaces: s.namespaces ?? null,
        validAfter: s.validAfter?.toISOString() ?? null,
        validBefore: s.validBefore?.toISOString() ?? null,
        unusable: s.unusableReason ?? null,
    }));
    if (values.json)
        cli.out(JSON.stringify(rows, null, 2));
    else {
        for (const row of rows) {
            const extras = [row.namespaces !== null ? `namespaces=${row.namespaces}` : '', row.validAfter ? `after ${row.validAfter}` : '', row.validBefore ? `before ${row.validBefore}` : '', row.unusable ? `UNUSABLE: ${row.unusable}` : '']
                .filter(Boolean)
                .join(', ');
            cli.out(`${String(row.line).padStart(4)}  ${row.checkers}  ${row.key} (${row.type})${extras ? `  ${extras}` : ''}`);
        }
        if (rows.length === 0)
            cli.err(`${CHECKERS_PATH} lists no keys`);
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/cli/cmd-demo.ts









/**
 * A scripted walk in a throwaway repository, driving the real `ao` binary and real git
 * hooks: what a user would type, and what they would see.
 */
async function cmdDemo(cli, args) {
    const { values } = parse('demo', args, { keep: { type: 'boolean' } }, false);
    if (values.help)
        return cli.out(HELP.demo), 0;
    const style = styleFor(process.stdout);
    const aoBin = process.argv[1];
    if (!aoBin)
        throw new errors/* AoError */.VS('cannot tell where the ao binary is', { fix: 'run the demo as `npx ao demo` or `npm run demo`' });
    const dir = (0,external_node_fs_.realpathSync)((0,external_node_fs_.mkdtempSync)((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), 'ao-demo-')));
    const agent = { GIT_AUTHOR_NAME: 'Coding Agent', GIT_AUTHOR_EMAIL: 'agent@example.com', GIT_COMMITTER_NAME: 'Coding Agent', GIT_COMMITTER_EMAIL: 'agent@example.com' };
    const env = { ...process.env, ...agent, AO_BIN: aoBin, HUSKY: '', NO_COLOR: '1', GIT_CONFIG_NOSYSTEM: '1', HOME: dir };
    const expectations = [];
    const step = (title) => cli.out(`\n${style.bold(`== ${title}`)}`);
    const run = (label, command, argv, expect, input) => {
        cli.out(style.dim(`$ ${label}`));
        const result = (0,external_node_child_process_.spawnSync)(command, argv, { cwd: dir, env, encoding: 'utf8', input });
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
        (0,external_node_child_process_.spawnSync)('git', ['init', '-q', '-b', 'main'], { cwd: dir, env });
        ao(['init', '--hooks', 'git']);
        git(['add', '.agents']);
        git(['commit', '-q', '-m', 'Set up agentops/verdict']);
        step('The agent writes code and tries to commit it: refused, no one checked it');
        (0,external_node_fs_.mkdirSync)((0,external_node_path_namespaceObject.join)(dir, 'src'));
        (0,external_node_fs_.writeFileSync)((0,external_node_path_namespaceObject.join)(dir, 'src/add.js'), 'export const add = (a, b) => a + b;\n');
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
        const record = listWorktreeLedger(dir).filter((p) => p.endsWith('.json')).at(-1);
        const text = (0,external_node_fs_.readFileSync)((0,external_node_path_namespaceObject.join)(dir, record), 'utf8');
        (0,external_node_fs_.writeFileSync)((0,external_node_path_namespaceObject.join)(dir, record), text.replace('add() is correct', 'add() is perfect'));
        ao(['ledger', 'verify', '--since', 'HEAD'], 'fail');
        git(['checkout', '--', record]);
        ao(['ledger', 'verify']);
    }
    finally {
        if (values.keep)
            cli.out(`\nkept ${dir}`);
        else
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
    if (expectations.length > 0) {
        cli.err(`demo: ${expectations.length} step(s) did not behave as expected: ${expectations.join('; ')}`);
        return 1;
    }
    cli.out(`\n${style.ok('demo complete')}: a commit refused, a verdict by a second identity, the commit accepted, a tampered record caught.`);
    return 0;
}

;// CONCATENATED MODULE: ./src/cli/cmd-hook.ts





async function cmdHook(cli, args) {
    const [name, ...rest] = args;
    if (name === '--help' || name === '-h')
        return cli.out(HELP.hook), 0;
    if (cli.env.HUSKY === '0')
        return 0;
    if (name === 'pre-commit')
        return preCommit(cli);
    if (name === 'pre-push')
        return prePush(cli, rest);
    throw new errors/* AoError */.VS(`unknown hook ${JSON.stringify(name ?? '')}`, { fix: 'ao hook pre-commit, or ao hook pre-push REMOTE URL' });
}
async function preCommit(cli) {
    const git = await (0,context/* openRepo */.B)(cli);
    const report = await verify(git, { kind: 'staged' }, { checkerHint: cli.env.AO_CHECKER });
    const style = styleFor(process.stderr);
    if (report.ok) {
        const decision = report.decisions[0];
        if (decision?.outcome === 'covered')
            cli.err(`agentops/verdict: ${decision.reason}`);
        return 0;
    }
    // In range mode the push is what must be covered: the commit hook only warns.
    const warnOnly = report.policy.mode === 'range' && report.ledger.problems.length === 0;
    cli.err(renderReport(report, style));
    if (warnOnly) {
        cli.err(style.dim('agentops/verdict: policy mode is "range": committing anyway; the push will need a verdict for the whole change.'));
        return 0;
    }
    const byConstraint = report.decisions.some((d) => d.failedRule === 'constraint' || d.failedRule === 'ratchet');
    cli.err(byConstraint
        ? `\nagentops/verdict refused this commit: it breaks a constraint promoted from a learning. Fix what it names, then commit again.`
        : `\nagentops/verdict refused this commit. Record a verdict from a checker that did not write the change, then commit again.`);
    return 1;
}
function parsePushLines(input) {
    const lines = [];
    for (const raw of input.split('\n')) {
        const line = raw.trim();
        if (!line)
            continue;
        const parts = line.split(' ');
        if (parts.length !== 4) {
            throw new errors/* AoError */.VS(`unexpected pre-push input line: ${JSON.stringify(line)}`, { fix: 'run this only from git\'s pre-push hook (`ao init` installs it)' });
        }
        const [localRef, localSha, remoteRef, remoteSha] = parts;
        lines.push({ localRef, localSha, remoteRef, remoteSha });
    }
    return lines;
}
/** The commits one pushed ref adds to the remote, as a verification scope. */
async function pushScope(git, remote, line) {
    if (/^0+$/.test(line.localSha))
        return undefined; // a deletion checks nothing
    const notOnRemote = { kind: 'revlist', head: line.localSha, exclude: [`--remotes=${remote}`], label: `${line.localRef} -> ${remote} ${line.remoteRef}` };
    if (line.remoteSha === git.zeroId || /^0+$/.test(line.remoteSha))
        return notOnRemote;
    const [known] = await git.resolveCommits([line.remoteSha]);
    // A force push over commits never fetched: judge what no ref of that remote has yet.
    if (!known)
        return notOnRemote;
    return { kind: 'range', base: line.remoteSha, head: line.localSha };
}
/**
 * The pre-commit framework runs pre-push hooks without git's stdin, describing the push in
 * PRE_COMMIT_* variables instead: rebuild the one line git would have sent.
 */
function preCommitFrameworkLine(env) {
    const to = env.PRE_COMMIT_TO_REF;
    if (!to)
        return undefined;
    const from = env.PRE_COMMIT_FROM_REF || '0'.repeat(to.length === 64 ? 64 : 40);
    return `${env.PRE_COMMIT_LOCAL_BRANCH || 'HEAD'} ${to} ${env.PRE_COMMIT_REMOTE_BRANCH || 'HEAD'} ${from}`;
}
async function prePush(cli, args) {
    const [remote = cli.env.PRE_COMMIT_REMOTE_NAME || 'origin'] = args;
    let input = await cli.stdin();
    if (!input.trim())
        input = preCommitFrameworkLine(cli.env) ?? '';
    const lines = parsePushLines(input);
    if (lines.length === 0)
        return 0;
    const git = await (0,context/* openRepo */.B)(cli);
    const style = styleFor(process.stderr);
    const reports = [];
    for (const line of lines) {
        const scope = await pushScope(git, remote, line);
        if (!scope)
            continue;
        reports.push(await verify(git, scope, { checkerHint: cli.env.AO_CHECKER }));
    }
    const failed = reports.filter((r) => !r.ok);
    for (const report of failed)
        cli.err(renderReport(report, style));
    if (failed.length > 0) {
        cli.err(`\nagentops/verdict refused this push: ${failed.length} of ${reports.length} ref${reports.length === 1 ? '' : 's'} carry changes without a passing, independent verdict.`);
        return 1;
    }
    const checked = reports.reduce((n, r) => n + r.counts.checked, 0);
    if (checked > 0)
        cli.err(`agentops/verdict: ${checked} commit${checked === 1 ? '' : 's'} covered`);
    return 0;
}

// EXTERNAL MODULE: ./src/core/canonical.ts
var canonical = __nccwpck_require__(457);
;// CONCATENATED MODULE: ./src/cli/hook-scripts.ts
/**
 * The plain POSIX sh hooks. `hooks/` in the package holds exactly these texts (a test
 * keeps them equal); `ao init --hooks git` installs them into git's hooks directory.
 */
const FIND_AO = `root=$(git rev-parse --show-toplevel) || exit 2
if [ -n "\${AO_BIN:-}" ]; then ao=$AO_BIN
elif [ -x "$root/node_modules/.bin/ao" ]; then ao=$root/node_modules/.bin/ao
elif command -v ao >/dev/null 2>&1; then ao=ao
else
  echo "agentops/verdict: the ao command was not found, so this change cannot be checked." >&2
  echo "  fix: run \\\`npm install\\\` (or \\\`npm i -D @agentops/verdict\\\`), or set AO_BIN to the ao binary" >&2
  exit 2
fi`;
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

;// CONCATENATED MODULE: ./src/cli/cmd-init.ts













const HOOKS = ['pre-commit', 'pre-push'];
const GITATTRIBUTES = `# Ledger records are hashed byte for byte: never convert their line endings.
ledger/** -text
`;
async function cmdInit(cli, args) {
    const { values } = parse('init', args, { hooks: { type: 'string' } }, false);
    if (values.help)
        return cli.out(HELP.init), 0;
    const mode = values.hooks;
    if (mode !== undefined && !['husky', 'git', 'none'].includes(mode)) {
        throw new errors/* AoError */.VS(`--hooks must be husky, git or none, not ${JSON.stringify(mode)}`, { fix: 'ao init --hooks git' });
    }
    const git = await (0,context/* openRepo */.B)(cli);
    const top = git.topLevel;
    const did = [];
    const policyFile = (0,external_node_path_namespaceObject.join)(top, core_record/* POLICY_PATH */.l$);
    if (!(0,external_node_fs_.existsSync)(policyFile)) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_namespaceObject.dirname)(policyFile), { recursive: true });
        (0,external_node_fs_.writeFileSync)(policyFile, (0,canonical/* renderJsonFile */.Xv)(defaultPolicy()));
        did.push(`created ${core_record/* POLICY_PATH */.l$} (mode "commit": every commit needs a verdict)`);
    }
    const attributes = (0,external_node_path_namespaceObject.join)(top, '.agents/.gitattributes');
    if (!(0,external_node_fs_.existsSync)(attributes)) {
        (0,external_node_fs_.writeFileSync)(attributes, GITATTRIBUTES);
        did.push('created .agents/.gitattributes (records keep their exact bytes)');
    }
    await withLedgerLock(git, async () => {
        const genesis = listWorktreeLedger(top).map(core_record/* parseRecordPath */.OT).find((parts) => parts?.seq === 0);
        if (genesis)
            return;
        const record = (0,core_record/* newGenesis */.Xz)();
        writeFileAtomic(git, (0,external_node_path_namespaceObject.join)(top, (0,core_record/* recordPath */.lX)(0, record.id)), (0,core_record/* renderRecord */.sF)(record));
        did.push(`created the ledger's genesis record ${(0,core_record/* shortId */.m_)(record.id)}`);
    });
    const hookMode = mode ?? ((0,external_node_fs_.existsSync)((0,external_node_path_namespaceObject.join)(top, 'package.json')) ? 'husky' : 'git');
    if (hookMode === 'husky')
        did.push(...installHusky(top, cli));
    else if (hookMode === 'git')
        did.push(...(await installGitHooks(git)));
    cli.err(did.length ? did.map((line) => `ao init: ${line}`).join('\n') : 'ao init: already set up; nothing to do');
    cli.err(`next: commit the set-up with \`git add .agents && git commit -m "Set up agentops/verdict"\``);
    return 0;
}
function installHusky(top, cli) {
    const did = [];
    const huskyBin = (0,external_node_path_namespaceObject.join)(top, 'node_modules', 'husky', 'bin.js');
    if (!(0,external_node_fs_.existsSync)(huskyBin)) {
        throw new errors/* AoError */.VS('husky is not installed in this repository, so the hooks cannot be set up with it', {
            fix: 'run `npm i -D husky` and then `ao init` again, or install plain git hooks with `ao init --hooks git`',
        });
    }
    for (const hook of HOOKS) {
        const file = (0,external_node_path_namespaceObject.join)(top, '.husky', hook);
        const line = HUSKY_LINES[hook];
        const current = (0,external_node_fs_.existsSync)(file) ? (0,external_node_fs_.readFileSync)(file, 'utf8') : '';
        if (current.split('\n').some((l) => l.trim() === line))
            continue;
        (0,external_node_fs_.mkdirSync)((0,external_node_path_namespaceObject.dirname)(file), { recursive: true });
        (0,external_node_fs_.writeFileSync)(file, `${current}${current && !current.endsWith('\n') ? '\n' : ''}${line}\n`, { mode: 0o755 });
        did.push(`${current ? 'added to' : 'created'} .husky/${hook}: ${line}`);
    }
    if (cli.env.HUSKY !== '0') {
        (0,external_node_child_process_.execFileSync)(process.execPath, [huskyBin], { cwd: top, stdio: 'ignore' });
        did.push('ran husky (core.hooksPath is .husky/_)');
    }
    const pkgFile = (0,external_node_path_namespaceObject.join)(top, 'package.json');
    try {
        const text = (0,external_node_fs_.readFileSync)(pkgFile, 'utf8');
        const pkg = JSON.parse(text);
        if (!pkg.scripts?.prepare) {
            pkg.scripts = { ...pkg.scripts, prepare: 'husky' };
            const indent = /^([ \t]+)"/m.exec(text)?.[1] ?? '  ';
            (0,external_node_fs_.writeFileSync)(pkgFile, `${JSON.stringify(pkg, null, indent)}\n`);
            did.push('added "prepare": "husky" to package.json, so fresh clones get the hooks on npm install');
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
async function installGitHooks(git) {
    const did = [];
    const hooksDir = await git.gitPath('hooks');
    (0,external_node_fs_.mkdirSync)(hooksDir, { recursive: true });
    const shown = (0,external_node_path_namespaceObject.relative)(git.topLevel, hooksDir) || hooksDir;
    for (const hook of HOOKS) {
        const file = (0,external_node_path_namespaceObject.join)(hooksDir, hook);
        const script = HOOK_SCRIPTS[hook];
        if ((0,external_node_fs_.existsSync)(file)) {
            const current = (0,external_node_fs_.readFileSync)(file, 'utf8');
            if (current === script)
                continue;
            if (!current.includes(HOOK_MARKER)) {
                const kept = `${file}.pre-ao`;
                if ((0,external_node_fs_.existsSync)(kept)) {
                    throw new errors/* AoError */.VS(`${shown}/${hook} is not ours and ${shown}/${hook}.pre-ao already exists, so it cannot be kept safely`, {
                        fix: `merge the two by hand, remove ${shown}/${hook}, and run \`ao init --hooks git\` again`,
                    });
                }
                (0,external_node_fs_.renameSync)(file, kept);
                (0,external_node_fs_.chmodSync)(kept, 0o755);
                did.push(`kept your ${hook} hook as ${shown}/${hook}.pre-ao (it still runs first)`);
            }
        }
        (0,external_node_fs_.writeFileSync)(file, script, { mode: 0o755 });
        (0,external_node_fs_.chmodSync)(file, 0o755);
        did.push(`installed ${shown}/${hook}`);
    }
    return did;
}

;// CONCATENATED MODULE: ./src/core/intoto.ts


/**
 * A verdict as an in-toto Statement v1 whose predicate is a SLSA Verification Summary
 * (https://slsa.dev/verification_summary/v1), so supply-chain tooling can read the ledger.
 * Mapping (docs/ratchet.md#in-toto):
 *   subject[0]          the change digest: { name: <what it covers>, digest: { sha256 } }
 *   subject[1..]        the commits the change landed in: { digest: { gitCommit } }
 *   verifier.id         the checker, as a URI (mailto: for an email address)
 *   timeVerified        the record's createdAt
 *   resourceUri         <repo URI>@<commit> when both are known, else urn:agentops-verdict:change:sha256:<hex>
 *   policy.uri          the rule a verdict vouches for: an independent check of the change
 *   inputAttestations   the ledger record itself (its path and the SHA-256 of its file)
 *   verificationResult  PASSED for a pass, FAILED for a fail
 *   verifiedLevels      AGENTOPS_INDEPENDENT_CHECK for an independent pass, FAILED for a fail
 * Everything else a verdict says sits under the extension field EXTENSION_FIELD, as the VSA
 * parsing rules allow (extension field names are URIs; consumers ignore what they do not know).
 */
const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
const VSA_PREDICATE_TYPE = 'https://slsa.dev/verification_summary/v1';
const EXTENSION_FIELD = 'https://agentops.dev/verdict/v1';
const INDEPENDENT_CHECK_POLICY = 'https://agentops.dev/verdict/policy/independent-check/v1';
const INDEPENDENT_CHECK_LEVEL = 'AGENTOPS_INDEPENDENT_CHECK';
/** An actor id as a URI: an email becomes mailto:, a URI stays, anything else becomes a URN. */
function actorUri(actor) {
    if (/^[^\s@:/]+@[^\s@:/]+\.[^\s@:/]+$/.test(actor.id))
        return `mailto:${actor.id}`;
    if (/^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/.test(actor.id))
        return actor.id;
    return `urn:agentops-verdict:${actor.kind}:${encodeURIComponent(actor.id)}`;
}
function subjectLabel(record) {
    const s = record.subject;
    if (s.kind === 'commit')
        return `commit ${s.commit}`;
    if (s.kind === 'range')
        return `range ${s.base}..${s.head}`;
    return 'staged change';
}
function verdictStatement(record, context) {
    const s = record.subject;
    const landed = [...new Set([...(s.kind === 'commit' ? [s.commit] : []), ...context.commits])];
    const resourceCommit = s.kind === 'commit' ? s.commit : s.kind === 'range' ? s.head : landed[0];
    const resourceUri = context.repoUri && resourceCommit ? `${context.repoUri}@${resourceCommit}` : `urn:agentops-verdict:change:sha256:${(0,core_record/* idHex */.p0)(s.digest)}`;
    const independent = !independenceProblem(record);
    const passed = record.verdict === 'pass';
    return {
        _type: STATEMENT_TYPE,
        subject: [
            { name: subjectLabel(record), digest: { sha256: (0,core_record/* idHex */.p0)(s.digest) } },
            ...landed.map((commit) => ({ name: `git commit ${commit}`, digest: { gitCommit: commit } })),
        ],
        predicateType: VSA_PREDICATE_TYPE,
        predicate: {
            verifier: { id: actorUri(record.checker) },
            timeVerified: record.createdAt,
            resourceUri,
            policy: { uri: INDEPENDENT_CHECK_POLICY },
            inputAttestations: [{ name: context.recordPath, digest: { sha256: context.recordSha256 } }],
            verificationResult: passed ? 'PASSED' : 'FAILED',
            verifiedLevels: passed ? (independent ? [INDEPENDENT_CHECK_LEVEL] : []) : ['FAILED'],
            slsaVersion: '1.0',
            [EXTENSION_FIELD]: {
                record: record.id,
                ledger: record.ledger,
                seq: record.seq,
                subject: {
                    kind: s.kind,
                    digest: s.digest,
                    paths: s.entries.length,
                    ...(s.kind === 'commit' ? { commit: s.commit } : {}),
                    ...(s.kind === 'range' ? { base: s.base, head: s.head, commits: s.commits } : {}),
                },
                verdict: record.verdict,
                checker: record.checker,
                worker: record.worker,
                independent,
                summary: record.summary,
                evidence: record.evidence,
                ...(record.signature ? { signature: record.signature } : {}),
            },
        },
    };
}

;// CONCATENATED MODULE: ./src/core/metrics.ts



/** Weeks shown in the trend: the most recent this many that hold data, gaps included. */
const MAX_WEEKS = 104;
function computeMetrics(input) {
    const sinceMs = input.since ? Date.parse(input.since) : -Infinity;
    const records = [...input.records].sort(compareRecords).filter((r) => Date.parse(r.createdAt) >= sinceMs);
    const allVerdicts = [...input.records].filter((r) => r.type === 'verdict').sort(compareRecords);
    const commits = input.commits.filter((c) => c.committedAt * 1000 >= sinceMs && c.paths.length > 0).sort((a, b) => a.committedAt - b.committedAt || (a.sha < b.sha ? -1 : 1));
    // Coverage counts only commits made under agentops/verdict: not the one that set it up, nor its ancestors.
    const preAdoption = adoptionAncestry(input.commits);
    const enforced = commits.filter((c) => !preAdoption.has(c.sha));
    // Coverage: the latest verdict naming a commit's digest decides, as `ao verify` does
    // (whatever its date: a verdict from before the window still covers a commit in it).
    const latest = latestByDigest(allVerdicts);
    const coveredBy = (c) => {
        const v = latest.get(c.digest);
        return v?.verdict === 'pass' ? v : undefined;
    };
    const uncovered = enforced.filter((c) => !coveredBy(c)).map((c) => c.sha);
    const verdicts = records.filter((r) => r.type === 'verdict');
    const subjects = groupSubjects(verdicts);
    const firstPassed = subjects.filter((s) => s.verdicts[0].verdict === 'pass');
    const cycles = subjects.flatMap((s) => s.cycles);
    const constraints = constraintMetrics(input.records, commits, allVerdicts, latest, sinceMs);
    const weekly = weeklyMetrics(enforced, coveredBy, subjects, records);
    const adoption = input.commits.find((c) => c.adopts);
    return {
        since: input.since ?? null,
        coverage: {
            adoptedIn: adoption?.sha ?? null,
            commits: enforced.length,
            covered: enforced.length - uncovered.length,
            share: ratio(enforced.length - uncovered.length, enforced.length),
            uncovered,
        },
        firstPass: { subjects: subjects.length, firstPassed: firstPassed.length, rate: ratio(firstPassed.length, subjects.length) },
        rework: {
            subjectsReworked: subjects.filter((s) => s.cycles.length > 0).length,
            cycles: cycles.length,
            cyclesPerSubject: ratio(cycles.length, subjects.length),
            stillFailing: subjects.filter((s) => s.verdicts.at(-1).verdict === 'fail').length,
            failToPass: durationStats(cycles.map((c) => c.hours)),
        },
        constraints,
        learnings: {
            recorded: records.filter((r) => r.type === 'learning').length,
            promoted: records.filter((r) => r.type === 'promotion').length,
            retired: records.filter((r) => r.type === 'retirement').length,
        },
        weekly,
    };
}
/** The commit that adopted agentops/verdict and every ancestor of it (among the commits given). */
function adoptionAncestry(commits) {
    const bySha = new Map(commits.map((c) => [c.sha, c]));
    const seen = new Set();
    const stack = commits.filter((c) => c.adopts).map((c) => c.sha);
    while (stack.length > 0) {
        const sha = stack.pop();
        if (seen.has(sha))
            continue;
        seen.add(sha);
        for (const parent of bySha.get(sha)?.parents ?? [])
            stack.push(parent);
    }
    return seen;
}
function latestByDigest(verdicts) {
    const latest = new Map();
    for (const v of verdicts)
        for (const d of digestsNamedBy(v))
            latest.set(d, v); // sorted: later wins
    return latest;
}
/**
 * Groups verdicts into subjects, one piece of work each (docs/metrics.md#subjects): a verdict
 * on a digest already seen joins that digest's subject; otherwise it continues the most recent
 * open subject (last verdict a fail) of the same worker whose paths overlap its own; otherwise
 * it starts a new subject.
 */
function groupSubjects(verdicts) {
    const subjects = [];
    const byDigest = new Map();
    for (const v of [...verdicts].sort(compareRecords)) {
        const paths = v.subject.entries.map((e) => e.path ?? e.pathBase64 ?? '');
        let subject = byDigest.get(v.subject.digest);
        if (!subject) {
            for (let i = subjects.length - 1; i >= 0; i--) {
                const s = subjects[i];
                if (s.verdicts.at(-1).verdict === 'fail' && s.worker === v.worker.id && paths.some((p) => s.paths.has(p))) {
                    subject = s;
                    break;
                }
            }
        }
        if (!subject) {
            subject = { verdicts: [], worker: v.worker.id, paths: new Set(), cycles: [] };
            subjects.push(subject);
        }
        const previous = subject.verdicts.at(-1);
        if (previous?.verdict === 'fail' && v.verdict === 'pass') {
            // The failing streak began at the first fail after the last pass (or at the start).
            let start = subject.verdicts.length - 1;
            while (start > 0 && subject.verdicts[start - 1].verdict === 'fail')
                start--;
            const failAt = subject.verdicts[start].createdAt;
            subject.cycles.push({ failAt, passAt: v.createdAt, hours: (Date.parse(v.createdAt) - Date.parse(failAt)) / 3_600_000 });
        }
        subject.verdicts.push(v);
        for (const p of paths)
            subject.paths.add(p);
        byDigest.set(v.subject.digest, subject);
    }
    return subjects;
}
function constraintMetrics(allRecords, commits, allVerdicts, latest, sinceMs) {
    const sorted = [...allRecords].sort(compareRecords);
    const promotions = sorted.filter((r) => r.type === 'promotion');
    const retirements = sorted.filter((r) => r.type === 'retirement');
    const failed = allVerdicts.filter((v) => v.verdict === 'fail' && Date.parse(v.createdAt) >= sinceMs);
    return promotions.map((promotion) => {
        const c = promotion.constraint;
        const matches = globMatcher(c.paths);
        const promotedMs = Date.parse(promotion.createdAt);
        const retirement = retirements.find((r) => r.constraint === c.id && compareRecords(promotion, r) < 0);
        const retiredMs = retirement ? Date.parse(retirement.createdAt) : Infinity;
        const occurs = occurrenceTest(c, latest);
        const period = (from, to) => {
            const inPeriod = commits.filter((k) => k.committedAt * 1000 >= from && k.committedAt * 1000 < to && k.paths.some(matches));
            const occurrences = inPeriod.filter(occurs).length;
            const failedVerdicts = failed.filter((v) => {
                const at = Date.parse(v.createdAt);
                return at >= from && at < to && v.subject.entries.some((e) => !!e.path && matches(e.path));
            }).length;
            return { commits: inPeriod.length, occurrences, rate: ratio(occurrences, inPeriod.length), failedVerdicts };
        };
        return {
            constraint: c.id,
            promotion: promotion.id,
            learning: promotion.learning,
            rule: describeRule(c),
            paths: c.paths,
            promotedAt: promotion.createdAt,
            retiredAt: retirement?.createdAt ?? null,
            before: period(-Infinity, promotedMs),
            after: period(promotedMs, retiredMs),
        };
    });
}
/** Whether a commit commits the failure a constraint names (docs/metrics.md#constraints). */
function occurrenceTest(c, latest) {
    const matches = globMatcher(c.paths);
    if ('forbidPattern' in c) {
        let regex;
        try {
            regex = compileForbidPattern(c);
        }
        catch {
            return () => false; // an unusable pattern never bound anything; `ao verify` reports it
        }
        return (commit) => (commit.addedLines ?? []).some((l) => matches(l.path) && regex.test(l.text.slice(0, MAX_SCANNED_LINE_CHARS)));
    }
    return (commit) => {
        const v = latest.get(commit.digest);
        return v?.verdict === 'pass' && !verdictMeets(c, v);
    };
}
function weeklyMetrics(commits, coveredBy, subjects, records) {
    const weeks = new Map();
    const at = (ms) => {
        const { week, start } = isoWeek(ms);
        let w = weeks.get(week);
        if (!w) {
            w = { week, start, commits: 0, covered: 0, coverageShare: null, subjects: 0, firstPassed: 0, firstPassRate: null, failToPassCycles: 0, learnings: 0, promotions: 0, retirements: 0 };
            weeks.set(week, w);
        }
        return w;
    };
    for (const c of commits) {
        const w = at(c.committedAt * 1000);
        w.commits++;
        if (coveredBy(c))
            w.covered++;
    }
    for (const s of subjects) {
        const w = at(Date.parse(s.verdicts[0].createdAt));
        w.subjects++;
        if (s.verdicts[0].verdict === 'pass')
            w.firstPassed++;
        for (const cycle of s.cycles)
            at(Date.parse(cycle.passAt)).failToPassCycles++;
    }
    for (const r of records) {
        if (r.type === 'learning')
            at(Date.parse(r.createdAt)).learnings++;
        else if (r.type === 'promotion')
            at(Date.parse(r.createdAt)).promotions++;
        else if (r.type === 'retirement')
            at(Date.parse(r.createdAt)).retirements++;
    }
    if (weeks.size === 0)
        return [];
    // Fill the gaps between the first and last week, so a trend shows quiet weeks as zeros.
    const starts = [...weeks.values()].map((w) => Date.parse(`${w.start}T00:00:00Z`));
    const last = Math.max(...starts);
    const first = Math.max(Math.min(...starts), last - (MAX_WEEKS - 1) * 7 * 86_400_000);
    const out = [];
    for (let t = first; t <= last; t += 7 * 86_400_000) {
        const w = at(t);
        w.coverageShare = ratio(w.covered, w.commits);
        w.firstPassRate = ratio(w.firstPassed, w.subjects);
        out.push(w);
    }
    return out;
}
/** ISO 8601 week (UTC) of an instant: weeks start on Monday; week 1 holds the year's first Thursday. */
function isoWeek(ms) {
    const date = new Date(ms);
    const day = (date.getUTCDay() + 6) % 7; // Monday 0
    const monday = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - day);
    const thursday = new Date(monday + 3 * 86_400_000);
    const year = thursday.getUTCFullYear();
    const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
    return { week: `${year}-W${String(week).padStart(2, '0')}`, start: new Date(monday).toISOString().slice(0, 10) };
}
function durationStats(hours) {
    if (hours.length === 0)
        return { count: 0, medianHours: null, meanHours: null, maxHours: null };
    const sorted = [...hours].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    return { count: sorted.length, medianHours: round(median), meanHours: round(sorted.reduce((a, b) => a + b, 0) / sorted.length), maxHours: round(sorted.at(-1)) };
}
function ratio(part, whole) {
    return whole === 0 ? null : round(part / whole);
}
function round(value) {
    return Math.round(value * 10_000) / 10_000;
}

;// CONCATENATED MODULE: ./src/repo/metrics.ts







/** Parses --since: YYYY-MM-DD (midnight UTC) or an ISO 8601 timestamp. */
function parseSince(text) {
    if (text === undefined)
        return undefined;
    const iso = /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text;
    const ms = Date.parse(iso);
    if (!/^\d{4}-\d{2}-\d{2}/.test(text) || Number.isNaN(ms)) {
        throw new errors/* AoError */.VS(`--since takes a date (YYYY-MM-DD, UTC) or an ISO 8601 timestamp, not ${JSON.stringify(text)}`, { fix: '--since 2026-01-01' });
    }
    return new Date(ms).toISOString();
}
/**
 * The branch's commits (reachable from HEAD) with their change digests, from one
 * `git log`; plus, in one batched diff-tree, the lines they add under forbidPattern
 * constraints of any promotion (so before/after counts see the failure itself).
 */
async function branchCommits(git, records, since) {
    const head = await git.headCommit();
    if (!head)
        return { commits: [] };
    const history = await git.history([head, ...(since ? [`--since=${since}`] : [])]);
    const genesis = records.find((r) => r.type === 'genesis');
    const genesisPath = genesis ? (0,core_record/* recordPath */.lX)(0, genesis.id) : undefined;
    // Merges come without a diff (git log --diff-merges=off): they stay for the ancestry, with no paths, so they are never counted.
    const commits = history
        .map((c) => {
        const manifest = (0,core_manifest/* buildManifest */.u1)(c.entries);
        const adopts = !!genesisPath && c.entries.some((e) => e.status === 'A' && (0,core_manifest/* pathText */.LF)(e.path) === genesisPath);
        return { sha: c.sha, committedAt: c.committedAt, digest: manifest.digest, paths: manifest.entries.map((e) => (0,core_manifest/* pathText */.LF)(e.path)), parents: c.parents, ...(adopts ? { adopts } : {}) };
    });
    const forbidGlobs = records.flatMap((r) => (r.type === 'promotion' && 'forbidPattern' in r.constraint ? r.constraint.paths : []));
    if (forbidGlobs.length > 0) {
        const matches = globMatcher([...new Set(forbidGlobs)]);
        const touching = commits.filter((c) => c.paths.some(matches));
        const paths = [...new Set(touching.flatMap((c) => c.paths.filter(matches)))].sort();
        const lines = await git.addedLinesBatch(touching.map((c) => c.sha), paths);
        for (const c of touching)
            c.addedLines = lines.get(c.sha) ?? [];
    }
    return { head, commits };
}
async function gatherMetrics(git, options = {}) {
    const audit = await auditLedger(git, { kind: 'worktree' });
    const records = [...audit.records].sort(compareRecords);
    const { head, commits } = await branchCommits(git, records, options.since);
    return { metrics: computeMetrics({ records, commits, since: options.since }), records, commits, head, ledgerProblems: audit.problems.length };
}

;// CONCATENATED MODULE: ./src/repo/report.ts



/** Records drawn in the DAG and listed in the timeline: the most recent this many. */
const REPORT_MAX_RECORDS = 400;
function report_renderReport(input) {
    const records = [...input.records].sort(compareRecords);
    const shown = records.slice(-REPORT_MAX_RECORDS);
    // The panel can open every record the page links to: the shown ones and all knowledge records.
    const linked = new Map();
    for (const r of shown)
        linked.set(r.id, r);
    for (const r of records)
        if (r.type === 'learning' || r.type === 'promotion' || r.type === 'retirement')
            linked.set(r.id, r);
    const byId = new Map(records.map((r) => [r.id, r]));
    for (const r of records) {
        const from = r.type === 'learning' && r.from ? byId.get(r.from) : undefined;
        if (from)
            linked.set(from.id, from);
    }
    const data = { records: [...linked.values()].sort(compareRecords) };
    const m = input.metrics;
    const title = input.title ?? 'agentops/verdict report';
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
  <h1>${esc(title)}</h1>
  <p class="sub">${input.head ? `HEAD <code>${esc(input.head.slice(0, 12))}</code> · ` : ''}${records.length} ledger records · ${m.coverage.commits} commits${m.since ? ` since ${esc(m.since.slice(0, 10))}` : ''}${input.ledgerProblems ? ` · <span class="bad">${input.ledgerProblems} ledger problem(s): run ao ledger verify</span>` : ''}</p>
  <nav><a href="#metrics">Metrics</a><a href="#ledger">Ledger</a><a href="#knowledge">Learnings &amp; constraints</a></nav>
</header>
<main>
<section id="metrics">
  <h2>Measured compounding</h2>
  <div class="cards">
    ${card('Coverage', pct(m.coverage.share), `${m.coverage.covered} of ${m.coverage.commits} commits have a passing verdict`)}
    ${card('First-pass rate', pct(m.firstPass.rate), `${m.firstPass.firstPassed} of ${m.firstPass.subjects} subjects passed their first verdict`)}
    ${card('Rework', String(m.rework.cycles), `fail→pass cycles in ${m.rework.subjectsReworked} subjects; ${m.rework.stillFailing} still failing`)}
    ${card('Fail → pass', hours(m.rework.failToPass.medianHours), `median time (mean ${hours(m.rework.failToPass.meanHours)})`)}
    ${card('Learnings', String(m.learnings.recorded), `${m.learnings.promoted} promoted, ${m.learnings.retired} retired`)}
  </div>
  <div class="charts">
    ${chartBox('Coverage by week', 'Share of the week’s commits covered by a passing verdict.', rateChart('coverage', m.weekly, (w) => w.coverageShare, '#2e7d32'))}
    ${chartBox('First-pass rate by week', 'Share of subjects whose first verdict passed, by the week of that verdict.', rateChart('first-pass', m.weekly, (w) => w.firstPassRate, '#1565c0'))}
    ${chartBox('Rework by week', 'Fail→pass cycles, by the week of the pass.', barChart('rework', m.weekly.map((w) => w.week), [{ name: 'cycles', color: '#ef6c00', values: m.weekly.map((w) => w.failToPassCycles) }]))}
    ${chartBox('Learnings by week', 'Learnings recorded and promoted to constraints.', barChart('learnings', m.weekly.map((w) => w.week), [
        { name: 'recorded', color: '#1565c0', values: m.weekly.map((w) => w.learnings) },
        { name: 'promoted', color: '#6a1b9a', values: m.weekly.map((w) => w.promotions) },
    ]))}
    ${chartBox('Constraints: the failure before and after promotion', 'Share of commits touching the constraint’s paths that committed the failure it names.', constraintChart(m))}
  </div>
  ${weeklyTable(m.weekly)}
</section>
<section id="ledger">
  <h2>The ledger</h2>
  <p class="note">Each dot is a record, placed by its sequence number; lines join a record to the records it names in <code>prev</code> (the DAG). Click one to read it.${records.length > shown.length ? ` The ${shown.length} most recent of ${records.length} records are drawn.` : ''}</p>
  <div class="legend">${LEGEND}</div>
  <div class="dag-wrap">${dagSvg(shown)}</div>
  <h3>Timeline</h3>
  <table class="timeline"><thead><tr><th>seq</th><th>record</th><th>when (UTC)</th><th>type</th><th>what</th></tr></thead><tbody>
  ${[...shown].reverse().map(timelineRow).join('\n  ')}
  </tbody></table>
</section>
<section id="knowledge">
  <h2>Learnings and constraints</h2>
  ${constraintsTable(records, input.constraints)}
  ${learningsTable(records, input.constraints)}
</section>
</main>
<aside id="panel" hidden aria-live="polite">
  <div class="panel-head"><strong id="panel-title"></strong><button id="panel-close" type="button" aria-label="Close">×</button></div>
  <dl id="panel-fields"></dl>
  <details open><summary>Record JSON</summary><pre id="panel-json"></pre></details>
</aside>
<script type="application/json" id="ledger-data">${jsonForScript(data)}</script>
<script>${JS}</script>
</body>
</html>
`;
}
function esc(text) {
    return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
/** JSON inside a <script> element: nothing in it can close the element or start a comment. */
function jsonForScript(value) {
    return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
function pct(value) {
    return value === null ? '–' : `${(value * 100).toFixed(value === 1 || value === 0 ? 0 : 1)}%`;
}
function hours(value) {
    if (value === null)
        return '–';
    return value < 1 ? `${Math.round(value * 60)} min` : value < 48 ? `${value.toFixed(1)} h` : `${(value / 24).toFixed(1)} d`;
}
function card(label, value, detail) {
    return `<div class="card"><div class="label">${esc(label)}</div><div class="value">${esc(value)}</div><div class="detail">${esc(detail)}</div></div>`;
}
function chartBox(title, caption, svg) {
    return `<figure class="chart-box"><figcaption><strong>${esc(title)}</strong><br><span>${esc(caption)}</span></figcaption>${svg}</figure>`;
}
const W = 520;
const H = 220;
const PAD = { left: 44, right: 12, top: 14, bottom: 42 };
function report_frame(id, inner, yTicks) {
    const grid = yTicks
        .map((t) => `<line class="grid" x1="${PAD.left}" x2="${W - PAD.right}" y1="${t.y.toFixed(1)}" y2="${t.y.toFixed(1)}"/><text class="tick" x="${PAD.left - 6}" y="${(t.y + 4).toFixed(1)}" text-anchor="end">${esc(t.label)}</text>`)
        .join('');
    return `<svg class="chart" id="chart-${id}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(id)} chart">${grid}<line class="axis" x1="${PAD.left}" x2="${W - PAD.right}" y1="${H - PAD.bottom}" y2="${H - PAD.bottom}"/>${inner}</svg>`;
}
function emptyChart(id, message) {
    return `<svg class="chart empty" id="chart-${id}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(id)} chart"><rect class="bg" x="0" y="0" width="${W}" height="${H}"/><text class="empty-text" x="${W / 2}" y="${H / 2}" text-anchor="middle">${esc(message)}</text></svg>`;
}
function xLabels(labels, x) {
    const every = Math.max(1, Math.ceil(labels.length / 8));
    return labels
        .map((label, i) => (i % every === 0 || i === labels.length - 1 ? `<text class="tick" x="${x(i).toFixed(1)}" y="${H - PAD.bottom + 16}" text-anchor="middle">${esc(label.replace(/^\d{4}-/, ''))}</text>` : ''))
        .join('');
}
/** A share (0..1) per week as a line with points; weeks without data leave a gap. */
function rateChart(id, weeks, value, color) {
    if (weeks.every((w) => value(w) === null))
        return emptyChart(id, 'no data yet');
    const plotW = W - PAD.left - PAD.right;
    const plotH = H - PAD.top - PAD.bottom;
    const x = (i) => PAD.left + (weeks.length === 1 ? plotW / 2 : (i * plotW) / (weeks.length - 1));
    const y = (v) => PAD.top + plotH * (1 - v);
    const segments = [];
    let current = [];
    const points = [];
    weeks.forEach((w, i) => {
        const v = value(w);
        if (v === null) {
            if (current.length)
                segments.push(current.join(' '));
            current = [];
            return;
        }
        current.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`);
        points.push(`<circle class="point" cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="4" fill="${color}"><title>${esc(`${w.week}: ${pct(v)}`)}</title></circle>`);
    });
    if (current.length)
        segments.push(current.join(' '));
    const lines = segments.map((s) => `<polyline class="series" points="${s}" fill="none" stroke="${color}" stroke-width="2.5"/>`).join('');
    const ticks = [0, 0.25, 0.5, 0.75, 1].map((v) => ({ y: y(v), label: `${v * 100}%` }));
    return report_frame(id, `${lines}${points.join('')}${xLabels(weeks.map((w) => w.week), x)}`, ticks);
}
/** Grouped bars, one group per label. */
function barChart(id, labels, series, format = String) {
    const max = Math.max(0, ...series.flatMap((s) => s.values));
    if (labels.length === 0 || max === 0)
        return emptyChart(id, 'nothing recorded yet');
    const plotW = W - PAD.left - PAD.right;
    const plotH = H - PAD.top - PAD.bottom;
    const top = niceMax(max);
    const group = plotW / labels.length;
    const barW = Math.max(2, Math.min(28, (group * 0.8) / series.length));
    const x = (i) => PAD.left + group * i + group / 2;
    const y = (v) => PAD.top + plotH * (1 - v / top);
    const labelled = labels.length * series.length <= 24;
    const bars = labels
        .map((label, i) => series
        .map((s, k) => {
        const v = s.values[i] ?? 0;
        const left = x(i) - (barW * series.length) / 2 + k * barW;
        // A zero still gets a sliver, so "none" reads as a value rather than a gap.
        const height = Math.max(1.5, H - PAD.bottom - y(v));
        const value = labelled ? `<text class="value" x="${(left + (barW - 1) / 2).toFixed(1)}" y="${(H - PAD.bottom - height - 4).toFixed(1)}" text-anchor="middle">${esc(format(v))}</text>` : '';
        return `<rect class="bar" x="${left.toFixed(1)}" y="${(H - PAD.bottom - height).toFixed(1)}" width="${(barW - 1).toFixed(1)}" height="${height.toFixed(1)}" fill="${s.color}"><title>${esc(`${label} ${s.name}: ${format(v)}`)}</title></rect>${value}`;
    })
        .join(''))
        .join('');
    const ticks = [0, 0.5, 1].map((f) => ({ y: y(top * f), label: format(top * f) }));
    const legend = series.length > 1 ? series.map((s, k) => `<rect x="${PAD.left + 8 + k * 160}" y="${H - 14}" width="10" height="10" fill="${s.color}"/><text class="tick" x="${PAD.left + 22 + k * 160}" y="${H - 5}">${esc(s.name)}</text>`).join('') : '';
    return report_frame(id, `${bars}${xLabels(labels, x)}${legend}`, ticks);
}
function niceMax(max) {
    if (max <= 1)
        return 1;
    const magnitude = 10 ** Math.floor(Math.log10(max));
    for (const step of [1, 2, 2.5, 5, 10])
        if (step * magnitude >= max)
            return step * magnitude;
    return 10 * magnitude;
}
function constraintChart(m) {
    if (m.constraints.length === 0)
        return emptyChart('constraints', 'no constraint promoted yet');
    const labels = m.constraints.map((c) => c.constraint);
    return barChart('constraints', labels, [
        { name: 'before promotion', color: '#c62828', values: m.constraints.map((c) => Math.round((c.before.rate ?? 0) * 100)) },
        { name: 'after promotion', color: '#2e7d32', values: m.constraints.map((c) => Math.round((c.after.rate ?? 0) * 100)) },
    ], (v) => `${Math.round(v)}%`);
}
function weeklyTable(weeks) {
    if (weeks.length === 0)
        return '';
    const rows = [...weeks]
        .reverse()
        .map((w) => `<tr><td>${esc(w.week)}</td><td>${w.commits}</td><td>${pct(w.coverageShare)}</td><td>${w.subjects}</td><td>${pct(w.firstPassRate)}</td><td>${w.failToPassCycles}</td><td>${w.learnings}</td><td>${w.promotions}</td><td>${w.retirements}</td></tr>`)
        .join('');
    return `<details class="weekly"><summary>Week by week</summary><table><thead><tr><th>week</th><th>commits</th><th>covered</th><th>subjects</th><th>first pass</th><th>fail→pass</th><th>learned</th><th>promoted</th><th>retired</th></tr></thead><tbody>${rows}</tbody></table></details>`;
}
const TYPE_COLORS = {
    genesis: '#37474f',
    pass: '#2e7d32',
    fail: '#c62828',
    learning: '#1565c0',
    promotion: '#6a1b9a',
    retirement: '#757575',
};
const LEGEND = Object.entries(TYPE_COLORS)
    .map(([name, color]) => `<span><svg width="12" height="12" aria-hidden="true"><circle cx="6" cy="6" r="5" fill="${color}"/></svg> ${name === 'pass' || name === 'fail' ? `verdict ${name}` : name}</span>`)
    .join('');
function colorOf(record) {
    return TYPE_COLORS[record.type === 'verdict' ? record.verdict : record.type];
}
function dagSvg(records) {
    if (records.length === 0)
        return emptyChart('dag', 'the ledger is empty');
    const seqs = [...new Set(records.map((r) => r.seq))].sort((a, b) => a - b);
    const column = new Map(seqs.map((s, i) => [s, i]));
    const lanes = new Map();
    const used = new Map();
    for (const r of records) {
        const lane = used.get(r.seq) ?? 0;
        lanes.set(r.id, lane);
        used.set(r.seq, lane + 1);
    }
    const maxLanes = Math.max(...used.values());
    const step = 34;
    const laneH = 30;
    const width = 40 + seqs.length * step;
    const height = 30 + maxLanes * laneH;
    const pos = new Map(records.map((r) => [r.id, { x: 24 + column.get(r.seq) * step, y: 22 + lanes.get(r.id) * laneH }]));
    const edges = [];
    for (const r of records) {
        const to = pos.get(r.id);
        for (const prev of r.prev) {
            const from = pos.get(prev);
            if (!from)
                continue;
            const mid = (from.x + to.x) / 2;
            edges.push(`<path class="edge" d="M${from.x},${from.y} C${mid},${from.y} ${mid},${to.y} ${to.x},${to.y}"/>`);
        }
    }
    const nodes = records
        .map((r) => {
        const p = pos.get(r.id);
        return `<g class="node" data-id="${r.id}" tabindex="0" role="button" aria-label="${esc(`record ${r.seq}: ${summaryOf(r)}`)}"><circle cx="${p.x}" cy="${p.y}" r="9" fill="${colorOf(r)}"/><text x="${p.x}" y="${p.y + 22}" text-anchor="middle">${r.seq}</text><title>${esc(`#${r.seq} ${(0,core_record/* shortId */.m_)(r.id)} ${summaryOf(r)}`)}</title></g>`;
    })
        .join('');
    return `<svg class="dag" id="dag" viewBox="0 0 ${width} ${height + 10}" width="${width}" height="${height + 10}" role="img" aria-label="ledger DAG">${edges.join('')}${nodes}</svg>`;
}
function summaryOf(r) {
    switch (r.type) {
        case 'genesis':
            return 'genesis: the ledger begins';
        case 'verdict':
            return `${r.verdict} by ${r.checker.id} for ${r.worker.id}${r.summary ? `: ${r.summary.split('\n')[0].slice(0, 100)}` : ''}`;
        case 'learning':
            return `${r.negative ? 'avoid: ' : ''}${r.text.split('\n')[0].slice(0, 120)}`;
        case 'promotion':
            return `constraint "${r.constraint.id}": ${describeRule(r.constraint)}`;
        case 'retirement':
            return `constraint "${r.constraint}" retired: ${r.why.split('\n')[0].slice(0, 100)}`;
    }
}
function recordLink(id, text) {
    return `<a class="rec" href="#record=${esc(id)}" data-id="${esc(id)}">${esc(text ?? (0,core_record/* shortId */.m_)(id))}</a>`;
}
function timelineRow(r) {
    const type = r.type === 'verdict' ? `verdict ${r.verdict}` : r.type;
    return `<tr><td>${r.seq}</td><td>${recordLink(r.id)}</td><td>${esc(r.createdAt.slice(0, 16).replace('T', ' '))}</td><td><span class="dot" style="background:${colorOf(r)}"></span>${esc(type)}</td><td>${esc(summaryOf(r))}</td></tr>`;
}
function constraintsTable(records, current) {
    const promotions = records.filter((r) => r.type === 'promotion');
    const retirements = records.filter((r) => r.type === 'retirement');
    const learnings = new Map(records.filter((r) => r.type === 'learning').map((r) => [r.id, r]));
    const isRetired = retirementIndex(records, compareRecords);
    const ids = [...new Set([...current.map((c) => c.id), ...promotions.map((p) => p.constraint.id)])];
    if (ids.length === 0)
        return '<h3>Constraints</h3><p class="note">No constraint yet: <code>ao promote LEARNING-ID --require-evidence test</code> makes one.</p>';
    const rows = ids.map((id) => {
        const active = current.find((c) => c.id === id);
        const promotion = promotions.filter((p) => p.constraint.id === id).at(-1);
        const constraint = active ?? promotion.constraint;
        const retirement = retirements.filter((r) => r.constraint === id).at(-1);
        const status = active ? '<span class="ok">in the policy</span>' : isRetired(id) && retirement ? `<span class="muted">retired: ${esc(retirement.why.split('\n')[0].slice(0, 120))}</span> ${recordLink(retirement.id)}` : '<span class="muted">not in the policy</span>';
        const learning = learnings.get(constraint.learning);
        return `<tr id="constraint-${esc(id)}"><td><code>${esc(id)}</code></td><td>${esc(describeRule(constraint))}</td><td>${constraint.paths.map((p) => `<code>${esc(p)}</code>`).join(' ')}</td><td>${recordLink(constraint.learning)}${learning ? ` “${esc(learning.text.split('\n')[0].slice(0, 100))}”` : ''}</td><td>${promotion ? recordLink(promotion.id) : '–'}</td><td>${status}</td></tr>`;
    });
    return `<h3>Constraints</h3><table class="knowledge"><thead><tr><th>id</th><th>rule</th><th>paths</th><th>learned in</th><th>promotion</th><th>status</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
function learningsTable(records, current) {
    const learnings = records.filter((r) => r.type === 'learning').reverse();
    if (learnings.length === 0)
        return '<h3>Learnings</h3><p class="note">No learning yet: <code>ao learn "TEXT" --paths GLOB</code> records one.</p>';
    const promotions = records.filter((r) => r.type === 'promotion');
    const rows = learnings.map((l) => {
        const constraints = [...new Set(promotions.filter((p) => p.learning === l.id).map((p) => p.constraint.id))];
        const enforced = constraints.map((id) => `<a href="#constraint-${esc(id)}"><code>${esc(id)}</code></a>${current.some((c) => c.id === id) ? '' : ' (retired)'}`).join(', ');
        return `<tr><td>${recordLink(l.id)}</td><td>${esc(l.createdAt.slice(0, 10))}</td><td>${l.negative ? '<span class="bad">avoid</span> ' : ''}${esc(l.text)}</td><td>${l.paths.map((p) => `<code>${esc(p)}</code>`).join(' ')}</td><td>${l.tags.map((t) => `<span class="tag">${esc(t)}</span>`).join(' ')}</td><td>${l.from ? recordLink(l.from) : '–'}</td><td>${enforced || '–'}</td></tr>`;
    });
    return `<h3>Learnings</h3><table class="knowledge"><thead><tr><th>record</th><th>date</th><th>lesson</th><th>paths</th><th>tags</th><th>from verdict</th><th>enforced by</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
const CSS = `
:root { --fg:#1d2329; --muted:#5f6b76; --line:#d8dee4; --bg:#f6f8fa; --card:#fff; --accent:#1565c0; }
* { box-sizing: border-box; }
body { margin:0; font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif; color:var(--fg); background:var(--bg); }
header { background:#fff; border-bottom:1px solid var(--line); padding:16px 28px 0; }
h1 { font-size:20px; margin:0 0 2px; } h2 { font-size:18px; margin:28px 0 12px; } h3 { font-size:15px; margin:22px 0 8px; }
.sub { color:var(--muted); margin:0 0 8px; }
nav a { display:inline-block; margin-right:18px; padding:6px 0 10px; color:var(--accent); text-decoration:none; font-weight:600; }
main { padding:0 28px 60px; max-width:1400px; }
.cards { display:flex; flex-wrap:wrap; gap:12px; }
.card { background:var(--card); border:1px solid var(--line); border-radius:8px; padding:12px 16px; min-width:180px; flex:1; }
.card .label { color:var(--muted); font-size:12px; text-transform:uppercase; letter-spacing:.04em; }
.card .value { font-size:28px; font-weight:700; }
.card .detail { color:var(--muted); font-size:12px; }
.charts { display:grid; grid-template-columns:repeat(auto-fill,minmax(540px,1fr)); gap:14px; margin-top:14px; }
.chart-box { margin:0; background:var(--card); border:1px solid var(--line); border-radius:8px; padding:10px 10px 4px; }
.chart-box figcaption span { color:var(--muted); font-size:12px; }
svg.chart { width:100%; height:auto; display:block; }
svg .grid { stroke:#eef1f4; } svg .value { font-size:11px; fill:var(--fg); } svg .axis { stroke:#9aa5b1; } svg .tick { font-size:11px; fill:var(--muted); }
svg .bg { fill:#fafbfc; } svg .empty-text { fill:var(--muted); font-size:14px; }
.dag-wrap { overflow-x:auto; background:var(--card); border:1px solid var(--line); border-radius:8px; padding:6px; }
svg.dag .edge { fill:none; stroke:#b0bac5; stroke-width:1.5; }
svg.dag .node { cursor:pointer; } svg.dag .node text { font-size:10px; fill:var(--muted); }
svg.dag .node:hover circle, svg.dag .node:focus circle, svg.dag .node.selected circle { stroke:#111; stroke-width:3; }
.legend span { margin-right:14px; color:var(--muted); font-size:12px; }
table { border-collapse:collapse; background:var(--card); width:100%; }
th, td { border-bottom:1px solid var(--line); padding:5px 8px; text-align:left; vertical-align:top; }
th { font-size:12px; color:var(--muted); font-weight:600; background:#fbfcfd; }
.timeline td:nth-child(5) { max-width:680px; }
.dot { display:inline-block; width:9px; height:9px; border-radius:50%; margin-right:6px; }
a.rec { font-family:ui-monospace,SFMono-Regular,Menlo,monospace; font-size:12px; color:var(--accent); }
code { font-family:ui-monospace,SFMono-Regular,Menlo,monospace; font-size:12px; background:#eef1f4; padding:0 3px; border-radius:3px; }
.tag { background:#e3f2fd; color:#0d47a1; border-radius:10px; padding:0 7px; font-size:12px; }
.ok { color:#2e7d32; } .bad { color:#c62828; font-weight:600; } .muted, .note { color:var(--muted); }
details.weekly { margin-top:14px; } details.weekly summary { cursor:pointer; color:var(--accent); font-weight:600; }
#panel { position:fixed; top:0; right:0; bottom:0; width:min(560px,92vw); background:#fff; border-left:1px solid var(--line); box-shadow:-6px 0 24px rgba(0,0,0,.12); padding:14px 18px; overflow:auto; z-index:5; }
#panel[hidden] { display:none; }
.panel-head { display:flex; justify-content:space-between; align-items:center; }
#panel-close { font-size:22px; border:0; background:none; cursor:pointer; }
#panel dl { display:grid; grid-template-columns:110px 1fr; gap:4px 10px; }
#panel dt { color:var(--muted); } #panel dd { margin:0; word-break:break-word; white-space:pre-wrap; }
#panel pre { background:#f6f8fa; padding:10px; overflow:auto; font-size:12px; max-height:50vh; }
`;
/** The page's only script: opens a record in the side panel from the DAG, the timeline or any link (also via #record=ID). */
const JS = `
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('ledger-data').textContent);
  var byId = {};
  data.records.forEach(function (r) { byId[r.id] = r; });
  var panel = document.getElementById('panel');
  var fields = document.getElementById('panel-fields');
  function short(id) { return id.slice(0, 19); }
  function add(label, value, id) {
    if (value === undefined || value === null || value === '') return;
    var dt = document.createElement('dt'); dt.textContent = label;
    var dd = document.createElement('dd');
    if (id && byId[id]) {
      var a = document.createElement('a'); a.className = 'rec'; a.href = '#record=' + id; a.setAttribute('data-id', id); a.textContent = short(id); dd.appendChild(a);
    } else dd.textContent = String(value);
    fields.appendChild(dt); fields.appendChild(dd);
  }
  function open(id) {
    var r = byId[id];
    if (!r) return false;
    fields.textContent = '';
    var kind = r.type === 'verdict' ? 'verdict ' + r.verdict : r.type;
    document.getElementById('panel-title').textContent = '#' + r.seq + ' ' + kind + ' ' + short(r.id);
    add('id', r.id); add('created', r.createdAt);
    (r.prev || []).forEach(function (p) { add('prev', short(p), p); });
    if (r.type === 'verdict') {
      var s = r.subject;
      add('subject', s.kind + (s.commit ? ' ' + s.commit : '') + (s.base ? ' ' + s.base.slice(0, 12) + '..' + s.head.slice(0, 12) : '') + ', ' + s.entries.length + ' path(s)');
      add('paths', s.entries.slice(0, 30).map(function (e) { return e.status + ' ' + (e.path || '(base64)'); }).join('\\n') + (s.entries.length > 30 ? '\\n…' : ''));
      add('checker', r.checker.id + ' (' + r.checker.kind + ')' + (r.checker.session ? ' session ' + r.checker.session : ''));
      add('worker', r.worker.id + ' (' + r.worker.kind + ')');
      add('summary', r.summary);
      r.evidence.forEach(function (e) {
        add('evidence', e.kind + ': ' + (e.kind === 'link' ? e.url : e.text) + (e.command ? ' [' + e.command + ']' : ''));
        (e.findings || []).forEach(function (f) { add('finding', f.severity + (f.path ? ' ' + f.path + (f.line ? ':' + f.line : '') : '') + ': ' + f.description); });
      });
      if (r.signature) add('signature', r.signature.format);
    } else if (r.type === 'learning') {
      add('lesson', (r.negative ? 'AVOID: ' : '') + r.text); add('paths', r.paths.join(', ')); add('tags', r.tags.join(', '));
      if (r.from) add('from verdict', short(r.from), r.from);
      add('by', r.author.id + ' (' + r.author.kind + ')');
    } else if (r.type === 'promotion') {
      add('learning', short(r.learning), r.learning); add('constraint', r.constraint.id); add('paths', r.constraint.paths.join(', '));
      ['requireEvidence', 'requireCheckerKind', 'forbidPattern', 'requireCheck'].forEach(function (k) { if (r.constraint[k]) add(k, r.constraint[k]); });
      add('by', r.author.id + ' (' + r.author.kind + ')');
    } else if (r.type === 'retirement') {
      add('constraint', r.constraint); add('why', r.why); add('learning', short(r.learning), r.learning);
      if (r.promotion) add('promotion', short(r.promotion), r.promotion);
      add('by', r.author.id + ' (' + r.author.kind + ')');
    }
    document.getElementById('panel-json').textContent = JSON.stringify(r, null, 2);
    Array.prototype.forEach.call(document.querySelectorAll('.node.selected'), function (n) { n.classList.remove('selected'); });
    var node = document.querySelector('.node[data-id="' + id + '"]');
    if (node) node.classList.add('selected');
    panel.hidden = false;
    return true;
  }
  document.addEventListener('click', function (event) {
    var target = event.target.closest ? event.target.closest('[data-id]') : null;
    if (target && open(target.getAttribute('data-id'))) {
      event.preventDefault();
      // A file:// page may not rewrite its own URL in every browser: the panel works without it.
      try { history.replaceState(null, '', '#record=' + target.getAttribute('data-id')); } catch (e) { /* ignore */ }
    }
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') panel.hidden = true;
    if ((event.key === 'Enter' || event.key === ' ') && event.target.classList && event.target.classList.contains('node')) { event.preventDefault(); open(event.target.getAttribute('data-id')); }
  });
  document.getElementById('panel-close').addEventListener('click', function () { panel.hidden = true; });
  var match = /^#record=(sha256:[0-9a-f]{64})$/.exec(location.hash);
  if (match) open(match[1]);
})();
`;

;// CONCATENATED MODULE: ./src/cli/cmd-metrics.ts














async function cmdMetrics(cli, args) {
    const { values } = parse('metrics', args, { since: { type: 'string' }, json: { type: 'boolean' } }, false);
    if (values.help)
        return cli.out(HELP.metrics), 0;
    const since = parseSince(values.since);
    const git = await (0,context/* openRepo */.B)(cli);
    const data = await gatherMetrics(git, { since });
    if (values.json)
        cli.out(JSON.stringify(data.metrics, null, 2));
    else
        cli.out(renderMetrics(data.metrics, data.head));
    return 0;
}
function cmd_metrics_pct(value) {
    return value === null ? '–' : `${(value * 100).toFixed(1)}%`;
}
function cmd_metrics_hours(value) {
    return value === null ? '–' : `${value.toFixed(1)} h`;
}
const BARS = '▁▂▃▄▅▆▇█';
/** A sparkline of shares (0..1); a week without data is a space. */
function sparkline(values) {
    return values.map((v) => (v === null ? ' ' : BARS[Math.min(7, Math.floor(v * 8))])).join('');
}
function renderMetrics(m, head) {
    const lines = [];
    lines.push(`ao metrics: HEAD ${head ? head.slice(0, 7) : '(no commits)'}, ${m.since ? `since ${m.since}` : 'all history'}  (definitions: docs/metrics.md)`);
    lines.push('');
    lines.push(`  coverage     ${cmd_metrics_pct(m.coverage.share)}  ${m.coverage.covered} of ${m.coverage.commits} commits covered by a passing verdict`);
    lines.push(`  first pass   ${cmd_metrics_pct(m.firstPass.rate)}  ${m.firstPass.firstPassed} of ${m.firstPass.subjects} subjects passed their first verdict`);
    lines.push(`  rework       ${m.rework.cycles} fail→pass cycle${m.rework.cycles === 1 ? '' : 's'} in ${m.rework.subjectsReworked} subject${m.rework.subjectsReworked === 1 ? '' : 's'}` +
        ` (${m.rework.cyclesPerSubject ?? '–'} per subject); ${m.rework.stillFailing} still failing; fail→pass median ${cmd_metrics_hours(m.rework.failToPass.medianHours)}, mean ${cmd_metrics_hours(m.rework.failToPass.meanHours)}`);
    lines.push(`  learnings    ${m.learnings.recorded} recorded, ${m.learnings.promoted} promoted, ${m.learnings.retired} retired`);
    if (m.constraints.length > 0) {
        lines.push('', '  constraint                         before: commits  failure  failed verdicts   after: commits  failure  failed verdicts');
        for (const c of m.constraints) {
            const period = (p) => `${String(p.commits).padStart(15)}  ${`${p.occurrences} (${cmd_metrics_pct(p.rate)})`.padStart(7)}  ${String(p.failedVerdicts).padStart(15)}`;
            lines.push(`  ${truncate(c.constraint, 32).padEnd(32)} ${period(c.before)}  ${period(c.after)}${c.retiredAt ? '  (retired)' : ''}`);
            lines.push(`    ${truncate(c.rule, 100)}; promoted ${c.promotedAt.slice(0, 10)}`);
        }
    }
    if (m.weekly.length > 0) {
        lines.push('', '  week       commits  covered  subjects  first pass  fail→pass  learned  promoted  retired');
        for (const w of m.weekly)
            lines.push(`  ${weekRow(w)}`);
        lines.push('', `  trend      coverage ${sparkline(m.weekly.map((w) => w.coverageShare))}   first pass ${sparkline(m.weekly.map((w) => w.firstPassRate))}   (oldest → newest week)`);
    }
    return lines.join('\n');
}
function weekRow(w) {
    return `${w.week.padEnd(9)}  ${String(w.commits).padStart(7)}  ${cmd_metrics_pct(w.coverageShare).padStart(7)}  ${String(w.subjects).padStart(8)}  ${cmd_metrics_pct(w.firstPassRate).padStart(10)}  ${String(w.failToPassCycles).padStart(9)}  ${String(w.learnings).padStart(7)}  ${String(w.promotions).padStart(8)}  ${String(w.retirements).padStart(7)}`;
}
async function cmdReport(cli, args) {
    const { values } = parse('report', args, { out: { type: 'string' }, since: { type: 'string' }, title: { type: 'string' } }, false);
    if (values.help)
        return cli.out(HELP.report), 0;
    if (!values.out)
        throw new errors/* AoError */.VS('ao report needs --out DIR', { fix: 'ao report --out ao-report' });
    const since = parseSince(values.since);
    const git = await (0,context/* openRepo */.B)(cli);
    const data = await gatherMetrics(git, { since });
    const policyFile = (0,external_node_path_namespaceObject.join)(git.topLevel, core_record/* POLICY_PATH */.l$);
    const constraints = (0,external_node_fs_.existsSync)(policyFile) ? (parsePolicy((0,external_node_fs_.readFileSync)(policyFile), 'the working tree').constraints ?? []) : [];
    const html = report_renderReport({ records: data.records, metrics: data.metrics, constraints, head: data.head, title: values.title, ledgerProblems: data.ledgerProblems });
    const dir = (0,external_node_path_namespaceObject.resolve)(cli.cwd, values.out);
    try {
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        (0,external_node_fs_.writeFileSync)((0,external_node_path_namespaceObject.join)(dir, 'index.html'), html);
    }
    catch (error) {
        throw new errors/* AoError */.VS(`cannot write ${(0,external_node_path_namespaceObject.join)(dir, 'index.html')}: ${error.message}`, { fix: 'choose a writable directory with --out DIR' });
    }
    cli.out((0,external_node_path_namespaceObject.join)(dir, 'index.html'));
    cli.err(`ao report: wrote ${(0,external_node_path_namespaceObject.join)(dir, 'index.html')} (${Math.round(html.length / 1024)} KiB, self-contained: open it in any browser, offline)`);
    return 0;
}
/** A repository URI for resourceUri: git+https://host/path or git+ssh://user@host/path from remote.origin.url. */
function repoUriFrom(url) {
    if (!url)
        return undefined;
    const clean = url.replace(/\.git$/, '');
    if (/^https?:\/\//.test(clean))
        return `git+${clean.replace(/\/\/[^@/]*@/, '//')}`;
    if (/^ssh:\/\//.test(clean))
        return `git+${clean}`;
    const scp = /^([^@\s/]+)@([^:\s/]+):(.+)$/.exec(clean);
    if (scp)
        return `git+ssh://${scp[1]}@${scp[2]}/${scp[3].replace(/^\//, '')}`;
    return undefined; // a local path names no place another machine can find
}
async function cmdExport(cli, args) {
    const { values } = parse('export', args, { format: { type: 'string' }, out: { type: 'string' }, array: { type: 'boolean' }, 'repo-uri': { type: 'string' } }, false);
    if (values.help)
        return cli.out(HELP.export), 0;
    if (values.format !== 'in-toto') {
        throw new errors/* AoError */.VS(values.format === undefined ? 'ao export needs --format' : `unknown export format ${JSON.stringify(values.format)}`, { fix: 'ao export --format in-toto [--out FILE]' });
    }
    const git = await (0,context/* openRepo */.B)(cli);
    const statements = await exportInToto(git, values['repo-uri'] ?? repoUriFrom(await git.configGet('remote.origin.url')));
    const text = values.array ? `${JSON.stringify(statements, null, 2)}\n` : statements.map((s) => `${JSON.stringify(s)}\n`).join('');
    if (values.out) {
        const file = (0,external_node_path_namespaceObject.resolve)(cli.cwd, values.out);
        try {
            (0,external_node_fs_.writeFileSync)(file, text);
        }
        catch (error) {
            throw new errors/* AoError */.VS(`cannot write ${file}: ${error.message}`, { fix: 'choose a writable path with --out FILE' });
        }
        cli.err(`ao export: wrote ${statements.length} in-toto statement${statements.length === 1 ? '' : 's'} to ${file}`);
    }
    else {
        if (text)
            cli.out(text.replace(/\n$/, ''));
        cli.err(`ao export: ${statements.length} in-toto statement${statements.length === 1 ? '' : 's'}`);
    }
    return 0;
}
/** Every verdict of the working tree's ledger as a statement, in ledger order. */
async function exportInToto(git, repoUri) {
    const audit = await auditLedger(git, { kind: 'worktree' });
    if (audit.problems.length > 0) {
        throw new errors/* AoError */.VS(`the ledger has ${audit.problems.length} problem(s): exporting it would vouch for records that do not verify`, { fix: 'run `ao ledger verify` and repair the ledger first' });
    }
    const verdicts = audit.records.filter((r) => r.type === 'verdict').sort((a, b) => a.seq - b.seq || (a.id < b.id ? -1 : 1));
    const { commits } = await branchCommits(git, []);
    const landed = new Map();
    for (const c of [...commits].reverse())
        (landed.get(c.digest) ?? landed.set(c.digest, []).get(c.digest)).push(c.sha);
    return verdicts.map((record) => verdictStatement(record, {
        recordPath: (0,core_record/* recordPath */.lX)(record.seq, record.id),
        recordSha256: (0,external_node_crypto_.createHash)('sha256').update((0,core_record/* renderRecord */.sF)(record)).digest('hex'),
        commits: landed.get(record.subject.digest) ?? [],
        repoUri,
    }));
}

;// CONCATENATED MODULE: ./src/cli/cmd-verify.ts









async function cmdVerify(cli, args) {
    const { values } = parse('verify', args, { ...SCOPE_OPTIONS, json: { type: 'boolean' } }, false);
    if (values.help)
        return cli.out(HELP.verify), 0;
    const which = oneScope('verify', values);
    const scope = which === 'commit' ? { kind: 'commit', rev: values.commit } : which === 'range' ? { kind: 'range', ...parseRangeArg(values.range) } : { kind: 'staged' };
    const git = await (0,context/* openRepo */.B)(cli);
    const report = await verify(git, scope, { checkerHint: cli.env.AO_CHECKER });
    if (values.json)
        cli.out(JSON.stringify(reportJson(report), null, 2));
    else
        cli.out(renderReport(report, styleFor(process.stdout)));
    return report.ok ? 0 : 1;
}
async function cmdLedger(cli, args) {
    const [sub, ...rest] = args;
    if (sub === '--help' || sub === '-h' || sub === undefined)
        return cli.out(HELP.ledger), sub === undefined ? 2 : 0;
    if (sub !== 'verify')
        throw new errors/* AoError */.VS(`unknown command: ao ledger ${sub}`, { fix: 'ao ledger verify [--since REV]' });
    const { values } = parse('ledger', rest, { since: { type: 'string' }, json: { type: 'boolean' } }, false);
    if (values.help)
        return cli.out(HELP.ledger), 0;
    const git = await (0,context/* openRepo */.B)(cli);
    const since = values.since ? await git.resolveCommit(values.since, '--since') : undefined;
    const audit = await auditLedger(git, { kind: 'worktree' }, since);
    const ok = audit.problems.length === 0;
    if (values.json) {
        cli.out(JSON.stringify({ ok, source: audit.source, records: audit.records.length, heads: audit.heads, genesis: audit.genesisId ?? null, problems: audit.problems }, null, 2));
    }
    else {
        const style = styleFor(process.stdout);
        const lines = [
            `ao ledger verify: ${ok ? style.ok('ok') : style.bad('FAILED')}: ${audit.records.length} records checked in the ${audit.source}${since ? `, append-only since ${since.slice(0, 7)}` : ''}`,
            style.dim(`  heads: ${audit.heads.map(core_record/* shortId */.m_).join(', ') || '(none)'}`),
        ];
        for (const problem of audit.problems)
            lines.push(...renderProblem(problem, style));
        cli.out(lines.join('\n'));
    }
    return ok ? 0 : 1;
}

;// CONCATENATED MODULE: ./src/cli/main.ts













const COMMANDS = {
    init: cmdInit,
    verdict: cmdVerdict,
    check: cmdCheck,
    verify: cmdVerify,
    ledger: cmdLedger,
    status: cmdStatus,
    log: cmdLog,
    show: cmdShow,
    lookup: cmdLookup,
    search: cmdSearch,
    checkers: cmdCheckers,
    hook: cmdHook,
    demo: cmdDemo,
    learn: cmdLearn,
    promote: cmdPromote,
    retire: cmdRetire,
    context: cmdContext,
    metrics: cmdMetrics,
    report: cmdReport,
    export: cmdExport,
};
/** Runs one `ao` invocation and returns its exit code; never throws. */
async function main(argv, cli) {
    const [command, ...args] = argv;
    try {
        if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
            cli.out(HELP.main);
            return command === undefined ? errors/* EXIT_USAGE */.Ri : 0;
        }
        if (command === '--version' || command === '-v')
            return cli.out(VERSION), 0;
        const run = COMMANDS[command];
        if (!run)
            throw new errors/* AoError */.VS(`unknown command: ${command}`, { fix: 'see `ao --help` for the commands' });
        return await run(cli, args);
    }
    catch (error) {
        return reportError(cli, error);
    }
}
function reportError(cli, error) {
    if (error instanceof errors/* AoError */.VS) {
        cli.err(`ao: error: ${error.message}${error.where ? `\n  where: ${error.where}` : ''}${error.fix ? `\n  fix: ${error.fix}` : ''}`);
        return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    cli.err(`ao: internal error: ${message}\n  fix: please report this with the command you ran${cli.env.AO_DEBUG ? `\n${error.stack ?? ''}` : ' (AO_DEBUG=1 shows the stack)'}`);
    return errors/* EXIT_USAGE */.Ri;
}


/***/ }),

/***/ 457:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Xv: () => (/* binding */ renderJsonFile),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   fg: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * RFC 8785 (JCS) canonical JSON for the values a record may hold: objects, arrays,
 * strings, booleans, null and safe integers. Anything else is refused rather than
 * silently normalised, so two implementations can never disagree on a hash.
 */
function canonicalJson(value) {
    if (value === null)
        return 'null';
    switch (typeof value) {
        case 'boolean':
            return value ? 'true' : 'false';
        case 'number':
            if (!Number.isSafeInteger(value))
                throw new TypeError(`not a safe integer: ${value}`);
            return String(value);
        case 'string':
            assertWellFormed(value);
            return JSON.stringify(value);
        case 'object': {
            if (Array.isArray(value))
                return `[${value.map(canonicalJson).join(',')}]`;
            // Default sort compares UTF-16 code units, which is exactly what JCS prescribes.
            // A key holding `undefined` is absent, as in JSON.stringify.
            const keys = Object.keys(value).filter((key) => value[key] !== undefined).sort();
            const parts = keys.map((key) => {
                assertWellFormed(key);
                return `${JSON.stringify(key)}:${canonicalJson(value[key])}`;
            });
            return `{${parts.join(',')}}`;
        }
        default:
            throw new TypeError(`value of type ${typeof value} cannot be canonicalised`);
    }
}
function assertWellFormed(text) {
    if (!text.isWellFormed())
        throw new TypeError('string contains a lone UTF-16 surrogate');
}
/**
 * The on-disk form of a record: JCS key order, two-space indentation, LF line ends and a
 * final LF (exactly `JSON.stringify` with sorted keys and an indent of 2). One byte form
 * per record, so re-serialising a record is always detectable. Built in one pass: this
 * runs for every record a full ledger check reads.
 */
function renderJsonFile(value) {
    return `${pretty(value, '')}\n`;
}
function pretty(value, indent) {
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value);
    const inner = `${indent}  `;
    if (Array.isArray(value)) {
        if (value.length === 0)
            return '[]';
        let out = '[';
        for (let i = 0; i < value.length; i++)
            out += `${i ? ',' : ''}\n${inner}${pretty(value[i], inner)}`;
        return `${out}\n${indent}]`;
    }
    const record = value;
    const keys = Object.keys(record).filter((key) => record[key] !== undefined).sort();
    if (keys.length === 0)
        return '{}';
    let out = '{';
    for (let i = 0; i < keys.length; i++)
        out += `${i ? ',' : ''}\n${inner}${JSON.stringify(keys[i])}: ${pretty(record[keys[i]], inner)}`;
    return `${out}\n${indent}}`;
}
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ri: () => (/* binding */ EXIT_USAGE),
/* harmony export */   VS: () => (/* binding */ AoError)
/* harmony export */ });
/* unused harmony exports EXIT_OK, EXIT_VERIFY_FAILED, isAoError */
/**
 * Errors a user can hit. Each says what is wrong, where, and the command that fixes it;
 * adapters print them and map `exitCode` to the process exit status.
 */
const EXIT_OK = 0;
const EXIT_VERIFY_FAILED = 1;
const EXIT_USAGE = 2;
class AoError extends Error {
    exitCode;
    fix;
    where;
    constructor(message, options = {}) {
        super(message);
        this.name = 'AoError';
        this.exitCode = options.exitCode ?? EXIT_USAGE;
        this.fix = options.fix;
        this.where = options.where;
    }
}
function isAoError(value) {
    return value instanceof AoError;
}


/***/ }),

/***/ 4414:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LF: () => (/* binding */ pathText),
/* harmony export */   LP: () => (/* binding */ parseRawDiff),
/* harmony export */   c9: () => (/* binding */ isLedgerEntry),
/* harmony export */   kK: () => (/* binding */ compareManifests),
/* harmony export */   o3: () => (/* binding */ entryToJson),
/* harmony export */   u1: () => (/* binding */ buildManifest)
/* harmony export */ });
/* unused harmony exports entryFromJson, digestOfStoredEntries, ledgerPathOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4130);


const LEDGER_PREFIX = Buffer.from('.agents/ledger/');
const utf8 = new TextDecoder('utf-8', { fatal: true });
/**
 * Parses the NUL-separated raw records of `git diff-tree -z -r --raw --full-index --no-renames`
 * starting at `offset`, stopping at the first token that is not a raw record (the next
 * commit header in `--stdin` mode). Returns the entries and where parsing stopped.
 */
function parseRawDiff(output, offset = 0) {
    const entries = [];
    let position = offset;
    while (position < output.length && output[position] === 0x3a /* ':' */) {
        const metaEnd = output.indexOf(0, position);
        const pathEnd = metaEnd < 0 ? -1 : output.indexOf(0, metaEnd + 1);
        if (metaEnd < 0 || pathEnd < 0)
            throw new Error('truncated raw diff output from git');
        const fields = output.toString('latin1', position + 1, metaEnd).split(' ');
        if (fields.length !== 5)
            throw new Error(`unexpected raw diff line from git: ${fields.join(' ')}`);
        const [oldMode, newMode, oldId, newId, status] = fields;
        if (!/^[ADMT]$/.test(status))
            throw new Error(`unexpected diff status "${status}" from git (renames must be off)`);
        entries.push({ oldMode, newMode, oldId, newId, status: status, path: output.subarray(metaEnd + 1, pathEnd) });
        position = pathEnd + 1;
    }
    return { entries, end: position };
}
function isLedgerEntry(entry) {
    return entry.path.length > LEDGER_PREFIX.length && entry.path.subarray(0, LEDGER_PREFIX.length).equals(LEDGER_PREFIX);
}
/** The manifest of a change: every entry outside the ledger, sorted by path bytes, and its digest. */
function buildManifest(entries) {
    const kept = entries.filter((entry) => !isLedgerEntry(entry)).sort((a, b) => Buffer.compare(a.path, b.path));
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const entry of kept) {
        hash.update(`${entry.oldMode} ${entry.newMode} ${entry.oldId} ${entry.newId} ${entry.status}\t`, 'latin1');
        hash.update(entry.path);
        hash.update('\n', 'latin1');
    }
    return { digest: `sha256:${hash.digest('hex')}`, entries: kept };
}
function pathText(path) {
    try {
        return utf8.decode(path);
    }
    catch {
        return path.toString('latin1');
    }
}
function entryToJson(entry) {
    const base = { oldMode: entry.oldMode, newMode: entry.newMode, oldId: entry.oldId, newId: entry.newId, status: entry.status };
    try {
        return { ...base, path: utf8.decode(entry.path) };
    }
    catch {
        return { ...base, pathBase64: entry.path.toString('base64') };
    }
}
function entryFromJson(json) {
    const path = json.path !== undefined ? Buffer.from(json.path, 'utf8') : Buffer.from(json.pathBase64 ?? '', 'base64');
    return { oldMode: json.oldMode, newMode: json.newMode, oldId: json.oldId, newId: json.newId, status: json.status, path };
}
/** The manifest digest recomputed from a record's stored entries. */
function digestOfStoredEntries(entries) {
    return buildManifest(entries.map(entryFromJson)).digest;
}
function ledgerPathOf(entry) {
    const text = pathText(entry.path);
    return isLedgerPath(text) ? text : undefined;
}
/** What differs between two manifests, path by path: explains a digest mismatch. */
function compareManifests(before, after) {
    const key = (e) => e.path ?? `base64:${e.pathBase64}`;
    const beforeByPath = new Map(before.map((e) => [key(e), e]));
    const afterByPath = new Map(after.map((e) => [key(e), e]));
    const changes = [];
    for (const [path, entry] of afterByPath) {
        const old = beforeByPath.get(path);
        if (!old)
            changes.push({ path, change: 'added', after: entry });
        else if (old.newId !== entry.newId || old.newMode !== entry.newMode || old.oldId !== entry.oldId || old.status !== entry.status || old.oldMode !== entry.oldMode) {
            changes.push({ path, change: 'changed', before: old, after: entry });
        }
    }
    for (const [path, entry] of beforeByPath)
        if (!afterByPath.has(path))
            changes.push({ path, change: 'removed', before: entry });
    return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}


/***/ }),

/***/ 4130:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ LEDGER_DIR),
/* harmony export */   OT: () => (/* binding */ parseRecordPath),
/* harmony export */   TG: () => (/* binding */ parseRecordFile),
/* harmony export */   Xz: () => (/* binding */ newGenesis),
/* harmony export */   ep: () => (/* binding */ RECORD_SCHEMA),
/* harmony export */   l$: () => (/* binding */ POLICY_PATH),
/* harmony export */   lX: () => (/* binding */ recordPath),
/* harmony export */   m_: () => (/* binding */ shortId),
/* harmony export */   p0: () => (/* binding */ idHex),
/* harmony export */   sF: () => (/* binding */ renderRecord),
/* harmony export */   xR: () => (/* binding */ MAX_RECORD_BYTES),
/* harmony export */   xe: () => (/* binding */ sealRecord)
/* harmony export */ });
/* unused harmony exports SEQ_PER_BUCKET, computeRecordId, isLedgerPath */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(457);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(563);



const RECORD_SCHEMA = 'agentops-verdict/record@1';
const LEDGER_DIR = '.agents/ledger';
const POLICY_PATH = '.agents/policy.json';
/** Bounds enforced before any parsing, so a hostile record costs at most this much. */
const MAX_RECORD_BYTES = 2 * 1024 * 1024;
/** Records per bucket directory: 100,000 records stay at about 1,000 entries a folder. */
const SEQ_PER_BUCKET = 1000;
/** `id` = "sha256:" + hex SHA-256 of the JCS form of the record without `id` and `signature`. */
function computeRecordId(record) {
    const { id: _id, signature: _signature, ...body } = record;
    return `sha256:${(0,_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Hex */ .fg)((0,_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(body))}`;
}
function sealRecord(body) {
    return { ...body, id: computeRecordId(body) };
}
function newGenesis(now = new Date()) {
    return sealRecord({
        schema: RECORD_SCHEMA,
        type: 'genesis',
        seq: 0,
        prev: [],
        createdAt: now.toISOString(),
        nonce: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex'),
    });
}
function renderRecord(record) {
    return (0,_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .renderJsonFile */ .Xv)(record);
}
function idHex(id) {
    return id.slice('sha256:'.length);
}
/** `.agents/ledger/<bucket>/<seq>-<hex>.json`: sorted by seq when listed, one folder a thousand. */
function recordPath(seq, id) {
    const bucket = String(Math.floor(seq / SEQ_PER_BUCKET)).padStart(4, '0');
    return `${LEDGER_DIR}/${bucket}/${String(seq).padStart(8, '0')}-${idHex(id)}.json`;
}
const RECORD_PATH_PATTERN = /^\.agents\/ledger\/([0-9]{4,})\/([0-9]{8,})-([0-9a-f]{64})\.json$/;
/** Reads seq and id off a record's path; `undefined` when the path is not a record path. */
function parseRecordPath(path) {
    const match = RECORD_PATH_PATTERN.exec(path);
    if (!match)
        return undefined;
    const seq = Number(match[2]);
    if (!Number.isSafeInteger(seq))
        return undefined;
    const id = `sha256:${match[3]}`;
    return recordPath(seq, id) === path ? { seq, id } : undefined;
}
function isLedgerPath(path) {
    return path.startsWith(`${LEDGER_DIR}/`);
}
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/**
 * Turns one record file's bytes into a record, or says precisely why it is not one.
 * Checks, in order: size, UTF-8, JSON, schema, the single byte form, the id, the path.
 */
function parseRecordFile(path, bytes) {
    const fail = (code, message) => ({ ok: false, problem: { code, message } });
    if (bytes.length > MAX_RECORD_BYTES) {
        return fail('too-large', `record file is ${bytes.length} bytes; the limit is ${MAX_RECORD_BYTES}`);
    }
    if (bytes.length === 0)
        return fail('empty', 'record file is empty');
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
        return fail('bom', 'record file starts with a byte order mark');
    let text;
    try {
        text = utf8.decode(bytes);
    }
    catch {
        return fail('invalid-utf8', 'record file is not valid UTF-8');
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return fail('invalid-json', `record file is not valid JSON (${error.message})`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        return fail('not-an-object', 'record file does not hold a JSON object');
    }
    const problems = (0,_schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .validateRecordShape */ .R$)(value);
    if (problems.length > 0)
        return fail('schema', `record does not match ${RECORD_SCHEMA}: ${(0,_schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .formatSchemaProblems */ .xe)(problems)}`);
    const record = value;
    // Fast path, equal to renderRecord/computeRecordId for a schema-valid record: once its keys
    // are known to be in JCS order, native JSON.stringify yields both the file form and JCS.
    if (!sortedAndWellFormed(record) || `${JSON.stringify(record, null, 2)}\n` !== text) {
        return fail('not-canonical', 'record file is not in the canonical byte form (it was re-serialised or edited)');
    }
    const { id: _id, signature: _signature, ...body } = record;
    const expectedId = `sha256:${(0,_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Hex */ .fg)(JSON.stringify(body))}`;
    if (expectedId !== record.id) {
        return fail('id-mismatch', `record id ${record.id} does not match its content (content hashes to ${expectedId})`);
    }
    const expectedPath = recordPath(record.seq, record.id);
    if (expectedPath !== path) {
        return fail('path-mismatch', `record is stored at ${path} but its seq and id place it at ${expectedPath}`);
    }
    return { ok: true, record };
}
/** True when every object's keys are in JCS (UTF-16) order and every string is well-formed. */
function sortedAndWellFormed(value) {
    if (typeof value === 'string')
        return value.isWellFormed();
    if (value === null || typeof value !== 'object')
        return true;
    if (Array.isArray(value))
        return value.every(sortedAndWellFormed);
    let previous;
    for (const key of Object.keys(value)) {
        if ((previous !== undefined && previous >= key) || !key.isWellFormed())
            return false;
        if (!sortedAndWellFormed(value[key]))
            return false;
        previous = key;
    }
    return true;
}
function shortId(id) {
    return id.slice(0, 'sha256:'.length + 12);
}


/***/ }),

/***/ 563:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xe: () => (/* binding */ formatSchemaProblems),
  WV: () => (/* binding */ validatePolicyShape),
  R$: () => (/* binding */ validateRecordShape),
  HJ: () => (/* binding */ validateReviewRequestShape),
  QN: () => (/* binding */ validateReviewShape)
});

// UNUSED EXPORTS: POLICY_SCHEMA_ID, RECORD_SCHEMA_ID, REVIEW_REQUEST_SCHEMA_ID, REVIEW_SCHEMA_ID, describe, validatorFor

// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __nccwpck_require__(2210);
;// CONCATENATED MODULE: ./schemas/record.v1.schema.json
const record_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"Od":"https://agentops.dev/schemas/verdict/record/v1.json"}');
;// CONCATENATED MODULE: ./schemas/policy.v1.schema.json
const policy_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"Od":"https://agentops.dev/schemas/verdict/policy/v1.json"}');
;// CONCATENATED MODULE: ./schemas/review-request.v1.schema.json
const review_request_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://agentops.dev/schemas/verdict/review-request/v1.json","title":"agentops/verdict review request, format version 1","description":"What `ao check --judge CMD` writes to the judge\'s stdin: one JSON object, then end of file. The judge runs in a fresh temporary checkout of exactly the tree under review (its working directory) and answers with one review (review.v1.schema.json) on stdout. See docs/check.md.","type":"object","required":["schema","reviewer","subject","manifest","diff","diffTruncated","diffBytes","context","answerSchema"],"properties":{"schema":{"const":"agentops-verdict/review-request@1"},"reviewer":{"description":"The checker id this judge\'s review is recorded under, e.g. judge:claude.","type":"string","minLength":1,"maxLength":256},"subject":{"description":"What is under review. `digest` is the manifest digest the verdict will name.","type":"object","required":["kind","label","digest"],"properties":{"kind":{"enum":["staged","commit","range"]},"label":{"type":"string","minLength":1,"maxLength":200},"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"commit":{"$ref":"#/$defs/objectId"},"base":{"$ref":"#/$defs/objectId"},"head":{"$ref":"#/$defs/objectId"}},"additionalProperties":false},"manifest":{"description":"Every changed path outside .agents/ledger/, sorted by path bytes, as in the verdict\'s subject.","type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000},"diff":{"description":"The unified diff of the change (git diff, a/ and b/ prefixes, no renames, ledger excluded). Cut at a line end past 256 KiB: see diffTruncated.","type":"string"},"diffTruncated":{"description":"True when `diff` was cut; it then ends with a line starting \\"[ao: diff truncated\\".","type":"boolean"},"diffBytes":{"description":"The size of the whole diff in bytes, before any cut.","type":"integer","minimum":0,"maximum":9007199254740991},"context":{"description":"Markdown: the project\'s compiled context for the touched paths (conventions, owners, rules). May be empty.","type":"string"},"answerSchema":{"description":"The format the answer must have.","const":"agentops-verdict/review@1"}},"additionalProperties":false,"$defs":{"objectId":{"type":"string","pattern":"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},"manifestEntry":{"type":"object","required":["oldMode","newMode","oldId","newId","status"],"properties":{"oldMode":{"type":"string","pattern":"^[0-7]{6}$"},"newMode":{"type":"string","pattern":"^[0-7]{6}$"},"oldId":{"$ref":"#/$defs/objectId"},"newId":{"$ref":"#/$defs/objectId"},"status":{"description":"A added, D deleted, M modified, T type changed.","enum":["A","D","M","T"]},"path":{"description":"The path, when it is valid UTF-8.","type":"string","minLength":1},"pathBase64":{"description":"The path\'s bytes in base64, when they are not valid UTF-8.","type":"string","minLength":4}},"oneOf":[{"required":["path"]},{"required":["pathBase64"]}],"additionalProperties":false}}}');
;// CONCATENATED MODULE: ./schemas/review.v1.schema.json
const review_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://agentops.dev/schemas/verdict/review/v1.json","title":"agentops/verdict review, format version 1","description":"What a judge run by `ao check --judge` prints on stdout: exactly one JSON object of this shape and nothing else. Anything that is not (no answer, invalid JSON, an unknown field, a timeout, a crash) is recorded as an error, never as a pass. See docs/check.md.","type":"object","required":["verdict","summary"],"properties":{"schema":{"const":"agentops-verdict/review@1"},"verdict":{"description":"pass: good to land. warn: lands, with findings worth reading (a pass unless the policy sets check.warnIsPass to false). fail: must not land as is.","enum":["pass","warn","fail"]},"summary":{"description":"One paragraph: what was reviewed and why this verdict.","type":"string","minLength":1,"maxLength":4000},"model":{"description":"The model that reviewed, when the judge is an agent, e.g. claude-sonnet-4-5 or gpt-5. Its model family is derived from it unless `family` is given.","type":"string","minLength":1,"maxLength":200,"pattern":"^[^\\\\u0000-\\\\u001f\\\\u007f]+$"},"family":{"description":"The model family (vendor lineage), e.g. anthropic, openai, google. Overrides the one derived from `model`.","type":"string","minLength":1,"maxLength":100,"pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$"},"findings":{"type":"array","items":{"$ref":"#/$defs/finding"},"maxItems":500}},"additionalProperties":false,"$defs":{"path":{"description":"A repository-relative path: no leading slash, no empty, \'.\' or \'..\' segments.","type":"string","minLength":1,"maxLength":4096,"pattern":"^(?!/)(?!(?:.*/)?\\\\.{1,2}(?:/|$))(?!.*//)(?!.*/$)[^\\\\u0000]+$"},"finding":{"type":"object","required":["severity","category","description"],"properties":{"severity":{"enum":["info","low","medium","high","critical"]},"category":{"description":"e.g. correctness, security, tests, performance, style.","type":"string","minLength":1,"maxLength":200},"location":{"type":"object","required":["path"],"properties":{"path":{"$ref":"#/$defs/path"},"line":{"type":"integer","minimum":1,"maximum":100000000}},"additionalProperties":false},"description":{"type":"string","minLength":1,"maxLength":4000},"suggestedFix":{"type":"string","minLength":1,"maxLength":4000}},"additionalProperties":false}}}');
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/equal.js
var equal = __nccwpck_require__(4951);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __nccwpck_require__(6214);
;// CONCATENATED MODULE: ./src/core/validators.generated.js
// Generated by .ci/gen-validators.mjs from schemas/: do not edit by hand.

const runtime0 = typeof equal === 'function' ? { default: equal } : equal;

const runtime1 = typeof ucs2length === 'function' ? { default: ucs2length } : ucs2length;
const validateRecord = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://agentops.dev/schemas/verdict/record/v1.json","title":"agentops/verdict ledger record, format version 1","description":"One record of the .agents/ledger hash chain. See docs/spec.md.","type":"object","required":["type"],"discriminator":{"propertyName":"type"},"oneOf":[{"$ref":"#/$defs/genesisRecord"},{"$ref":"#/$defs/verdictRecord"},{"$ref":"#/$defs/learningRecord"},{"$ref":"#/$defs/promotionRecord"},{"$ref":"#/$defs/retirementRecord"}],"$defs":{"recordId":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"objectId":{"type":"string","pattern":"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},"timestamp":{"type":"string","pattern":"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"},"text":{"type":"string","minLength":1,"maxLength":4000},"path":{"description":"A repository-relative path: no leading slash, no empty, '.' or '..' segments.","type":"string","minLength":1,"maxLength":4096,"pattern":"^(?!/)(?!(?:.*/)?\\.{1,2}(?:/|$))(?!.*//)(?!.*/$)[^\\u0000]+$"},"actor":{"type":"object","required":["id","kind"],"properties":{"id":{"type":"string","minLength":1,"maxLength":256,"pattern":"^[^\\u0000-\\u001f]+$"},"kind":{"enum":["agent","human","ci","tool"]},"session":{"type":"string","minLength":1,"maxLength":256,"pattern":"^[^\\u0000-\\u001f]+$"}},"additionalProperties":false},"manifestEntry":{"type":"object","required":["oldMode","newMode","oldId","newId","status"],"properties":{"oldMode":{"type":"string","pattern":"^[0-7]{6}$"},"newMode":{"type":"string","pattern":"^[0-7]{6}$"},"oldId":{"$ref":"#/$defs/objectId"},"newId":{"$ref":"#/$defs/objectId"},"status":{"enum":["A","D","M","T"]},"path":{"$ref":"#/$defs/path"},"pathBase64":{"type":"string","minLength":4,"maxLength":8192,"pattern":"^[A-Za-z0-9+/]+={0,2}$"}},"oneOf":[{"required":["path"]},{"required":["pathBase64"]}],"additionalProperties":false},"subject":{"type":"object","description":"What a verdict covers: a manifest of changed paths and its digest.","required":["kind"],"discriminator":{"propertyName":"kind"},"oneOf":[{"type":"object","required":["kind","digest","entries"],"properties":{"kind":{"const":"staged"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000}},"additionalProperties":false},{"type":"object","required":["kind","digest","entries","commit"],"properties":{"kind":{"const":"commit"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000},"commit":{"$ref":"#/$defs/objectId"}},"additionalProperties":false},{"type":"object","required":["kind","digest","entries","base","head","commits"],"properties":{"kind":{"const":"range"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000},"base":{"$ref":"#/$defs/objectId"},"head":{"$ref":"#/$defs/objectId"},"commits":{"type":"array","maxItems":10000,"items":{"type":"object","required":["commit","digest"],"properties":{"commit":{"$ref":"#/$defs/objectId"},"digest":{"$ref":"#/$defs/digest"}},"additionalProperties":false}}},"additionalProperties":false}]},"finding":{"type":"object","required":["severity","description"],"properties":{"severity":{"enum":["info","low","medium","high","critical"]},"category":{"type":"string","maxLength":200},"path":{"$ref":"#/$defs/path"},"line":{"type":"integer","minimum":1,"maximum":100000000},"description":{"$ref":"#/$defs/text"},"suggestedFix":{"type":"string","maxLength":4000}},"additionalProperties":false},"evidence":{"type":"object","required":["kind"],"oneOf":[{"properties":{"kind":{"const":"test"},"text":{"$ref":"#/$defs/text"},"command":{"type":"string","minLength":1,"maxLength":4000},"exitCode":{"type":["integer","null"],"minimum":-1,"maximum":255},"durationMs":{"type":"integer","minimum":0,"maximum":9007199254740991},"outputDigest":{"$ref":"#/$defs/digest"},"outputTail":{"type":"string","maxLength":8000},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"command"},"text":{"$ref":"#/$defs/text"},"command":{"type":"string","minLength":1,"maxLength":4000},"exitCode":{"type":["integer","null"],"minimum":-1,"maximum":255},"durationMs":{"type":"integer","minimum":0,"maximum":9007199254740991},"outputDigest":{"$ref":"#/$defs/digest"},"outputTail":{"type":"string","maxLength":8000},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"review"},"text":{"$ref":"#/$defs/text"},"reviewer":{"type":"string","minLength":1,"maxLength":256},"model":{"type":"string","minLength":1,"maxLength":200},"family":{"type":"string","minLength":1,"maxLength":100},"verdict":{"enum":["pass","warn","fail","error"]},"findings":{"type":"array","items":{"$ref":"#/$defs/finding"},"maxItems":500},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"link"},"url":{"type":"string","minLength":1,"maxLength":2000,"pattern":"^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$"},"text":{"type":"string","maxLength":4000}},"required":["kind","url"],"additionalProperties":false,"type":"object"}],"discriminator":{"propertyName":"kind"}},"signature":{"type":"object","required":["format","namespace","signature"],"properties":{"format":{"const":"sshsig"},"namespace":{"const":"agentops-verdict"},"signature":{"type":"string","minLength":1,"maxLength":16384}},"additionalProperties":false},"genesisRecord":{"type":"object","description":"The first record of a ledger. Exactly one per ledger.","required":["schema","type","id","seq","prev","createdAt","nonce"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"genesis"},"seq":{"const":0},"prev":{"type":"array","maxItems":0},"nonce":{"description":"128 random bits, so that no two ledgers share a genesis id.","type":"string","pattern":"^[0-9a-f]{32}$"}},"additionalProperties":false},"verdictRecord":{"type":"object","description":"A checker's verdict on a change (the subject).","required":["schema","type","id","seq","prev","createdAt","ledger","subject","verdict","checker","worker","evidence","summary"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"verdict"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"subject":{"$ref":"#/$defs/subject"},"verdict":{"enum":["pass","fail"]},"checker":{"$ref":"#/$defs/actor"},"worker":{"$ref":"#/$defs/actor"},"evidence":{"type":"array","items":{"$ref":"#/$defs/evidence"},"maxItems":200},"summary":{"type":"string","maxLength":4000},"signature":{"$ref":"#/$defs/signature"}},"additionalProperties":false},"glob":{"description":"A path glob in the policy's syntax: without '/' it matches a file name anywhere, with '/' from the repository root.","type":"string","minLength":1,"maxLength":1000,"pattern":"^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"},"constraintId":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,63}$"},"constraint":{"type":"object","description":"A learning promoted into the policy: exactly one rule, enforced on changes touching its paths. Same shape as a policy constraint.","required":["id","learning","paths"],"properties":{"id":{"$ref":"#/$defs/constraintId"},"learning":{"$ref":"#/$defs/recordId"},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100,"uniqueItems":true},"note":{"type":"string","minLength":1,"maxLength":500},"requireEvidence":{"enum":["test","command","review","link"]},"requireCheckerKind":{"enum":["agent","human","ci","tool"]},"forbidPattern":{"type":"string","minLength":1,"maxLength":500},"requireCheck":{"type":"string","minLength":1,"maxLength":4000}},"oneOf":[{"required":["requireEvidence"]},{"required":["requireCheckerKind"]},{"required":["forbidPattern"]},{"required":["requireCheck"]}],"additionalProperties":false},"learningRecord":{"type":"object","description":"A lesson learned, attached to the paths it concerns (ao learn).","required":["schema","type","id","seq","prev","createdAt","ledger","text","paths","tags","negative","author"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"learning"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"text":{"$ref":"#/$defs/text"},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100,"uniqueItems":true},"tags":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._:/+-]{0,63}$"},"maxItems":20,"uniqueItems":true},"negative":{"type":"boolean"},"from":{"description":"The verdict the lesson was drawn from.","$ref":"#/$defs/recordId"},"author":{"$ref":"#/$defs/actor"}},"additionalProperties":false},"promotionRecord":{"type":"object","description":"A learning turned into a constraint of .agents/policy.json (ao promote).","required":["schema","type","id","seq","prev","createdAt","ledger","learning","constraint","author"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"promotion"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"learning":{"description":"The learning promoted.","$ref":"#/$defs/recordId"},"constraint":{"$ref":"#/$defs/constraint"},"author":{"$ref":"#/$defs/actor"}},"additionalProperties":false},"retirementRecord":{"type":"object","description":"A constraint taken out of the policy, and why (ao retire).","required":["schema","type","id","seq","prev","createdAt","ledger","constraint","learning","why","author"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"retirement"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"constraint":{"$ref":"#/$defs/constraintId"},"learning":{"$ref":"#/$defs/recordId"},"promotion":{"description":"The promotion record this retires, if the constraint came from ao promote.","$ref":"#/$defs/recordId"},"why":{"$ref":"#/$defs/text"},"author":{"$ref":"#/$defs/actor"}},"additionalProperties":false}}};
const schema32 = {"type":"object","description":"The first record of a ledger. Exactly one per ledger.","required":["schema","type","id","seq","prev","createdAt","nonce"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"genesis"},"seq":{"const":0},"prev":{"type":"array","maxItems":0},"nonce":{"description":"128 random bits, so that no two ledgers share a genesis id.","type":"string","pattern":"^[0-9a-f]{32}$"}},"additionalProperties":false};
const schema33 = {"type":"string","pattern":"^sha256:[0-9a-f]{64}$"};
const schema34 = {"type":"string","pattern":"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"};
const pattern4 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
const pattern5 = new RegExp("^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$", "u");
const pattern6 = new RegExp("^[0-9a-f]{32}$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.schema === undefined) && (missing0 = "schema")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.prev === undefined) && (missing0 = "prev"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.nonce === undefined) && (missing0 = "nonce"))){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "schema") || (key0 === "id")) || (key0 === "createdAt")) || (key0 === "type")) || (key0 === "seq")) || (key0 === "prev")) || (key0 === "nonce"))){
validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.schema !== undefined){
const _errs2 = errors;
if("agentops-verdict/record@1" !== data.schema){
validate21.errors = [{instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "agentops-verdict/record@1"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate21.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createdAt !== undefined){
let data2 = data.createdAt;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
validate21.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"},message:"must match pattern \""+"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs9 = errors;
if("genesis" !== data.type){
validate21.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "genesis"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq !== undefined){
const _errs10 = errors;
if(0 !== data.seq){
validate21.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/const",keyword:"const",params:{allowedValue: 0},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.prev !== undefined){
let data5 = data.prev;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data5)){
if(data5.length > 0){
validate21.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/maxItems",keyword:"maxItems",params:{limit: 0},message:"must NOT have more than 0 items"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.nonce !== undefined){
let data6 = data.nonce;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data6 === "string"){
if(!pattern6.test(data6)){
validate21.errors = [{instancePath:instancePath+"/nonce",schemaPath:"#/properties/nonce/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{32}$"},message:"must match pattern \""+"^[0-9a-f]{32}$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/nonce",schemaPath:"#/properties/nonce/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema35 = {"type":"object","description":"A checker's verdict on a change (the subject).","required":["schema","type","id","seq","prev","createdAt","ledger","subject","verdict","checker","worker","evidence","summary"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"verdict"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"subject":{"$ref":"#/$defs/subject"},"verdict":{"enum":["pass","fail"]},"checker":{"$ref":"#/$defs/actor"},"worker":{"$ref":"#/$defs/actor"},"evidence":{"type":"array","items":{"$ref":"#/$defs/evidence"},"maxItems":200},"summary":{"type":"string","maxLength":4000},"signature":{"$ref":"#/$defs/signature"}},"additionalProperties":false};
const schema53 = {"type":"object","required":["id","kind"],"properties":{"id":{"type":"string","minLength":1,"maxLength":256,"pattern":"^[^\\u0000-\\u001f]+$"},"kind":{"enum":["agent","human","ci","tool"]},"session":{"type":"string","minLength":1,"maxLength":256,"pattern":"^[^\\u0000-\\u001f]+$"}},"additionalProperties":false};
const schema64 = {"type":"object","required":["format","namespace","signature"],"properties":{"format":{"const":"sshsig"},"namespace":{"const":"agentops-verdict"},"signature":{"type":"string","minLength":1,"maxLength":16384}},"additionalProperties":false};
const func1 = Object.prototype.hasOwnProperty;
const func0 = runtime0.default;
const func3 = runtime1.default;
const pattern25 = new RegExp("^[^\\u0000-\\u001f]+$", "u");
const schema40 = {"type":"object","description":"What a verdict covers: a manifest of changed paths and its digest.","required":["kind"],"discriminator":{"propertyName":"kind"},"oneOf":[{"type":"object","required":["kind","digest","entries"],"properties":{"kind":{"const":"staged"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000}},"additionalProperties":false},{"type":"object","required":["kind","digest","entries","commit"],"properties":{"kind":{"const":"commit"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000},"commit":{"$ref":"#/$defs/objectId"}},"additionalProperties":false},{"type":"object","required":["kind","digest","entries","base","head","commits"],"properties":{"kind":{"const":"range"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000},"base":{"$ref":"#/$defs/objectId"},"head":{"$ref":"#/$defs/objectId"},"commits":{"type":"array","maxItems":10000,"items":{"type":"object","required":["commit","digest"],"properties":{"commit":{"$ref":"#/$defs/objectId"},"digest":{"$ref":"#/$defs/digest"}},"additionalProperties":false}}},"additionalProperties":false}]};
const schema41 = {"type":"string","pattern":"^sha256:[0-9a-f]{64}$"};
const schema43 = {"type":"string","pattern":"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"};
const pattern14 = new RegExp("^(?:[0-9a-f]{40}|[0-9a-f]{64})$", "u");
const schema42 = {"type":"object","required":["oldMode","newMode","oldId","newId","status"],"properties":{"oldMode":{"type":"string","pattern":"^[0-7]{6}$"},"newMode":{"type":"string","pattern":"^[0-7]{6}$"},"oldId":{"$ref":"#/$defs/objectId"},"newId":{"$ref":"#/$defs/objectId"},"status":{"enum":["A","D","M","T"]},"path":{"$ref":"#/$defs/path"},"pathBase64":{"type":"string","minLength":4,"maxLength":8192,"pattern":"^[A-Za-z0-9+/]+={0,2}$"}},"oneOf":[{"required":["path"]},{"required":["pathBase64"]}],"additionalProperties":false};
const schema45 = {"description":"A repository-relative path: no leading slash, no empty, '.' or '..' segments.","type":"string","minLength":1,"maxLength":4096,"pattern":"^(?!/)(?!(?:.*/)?\\.{1,2}(?:/|$))(?!.*//)(?!.*/$)[^\\u0000]+$"};
const pattern12 = new RegExp("^[0-7]{6}$", "u");
const pattern16 = new RegExp("^(?!/)(?!(?:.*/)?\\.{1,2}(?:/|$))(?!.*//)(?!.*/$)[^\\u0000]+$", "u");
const pattern17 = new RegExp("^[A-Za-z0-9+/]+={0,2}$", "u");

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.path === undefined) && (missing0 = "path")){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.pathBase64 === undefined) && (missing1 = "pathBase64")){
const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate24.errors = vErrors;
return false;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((((((data.oldMode === undefined) && (missing2 = "oldMode")) || ((data.newMode === undefined) && (missing2 = "newMode"))) || ((data.oldId === undefined) && (missing2 = "oldId"))) || ((data.newId === undefined) && (missing2 = "newId"))) || ((data.status === undefined) && (missing2 = "status"))){
validate24.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs4 = errors;
for(const key0 in data){
if(!(((((((key0 === "oldMode") || (key0 === "newMode")) || (key0 === "oldId")) || (key0 === "newId")) || (key0 === "status")) || (key0 === "path")) || (key0 === "pathBase64"))){
validate24.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs4 === errors){
if(data.oldMode !== undefined){
let data0 = data.oldMode;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data0 === "string"){
if(!pattern12.test(data0)){
validate24.errors = [{instancePath:instancePath+"/oldMode",schemaPath:"#/properties/oldMode/pattern",keyword:"pattern",params:{pattern: "^[0-7]{6}$"},message:"must match pattern \""+"^[0-7]{6}$"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/oldMode",schemaPath:"#/properties/oldMode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.newMode !== undefined){
let data1 = data.newMode;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(!pattern12.test(data1)){
validate24.errors = [{instancePath:instancePath+"/newMode",schemaPath:"#/properties/newMode/pattern",keyword:"pattern",params:{pattern: "^[0-7]{6}$"},message:"must match pattern \""+"^[0-7]{6}$"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/newMode",schemaPath:"#/properties/newMode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.oldId !== undefined){
let data2 = data.oldId;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data2 === "string"){
if(!pattern14.test(data2)){
validate24.errors = [{instancePath:instancePath+"/oldId",schemaPath:"#/$defs/objectId/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},message:"must match pattern \""+"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/oldId",schemaPath:"#/$defs/objectId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.newId !== undefined){
let data3 = data.newId;
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data3 === "string"){
if(!pattern14.test(data3)){
validate24.errors = [{instancePath:instancePath+"/newId",schemaPath:"#/$defs/objectId/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},message:"must match pattern \""+"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/newId",schemaPath:"#/$defs/objectId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs12 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.status !== undefined){
let data4 = data.status;
const _errs15 = errors;
if(!((((data4 === "A") || (data4 === "D")) || (data4 === "M")) || (data4 === "T"))){
validate24.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema42.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs15 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.path !== undefined){
let data5 = data.path;
const _errs16 = errors;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data5 === "string"){
if(func3(data5) > 4096){
validate24.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/path/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
else {
if(func3(data5) < 1){
validate24.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern16.test(data5)){
validate24.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/path/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?!(?:.*/)?\\.{1,2}(?:/|$))(?!.*//)(?!.*/$)[^\\u0000]+$"},message:"must match pattern \""+"^(?!/)(?!(?:.*/)?\\.{1,2}(?:/|$))(?!.*//)(?!.*/$)[^\\u0000]+$"+"\""}];
return false;
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs16 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.pathBase64 !== undefined){
let data6 = data.pathBase64;
const _errs19 = errors;
if(errors === _errs19){
if(typeof data6 === "string"){
if(func3(data6) > 8192){
validate24.errors = [{instancePath:instancePath+"/pathBase64",schemaPath:"#/properties/pathBase64/maxLength",keyword:"maxLength",params:{limit: 8192},message:"must NOT have more than 8192 characters"}];
return false;
}
else {
if(func3(data6) < 4){
validate24.errors = [{instancePath:instancePath+"/pathBase64",schemaPath:"#/properties/pathBase64/minLength",keyword:"minLength",params:{limit: 4},message:"must NOT have fewer than 4 characters"}];
return false;
}
else {
if(!pattern17.test(data6)){
validate24.errors = [{instancePath:instancePath+"/pathBase64",schemaPath:"#/properties/pathBase64/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9+/]+={0,2}$"},message:"must match pattern \""+"^[A-Za-z0-9+/]+={0,2}$"+"\""}];
return false;
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/pathBase64",schemaPath:"#/properties/pathBase64/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs19 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.kind === undefined) && (missing0 = "kind")){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const tag0 = data.kind;
if(typeof tag0 == "string"){
if(tag0 === "staged"){
const _errs2 = errors;
if(errors === _errs2){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((((data.kind === undefined) && (missing1 = "kind")) || ((data.digest === undefined) && (missing1 = "digest"))) || ((data.entries === undefined) && (missing1 = "entries"))){
validate23.errors = [{instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs4 = errors;
for(const key0 in data){
if(!(((key0 === "kind") || (key0 === "digest")) || (key0 === "entries"))){
validate23.errors = [{instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs4 === errors){
if(data.kind !== undefined){
const _errs5 = errors;
if("staged" !== data.kind){
validate23.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/0/properties/kind/const",keyword:"const",params:{allowedValue: "staged"},message:"must be equal to constant"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.digest !== undefined){
let data1 = data.digest;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate23.errors = [{instancePath:instancePath+"/digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.entries !== undefined){
let data2 = data.entries;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data2)){
if(data2.length > 10000){
validate23.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/oneOf/0/properties/entries/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid4 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs11 = errors;
if(!(validate24(data2[i0], {instancePath:instancePath+"/entries/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid4 = _errs11 === errors;
if(!valid4){
break;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/oneOf/0/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var props0 = true;
}
else if(tag0 === "commit"){
const _errs12 = errors;
if(errors === _errs12){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if(((((data.kind === undefined) && (missing2 = "kind")) || ((data.digest === undefined) && (missing2 = "digest"))) || ((data.entries === undefined) && (missing2 = "entries"))) || ((data.commit === undefined) && (missing2 = "commit"))){
validate23.errors = [{instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs14 = errors;
for(const key1 in data){
if(!((((key1 === "kind") || (key1 === "digest")) || (key1 === "entries")) || (key1 === "commit"))){
validate23.errors = [{instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs14 === errors){
if(data.kind !== undefined){
const _errs15 = errors;
if("commit" !== data.kind){
validate23.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/1/properties/kind/const",keyword:"const",params:{allowedValue: "commit"},message:"must be equal to constant"}];
return false;
}
var valid6 = _errs15 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.digest !== undefined){
let data5 = data.digest;
const _errs16 = errors;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
validate23.errors = [{instancePath:instancePath+"/digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs16 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.entries !== undefined){
let data6 = data.entries;
const _errs19 = errors;
if(errors === _errs19){
if(Array.isArray(data6)){
if(data6.length > 10000){
validate23.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/oneOf/1/properties/entries/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid8 = true;
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
const _errs21 = errors;
if(!(validate24(data6[i1], {instancePath:instancePath+"/entries/" + i1,parentData:data6,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid8 = _errs21 === errors;
if(!valid8){
break;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/oneOf/1/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid6 = _errs19 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.commit !== undefined){
let data8 = data.commit;
const _errs22 = errors;
const _errs23 = errors;
if(errors === _errs23){
if(typeof data8 === "string"){
if(!pattern14.test(data8)){
validate23.errors = [{instancePath:instancePath+"/commit",schemaPath:"#/$defs/objectId/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},message:"must match pattern \""+"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/commit",schemaPath:"#/$defs/objectId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs22 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "range"){
const _errs25 = errors;
if(errors === _errs25){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if(((((((data.kind === undefined) && (missing3 = "kind")) || ((data.digest === undefined) && (missing3 = "digest"))) || ((data.entries === undefined) && (missing3 = "entries"))) || ((data.base === undefined) && (missing3 = "base"))) || ((data.head === undefined) && (missing3 = "head"))) || ((data.commits === undefined) && (missing3 = "commits"))){
validate23.errors = [{instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs27 = errors;
for(const key2 in data){
if(!((((((key2 === "kind") || (key2 === "digest")) || (key2 === "entries")) || (key2 === "base")) || (key2 === "head")) || (key2 === "commits"))){
validate23.errors = [{instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs27 === errors){
if(data.kind !== undefined){
const _errs28 = errors;
if("range" !== data.kind){
validate23.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/2/properties/kind/const",keyword:"const",params:{allowedValue: "range"},message:"must be equal to constant"}];
return false;
}
var valid11 = _errs28 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data.digest !== undefined){
let data10 = data.digest;
const _errs29 = errors;
const _errs30 = errors;
if(errors === _errs30){
if(typeof data10 === "string"){
if(!pattern4.test(data10)){
validate23.errors = [{instancePath:instancePath+"/digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid11 = _errs29 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data.entries !== undefined){
let data11 = data.entries;
const _errs32 = errors;
if(errors === _errs32){
if(Array.isArray(data11)){
if(data11.length > 10000){
validate23.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/oneOf/2/properties/entries/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid13 = true;
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
const _errs34 = errors;
if(!(validate24(data11[i2], {instancePath:instancePath+"/entries/" + i2,parentData:data11,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid13 = _errs34 === errors;
if(!valid13){
break;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/oneOf/2/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid11 = _errs32 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data.base !== undefined){
let data13 = data.base;
const _errs35 = errors;
const _errs36 = errors;
if(errors === _errs36){
if(typeof data13 === "string"){
if(!pattern14.test(data13)){
validate23.errors = [{instancePath:instancePath+"/base",schemaPath:"#/$defs/objectId/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},message:"must match pattern \""+"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/base",schemaPath:"#/$defs/objectId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid11 = _errs35 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data.head !== undefined){
let data14 = data.head;
const _errs38 = errors;
const _errs39 = errors;
if(errors === _errs39){
if(typeof data14 === "string"){
if(!pattern14.test(data14)){
validate23.errors = [{instancePath:instancePath+"/head",schemaPath:"#/$defs/objectId/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},message:"must match pattern \""+"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/head",schemaPath:"#/$defs/objectId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid11 = _errs38 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data.commits !== undefined){
let data15 = data.commits;
const _errs41 = errors;
if(errors === _errs41){
if(Array.isArray(data15)){
if(data15.length > 10000){
validate23.errors = [{instancePath:instancePath+"/commits",schemaPath:"#/oneOf/2/properties/commits/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid16 = true;
const len3 = data15.length;
for(let i3=0; i3<len3; i3++){
let data16 = data15[i3];
const _errs43 = errors;
if(errors === _errs43){
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
let missing4;
if(((data16.commit === undefined) && (missing4 = "commit")) || ((data16.digest === undefined) && (missing4 = "digest"))){
validate23.errors = [{instancePath:instancePath+"/commits/" + i3,schemaPath:"#/oneOf/2/properties/commits/items/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs45 = errors;
for(const key3 in data16){
if(!((key3 === "commit") || (key3 === "digest"))){
validate23.errors = [{instancePath:instancePath+"/commits/" + i3,schemaPath:"#/oneOf/2/properties/commits/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs45 === errors){
if(data16.commit !== undefined){
let data17 = data16.commit;
const _errs46 = errors;
const _errs47 = errors;
if(errors === _errs47){
if(typeof data17 === "string"){
if(!pattern14.test(data17)){
validate23.errors = [{instancePath:instancePath+"/commits/" + i3+"/commit",schemaPath:"#/$defs/objectId/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},message:"must match pattern \""+"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/commits/" + i3+"/commit",schemaPath:"#/$defs/objectId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid17 = _errs46 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data16.digest !== undefined){
let data18 = data16.digest;
const _errs49 = errors;
const _errs50 = errors;
if(errors === _errs50){
if(typeof data18 === "string"){
if(!pattern4.test(data18)){
validate23.errors = [{instancePath:instancePath+"/commits/" + i3+"/digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/commits/" + i3+"/digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid17 = _errs49 === errors;
}
else {
var valid17 = true;
}
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/commits/" + i3,schemaPath:"#/oneOf/2/properties/commits/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid16 = _errs43 === errors;
if(!valid16){
break;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/commits",schemaPath:"#/oneOf/2/properties/commits/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid11 = _errs41 === errors;
}
else {
var valid11 = true;
}
}
}
}
}
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
if(props0 !== true){
props0 = true;
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "kind", tagValue: tag0},message:"value of tag \"kind\" must be in oneOf"}];
return false;
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "kind", tagValue: tag0},message:"tag \"kind\" must be string"}];
return false;
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate23.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate23.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema55 = {"type":"object","required":["kind"],"oneOf":[{"properties":{"kind":{"const":"test"},"text":{"$ref":"#/$defs/text"},"command":{"type":"string","minLength":1,"maxLength":4000},"exitCode":{"type":["integer","null"],"minimum":-1,"maximum":255},"durationMs":{"type":"integer","minimum":0,"maximum":9007199254740991},"outputDigest":{"$ref":"#/$defs/digest"},"outputTail":{"type":"string","maxLength":8000},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"command"},"text":{"$ref":"#/$defs/text"},"command":{"type":"string","minLength":1,"maxLength":4000},"exitCode":{"type":["integer","null"],"minimum":-1,"maximum":255},"durationMs":{"type":"integer","minimum":0,"maximum":9007199254740991},"outputDigest":{"$ref":"#/$defs/digest"},"outputTail":{"type":"string","maxLength":8000},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"review"},"text":{"$ref":"#/$defs/text"},"reviewer":{"type":"string","minLength":1,"maxLength":256},"model":{"type":"string","minLength":1,"maxLength":200},"family":{"type":"string","minLength":1,"maxLength":100},"verdict":{"enum":["pass","warn","fail","error"]},"findings":{"type":"array","items":{"$ref":"#/$defs/finding"},"maxItems":500},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"link"},"url":{"type":"string","minLength":1,"maxLength":2000,"pattern":"^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$"},"text":{"type":"string","maxLength":4000}},"required":["kind","url"],"additionalProperties":false,"type":"object"}],"discriminator":{"propertyName":"kind"}};
const schema56 = {"type":"string","minLength":1,"maxLength":4000};
const pattern32 = new RegExp("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$", "u");
const schema61 = {"type":"object","required":["severity","description"],"properties":{"severity":{"enum":["info","low","medium","high","critical"]},"category":{"type":"string","maxLength":200},"path":{"$ref":"#/$defs/path"},"line":{"type":"integer","minimum":1,"maximum":100000000},"description":{"$ref":"#/$defs/text"},"suggestedFix":{"type":"string","maxLength":4000}},"additionalProperties":false};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.severity === undefined) && (missing0 = "severity")) || ((data.description === undefined) && (missing0 = "description"))){
validate30.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "severity") || (key0 === "category")) || (key0 === "path")) || (key0 === "line")) || (key0 === "description")) || (key0 === "suggestedFix"))){
validate30.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.severity !== undefined){
let data0 = data.severity;
const _errs2 = errors;
if(!(((((data0 === "info") || (data0 === "low")) || (data0 === "medium")) || (data0 === "high")) || (data0 === "critical"))){
validate30.errors = [{instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/enum",keyword:"enum",params:{allowedValues: schema61.properties.severity.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.category !== undefined){
let data1 = data.category;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(func3(data1) > 200){
validate30.errors = [{instancePath:instancePath+"/category",schemaPath:"#/properties/category/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
}
else {
validate30.errors = [{instancePath:instancePath+"/category",schemaPath:"#/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.path !== undefined){
let data2 = data.path;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func3(data2) > 4096){
validate30.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/path/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
else {
if(func3(data2) < 1){
validate30.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern16.test(data2)){
validate30.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/path/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?!(?:.*/)?\\.{1,2}(?:/|$))(?!.*//)(?!.*/$)[^\\u0000]+$"},message:"must match pattern \""+"^(?!/)(?!(?:.*/)?\\.{1,2}(?:/|$))(?!.*//)(?!.*/$)[^\\u0000]+$"+"\""}];
return false;
}
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.line !== undefined){
let data3 = data.line;
const _errs8 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate30.errors = [{instancePath:instancePath+"/line",schemaPath:"#/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs8){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 100000000 || isNaN(data3)){
validate30.errors = [{instancePath:instancePath+"/line",schemaPath:"#/properties/line/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000000},message:"must be <= 100000000"}];
return false;
}
else {
if(data3 < 1 || isNaN(data3)){
validate30.errors = [{instancePath:instancePath+"/line",schemaPath:"#/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
let data4 = data.description;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data4 === "string"){
if(func3(data4) > 4000){
validate30.errors = [{instancePath:instancePath+"/description",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data4) < 1){
validate30.errors = [{instancePath:instancePath+"/description",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/description",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.suggestedFix !== undefined){
let data5 = data.suggestedFix;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data5 === "string"){
if(func3(data5) > 4000){
validate30.errors = [{instancePath:instancePath+"/suggestedFix",schemaPath:"#/properties/suggestedFix/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
}
else {
validate30.errors = [{instancePath:instancePath+"/suggestedFix",schemaPath:"#/properties/suggestedFix/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate30.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.kind === undefined) && (missing0 = "kind")){
validate29.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const tag0 = data.kind;
if(typeof tag0 == "string"){
if(tag0 === "test"){
const _errs2 = errors;
if(errors === _errs2){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if(((data.kind === undefined) && (missing1 = "kind")) || ((data.text === undefined) && (missing1 = "text"))){
validate29.errors = [{instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs4 = errors;
for(const key0 in data){
if(!((((((((key0 === "kind") || (key0 === "text")) || (key0 === "command")) || (key0 === "exitCode")) || (key0 === "durationMs")) || (key0 === "outputDigest")) || (key0 === "outputTail")) || (key0 === "error"))){
validate29.errors = [{instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs4 === errors){
if(data.kind !== undefined){
const _errs5 = errors;
if("test" !== data.kind){
validate29.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/0/properties/kind/const",keyword:"const",params:{allowedValue: "test"},message:"must be equal to constant"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.text !== undefined){
let data1 = data.text;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(func3(data1) > 4000){
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data1) < 1){
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.command !== undefined){
let data2 = data.command;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data2 === "string"){
if(func3(data2) > 4000){
validate29.errors = [{instancePath:instancePath+"/command",schemaPath:"#/oneOf/0/properties/command/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data2) < 1){
validate29.errors = [{instancePath:instancePath+"/command",schemaPath:"#/oneOf/0/properties/command/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/command",schemaPath:"#/oneOf/0/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.exitCode !== undefined){
let data3 = data.exitCode;
const _errs11 = errors;
if((!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) && (data3 !== null)){
validate29.errors = [{instancePath:instancePath+"/exitCode",schemaPath:"#/oneOf/0/properties/exitCode/type",keyword:"type",params:{type: schema55.oneOf[0].properties.exitCode.type},message:"must be integer,null"}];
return false;
}
if(errors === _errs11){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 255 || isNaN(data3)){
validate29.errors = [{instancePath:instancePath+"/exitCode",schemaPath:"#/oneOf/0/properties/exitCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255"}];
return false;
}
else {
if(data3 < -1 || isNaN(data3)){
validate29.errors = [{instancePath:instancePath+"/exitCode",schemaPath:"#/oneOf/0/properties/exitCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1"}];
return false;
}
}
}
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.durationMs !== undefined){
let data4 = data.durationMs;
const _errs13 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate29.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/oneOf/0/properties/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs13){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 9007199254740991 || isNaN(data4)){
validate29.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/oneOf/0/properties/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data4 < 0 || isNaN(data4)){
validate29.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/oneOf/0/properties/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.outputDigest !== undefined){
let data5 = data.outputDigest;
const _errs15 = errors;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
validate29.errors = [{instancePath:instancePath+"/outputDigest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/outputDigest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.outputTail !== undefined){
let data6 = data.outputTail;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data6 === "string"){
if(func3(data6) > 8000){
validate29.errors = [{instancePath:instancePath+"/outputTail",schemaPath:"#/oneOf/0/properties/outputTail/maxLength",keyword:"maxLength",params:{limit: 8000},message:"must NOT have more than 8000 characters"}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/outputTail",schemaPath:"#/oneOf/0/properties/outputTail/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs18 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.error !== undefined){
let data7 = data.error;
const _errs20 = errors;
if(errors === _errs20){
if(typeof data7 === "string"){
if(func3(data7) > 4000){
validate29.errors = [{instancePath:instancePath+"/error",schemaPath:"#/oneOf/0/properties/error/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/error",schemaPath:"#/oneOf/0/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs20 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var props0 = true;
}
else if(tag0 === "command"){
const _errs22 = errors;
if(errors === _errs22){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if(((data.kind === undefined) && (missing2 = "kind")) || ((data.text === undefined) && (missing2 = "text"))){
validate29.errors = [{instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs24 = errors;
for(const key1 in data){
if(!((((((((key1 === "kind") || (key1 === "text")) || (key1 === "command")) || (key1 === "exitCode")) || (key1 === "durationMs")) || (key1 === "outputDigest")) || (key1 === "outputTail")) || (key1 === "error"))){
validate29.errors = [{instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs24 === errors){
if(data.kind !== undefined){
const _errs25 = errors;
if("command" !== data.kind){
validate29.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/1/properties/kind/const",keyword:"const",params:{allowedValue: "command"},message:"must be equal to constant"}];
return false;
}
var valid6 = _errs25 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.text !== undefined){
let data9 = data.text;
const _errs26 = errors;
const _errs27 = errors;
if(errors === _errs27){
if(typeof data9 === "string"){
if(func3(data9) > 4000){
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data9) < 1){
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs26 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.command !== undefined){
let data10 = data.command;
const _errs29 = errors;
if(errors === _errs29){
if(typeof data10 === "string"){
if(func3(data10) > 4000){
validate29.errors = [{instancePath:instancePath+"/command",schemaPath:"#/oneOf/1/properties/command/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data10) < 1){
validate29.errors = [{instancePath:instancePath+"/command",schemaPath:"#/oneOf/1/properties/command/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/command",schemaPath:"#/oneOf/1/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs29 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.exitCode !== undefined){
let data11 = data.exitCode;
const _errs31 = errors;
if((!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))) && (data11 !== null)){
validate29.errors = [{instancePath:instancePath+"/exitCode",schemaPath:"#/oneOf/1/properties/exitCode/type",keyword:"type",params:{type: schema55.oneOf[1].properties.exitCode.type},message:"must be integer,null"}];
return false;
}
if(errors === _errs31){
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 255 || isNaN(data11)){
validate29.errors = [{instancePath:instancePath+"/exitCode",schemaPath:"#/oneOf/1/properties/exitCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255"}];
return false;
}
else {
if(data11 < -1 || isNaN(data11)){
validate29.errors = [{instancePath:instancePath+"/exitCode",schemaPath:"#/oneOf/1/properties/exitCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1"}];
return false;
}
}
}
}
var valid6 = _errs31 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.durationMs !== undefined){
let data12 = data.durationMs;
const _errs33 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
validate29.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/oneOf/1/properties/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs33){
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 9007199254740991 || isNaN(data12)){
validate29.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/oneOf/1/properties/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data12 < 0 || isNaN(data12)){
validate29.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/oneOf/1/properties/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid6 = _errs33 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.outputDigest !== undefined){
let data13 = data.outputDigest;
const _errs35 = errors;
const _errs36 = errors;
if(errors === _errs36){
if(typeof data13 === "string"){
if(!pattern4.test(data13)){
validate29.errors = [{instancePath:instancePath+"/outputDigest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/outputDigest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs35 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.outputTail !== undefined){
let data14 = data.outputTail;
const _errs38 = errors;
if(errors === _errs38){
if(typeof data14 === "string"){
if(func3(data14) > 8000){
validate29.errors = [{instancePath:instancePath+"/outputTail",schemaPath:"#/oneOf/1/properties/outputTail/maxLength",keyword:"maxLength",params:{limit: 8000},message:"must NOT have more than 8000 characters"}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/outputTail",schemaPath:"#/oneOf/1/properties/outputTail/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs38 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.error !== undefined){
let data15 = data.error;
const _errs40 = errors;
if(errors === _errs40){
if(typeof data15 === "string"){
if(func3(data15) > 4000){
validate29.errors = [{instancePath:instancePath+"/error",schemaPath:"#/oneOf/1/properties/error/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/error",schemaPath:"#/oneOf/1/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs40 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "review"){
const _errs42 = errors;
if(errors === _errs42){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if(((data.kind === undefined) && (missing3 = "kind")) || ((data.text === undefined) && (missing3 = "text"))){
validate29.errors = [{instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs44 = errors;
for(const key2 in data){
if(!((((((((key2 === "kind") || (key2 === "text")) || (key2 === "reviewer")) || (key2 === "model")) || (key2 === "family")) || (key2 === "verdict")) || (key2 === "findings")) || (key2 === "error"))){
validate29.errors = [{instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs44 === errors){
if(data.kind !== undefined){
const _errs45 = errors;
if("review" !== data.kind){
validate29.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/2/properties/kind/const",keyword:"const",params:{allowedValue: "review"},message:"must be equal to constant"}];
return false;
}
var valid10 = _errs45 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data.text !== undefined){
let data17 = data.text;
const _errs46 = errors;
const _errs47 = errors;
if(errors === _errs47){
if(typeof data17 === "string"){
if(func3(data17) > 4000){
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data17) < 1){
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs46 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data.reviewer !== undefined){
let data18 = data.reviewer;
const _errs49 = errors;
if(errors === _errs49){
if(typeof data18 === "string"){
if(func3(data18) > 256){
validate29.errors = [{instancePath:instancePath+"/reviewer",schemaPath:"#/oneOf/2/properties/reviewer/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data18) < 1){
validate29.errors = [{instancePath:instancePath+"/reviewer",schemaPath:"#/oneOf/2/properties/reviewer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/reviewer",schemaPath:"#/oneOf/2/properties/reviewer/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs49 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data.model !== undefined){
let data19 = data.model;
const _errs51 = errors;
if(errors === _errs51){
if(typeof data19 === "string"){
if(func3(data19) > 200){
validate29.errors = [{instancePath:instancePath+"/model",schemaPath:"#/oneOf/2/properties/model/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if(func3(data19) < 1){
validate29.errors = [{instancePath:instancePath+"/model",schemaPath:"#/oneOf/2/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/model",schemaPath:"#/oneOf/2/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs51 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data.family !== undefined){
let data20 = data.family;
const _errs53 = errors;
if(errors === _errs53){
if(typeof data20 === "string"){
if(func3(data20) > 100){
validate29.errors = [{instancePath:instancePath+"/family",schemaPath:"#/oneOf/2/properties/family/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"}];
return false;
}
else {
if(func3(data20) < 1){
validate29.errors = [{instancePath:instancePath+"/family",schemaPath:"#/oneOf/2/properties/family/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/family",schemaPath:"#/oneOf/2/properties/family/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs53 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data.verdict !== undefined){
let data21 = data.verdict;
const _errs55 = errors;
if(!((((data21 === "pass") || (data21 === "warn")) || (data21 === "fail")) || (data21 === "error"))){
validate29.errors = [{instancePath:instancePath+"/verdict",schemaPath:"#/oneOf/2/properties/verdict/enum",keyword:"enum",params:{allowedValues: schema55.oneOf[2].properties.verdict.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid10 = _errs55 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data.findings !== undefined){
let data22 = data.findings;
const _errs56 = errors;
if(errors === _errs56){
if(Array.isArray(data22)){
if(data22.length > 500){
validate29.errors = [{instancePath:instancePath+"/findings",schemaPath:"#/oneOf/2/properties/findings/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items"}];
return false;
}
else {
var valid12 = true;
const len0 = data22.length;
for(let i0=0; i0<len0; i0++){
const _errs58 = errors;
if(!(validate30(data22[i0], {instancePath:instancePath+"/findings/" + i0,parentData:data22,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
var valid12 = _errs58 === errors;
if(!valid12){
break;
}
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/findings",schemaPath:"#/oneOf/2/properties/findings/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid10 = _errs56 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data.error !== undefined){
let data24 = data.error;
const _errs59 = errors;
if(errors === _errs59){
if(typeof data24 === "string"){
if(func3(data24) > 4000){
validate29.errors = [{instancePath:instancePath+"/error",schemaPath:"#/oneOf/2/properties/error/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/error",schemaPath:"#/oneOf/2/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs59 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "link"){
const _errs61 = errors;
if(errors === _errs61){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if(((data.kind === undefined) && (missing4 = "kind")) || ((data.url === undefined) && (missing4 = "url"))){
validate29.errors = [{instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs63 = errors;
for(const key3 in data){
if(!(((key3 === "kind") || (key3 === "url")) || (key3 === "text"))){
validate29.errors = [{instancePath,schemaPath:"#/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs63 === errors){
if(data.kind !== undefined){
const _errs64 = errors;
if("link" !== data.kind){
validate29.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/3/properties/kind/const",keyword:"const",params:{allowedValue: "link"},message:"must be equal to constant"}];
return false;
}
var valid14 = _errs64 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.url !== undefined){
let data26 = data.url;
const _errs65 = errors;
if(errors === _errs65){
if(typeof data26 === "string"){
if(func3(data26) > 2000){
validate29.errors = [{instancePath:instancePath+"/url",schemaPath:"#/oneOf/3/properties/url/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"}];
return false;
}
else {
if(func3(data26) < 1){
validate29.errors = [{instancePath:instancePath+"/url",schemaPath:"#/oneOf/3/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern32.test(data26)){
validate29.errors = [{instancePath:instancePath+"/url",schemaPath:"#/oneOf/3/properties/url/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$"+"\""}];
return false;
}
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/url",schemaPath:"#/oneOf/3/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid14 = _errs65 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.text !== undefined){
let data27 = data.text;
const _errs67 = errors;
if(errors === _errs67){
if(typeof data27 === "string"){
if(func3(data27) > 4000){
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/oneOf/3/properties/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/oneOf/3/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid14 = _errs67 === errors;
}
else {
var valid14 = true;
}
}
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
if(props0 !== true){
props0 = true;
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "kind", tagValue: tag0},message:"value of tag \"kind\" must be in oneOf"}];
return false;
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "kind", tagValue: tag0},message:"tag \"kind\" must be string"}];
return false;
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate29.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate29.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((((((data.schema === undefined) && (missing0 = "schema")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.prev === undefined) && (missing0 = "prev"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.ledger === undefined) && (missing0 = "ledger"))) || ((data.subject === undefined) && (missing0 = "subject"))) || ((data.verdict === undefined) && (missing0 = "verdict"))) || ((data.checker === undefined) && (missing0 = "checker"))) || ((data.worker === undefined) && (missing0 = "worker"))) || ((data.evidence === undefined) && (missing0 = "evidence"))) || ((data.summary === undefined) && (missing0 = "summary"))){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema35.properties, key0))){
validate22.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.schema !== undefined){
const _errs2 = errors;
if("agentops-verdict/record@1" !== data.schema){
validate22.errors = [{instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "agentops-verdict/record@1"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate22.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createdAt !== undefined){
let data2 = data.createdAt;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
validate22.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"},message:"must match pattern \""+"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs9 = errors;
if("verdict" !== data.type){
validate22.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "verdict"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq !== undefined){
let data4 = data.seq;
const _errs10 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate22.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs10){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 9007199254740991 || isNaN(data4)){
validate22.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data4 < 1 || isNaN(data4)){
validate22.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.prev !== undefined){
let data5 = data.prev;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data5)){
if(data5.length > 256){
validate22.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];
return false;
}
else {
if(data5.length < 1){
validate22.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid3 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
const _errs14 = errors;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data6 === "string"){
if(!pattern4.test(data6)){
validate22.errors = [{instancePath:instancePath+"/prev/" + i0,schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/prev/" + i0,schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs14 === errors;
if(!valid3){
break;
}
}
if(valid3){
let i1 = data5.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data5[i1], data5[j0])){
validate22.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ledger !== undefined){
let data7 = data.ledger;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data7 === "string"){
if(!pattern4.test(data7)){
validate22.errors = [{instancePath:instancePath+"/ledger",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/ledger",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.subject !== undefined){
const _errs20 = errors;
if(!(validate23(data.subject, {instancePath:instancePath+"/subject",parentData:data,parentDataProperty:"subject",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.verdict !== undefined){
let data9 = data.verdict;
const _errs21 = errors;
if(!((data9 === "pass") || (data9 === "fail"))){
validate22.errors = [{instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/enum",keyword:"enum",params:{allowedValues: schema35.properties.verdict.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.checker !== undefined){
let data10 = data.checker;
const _errs22 = errors;
const _errs23 = errors;
if(errors === _errs23){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing1;
if(((data10.id === undefined) && (missing1 = "id")) || ((data10.kind === undefined) && (missing1 = "kind"))){
validate22.errors = [{instancePath:instancePath+"/checker",schemaPath:"#/$defs/actor/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs25 = errors;
for(const key1 in data10){
if(!(((key1 === "id") || (key1 === "kind")) || (key1 === "session"))){
validate22.errors = [{instancePath:instancePath+"/checker",schemaPath:"#/$defs/actor/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs25 === errors){
if(data10.id !== undefined){
let data11 = data10.id;
const _errs26 = errors;
if(errors === _errs26){
if(typeof data11 === "string"){
if(func3(data11) > 256){
validate22.errors = [{instancePath:instancePath+"/checker/id",schemaPath:"#/$defs/actor/properties/id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data11) < 1){
validate22.errors = [{instancePath:instancePath+"/checker/id",schemaPath:"#/$defs/actor/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern25.test(data11)){
validate22.errors = [{instancePath:instancePath+"/checker/id",schemaPath:"#/$defs/actor/properties/id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f]+$"+"\""}];
return false;
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/checker/id",schemaPath:"#/$defs/actor/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs26 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data10.kind !== undefined){
let data12 = data10.kind;
const _errs28 = errors;
if(!((((data12 === "agent") || (data12 === "human")) || (data12 === "ci")) || (data12 === "tool"))){
validate22.errors = [{instancePath:instancePath+"/checker/kind",schemaPath:"#/$defs/actor/properties/kind/enum",keyword:"enum",params:{allowedValues: schema53.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid8 = _errs28 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data10.session !== undefined){
let data13 = data10.session;
const _errs29 = errors;
if(errors === _errs29){
if(typeof data13 === "string"){
if(func3(data13) > 256){
validate22.errors = [{instancePath:instancePath+"/checker/session",schemaPath:"#/$defs/actor/properties/session/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data13) < 1){
validate22.errors = [{instancePath:instancePath+"/checker/session",schemaPath:"#/$defs/actor/properties/session/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern25.test(data13)){
validate22.errors = [{instancePath:instancePath+"/checker/session",schemaPath:"#/$defs/actor/properties/session/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f]+$"+"\""}];
return false;
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/checker/session",schemaPath:"#/$defs/actor/properties/session/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs29 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/checker",schemaPath:"#/$defs/actor/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.worker !== undefined){
let data14 = data.worker;
const _errs31 = errors;
const _errs32 = errors;
if(errors === _errs32){
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
let missing2;
if(((data14.id === undefined) && (missing2 = "id")) || ((data14.kind === undefined) && (missing2 = "kind"))){
validate22.errors = [{instancePath:instancePath+"/worker",schemaPath:"#/$defs/actor/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs34 = errors;
for(const key2 in data14){
if(!(((key2 === "id") || (key2 === "kind")) || (key2 === "session"))){
validate22.errors = [{instancePath:instancePath+"/worker",schemaPath:"#/$defs/actor/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs34 === errors){
if(data14.id !== undefined){
let data15 = data14.id;
const _errs35 = errors;
if(errors === _errs35){
if(typeof data15 === "string"){
if(func3(data15) > 256){
validate22.errors = [{instancePath:instancePath+"/worker/id",schemaPath:"#/$defs/actor/properties/id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data15) < 1){
validate22.errors = [{instancePath:instancePath+"/worker/id",schemaPath:"#/$defs/actor/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern25.test(data15)){
validate22.errors = [{instancePath:instancePath+"/worker/id",schemaPath:"#/$defs/actor/properties/id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f]+$"+"\""}];
return false;
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/worker/id",schemaPath:"#/$defs/actor/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs35 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data14.kind !== undefined){
let data16 = data14.kind;
const _errs37 = errors;
if(!((((data16 === "agent") || (data16 === "human")) || (data16 === "ci")) || (data16 === "tool"))){
validate22.errors = [{instancePath:instancePath+"/worker/kind",schemaPath:"#/$defs/actor/properties/kind/enum",keyword:"enum",params:{allowedValues: schema53.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid10 = _errs37 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data14.session !== undefined){
let data17 = data14.session;
const _errs38 = errors;
if(errors === _errs38){
if(typeof data17 === "string"){
if(func3(data17) > 256){
validate22.errors = [{instancePath:instancePath+"/worker/session",schemaPath:"#/$defs/actor/properties/session/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data17) < 1){
validate22.errors = [{instancePath:instancePath+"/worker/session",schemaPath:"#/$defs/actor/properties/session/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern25.test(data17)){
validate22.errors = [{instancePath:instancePath+"/worker/session",schemaPath:"#/$defs/actor/properties/session/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f]+$"+"\""}];
return false;
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/worker/session",schemaPath:"#/$defs/actor/properties/session/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs38 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/worker",schemaPath:"#/$defs/actor/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.evidence !== undefined){
let data18 = data.evidence;
const _errs40 = errors;
if(errors === _errs40){
if(Array.isArray(data18)){
if(data18.length > 200){
validate22.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items"}];
return false;
}
else {
var valid11 = true;
const len1 = data18.length;
for(let i2=0; i2<len1; i2++){
const _errs42 = errors;
if(!(validate29(data18[i2], {instancePath:instancePath+"/evidence/" + i2,parentData:data18,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var valid11 = _errs42 === errors;
if(!valid11){
break;
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs40 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.summary !== undefined){
let data20 = data.summary;
const _errs43 = errors;
if(errors === _errs43){
if(typeof data20 === "string"){
if(func3(data20) > 4000){
validate22.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs43 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.signature !== undefined){
let data21 = data.signature;
const _errs45 = errors;
const _errs46 = errors;
if(errors === _errs46){
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
let missing3;
if((((data21.format === undefined) && (missing3 = "format")) || ((data21.namespace === undefined) && (missing3 = "namespace"))) || ((data21.signature === undefined) && (missing3 = "signature"))){
validate22.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/$defs/signature/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs48 = errors;
for(const key3 in data21){
if(!(((key3 === "format") || (key3 === "namespace")) || (key3 === "signature"))){
validate22.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/$defs/signature/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs48 === errors){
if(data21.format !== undefined){
const _errs49 = errors;
if("sshsig" !== data21.format){
validate22.errors = [{instancePath:instancePath+"/signature/format",schemaPath:"#/$defs/signature/properties/format/const",keyword:"const",params:{allowedValue: "sshsig"},message:"must be equal to constant"}];
return false;
}
var valid13 = _errs49 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data21.namespace !== undefined){
const _errs50 = errors;
if("agentops-verdict" !== data21.namespace){
validate22.errors = [{instancePath:instancePath+"/signature/namespace",schemaPath:"#/$defs/signature/properties/namespace/const",keyword:"const",params:{allowedValue: "agentops-verdict"},message:"must be equal to constant"}];
return false;
}
var valid13 = _errs50 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data21.signature !== undefined){
let data24 = data21.signature;
const _errs51 = errors;
if(errors === _errs51){
if(typeof data24 === "string"){
if(func3(data24) > 16384){
validate22.errors = [{instancePath:instancePath+"/signature/signature",schemaPath:"#/$defs/signature/properties/signature/maxLength",keyword:"maxLength",params:{limit: 16384},message:"must NOT have more than 16384 characters"}];
return false;
}
else {
if(func3(data24) < 1){
validate22.errors = [{instancePath:instancePath+"/signature/signature",schemaPath:"#/$defs/signature/properties/signature/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/signature/signature",schemaPath:"#/$defs/signature/properties/signature/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid13 = _errs51 === errors;
}
else {
var valid13 = true;
}
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/$defs/signature/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs45 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema65 = {"type":"object","description":"A lesson learned, attached to the paths it concerns (ao learn).","required":["schema","type","id","seq","prev","createdAt","ledger","text","paths","tags","negative","author"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"learning"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"text":{"$ref":"#/$defs/text"},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100,"uniqueItems":true},"tags":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._:/+-]{0,63}$"},"maxItems":20,"uniqueItems":true},"negative":{"type":"boolean"},"from":{"description":"The verdict the lesson was drawn from.","$ref":"#/$defs/recordId"},"author":{"$ref":"#/$defs/actor"}},"additionalProperties":false};
const schema71 = {"description":"A path glob in the policy's syntax: without '/' it matches a file name anywhere, with '/' from the repository root.","type":"string","minLength":1,"maxLength":1000,"pattern":"^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"};
const pattern37 = new RegExp("^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$", "u");
const pattern38 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._:/+-]{0,63}$", "u");

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((((((data.schema === undefined) && (missing0 = "schema")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.prev === undefined) && (missing0 = "prev"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.ledger === undefined) && (missing0 = "ledger"))) || ((data.text === undefined) && (missing0 = "text"))) || ((data.paths === undefined) && (missing0 = "paths"))) || ((data.tags === undefined) && (missing0 = "tags"))) || ((data.negative === undefined) && (missing0 = "negative"))) || ((data.author === undefined) && (missing0 = "author"))){
validate33.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema65.properties, key0))){
validate33.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.schema !== undefined){
const _errs2 = errors;
if("agentops-verdict/record@1" !== data.schema){
validate33.errors = [{instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "agentops-verdict/record@1"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate33.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createdAt !== undefined){
let data2 = data.createdAt;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
validate33.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"},message:"must match pattern \""+"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"+"\""}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs9 = errors;
if("learning" !== data.type){
validate33.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "learning"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq !== undefined){
let data4 = data.seq;
const _errs10 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate33.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs10){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 9007199254740991 || isNaN(data4)){
validate33.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data4 < 1 || isNaN(data4)){
validate33.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.prev !== undefined){
let data5 = data.prev;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data5)){
if(data5.length > 256){
validate33.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];
return false;
}
else {
if(data5.length < 1){
validate33.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid3 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
const _errs14 = errors;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data6 === "string"){
if(!pattern4.test(data6)){
validate33.errors = [{instancePath:instancePath+"/prev/" + i0,schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/prev/" + i0,schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs14 === errors;
if(!valid3){
break;
}
}
if(valid3){
let i1 = data5.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data5[i1], data5[j0])){
validate33.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ledger !== undefined){
let data7 = data.ledger;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data7 === "string"){
if(!pattern4.test(data7)){
validate33.errors = [{instancePath:instancePath+"/ledger",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/ledger",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.text !== undefined){
let data8 = data.text;
const _errs20 = errors;
const _errs21 = errors;
if(errors === _errs21){
if(typeof data8 === "string"){
if(func3(data8) > 4000){
validate33.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data8) < 1){
validate33.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.paths !== undefined){
let data9 = data.paths;
const _errs23 = errors;
if(errors === _errs23){
if(Array.isArray(data9)){
if(data9.length > 100){
validate33.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
if(data9.length < 1){
validate33.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid8 = true;
const len1 = data9.length;
for(let i2=0; i2<len1; i2++){
let data10 = data9[i2];
const _errs25 = errors;
const _errs26 = errors;
if(errors === _errs26){
if(typeof data10 === "string"){
if(func3(data10) > 1000){
validate33.errors = [{instancePath:instancePath+"/paths/" + i2,schemaPath:"#/$defs/glob/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"}];
return false;
}
else {
if(func3(data10) < 1){
validate33.errors = [{instancePath:instancePath+"/paths/" + i2,schemaPath:"#/$defs/glob/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern37.test(data10)){
validate33.errors = [{instancePath:instancePath+"/paths/" + i2,schemaPath:"#/$defs/glob/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"},message:"must match pattern \""+"^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"+"\""}];
return false;
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/paths/" + i2,schemaPath:"#/$defs/glob/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs25 === errors;
if(!valid8){
break;
}
}
if(valid8){
let i3 = data9.length;
let j1;
if(i3 > 1){
outer1:
for(;i3--;){
for(j1 = i3; j1--;){
if(func0(data9[i3], data9[j1])){
validate33.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"}];
return false;
break outer1;
}
}
}
}
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tags !== undefined){
let data11 = data.tags;
const _errs28 = errors;
if(errors === _errs28){
if(Array.isArray(data11)){
if(data11.length > 20){
validate33.errors = [{instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"}];
return false;
}
else {
var valid11 = true;
const len2 = data11.length;
for(let i4=0; i4<len2; i4++){
let data12 = data11[i4];
const _errs30 = errors;
if(errors === _errs30){
if(typeof data12 === "string"){
if(!pattern38.test(data12)){
validate33.errors = [{instancePath:instancePath+"/tags/" + i4,schemaPath:"#/properties/tags/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._:/+-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._:/+-]{0,63}$"+"\""}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/tags/" + i4,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid11 = _errs30 === errors;
if(!valid11){
break;
}
}
if(valid11){
let i5 = data11.length;
let j2;
if(i5 > 1){
const indices0 = {};
for(;i5--;){
let item0 = data11[i5];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j2 = indices0[item0];
validate33.errors = [{instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"}];
return false;
break;
}
indices0[item0] = i5;
}
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.negative !== undefined){
const _errs32 = errors;
if(typeof data.negative !== "boolean"){
validate33.errors = [{instancePath:instancePath+"/negative",schemaPath:"#/properties/negative/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.from !== undefined){
let data14 = data.from;
const _errs34 = errors;
const _errs35 = errors;
if(errors === _errs35){
if(typeof data14 === "string"){
if(!pattern4.test(data14)){
validate33.errors = [{instancePath:instancePath+"/from",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/from",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.author !== undefined){
let data15 = data.author;
const _errs37 = errors;
const _errs38 = errors;
if(errors === _errs38){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
let missing1;
if(((data15.id === undefined) && (missing1 = "id")) || ((data15.kind === undefined) && (missing1 = "kind"))){
validate33.errors = [{instancePath:instancePath+"/author",schemaPath:"#/$defs/actor/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs40 = errors;
for(const key1 in data15){
if(!(((key1 === "id") || (key1 === "kind")) || (key1 === "session"))){
validate33.errors = [{instancePath:instancePath+"/author",schemaPath:"#/$defs/actor/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs40 === errors){
if(data15.id !== undefined){
let data16 = data15.id;
const _errs41 = errors;
if(errors === _errs41){
if(typeof data16 === "string"){
if(func3(data16) > 256){
validate33.errors = [{instancePath:instancePath+"/author/id",schemaPath:"#/$defs/actor/properties/id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data16) < 1){
validate33.errors = [{instancePath:instancePath+"/author/id",schemaPath:"#/$defs/actor/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern25.test(data16)){
validate33.errors = [{instancePath:instancePath+"/author/id",schemaPath:"#/$defs/actor/properties/id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f]+$"+"\""}];
return false;
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/author/id",schemaPath:"#/$defs/actor/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid15 = _errs41 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data15.kind !== undefined){
let data17 = data15.kind;
const _errs43 = errors;
if(!((((data17 === "agent") || (data17 === "human")) || (data17 === "ci")) || (data17 === "tool"))){
validate33.errors = [{instancePath:instancePath+"/author/kind",schemaPath:"#/$defs/actor/properties/kind/enum",keyword:"enum",params:{allowedValues: schema53.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid15 = _errs43 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data15.session !== undefined){
let data18 = data15.session;
const _errs44 = errors;
if(errors === _errs44){
if(typeof data18 === "string"){
if(func3(data18) > 256){
validate33.errors = [{instancePath:instancePath+"/author/session",schemaPath:"#/$defs/actor/properties/session/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data18) < 1){
validate33.errors = [{instancePath:instancePath+"/author/session",schemaPath:"#/$defs/actor/properties/session/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern25.test(data18)){
validate33.errors = [{instancePath:instancePath+"/author/session",schemaPath:"#/$defs/actor/properties/session/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f]+$"+"\""}];
return false;
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/author/session",schemaPath:"#/$defs/actor/properties/session/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid15 = _errs44 === errors;
}
else {
var valid15 = true;
}
}
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/author",schemaPath:"#/$defs/actor/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs37 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate33.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema74 = {"type":"object","description":"A learning turned into a constraint of .agents/policy.json (ao promote).","required":["schema","type","id","seq","prev","createdAt","ledger","learning","constraint","author"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"promotion"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"learning":{"description":"The learning promoted.","$ref":"#/$defs/recordId"},"constraint":{"$ref":"#/$defs/constraint"},"author":{"$ref":"#/$defs/actor"}},"additionalProperties":false};
const schema80 = {"type":"object","description":"A learning promoted into the policy: exactly one rule, enforced on changes touching its paths. Same shape as a policy constraint.","required":["id","learning","paths"],"properties":{"id":{"$ref":"#/$defs/constraintId"},"learning":{"$ref":"#/$defs/recordId"},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100,"uniqueItems":true},"note":{"type":"string","minLength":1,"maxLength":500},"requireEvidence":{"enum":["test","command","review","link"]},"requireCheckerKind":{"enum":["agent","human","ci","tool"]},"forbidPattern":{"type":"string","minLength":1,"maxLength":500},"requireCheck":{"type":"string","minLength":1,"maxLength":4000}},"oneOf":[{"required":["requireEvidence"]},{"required":["requireCheckerKind"]},{"required":["forbidPattern"]},{"required":["requireCheck"]}],"additionalProperties":false};
const schema81 = {"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,63}$"};
const pattern47 = new RegExp("^[a-z0-9][a-z0-9._-]{0,63}$", "u");

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.requireEvidence === undefined) && (missing0 = "requireEvidence")){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.requireCheckerKind === undefined) && (missing1 = "requireCheckerKind")){
const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.forbidPattern === undefined) && (missing2 = "forbidPattern")){
const err2 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
}
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.requireCheck === undefined) && (missing3 = "requireCheck")){
const err3 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid0 = true;
passing0 = 3;
}
}
}
}
if(!valid0){
const err4 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate35.errors = vErrors;
return false;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((((data.id === undefined) && (missing4 = "id")) || ((data.learning === undefined) && (missing4 = "learning"))) || ((data.paths === undefined) && (missing4 = "paths"))){
validate35.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs6 = errors;
for(const key0 in data){
if(!((((((((key0 === "id") || (key0 === "learning")) || (key0 === "paths")) || (key0 === "note")) || (key0 === "requireEvidence")) || (key0 === "requireCheckerKind")) || (key0 === "forbidPattern")) || (key0 === "requireCheck"))){
validate35.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs6 === errors){
if(data.id !== undefined){
let data0 = data.id;
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data0 === "string"){
if(!pattern47.test(data0)){
validate35.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/constraintId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,63}$"+"\""}];
return false;
}
}
else {
validate35.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/constraintId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.learning !== undefined){
let data1 = data.learning;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate35.errors = [{instancePath:instancePath+"/learning",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate35.errors = [{instancePath:instancePath+"/learning",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs10 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.paths !== undefined){
let data2 = data.paths;
const _errs13 = errors;
if(errors === _errs13){
if(Array.isArray(data2)){
if(data2.length > 100){
validate35.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
if(data2.length < 1){
validate35.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid4 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs15 = errors;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data3 === "string"){
if(func3(data3) > 1000){
validate35.errors = [{instancePath:instancePath+"/paths/" + i0,schemaPath:"#/$defs/glob/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"}];
return false;
}
else {
if(func3(data3) < 1){
validate35.errors = [{instancePath:instancePath+"/paths/" + i0,schemaPath:"#/$defs/glob/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern37.test(data3)){
validate35.errors = [{instancePath:instancePath+"/paths/" + i0,schemaPath:"#/$defs/glob/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"},message:"must match pattern \""+"^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"+"\""}];
return false;
}
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/paths/" + i0,schemaPath:"#/$defs/glob/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs15 === errors;
if(!valid4){
break;
}
}
if(valid4){
let i1 = data2.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data2[i1], data2[j0])){
validate35.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.note !== undefined){
let data4 = data.note;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data4 === "string"){
if(func3(data4) > 500){
validate35.errors = [{instancePath:instancePath+"/note",schemaPath:"#/properties/note/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"}];
return false;
}
else {
if(func3(data4) < 1){
validate35.errors = [{instancePath:instancePath+"/note",schemaPath:"#/properties/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/note",schemaPath:"#/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs18 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.requireEvidence !== undefined){
let data5 = data.requireEvidence;
const _errs20 = errors;
if(!((((data5 === "test") || (data5 === "command")) || (data5 === "review")) || (data5 === "link"))){
validate35.errors = [{instancePath:instancePath+"/requireEvidence",schemaPath:"#/properties/requireEvidence/enum",keyword:"enum",params:{allowedValues: schema80.properties.requireEvidence.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs20 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.requireCheckerKind !== undefined){
let data6 = data.requireCheckerKind;
const _errs21 = errors;
if(!((((data6 === "agent") || (data6 === "human")) || (data6 === "ci")) || (data6 === "tool"))){
validate35.errors = [{instancePath:instancePath+"/requireCheckerKind",schemaPath:"#/properties/requireCheckerKind/enum",keyword:"enum",params:{allowedValues: schema80.properties.requireCheckerKind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs21 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.forbidPattern !== undefined){
let data7 = data.forbidPattern;
const _errs22 = errors;
if(errors === _errs22){
if(typeof data7 === "string"){
if(func3(data7) > 500){
validate35.errors = [{instancePath:instancePath+"/forbidPattern",schemaPath:"#/properties/forbidPattern/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"}];
return false;
}
else {
if(func3(data7) < 1){
validate35.errors = [{instancePath:instancePath+"/forbidPattern",schemaPath:"#/properties/forbidPattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/forbidPattern",schemaPath:"#/properties/forbidPattern/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs22 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.requireCheck !== undefined){
let data8 = data.requireCheck;
const _errs24 = errors;
if(errors === _errs24){
if(typeof data8 === "string"){
if(func3(data8) > 4000){
validate35.errors = [{instancePath:instancePath+"/requireCheck",schemaPath:"#/properties/requireCheck/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data8) < 1){
validate35.errors = [{instancePath:instancePath+"/requireCheck",schemaPath:"#/properties/requireCheck/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/requireCheck",schemaPath:"#/properties/requireCheck/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs24 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate35.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((((data.schema === undefined) && (missing0 = "schema")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.prev === undefined) && (missing0 = "prev"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.ledger === undefined) && (missing0 = "ledger"))) || ((data.learning === undefined) && (missing0 = "learning"))) || ((data.constraint === undefined) && (missing0 = "constraint"))) || ((data.author === undefined) && (missing0 = "author"))){
validate34.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema74.properties, key0))){
validate34.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.schema !== undefined){
const _errs2 = errors;
if("agentops-verdict/record@1" !== data.schema){
validate34.errors = [{instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "agentops-verdict/record@1"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate34.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate34.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createdAt !== undefined){
let data2 = data.createdAt;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
validate34.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"},message:"must match pattern \""+"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"+"\""}];
return false;
}
}
else {
validate34.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs9 = errors;
if("promotion" !== data.type){
validate34.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "promotion"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq !== undefined){
let data4 = data.seq;
const _errs10 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate34.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs10){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 9007199254740991 || isNaN(data4)){
validate34.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data4 < 1 || isNaN(data4)){
validate34.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.prev !== undefined){
let data5 = data.prev;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data5)){
if(data5.length > 256){
validate34.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];
return false;
}
else {
if(data5.length < 1){
validate34.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid3 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
const _errs14 = errors;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data6 === "string"){
if(!pattern4.test(data6)){
validate34.errors = [{instancePath:instancePath+"/prev/" + i0,schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate34.errors = [{instancePath:instancePath+"/prev/" + i0,schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs14 === errors;
if(!valid3){
break;
}
}
if(valid3){
let i1 = data5.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data5[i1], data5[j0])){
validate34.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
}
else {
validate34.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ledger !== undefined){
let data7 = data.ledger;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data7 === "string"){
if(!pattern4.test(data7)){
validate34.errors = [{instancePath:instancePath+"/ledger",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate34.errors = [{instancePath:instancePath+"/ledger",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.learning !== undefined){
let data8 = data.learning;
const _errs20 = errors;
const _errs21 = errors;
if(errors === _errs21){
if(typeof data8 === "string"){
if(!pattern4.test(data8)){
validate34.errors = [{instancePath:instancePath+"/learning",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate34.errors = [{instancePath:instancePath+"/learning",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.constraint !== undefined){
const _errs23 = errors;
if(!(validate35(data.constraint, {instancePath:instancePath+"/constraint",parentData:data,parentDataProperty:"constraint",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.author !== undefined){
let data10 = data.author;
const _errs24 = errors;
const _errs25 = errors;
if(errors === _errs25){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing1;
if(((data10.id === undefined) && (missing1 = "id")) || ((data10.kind === undefined) && (missing1 = "kind"))){
validate34.errors = [{instancePath:instancePath+"/author",schemaPath:"#/$defs/actor/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs27 = errors;
for(const key1 in data10){
if(!(((key1 === "id") || (key1 === "kind")) || (key1 === "session"))){
validate34.errors = [{instancePath:instancePath+"/author",schemaPath:"#/$defs/actor/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs27 === errors){
if(data10.id !== undefined){
let data11 = data10.id;
const _errs28 = errors;
if(errors === _errs28){
if(typeof data11 === "string"){
if(func3(data11) > 256){
validate34.errors = [{instancePath:instancePath+"/author/id",schemaPath:"#/$defs/actor/properties/id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data11) < 1){
validate34.errors = [{instancePath:instancePath+"/author/id",schemaPath:"#/$defs/actor/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern25.test(data11)){
validate34.errors = [{instancePath:instancePath+"/author/id",schemaPath:"#/$defs/actor/properties/id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f]+$"+"\""}];
return false;
}
}
}
}
else {
validate34.errors = [{instancePath:instancePath+"/author/id",schemaPath:"#/$defs/actor/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid9 = _errs28 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data10.kind !== undefined){
let data12 = data10.kind;
const _errs30 = errors;
if(!((((data12 === "agent") || (data12 === "human")) || (data12 === "ci")) || (data12 === "tool"))){
validate34.errors = [{instancePath:instancePath+"/author/kind",schemaPath:"#/$defs/actor/properties/kind/enum",keyword:"enum",params:{allowedValues: schema53.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid9 = _errs30 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data10.session !== undefined){
let data13 = data10.session;
const _errs31 = errors;
if(errors === _errs31){
if(typeof data13 === "string"){
if(func3(data13) > 256){
validate34.errors = [{instancePath:instancePath+"/author/session",schemaPath:"#/$defs/actor/properties/session/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data13) < 1){
validate34.errors = [{instancePath:instancePath+"/author/session",schemaPath:"#/$defs/actor/properties/session/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern25.test(data13)){
validate34.errors = [{instancePath:instancePath+"/author/session",schemaPath:"#/$defs/actor/properties/session/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f]+$"+"\""}];
return false;
}
}
}
}
else {
validate34.errors = [{instancePath:instancePath+"/author/session",schemaPath:"#/$defs/actor/properties/session/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid9 = _errs31 === errors;
}
else {
var valid9 = true;
}
}
}
}
}
}
else {
validate34.errors = [{instancePath:instancePath+"/author",schemaPath:"#/$defs/actor/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate34.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema85 = {"type":"object","description":"A constraint taken out of the policy, and why (ao retire).","required":["schema","type","id","seq","prev","createdAt","ledger","constraint","learning","why","author"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"retirement"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"constraint":{"$ref":"#/$defs/constraintId"},"learning":{"$ref":"#/$defs/recordId"},"promotion":{"description":"The promotion record this retires, if the constraint came from ao promote.","$ref":"#/$defs/recordId"},"why":{"$ref":"#/$defs/text"},"author":{"$ref":"#/$defs/actor"}},"additionalProperties":false};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((((data.schema === undefined) && (missing0 = "schema")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.prev === undefined) && (missing0 = "prev"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.ledger === undefined) && (missing0 = "ledger"))) || ((data.constraint === undefined) && (missing0 = "constraint"))) || ((data.learning === undefined) && (missing0 = "learning"))) || ((data.why === undefined) && (missing0 = "why"))) || ((data.author === undefined) && (missing0 = "author"))){
validate37.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema85.properties, key0))){
validate37.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.schema !== undefined){
const _errs2 = errors;
if("agentops-verdict/record@1" !== data.schema){
validate37.errors = [{instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "agentops-verdict/record@1"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate37.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createdAt !== undefined){
let data2 = data.createdAt;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
validate37.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"},message:"must match pattern \""+"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"+"\""}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs9 = errors;
if("retirement" !== data.type){
validate37.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "retirement"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq !== undefined){
let data4 = data.seq;
const _errs10 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate37.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs10){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 9007199254740991 || isNaN(data4)){
validate37.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data4 < 1 || isNaN(data4)){
validate37.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.prev !== undefined){
let data5 = data.prev;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data5)){
if(data5.length > 256){
validate37.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];
return false;
}
else {
if(data5.length < 1){
validate37.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid3 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
const _errs14 = errors;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data6 === "string"){
if(!pattern4.test(data6)){
validate37.errors = [{instancePath:instancePath+"/prev/" + i0,schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/prev/" + i0,schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs14 === errors;
if(!valid3){
break;
}
}
if(valid3){
let i1 = data5.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data5[i1], data5[j0])){
validate37.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ledger !== undefined){
let data7 = data.ledger;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data7 === "string"){
if(!pattern4.test(data7)){
validate37.errors = [{instancePath:instancePath+"/ledger",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/ledger",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.constraint !== undefined){
let data8 = data.constraint;
const _errs20 = errors;
const _errs21 = errors;
if(errors === _errs21){
if(typeof data8 === "string"){
if(!pattern47.test(data8)){
validate37.errors = [{instancePath:instancePath+"/constraint",schemaPath:"#/$defs/constraintId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,63}$"+"\""}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/constraint",schemaPath:"#/$defs/constraintId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.learning !== undefined){
let data9 = data.learning;
const _errs23 = errors;
const _errs24 = errors;
if(errors === _errs24){
if(typeof data9 === "string"){
if(!pattern4.test(data9)){
validate37.errors = [{instancePath:instancePath+"/learning",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/learning",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.promotion !== undefined){
let data10 = data.promotion;
const _errs26 = errors;
const _errs27 = errors;
if(errors === _errs27){
if(typeof data10 === "string"){
if(!pattern4.test(data10)){
validate37.errors = [{instancePath:instancePath+"/promotion",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/promotion",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.why !== undefined){
let data11 = data.why;
const _errs29 = errors;
const _errs30 = errors;
if(errors === _errs30){
if(typeof data11 === "string"){
if(func3(data11) > 4000){
validate37.errors = [{instancePath:instancePath+"/why",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data11) < 1){
validate37.errors = [{instancePath:instancePath+"/why",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/why",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.author !== undefined){
let data12 = data.author;
const _errs32 = errors;
const _errs33 = errors;
if(errors === _errs33){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
let missing1;
if(((data12.id === undefined) && (missing1 = "id")) || ((data12.kind === undefined) && (missing1 = "kind"))){
validate37.errors = [{instancePath:instancePath+"/author",schemaPath:"#/$defs/actor/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs35 = errors;
for(const key1 in data12){
if(!(((key1 === "id") || (key1 === "kind")) || (key1 === "session"))){
validate37.errors = [{instancePath:instancePath+"/author",schemaPath:"#/$defs/actor/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs35 === errors){
if(data12.id !== undefined){
let data13 = data12.id;
const _errs36 = errors;
if(errors === _errs36){
if(typeof data13 === "string"){
if(func3(data13) > 256){
validate37.errors = [{instancePath:instancePath+"/author/id",schemaPath:"#/$defs/actor/properties/id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data13) < 1){
validate37.errors = [{instancePath:instancePath+"/author/id",schemaPath:"#/$defs/actor/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern25.test(data13)){
validate37.errors = [{instancePath:instancePath+"/author/id",schemaPath:"#/$defs/actor/properties/id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f]+$"+"\""}];
return false;
}
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/author/id",schemaPath:"#/$defs/actor/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid12 = _errs36 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data12.kind !== undefined){
let data14 = data12.kind;
const _errs38 = errors;
if(!((((data14 === "agent") || (data14 === "human")) || (data14 === "ci")) || (data14 === "tool"))){
validate37.errors = [{instancePath:instancePath+"/author/kind",schemaPath:"#/$defs/actor/properties/kind/enum",keyword:"enum",params:{allowedValues: schema53.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid12 = _errs38 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data12.session !== undefined){
let data15 = data12.session;
const _errs39 = errors;
if(errors === _errs39){
if(typeof data15 === "string"){
if(func3(data15) > 256){
validate37.errors = [{instancePath:instancePath+"/author/session",schemaPath:"#/$defs/actor/properties/session/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data15) < 1){
validate37.errors = [{instancePath:instancePath+"/author/session",schemaPath:"#/$defs/actor/properties/session/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern25.test(data15)){
validate37.errors = [{instancePath:instancePath+"/author/session",schemaPath:"#/$defs/actor/properties/session/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f]+$"+"\""}];
return false;
}
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/author/session",schemaPath:"#/$defs/actor/properties/session/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid12 = _errs39 === errors;
}
else {
var valid12 = true;
}
}
}
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/author",schemaPath:"#/$defs/actor/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate37.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://agentops.dev/schemas/verdict/record/v1.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const tag0 = data.type;
if(typeof tag0 == "string"){
if(tag0 === "genesis"){
if(!(validate21(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var props0 = true;
}
else if(tag0 === "verdict"){
if(!(validate22(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "learning"){
if(!(validate33(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "promotion"){
if(!(validate34(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "retirement"){
if(!(validate37(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf"}];
return false;
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate20.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate20.evaluated = {"dynamicProps":true,"dynamicItems":false};

const validatePolicy = validate43;
const schema95 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://agentops.dev/schemas/verdict/policy/v1.json","title":"agentops/verdict policy, format version 1","description":"The gate in .agents/policy.json. See docs/spec.md.","type":"object","required":["schema","mode"],"properties":{"$schema":{"type":"string","maxLength":2000},"schema":{"const":"agentops-verdict/policy@1"},"mode":{"description":"commit: every commit needs a verdict. range: the whole pushed or proposed change needs one, or every commit in it does.","enum":["commit","range"]},"exempt":{"type":"object","properties":{"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"maxItems":500,"uniqueItems":true},"authors":{"type":"array","items":{"$ref":"#/$defs/authorPattern"},"maxItems":100,"uniqueItems":true}},"additionalProperties":false},"require":{"type":"object","properties":{"evidence":{"type":"array","items":{"$ref":"#/$defs/evidenceKind"},"maxItems":4,"uniqueItems":true},"checkerKinds":{"type":"array","items":{"$ref":"#/$defs/checkerKind"},"minItems":1,"maxItems":4,"uniqueItems":true}},"additionalProperties":false},"rules":{"type":"array","maxItems":500,"items":{"type":"object","required":["paths","anyOf"],"properties":{"name":{"type":"string","minLength":1,"maxLength":200},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100},"anyOf":{"description":"The verdict must meet at least one of these; each lists conditions that must all hold.","type":"array","minItems":1,"maxItems":20,"items":{"type":"object","minProperties":1,"properties":{"checkerKind":{"$ref":"#/$defs/checkerKind"},"evidence":{"$ref":"#/$defs/evidenceKind"}},"additionalProperties":false}}},"additionalProperties":false}},"requireSignature":{"type":"boolean"},"check":{"description":"How `ao check` runs checkers and counts its council of judges. Read from the base of the change under check, like the rest of the policy, so a change cannot loosen the rules it is checked under. See docs/check.md.","type":"object","properties":{"minModelFamilies":{"description":"The passing judges must come from at least this many distinct model families (anthropic, openai, google, ...): an agent reviewing work of its own family shares its blind spots. Judges whose family is unknown do not count. Default: no requirement.","type":"integer","minimum":1,"maximum":20},"warnIsPass":{"description":"Whether a judge's \"warn\" counts as a pass. Default: true.","type":"boolean"},"envAllow":{"description":"Names of environment variables passed through to checkers, besides PATH and LANG (HOME and TMPDIR are always fresh temporary directories). AO_* and GIT_* names cannot be allowed: they carry the worker's identity and point at the user's repository.","type":"array","items":{"$ref":"#/$defs/envName"},"maxItems":100,"uniqueItems":true}},"additionalProperties":false},"constraints":{"description":"Learnings promoted into rules (ao promote). Removing one needs a retirement record (ao retire).","type":"array","maxItems":500,"items":{"$ref":"#/$defs/constraint"}}},"additionalProperties":false,"$defs":{"glob":{"type":"string","minLength":1,"maxLength":1000,"pattern":"^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"},"authorPattern":{"description":"An email address; '*' may stand only in the part before '@', the domain is matched exactly (case-insensitive).","type":"string","minLength":3,"maxLength":320,"pattern":"^(?=[^@]*[^@*?\\s])[^@\\s]+@[^@*?\\s]+\\.[^@*?\\s]+$"},"checkerKind":{"enum":["agent","human","ci","tool"]},"envName":{"type":"string","pattern":"^(?!AO_|GIT_)(?!(?:HOME|TMPDIR)$)[A-Za-z_][A-Za-z0-9_]{0,127}$"},"evidenceKind":{"enum":["test","command","review","link"]},"constraint":{"description":"Exactly one rule, enforced on every change touching its paths; the learning it came from is named when it refuses one.","type":"object","required":["id","learning","paths"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,63}$"},"learning":{"description":"The id of the learning record it was promoted from.","type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100,"uniqueItems":true},"note":{"description":"A copy of the learning's text, for readers of this file.","type":"string","minLength":1,"maxLength":500},"requireEvidence":{"$ref":"#/$defs/evidenceKind"},"requireCheckerKind":{"$ref":"#/$defs/checkerKind"},"forbidPattern":{"description":"A JavaScript regular expression (no flags) no line added to its paths may match.","type":"string","minLength":1,"maxLength":500},"requireCheck":{"description":"The verdict must carry test or command evidence whose command is exactly this.","type":"string","minLength":1,"maxLength":4000}},"oneOf":[{"required":["requireEvidence"]},{"required":["requireCheckerKind"]},{"required":["forbidPattern"]},{"required":["requireCheck"]}],"additionalProperties":false}}};
const schema96 = {"type":"string","minLength":1,"maxLength":1000,"pattern":"^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"};
const schema97 = {"description":"An email address; '*' may stand only in the part before '@', the domain is matched exactly (case-insensitive).","type":"string","minLength":3,"maxLength":320,"pattern":"^(?=[^@]*[^@*?\\s])[^@\\s]+@[^@*?\\s]+\\.[^@*?\\s]+$"};
const schema98 = {"enum":["test","command","review","link"]};
const schema99 = {"enum":["agent","human","ci","tool"]};
const schema103 = {"type":"string","pattern":"^(?!AO_|GIT_)(?!(?:HOME|TMPDIR)$)[A-Za-z_][A-Za-z0-9_]{0,127}$"};
const pattern62 = new RegExp("^(?=[^@]*[^@*?\\s])[^@\\s]+@[^@*?\\s]+\\.[^@*?\\s]+$", "u");
const pattern64 = new RegExp("^(?!AO_|GIT_)(?!(?:HOME|TMPDIR)$)[A-Za-z_][A-Za-z0-9_]{0,127}$", "u");
const schema104 = {"description":"Exactly one rule, enforced on every change touching its paths; the learning it came from is named when it refuses one.","type":"object","required":["id","learning","paths"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,63}$"},"learning":{"description":"The id of the learning record it was promoted from.","type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100,"uniqueItems":true},"note":{"description":"A copy of the learning's text, for readers of this file.","type":"string","minLength":1,"maxLength":500},"requireEvidence":{"$ref":"#/$defs/evidenceKind"},"requireCheckerKind":{"$ref":"#/$defs/checkerKind"},"forbidPattern":{"description":"A JavaScript regular expression (no flags) no line added to its paths may match.","type":"string","minLength":1,"maxLength":500},"requireCheck":{"description":"The verdict must carry test or command evidence whose command is exactly this.","type":"string","minLength":1,"maxLength":4000}},"oneOf":[{"required":["requireEvidence"]},{"required":["requireCheckerKind"]},{"required":["forbidPattern"]},{"required":["requireCheck"]}],"additionalProperties":false};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.requireEvidence === undefined) && (missing0 = "requireEvidence")){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.requireCheckerKind === undefined) && (missing1 = "requireCheckerKind")){
const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.forbidPattern === undefined) && (missing2 = "forbidPattern")){
const err2 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
}
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.requireCheck === undefined) && (missing3 = "requireCheck")){
const err3 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid0 = true;
passing0 = 3;
}
}
}
}
if(!valid0){
const err4 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate44.errors = vErrors;
return false;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((((data.id === undefined) && (missing4 = "id")) || ((data.learning === undefined) && (missing4 = "learning"))) || ((data.paths === undefined) && (missing4 = "paths"))){
validate44.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs6 = errors;
for(const key0 in data){
if(!((((((((key0 === "id") || (key0 === "learning")) || (key0 === "paths")) || (key0 === "note")) || (key0 === "requireEvidence")) || (key0 === "requireCheckerKind")) || (key0 === "forbidPattern")) || (key0 === "requireCheck"))){
validate44.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs6 === errors){
if(data.id !== undefined){
let data0 = data.id;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data0 === "string"){
if(!pattern47.test(data0)){
validate44.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,63}$"+"\""}];
return false;
}
}
else {
validate44.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.learning !== undefined){
let data1 = data.learning;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate44.errors = [{instancePath:instancePath+"/learning",schemaPath:"#/properties/learning/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate44.errors = [{instancePath:instancePath+"/learning",schemaPath:"#/properties/learning/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.paths !== undefined){
let data2 = data.paths;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data2)){
if(data2.length > 100){
validate44.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
if(data2.length < 1){
validate44.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data3 === "string"){
if(func3(data3) > 1000){
validate44.errors = [{instancePath:instancePath+"/paths/" + i0,schemaPath:"#/$defs/glob/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"}];
return false;
}
else {
if(func3(data3) < 1){
validate44.errors = [{instancePath:instancePath+"/paths/" + i0,schemaPath:"#/$defs/glob/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern37.test(data3)){
validate44.errors = [{instancePath:instancePath+"/paths/" + i0,schemaPath:"#/$defs/glob/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"},message:"must match pattern \""+"^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"+"\""}];
return false;
}
}
}
}
else {
validate44.errors = [{instancePath:instancePath+"/paths/" + i0,schemaPath:"#/$defs/glob/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs13 === errors;
if(!valid2){
break;
}
}
if(valid2){
let i1 = data2.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data2[i1], data2[j0])){
validate44.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
}
else {
validate44.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.note !== undefined){
let data4 = data.note;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data4 === "string"){
if(func3(data4) > 500){
validate44.errors = [{instancePath:instancePath+"/note",schemaPath:"#/properties/note/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"}];
return false;
}
else {
if(func3(data4) < 1){
validate44.errors = [{instancePath:instancePath+"/note",schemaPath:"#/properties/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate44.errors = [{instancePath:instancePath+"/note",schemaPath:"#/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs16 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.requireEvidence !== undefined){
let data5 = data.requireEvidence;
const _errs18 = errors;
if(!((((data5 === "test") || (data5 === "command")) || (data5 === "review")) || (data5 === "link"))){
validate44.errors = [{instancePath:instancePath+"/requireEvidence",schemaPath:"#/$defs/evidenceKind/enum",keyword:"enum",params:{allowedValues: schema98.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs18 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.requireCheckerKind !== undefined){
let data6 = data.requireCheckerKind;
const _errs20 = errors;
if(!((((data6 === "agent") || (data6 === "human")) || (data6 === "ci")) || (data6 === "tool"))){
validate44.errors = [{instancePath:instancePath+"/requireCheckerKind",schemaPath:"#/$defs/checkerKind/enum",keyword:"enum",params:{allowedValues: schema99.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs20 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.forbidPattern !== undefined){
let data7 = data.forbidPattern;
const _errs22 = errors;
if(errors === _errs22){
if(typeof data7 === "string"){
if(func3(data7) > 500){
validate44.errors = [{instancePath:instancePath+"/forbidPattern",schemaPath:"#/properties/forbidPattern/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"}];
return false;
}
else {
if(func3(data7) < 1){
validate44.errors = [{instancePath:instancePath+"/forbidPattern",schemaPath:"#/properties/forbidPattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate44.errors = [{instancePath:instancePath+"/forbidPattern",schemaPath:"#/properties/forbidPattern/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs22 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.requireCheck !== undefined){
let data8 = data.requireCheck;
const _errs24 = errors;
if(errors === _errs24){
if(typeof data8 === "string"){
if(func3(data8) > 4000){
validate44.errors = [{instancePath:instancePath+"/requireCheck",schemaPath:"#/properties/requireCheck/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data8) < 1){
validate44.errors = [{instancePath:instancePath+"/requireCheck",schemaPath:"#/properties/requireCheck/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate44.errors = [{instancePath:instancePath+"/requireCheck",schemaPath:"#/properties/requireCheck/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs24 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate44.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://agentops.dev/schemas/verdict/policy/v1.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.schema === undefined) && (missing0 = "schema")) || ((data.mode === undefined) && (missing0 = "mode"))){
validate43.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema95.properties, key0))){
validate43.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.$schema !== undefined){
let data0 = data.$schema;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func3(data0) > 2000){
validate43.errors = [{instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"}];
return false;
}
}
else {
validate43.errors = [{instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.schema !== undefined){
const _errs4 = errors;
if("agentops-verdict/policy@1" !== data.schema){
validate43.errors = [{instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "agentops-verdict/policy@1"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.mode !== undefined){
let data2 = data.mode;
const _errs5 = errors;
if(!((data2 === "commit") || (data2 === "range"))){
validate43.errors = [{instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/enum",keyword:"enum",params:{allowedValues: schema95.properties.mode.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.exempt !== undefined){
let data3 = data.exempt;
const _errs6 = errors;
if(errors === _errs6){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
const _errs8 = errors;
for(const key1 in data3){
if(!((key1 === "paths") || (key1 === "authors"))){
validate43.errors = [{instancePath:instancePath+"/exempt",schemaPath:"#/properties/exempt/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs8 === errors){
if(data3.paths !== undefined){
let data4 = data3.paths;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data4)){
if(data4.length > 500){
validate43.errors = [{instancePath:instancePath+"/exempt/paths",schemaPath:"#/properties/exempt/properties/paths/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data5 === "string"){
if(func3(data5) > 1000){
validate43.errors = [{instancePath:instancePath+"/exempt/paths/" + i0,schemaPath:"#/$defs/glob/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"}];
return false;
}
else {
if(func3(data5) < 1){
validate43.errors = [{instancePath:instancePath+"/exempt/paths/" + i0,schemaPath:"#/$defs/glob/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern37.test(data5)){
validate43.errors = [{instancePath:instancePath+"/exempt/paths/" + i0,schemaPath:"#/$defs/glob/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"},message:"must match pattern \""+"^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"+"\""}];
return false;
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/exempt/paths/" + i0,schemaPath:"#/$defs/glob/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs11 === errors;
if(!valid2){
break;
}
}
if(valid2){
let i1 = data4.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data4[i1], data4[j0])){
validate43.errors = [{instancePath:instancePath+"/exempt/paths",schemaPath:"#/properties/exempt/properties/paths/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/exempt/paths",schemaPath:"#/properties/exempt/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.authors !== undefined){
let data6 = data3.authors;
const _errs14 = errors;
if(errors === _errs14){
if(Array.isArray(data6)){
if(data6.length > 100){
validate43.errors = [{instancePath:instancePath+"/exempt/authors",schemaPath:"#/properties/exempt/properties/authors/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
var valid5 = true;
const len1 = data6.length;
for(let i2=0; i2<len1; i2++){
let data7 = data6[i2];
const _errs16 = errors;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data7 === "string"){
if(func3(data7) > 320){
validate43.errors = [{instancePath:instancePath+"/exempt/authors/" + i2,schemaPath:"#/$defs/authorPattern/maxLength",keyword:"maxLength",params:{limit: 320},message:"must NOT have more than 320 characters"}];
return false;
}
else {
if(func3(data7) < 3){
validate43.errors = [{instancePath:instancePath+"/exempt/authors/" + i2,schemaPath:"#/$defs/authorPattern/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];
return false;
}
else {
if(!pattern62.test(data7)){
validate43.errors = [{instancePath:instancePath+"/exempt/authors/" + i2,schemaPath:"#/$defs/authorPattern/pattern",keyword:"pattern",params:{pattern: "^(?=[^@]*[^@*?\\s])[^@\\s]+@[^@*?\\s]+\\.[^@*?\\s]+$"},message:"must match pattern \""+"^(?=[^@]*[^@*?\\s])[^@\\s]+@[^@*?\\s]+\\.[^@*?\\s]+$"+"\""}];
return false;
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/exempt/authors/" + i2,schemaPath:"#/$defs/authorPattern/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid5 = _errs16 === errors;
if(!valid5){
break;
}
}
if(valid5){
let i3 = data6.length;
let j1;
if(i3 > 1){
outer1:
for(;i3--;){
for(j1 = i3; j1--;){
if(func0(data6[i3], data6[j1])){
validate43.errors = [{instancePath:instancePath+"/exempt/authors",schemaPath:"#/properties/exempt/properties/authors/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"}];
return false;
break outer1;
}
}
}
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/exempt/authors",schemaPath:"#/properties/exempt/properties/authors/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs14 === errors;
}
else {
var valid1 = true;
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/exempt",schemaPath:"#/properties/exempt/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.require !== undefined){
let data8 = data.require;
const _errs19 = errors;
if(errors === _errs19){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
const _errs21 = errors;
for(const key2 in data8){
if(!((key2 === "evidence") || (key2 === "checkerKinds"))){
validate43.errors = [{instancePath:instancePath+"/require",schemaPath:"#/properties/require/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs21 === errors){
if(data8.evidence !== undefined){
let data9 = data8.evidence;
const _errs22 = errors;
if(errors === _errs22){
if(Array.isArray(data9)){
if(data9.length > 4){
validate43.errors = [{instancePath:instancePath+"/require/evidence",schemaPath:"#/properties/require/properties/evidence/maxItems",keyword:"maxItems",params:{limit: 4},message:"must NOT have more than 4 items"}];
return false;
}
else {
var valid9 = true;
const len2 = data9.length;
for(let i4=0; i4<len2; i4++){
let data10 = data9[i4];
const _errs24 = errors;
if(!((((data10 === "test") || (data10 === "command")) || (data10 === "review")) || (data10 === "link"))){
validate43.errors = [{instancePath:instancePath+"/require/evidence/" + i4,schemaPath:"#/$defs/evidenceKind/enum",keyword:"enum",params:{allowedValues: schema98.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid9 = _errs24 === errors;
if(!valid9){
break;
}
}
if(valid9){
let i5 = data9.length;
let j2;
if(i5 > 1){
outer2:
for(;i5--;){
for(j2 = i5; j2--;){
if(func0(data9[i5], data9[j2])){
validate43.errors = [{instancePath:instancePath+"/require/evidence",schemaPath:"#/properties/require/properties/evidence/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"}];
return false;
break outer2;
}
}
}
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/require/evidence",schemaPath:"#/properties/require/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid8 = _errs22 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data8.checkerKinds !== undefined){
let data11 = data8.checkerKinds;
const _errs26 = errors;
if(errors === _errs26){
if(Array.isArray(data11)){
if(data11.length > 4){
validate43.errors = [{instancePath:instancePath+"/require/checkerKinds",schemaPath:"#/properties/require/properties/checkerKinds/maxItems",keyword:"maxItems",params:{limit: 4},message:"must NOT have more than 4 items"}];
return false;
}
else {
if(data11.length < 1){
validate43.errors = [{instancePath:instancePath+"/require/checkerKinds",schemaPath:"#/properties/require/properties/checkerKinds/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid12 = true;
const len3 = data11.length;
for(let i6=0; i6<len3; i6++){
let data12 = data11[i6];
const _errs28 = errors;
if(!((((data12 === "agent") || (data12 === "human")) || (data12 === "ci")) || (data12 === "tool"))){
validate43.errors = [{instancePath:instancePath+"/require/checkerKinds/" + i6,schemaPath:"#/$defs/checkerKind/enum",keyword:"enum",params:{allowedValues: schema99.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid12 = _errs28 === errors;
if(!valid12){
break;
}
}
if(valid12){
let i7 = data11.length;
let j3;
if(i7 > 1){
outer3:
for(;i7--;){
for(j3 = i7; j3--;){
if(func0(data11[i7], data11[j3])){
validate43.errors = [{instancePath:instancePath+"/require/checkerKinds",schemaPath:"#/properties/require/properties/checkerKinds/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)"}];
return false;
break outer3;
}
}
}
}
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/require/checkerKinds",schemaPath:"#/properties/require/properties/checkerKinds/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid8 = _errs26 === errors;
}
else {
var valid8 = true;
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/require",schemaPath:"#/properties/require/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.rules !== undefined){
let data13 = data.rules;
const _errs30 = errors;
if(errors === _errs30){
if(Array.isArray(data13)){
if(data13.length > 500){
validate43.errors = [{instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items"}];
return false;
}
else {
var valid15 = true;
const len4 = data13.length;
for(let i8=0; i8<len4; i8++){
let data14 = data13[i8];
const _errs32 = errors;
if(errors === _errs32){
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
let missing1;
if(((data14.paths === undefined) && (missing1 = "paths")) || ((data14.anyOf === undefined) && (missing1 = "anyOf"))){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8,schemaPath:"#/properties/rules/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs34 = errors;
for(const key3 in data14){
if(!(((key3 === "name") || (key3 === "paths")) || (key3 === "anyOf"))){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8,schemaPath:"#/properties/rules/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs34 === errors){
if(data14.name !== undefined){
let data15 = data14.name;
const _errs35 = errors;
if(errors === _errs35){
if(typeof data15 === "string"){
if(func3(data15) > 200){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/name",schemaPath:"#/properties/rules/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if(func3(data15) < 1){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/name",schemaPath:"#/properties/rules/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/name",schemaPath:"#/properties/rules/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid16 = _errs35 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data14.paths !== undefined){
let data16 = data14.paths;
const _errs37 = errors;
if(errors === _errs37){
if(Array.isArray(data16)){
if(data16.length > 100){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/paths",schemaPath:"#/properties/rules/items/properties/paths/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
if(data16.length < 1){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/paths",schemaPath:"#/properties/rules/items/properties/paths/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid17 = true;
const len5 = data16.length;
for(let i9=0; i9<len5; i9++){
let data17 = data16[i9];
const _errs39 = errors;
const _errs40 = errors;
if(errors === _errs40){
if(typeof data17 === "string"){
if(func3(data17) > 1000){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/paths/" + i9,schemaPath:"#/$defs/glob/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"}];
return false;
}
else {
if(func3(data17) < 1){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/paths/" + i9,schemaPath:"#/$defs/glob/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern37.test(data17)){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/paths/" + i9,schemaPath:"#/$defs/glob/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"},message:"must match pattern \""+"^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"+"\""}];
return false;
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/paths/" + i9,schemaPath:"#/$defs/glob/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid17 = _errs39 === errors;
if(!valid17){
break;
}
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/paths",schemaPath:"#/properties/rules/items/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid16 = _errs37 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data14.anyOf !== undefined){
let data18 = data14.anyOf;
const _errs42 = errors;
if(errors === _errs42){
if(Array.isArray(data18)){
if(data18.length > 20){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf",schemaPath:"#/properties/rules/items/properties/anyOf/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"}];
return false;
}
else {
if(data18.length < 1){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf",schemaPath:"#/properties/rules/items/properties/anyOf/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid19 = true;
const len6 = data18.length;
for(let i10=0; i10<len6; i10++){
let data19 = data18[i10];
const _errs44 = errors;
if(errors === _errs44){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(Object.keys(data19).length < 1){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf/" + i10,schemaPath:"#/properties/rules/items/properties/anyOf/items/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];
return false;
}
else {
const _errs46 = errors;
for(const key4 in data19){
if(!((key4 === "checkerKind") || (key4 === "evidence"))){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf/" + i10,schemaPath:"#/properties/rules/items/properties/anyOf/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs46 === errors){
if(data19.checkerKind !== undefined){
let data20 = data19.checkerKind;
const _errs47 = errors;
if(!((((data20 === "agent") || (data20 === "human")) || (data20 === "ci")) || (data20 === "tool"))){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf/" + i10+"/checkerKind",schemaPath:"#/$defs/checkerKind/enum",keyword:"enum",params:{allowedValues: schema99.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid20 = _errs47 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data19.evidence !== undefined){
let data21 = data19.evidence;
const _errs49 = errors;
if(!((((data21 === "test") || (data21 === "command")) || (data21 === "review")) || (data21 === "link"))){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf/" + i10+"/evidence",schemaPath:"#/$defs/evidenceKind/enum",keyword:"enum",params:{allowedValues: schema98.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid20 = _errs49 === errors;
}
else {
var valid20 = true;
}
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf/" + i10,schemaPath:"#/properties/rules/items/properties/anyOf/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid19 = _errs44 === errors;
if(!valid19){
break;
}
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf",schemaPath:"#/properties/rules/items/properties/anyOf/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid16 = _errs42 === errors;
}
else {
var valid16 = true;
}
}
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/rules/" + i8,schemaPath:"#/properties/rules/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid15 = _errs32 === errors;
if(!valid15){
break;
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requireSignature !== undefined){
const _errs51 = errors;
if(typeof data.requireSignature !== "boolean"){
validate43.errors = [{instancePath:instancePath+"/requireSignature",schemaPath:"#/properties/requireSignature/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs51 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.check !== undefined){
let data23 = data.check;
const _errs53 = errors;
if(errors === _errs53){
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
const _errs55 = errors;
for(const key5 in data23){
if(!(((key5 === "minModelFamilies") || (key5 === "warnIsPass")) || (key5 === "envAllow"))){
validate43.errors = [{instancePath:instancePath+"/check",schemaPath:"#/properties/check/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs55 === errors){
if(data23.minModelFamilies !== undefined){
let data24 = data23.minModelFamilies;
const _errs56 = errors;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
validate43.errors = [{instancePath:instancePath+"/check/minModelFamilies",schemaPath:"#/properties/check/properties/minModelFamilies/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs56){
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 > 20 || isNaN(data24)){
validate43.errors = [{instancePath:instancePath+"/check/minModelFamilies",schemaPath:"#/properties/check/properties/minModelFamilies/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20"}];
return false;
}
else {
if(data24 < 1 || isNaN(data24)){
validate43.errors = [{instancePath:instancePath+"/check/minModelFamilies",schemaPath:"#/properties/check/properties/minModelFamilies/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid23 = _errs56 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data23.warnIsPass !== undefined){
const _errs58 = errors;
if(typeof data23.warnIsPass !== "boolean"){
validate43.errors = [{instancePath:instancePath+"/check/warnIsPass",schemaPath:"#/properties/check/properties/warnIsPass/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid23 = _errs58 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data23.envAllow !== undefined){
let data26 = data23.envAllow;
const _errs60 = errors;
if(errors === _errs60){
if(Array.isArray(data26)){
if(data26.length > 100){
validate43.errors = [{instancePath:instancePath+"/check/envAllow",schemaPath:"#/properties/check/properties/envAllow/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
var valid24 = true;
const len7 = data26.length;
for(let i11=0; i11<len7; i11++){
let data27 = data26[i11];
const _errs62 = errors;
const _errs63 = errors;
if(errors === _errs63){
if(typeof data27 === "string"){
if(!pattern64.test(data27)){
validate43.errors = [{instancePath:instancePath+"/check/envAllow/" + i11,schemaPath:"#/$defs/envName/pattern",keyword:"pattern",params:{pattern: "^(?!AO_|GIT_)(?!(?:HOME|TMPDIR)$)[A-Za-z_][A-Za-z0-9_]{0,127}$"},message:"must match pattern \""+"^(?!AO_|GIT_)(?!(?:HOME|TMPDIR)$)[A-Za-z_][A-Za-z0-9_]{0,127}$"+"\""}];
return false;
}
}
else {
validate43.errors = [{instancePath:instancePath+"/check/envAllow/" + i11,schemaPath:"#/$defs/envName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid24 = _errs62 === errors;
if(!valid24){
break;
}
}
if(valid24){
let i12 = data26.length;
let j4;
if(i12 > 1){
outer4:
for(;i12--;){
for(j4 = i12; j4--;){
if(func0(data26[i12], data26[j4])){
validate43.errors = [{instancePath:instancePath+"/check/envAllow",schemaPath:"#/properties/check/properties/envAllow/uniqueItems",keyword:"uniqueItems",params:{i: i12, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i12+" are identical)"}];
return false;
break outer4;
}
}
}
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/check/envAllow",schemaPath:"#/properties/check/properties/envAllow/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid23 = _errs60 === errors;
}
else {
var valid23 = true;
}
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/check",schemaPath:"#/properties/check/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs53 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.constraints !== undefined){
let data28 = data.constraints;
const _errs65 = errors;
if(errors === _errs65){
if(Array.isArray(data28)){
if(data28.length > 500){
validate43.errors = [{instancePath:instancePath+"/constraints",schemaPath:"#/properties/constraints/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items"}];
return false;
}
else {
var valid27 = true;
const len8 = data28.length;
for(let i13=0; i13<len8; i13++){
const _errs67 = errors;
if(!(validate44(data28[i13], {instancePath:instancePath+"/constraints/" + i13,parentData:data28,parentDataProperty:i13,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
var valid27 = _errs67 === errors;
if(!valid27){
break;
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/constraints",schemaPath:"#/properties/constraints/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs65 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate43.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

;// CONCATENATED MODULE: ./src/core/schemas.ts






const RECORD_SCHEMA_ID = record_v1_schema_namespaceObject.Od;
const POLICY_SCHEMA_ID = policy_v1_schema_namespaceObject.Od;
const REVIEW_REQUEST_SCHEMA_ID = review_request_v1_schema_namespaceObject.$id;
const REVIEW_SCHEMA_ID = review_v1_schema_namespaceObject.$id;
let ajvInstance;
const compiled = new Map();
/** Compiles other schemas on first use (those not on a hook's path). */
function validatorFor(schema) {
    let validate = compiled.get(schema.$id);
    if (!validate) {
        // Compiled lazily: a hook run that never validates a record pays nothing for it.
        ajvInstance ??= new _2020.Ajv2020({ strict: true, strictRequired: false, allErrors: false, allowUnionTypes: true, discriminator: true });
        const fresh = ajvInstance.compile(schema);
        compiled.set(schema.$id, fresh);
        return fresh;
    }
    return validate;
}
function describe(errors) {
    return (errors ?? []).map((error) => {
        const pointer = error.instancePath || '/';
        const extra = error.keyword === 'additionalProperties'
            ? ` (unknown field "${error.params.additionalProperty}")`
            : error.keyword === 'enum'
                ? ` (${error.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')})`
                : error.keyword === 'const'
                    ? ` (${JSON.stringify(error.params.allowedValue)})`
                    : '';
        return { pointer, message: `${error.message ?? 'is invalid'}${extra}` };
    });
}
// Record and policy validators are precompiled at build time (.ci/gen-validators.mjs):
// they run on every hook, where compiling the schemas would cost more than the check.
function validateRecordShape(value) {
    return validateRecord(value) ? [] : describe(validateRecord.errors);
}
function validatePolicyShape(value) {
    return validatePolicy(value) ? [] : describe(validatePolicy.errors);
}
// The review formats of `ao check` are compiled on first use: no hook runs them.
/** The request `ao check` sends a judge; checked before sending, so judges can rely on it. */
function validateReviewRequestShape(value) {
    const validate = validatorFor(review_request_v1_schema_namespaceObject);
    return validate(value) ? [] : describe(validate.errors);
}
/** A judge's answer. */
function validateReviewShape(value) {
    const validate = validatorFor(review_v1_schema_namespaceObject);
    return validate(value) ? [] : describe(validate.errors);
}
function formatSchemaProblems(problems) {
    return problems.map((p) => `${p.pointer} ${p.message}`).join('; ');
}


/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 4352:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = __nccwpck_require__(5077)
const { SCHEMES, getSchemeHandler } = __nccwpck_require__(5300)

const VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u
const MALFORMED_SCHEME_ERROR = 'URI scheme is malformed.'
const MALFORMED_HOST_ERROR = 'URI host is malformed.'
// ASCII characters outside the RFC 3986 reg-name set (unreserved, sub-delims
// and "%" for pct-encoded): C0 controls, space, DEL, and "#/:<>?@[\]^`{|}.
const FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u

/**
 * RFC 3986 section 3.1 does not allow percent-encoding in a scheme, so the
 * scheme is validated as-is and never decoded. Decoding would let inert input
 * such as `%6Aavascript:` become a live `javascript:` scheme.
 *
 * @param {string} scheme
 * @returns {string}
 */
function validateScheme (scheme) {
  const stringScheme = String(scheme)
  if (!VALID_SCHEME.test(stringScheme)) {
    throw new TypeError(MALFORMED_SCHEME_ERROR)
  }
  return stringScheme
}

/**
 * @template {import('./types/index').URIComponent|string} T
 * @param {T} uri
 * @param {import('./types/index').Options} [options]
 * @returns {T}
 */
function normalize (uri, options) {
  if (typeof uri === 'string') {
    uri = /** @type {T} */ (normalizeString(uri, options))
  } else if (typeof uri === 'object') {
    uri = /** @type {T} */ (parse(serialize(uri, options), options))
  }
  return uri
}

/**
 * @param {string} baseURI
 * @param {string} relativeURI
 * @param {import('./types/index').Options} [options]
 * @returns {string}
 */
function resolve (baseURI, relativeURI, options) {
  const schemelessOptions = options ? Object.assign({ scheme: 'null' }, options) : { scheme: 'null' }
  const {
    parsed: baseParsed,
    malformedAuthorityOrPort: baseMalformed,
    malformedPercentEncoding: baseMalformedPercentEncoding,
    malformedSchemeSpecific: baseMalformedSchemeSpecific,
    malformedHost: baseMalformedHost,
    malformedScheme: baseMalformedScheme
  } = parseWithStatus(baseURI, schemelessOptions)
  const {
    parsed: relativeParsed,
    malformedAuthorityOrPort: relativeMalformed,
    malformedPercentEncoding: relativeMalformedPercentEncoding,
    malformedSchemeSpecific: relativeMalformedSchemeSpecific,
    malformedHost: relativeMalformedHost,
    malformedScheme: relativeMalformedScheme
  } = parseWithStatus(relativeURI, schemelessOptions)
  if (
    baseMalformed ||
    relativeMalformed ||
    baseMalformedPercentEncoding ||
    relativeMalformedPercentEncoding ||
    baseMalformedSchemeSpecific ||
    relativeMalformedSchemeSpecific ||
    baseMalformedHost ||
    relativeMalformedHost ||
    baseMalformedScheme ||
    relativeMalformedScheme
  ) {
    throw new Error(baseParsed.error || relativeParsed.error || 'URI is malformed.')
  }
  const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true)
  const resolvedSchemeHandler = getSchemeHandler((options && options.scheme) || resolved.scheme)
  const resolvedHost = resolved.host
  const resolvedHostIsIP = resolvedHost !== undefined && resolvedHost !== '' &&
    (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6)
  // Inputs are parsed scheme-neutrally, so delimiters and controls in a domain
  // host are only detected here, once the final scheme is known. They always
  // fail closed, including in percent-encoded hosts.
  if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
    throw new Error(MALFORMED_HOST_ERROR)
  }
  canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)
  // Percent escapes in an ASCII reg-name are encoded data. The WHATWG hostname
  // parser can reject them even though fast-uri preserves them safely as RFC
  // 3986 data. A raw non-ASCII host must still fail closed if conversion fails.
  const encodedASCIIHost = resolvedHost && resolvedHost.indexOf('%') !== -1 &&
    !/\P{ASCII}/u.test(resolvedHost)
  if (resolved.error && !encodedASCIIHost) {
    throw new Error(resolved.error)
  }
  schemelessOptions.skipEscape = true
  return serialize(resolved, schemelessOptions)
}

/**
 * @param {import ('./types/index').URIComponent} base
 * @param {import ('./types/index').URIComponent} relative
 * @param {import('./types/index').Options} [options]
 * @param {boolean} [skipNormalization=false]
 * @returns {import ('./types/index').URIComponent}
 */
function resolveComponent (base, relative, options, skipNormalization) {
  /** @type {import('./types/index').URIComponent} */
  const target = {}
  if (!skipNormalization) {
    base = parse(serialize(base, options), options) // normalize base component
    relative = parse(serialize(relative, options), options) // normalize relative component
  }
  options = options || {}

  if (!options.tolerant && relative.scheme) {
    target.scheme = relative.scheme
    // target.authority = relative.authority;
    target.userinfo = relative.userinfo
    target.host = relative.host
    target.port = relative.port
    target.path = removeDotSegments(relative.path || '')
    target.query = relative.query
  } else {
    if (relative.userinfo !== undefined || relative.host !== undefined || relative.port !== undefined) {
      // target.authority = relative.authority;
      target.userinfo = relative.userinfo
      target.host = relative.host
      target.port = relative.port
      target.path = removeDotSegments(relative.path || '')
      target.query = relative.query
    } else {
      if (!relative.path) {
        target.path = base.path
        if (relative.query !== undefined) {
          target.query = relative.query
        } else {
          target.query = base.query
        }
      } else {
        if (relative.path[0] === '/') {
          target.path = removeDotSegments(relative.path)
        } else {
          const baseHasAuthority = base.userinfo !== undefined || base.host !== undefined || base.port !== undefined
          if (baseHasAuthority && !base.path) {
            target.path = '/' + relative.path
          } else if (!base.path) {
            target.path = relative.path
          } else {
            target.path = base.path.slice(0, base.path.lastIndexOf('/') + 1) + relative.path
          }
          target.path = base.scheme === undefined && !baseHasAuthority && target.path[0] !== '/'
            ? removeDotSegmentsRelative(target.path)
            : removeDotSegments(target.path)
        }
        target.query = relative.query
      }
      // target.authority = base.authority;
      target.userinfo = base.userinfo
      target.host = base.host
      target.port = base.port
    }
    target.scheme = base.scheme
  }

  target.fragment = relative.fragment

  return target
}

/**
 * @param {import ('./types/index').URIComponent|string} uriA
 * @param {import ('./types/index').URIComponent|string} uriB
 * @param {import ('./types/index').Options} options
 * @returns {boolean}
 */
function equal (uriA, uriB, options) {
  const normalizedA = normalizeComparableURI(uriA, options)
  const normalizedB = normalizeComparableURI(uriB, options)

  return normalizedA !== undefined && normalizedB !== undefined && normalizedA === normalizedB
}

/**
 * @param {Readonly<import('./types/index').URIComponent>} cmpts
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function serialize (cmpts, opts) {
  const component = {
    host: cmpts.host,
    scheme: cmpts.scheme,
    userinfo: cmpts.userinfo,
    port: cmpts.port,
    path: cmpts.path,
    query: cmpts.query,
    nid: cmpts.nid,
    nss: cmpts.nss,
    uuid: cmpts.uuid,
    fragment: cmpts.fragment,
    reference: cmpts.reference,
    resourceName: cmpts.resourceName,
    secure: cmpts.secure,
    error: ''
  }
  const options = Object.assign({}, opts)
  const uriTokens = []

  if (component.scheme) {
    component.scheme = validateScheme(component.scheme)
  }

  // find scheme handler
  const schemeHandler = getSchemeHandler(options.scheme || component.scheme)

  // perform scheme specific serialization
  if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options)

  const hasAuthority = component.userinfo !== undefined || component.host !== undefined || component.port !== undefined
  // A reference with no emitted scheme is path-noscheme: a bare ':' in its
  // first path segment would reparse as a scheme (RFC 3986 3.3/4.2). Enforced
  // under skipEscape too (resolve()), so the reapply below gates on this flag.
  const schemelessReference = (component.scheme === undefined || options.reference === 'suffix') && !hasAuthority
  const pathNoScheme = !options.skipEscape && schemelessReference

  if (component.path !== undefined) {
    if (!options.skipEscape) {
      component.path = serializePathEncoding(component.path, pathNoScheme)
    } else {
      component.path = normalizePercentEncoding(component.path)
    }
  }

  if (options.reference !== 'suffix' && component.scheme) {
    // Scheme handlers may replace the scheme during serialization.
    component.scheme = validateScheme(component.scheme)
    uriTokens.push(component.scheme, ':')
  }

  const authority = recomposeAuthority(component)
  if (authority !== undefined) {
    if (options.reference !== 'suffix') {
      uriTokens.push('//')
    }

    uriTokens.push(authority)

    if (component.path && component.path[0] !== '/') {
      uriTokens.push('/')
    }
  }
  if (component.path !== undefined) {
    let s = component.path

    if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
      // A relative-path reference keeps its unresolvable leading ".." segments
      // and must never become root-relative (RFC 3986 section 5.2.4 applies to
      // merged target paths, not to the reference itself).
      s = schemelessReference && s[0] !== '/'
        ? removeDotSegmentsRelative(s)
        : removeDotSegments(s)
    }

    // Dot-segment removal can expose a colon that was not originally in the
    // first segment (for example, "./a:b"). Reapply path-noscheme encoding so
    // the serialized relative reference cannot be reparsed as a URI scheme.
    if (schemelessReference) {
      s = serializePathEncoding(s, true)
    }

    if (
      authority === undefined &&
      s[0] === '/' &&
      s[1] === '/'
    ) {
      // don't allow the path to start with "//"
      s = '/%2F' + s.slice(2)
    }

    uriTokens.push(s)
  }

  if (component.query !== undefined) {
    uriTokens.push('?', encodeQuery(component.query))
  }

  if (component.fragment !== undefined) {
    uriTokens.push('#', encodeFragment(component.fragment))
  }
  return uriTokens.join('')
}

const URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u

// Captures the authority component (between "//" and the next "/", "?" or "#"),
// with or without a scheme prefix, for the literal-backslash rejection below.
const AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/

// Captures the leading authority-introducer region after an optional scheme: a
// run of forward slashes, backslashes, and the characters the WHATWG URL parser
// removes before parsing (TAB U+0009, LF U+000A, CR U+000D). A valid introducer
// is exactly "//". Node treats "\" as "/" on special schemes and strips those
// characters first, so forms like "\\", "/\", "\/", "/<TAB>/", or a leading
// "<TAB>//" reach an authority in Node while fast-uri's URI_PARSE folds them into
// the path group (host confusion / SSRF / redirect bypass).
const AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {RegExpMatchArray} matches
 * @returns {string|undefined}
 */
function getParseError (parsed, matches) {
  if (matches[2] !== undefined && parsed.path && parsed.path[0] !== '/') {
    return 'URI path must start with "/" when authority is present.'
  }

  if (typeof parsed.port === 'number' && (parsed.port < 0 || parsed.port > 65535)) {
    return 'URI port is malformed.'
  }

  return undefined
}

/**
 * Checks percent syntax without decoding the represented octets. RFC 3986
 * percent-encoding is byte-oriented, so sequences such as `%FF` are valid even
 * though they are not independently valid UTF-8.
 *
 * @param {string|undefined} component
 * @returns {boolean}
 */
function hasMalformedPercentEncoding (component) {
  if (component === undefined) return false

  let percent = component.indexOf('%')
  while (percent !== -1) {
    if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
      return true
    }
    percent = component.indexOf('%', percent + 3)
  }

  return false
}

/**
 * Whether the host is a bracketed IP literal (RFC 3986 `IP-literal`).
 * An unterminated `[` is not a literal, so it must still be validated as a
 * reg-name instead of being waved through as an IP.
 *
 * @param {string} host
 * @returns {boolean}
 */
function isIPLiteral (host) {
  return host[0] === '[' && host[host.length - 1] === ']'
}

/**
 * @param {RegExpMatchArray} matches
 * @returns {boolean}
 */
function hasMalformedComponentPercentEncoding (matches) {
  // Bracketed IP literals use a raw "%" as the zone separator for historical
  // compatibility. Their parsing is intentionally left to normalizeIPv6.
  const host = matches[4]
  return hasMalformedPercentEncoding(matches[3]) ||
    (host !== undefined && !isIPLiteral(host) && hasMalformedPercentEncoding(host)) ||
    hasMalformedPercentEncoding(matches[6]) ||
    hasMalformedPercentEncoding(matches[7]) ||
    hasMalformedPercentEncoding(matches[8])
}

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean, unicodeSupport?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean} whether host conversion failed
 */
function canonicalizeHost (parsed, options, schemeHandler, isIP) {
  if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
    parsed.error = parsed.error || MALFORMED_HOST_ERROR
    return true
  }

  if (
    !options.unicodeSupport &&
    (!schemeHandler || !schemeHandler.unicodeSupport) &&
    parsed.host &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    isIP === false &&
    nonSimpleDomain(parsed.host)
  ) {
    let url
    try {
      url = new URL('http://' + parsed.host)
    } catch (e) {
      parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e
      return true
    }
    // The WHATWG parser must have read the whole input as a host. Anything
    // else means it found a delimiter fast-uri did not, so its hostname would
    // describe a different authority.
    if (!isHostOnlyURL(url)) {
      parsed.error = parsed.error || MALFORMED_HOST_ERROR
      return true
    }
    parsed.host = url.hostname
  }
  return false
}

/**
 * Whether a domain host contains an ASCII character that RFC 3986 does not
 * allow in a reg-name (unreserved, sub-delims, or pct-encoded). Such a host is
 * rejected instead of being handed to the WHATWG URL parser, which would treat
 * "@" as a userinfo delimiter (silently dropping the data before it) and strip
 * TAB, LF, and CR. Non-ASCII characters remain allowed for IDNs.
 *
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean}
 */
function hasForbiddenDomainHost (parsed, options, schemeHandler, isIP) {
  return Boolean(
    parsed.host &&
    isIP === false &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
  )
}

/**
 * @param {URL} url
 * @returns {boolean}
 */
function isHostOnlyURL (url) {
  return url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    url.pathname === '/' &&
    url.search === '' &&
    url.hash === '' &&
    url.hostname !== ''
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ parsed: import('./types/index').URIComponent, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function parseWithStatus (uri, opts) {
  const options = Object.assign({}, opts)
  /** @type {import('./types/index').URIComponent} */
  const parsed = {
    scheme: undefined,
    userinfo: undefined,
    host: '',
    port: undefined,
    path: '',
    query: undefined,
    fragment: undefined
  }

  let malformedAuthorityOrPort = false
  let malformedPercentEncoding = false
  let malformedSchemeSpecific = false
  let malformedHost = false
  let malformedIPLiteral = false
  let malformedScheme = false

  let isIP = false
  if (options.reference === 'suffix') {
    if (options.scheme) {
      uri = options.scheme + ':' + uri
    } else {
      uri = '//' + uri
    }
  }

  // A literal backslash (U+005C) is not a valid RFC 3986 URI character and is
  // not an authority delimiter. Reject it in the authority rather than
  // rewriting it: normalizing "\" -> "/" (WHATWG error recovery) could silently
  // change the resource identified by an otherwise-invalid input, and lets "\"
  // act as a host delimiter here while Node's native URL parses a different
  // host (SSRF / redirect / origin-allowlist bypass). Percent-encoded %5C is
  // untouched and remains valid encoded data.
  const authorityMatch = uri.match(AUTHORITY_PREFIX)
  if (authorityMatch !== null && authorityMatch[1].indexOf('\\') !== -1) {
    parsed.error = 'URI authority must not contain a literal backslash.'
    malformedAuthorityOrPort = true
  }

  // Reject a malformed or whitespace-smuggled authority introducer. fast-uri
  // only recognizes a literal "//"; anything else in the leading separator run
  // (a backslash, or a "//" that appears only after removing the TAB/LF/CR that
  // Node strips) means the authority fast-uri parses differs from the one Node's
  // URL resolves. Reject rather than rewrite, mirroring the literal-backslash
  // guard above. Percent-encoded forms (%5C, %09) are untouched, valid data.
  const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION)
  if (introducerMatch !== null) {
    const region = introducerMatch[1]
    const normalizedRegion = region.replace(/[\t\n\r]/g, '')
    // Two or more leading separators introduce an authority.
    if (normalizedRegion.length >= 2) {
      if (normalizedRegion.slice(0, 2) !== '//') {
        parsed.error = parsed.error || 'URI authority must not contain a literal backslash.'
        malformedAuthorityOrPort = true
      } else if (region.length !== normalizedRegion.length) {
        parsed.error = parsed.error || 'URI authority introducer must not contain whitespace.'
        malformedAuthorityOrPort = true
      }
    }
  }

  const matches = uri.match(URI_PARSE)

  if (matches) {
    // store each component
    parsed.scheme = matches[1]
    parsed.userinfo = matches[3]
    parsed.host = matches[4]
    parsed.port = parseInt(matches[5], 10)
    parsed.path = matches[6] || ''
    parsed.query = matches[7]
    parsed.fragment = matches[8]

    if (parsed.scheme !== undefined) {
      if (VALID_SCHEME.test(parsed.scheme)) {
        parsed.scheme = parsed.scheme.toLowerCase()
      } else {
        parsed.error = parsed.error || MALFORMED_SCHEME_ERROR
        malformedScheme = true
      }
    }

    malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches)
    if (malformedPercentEncoding) {
      parsed.error = parsed.error || 'URI contains malformed percent-encoding.'
    }

    // fix port number
    if (isNaN(parsed.port)) {
      parsed.port = matches[5]
    }

    const parseError = getParseError(parsed, matches)
    if (parseError !== undefined) {
      parsed.error = parsed.error || parseError
      malformedAuthorityOrPort = true
    }

    if (parsed.host) {
      const ipv4result = isIPv4(parsed.host)
      if (ipv4result === false) {
        const bracketedIPLiteral = isIPLiteral(parsed.host)
        const hasIPLiteralBracket = parsed.host.indexOf('[') !== -1 || parsed.host.indexOf(']') !== -1
        const ipv6result = normalizeIPv6(parsed.host)
        isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true
        malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true)
        parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase()

        if (malformedIPLiteral) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR
          malformedAuthorityOrPort = true
        }
      } else {
        isIP = true
      }
    }
    if (parsed.scheme === undefined && parsed.userinfo === undefined && parsed.host === undefined && parsed.port === undefined && parsed.query === undefined && !parsed.path) {
      parsed.reference = 'same-document'
    } else if (parsed.scheme === undefined) {
      parsed.reference = 'relative'
    } else if (parsed.fragment === undefined) {
      parsed.reference = 'absolute'
    } else {
      parsed.reference = 'uri'
    }

    // check for reference errors
    if (options.reference && options.reference !== 'suffix' && options.reference !== parsed.reference) {
      parsed.error = parsed.error || 'URI is not a ' + options.reference + ' reference.'
    }

    // find scheme handler
    const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme)

    // convert Unicode IDN -> ASCII IDN when the effective scheme uses domain hosts
    if (!malformedIPLiteral) {
      malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP)
    }

    if (uri.indexOf('%') !== -1 && parsed.host !== undefined && !malformedIPLiteral) {
      let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true)
      if (!isIP) {
        // Fold reg-name case after decoding unreserved octets. The second
        // pass only restores uppercase hex in escapes that remain encoded.
        host = normalizePercentEncoding(host.toLowerCase())
      }
      // Resolution parses both inputs with the internal `null` scheme before
      // the effective scheme is known. Keep raw host delimiters for that step
      // so resolve() can reject them for domain-host schemes; the resolved
      // authority is encoded when it is serialized.
      parsed.host = isIP || options.scheme !== 'null' ? reescapeHostDelimiters(host, isIP) : host
    }

    if (!schemeHandler || (schemeHandler && !schemeHandler.skipNormalize)) {
      if (parsed.path) {
        parsed.path = normalizePathEncoding(parsed.path)
      }
      if (parsed.query) {
        parsed.query = normalizeQueryFragmentEncoding(parsed.query)
      }
      if (parsed.fragment) {
        parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment)
      }
    }

    // perform scheme specific parsing
    if (schemeHandler && schemeHandler.parse) {
      schemeHandler.parse(parsed, options)
      if (schemeHandler === SCHEMES.urn && parsed.nid === undefined) {
        malformedSchemeSpecific = true
      }
    }
  } else {
    parsed.error = parsed.error || 'URI can not be parsed.'
  }
  return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme }
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns
 */
function parse (uri, opts) {
  return parseWithStatus(uri, opts).parsed
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function normalizeString (uri, opts) {
  return normalizeStringWithStatus(uri, opts).normalized
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ normalized: string, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function normalizeStringWithStatus (uri, opts) {
  const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts)
  return {
    normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
    malformedAuthorityOrPort,
    malformedPercentEncoding,
    malformedSchemeSpecific,
    malformedHost,
    malformedScheme
  }
}

/**
 * @param {import ('./types/index').URIComponent|string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string|undefined}
 */
function normalizeComparableURI (uri, opts) {
  if (typeof uri !== 'string' && typeof uri !== 'object') {
    return undefined
  }

  let value
  try {
    value = typeof uri === 'string' ? uri : serialize(uri, opts)
  } catch {
    return undefined
  }
  const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts)
  return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? undefined : normalized
}

const fastUri = {
  SCHEMES,
  normalize,
  resolve,
  resolveComponent,
  equal,
  serialize,
  parse
}

module.exports = fastUri
module.exports["default"] = fastUri
module.exports.fastUri = fastUri


/***/ }),

/***/ 5300:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { isUUID } = __nccwpck_require__(5077)
const URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu

const supportedSchemeNames = /** @type {const} */ (['http', 'https', 'ws',
  'wss', 'urn', 'urn:uuid'])

/** @typedef {supportedSchemeNames[number]} SchemeName */

/**
 * @param {string} name
 * @returns {name is SchemeName}
 */
function isValidSchemeName (name) {
  return supportedSchemeNames.indexOf(/** @type {*} */ (name)) !== -1
}

/**
 * @callback SchemeFn
 * @param {import('../types/index').URIComponent} component
 * @param {import('../types/index').Options} options
 * @returns {import('../types/index').URIComponent}
 */

/**
 * @typedef {Object} SchemeHandler
 * @property {SchemeName} scheme - The scheme name.
 * @property {boolean} [domainHost] - Indicates if the scheme supports domain hosts.
 * @property {SchemeFn} parse - Function to parse the URI component for this scheme.
 * @property {SchemeFn} serialize - Function to serialize the URI component for this scheme.
 * @property {boolean} [skipNormalize] - Indicates if normalization should be skipped for this scheme.
 * @property {boolean} [absolutePath] - Indicates if the scheme uses absolute paths.
 * @property {boolean} [unicodeSupport] - Indicates if the scheme supports Unicode.
 */

/**
 * @param {import('../types/index').URIComponent} wsComponent
 * @returns {boolean}
 */
function wsIsSecure (wsComponent) {
  if (wsComponent.secure === true) {
    return true
  } else if (wsComponent.secure === false) {
    return false
  } else if (wsComponent.scheme) {
    return (
      wsComponent.scheme.length === 3 &&
      (wsComponent.scheme[0] === 'w' || wsComponent.scheme[0] === 'W') &&
      (wsComponent.scheme[1] === 's' || wsComponent.scheme[1] === 'S') &&
      (wsComponent.scheme[2] === 's' || wsComponent.scheme[2] === 'S')
    )
  } else {
    return false
  }
}

/** @type {SchemeFn} */
function httpParse (component) {
  if (!component.host) {
    component.error = component.error || 'HTTP URIs must have a host.'
  }

  return component
}

/** @type {SchemeFn} */
function httpSerialize (component) {
  const secure = String(component.scheme).toLowerCase() === 'https'

  // normalize the default port
  if (component.port === (secure ? 443 : 80) || component.port === '') {
    component.port = undefined
  }

  // normalize the empty path
  if (!component.path) {
    component.path = '/'
  }

  // NOTE: We do not parse query strings for HTTP URIs
  // as WWW Form Url Encoded query strings are part of the HTML4+ spec,
  // and not the HTTP spec.

  return component
}

/** @type {SchemeFn} */
function wsParse (wsComponent) {
// indicate if the secure flag is set
  wsComponent.secure = wsIsSecure(wsComponent)

  // construct resouce name
  wsComponent.resourceName = (wsComponent.path || '/') + (wsComponent.query ? '?' + wsComponent.query : '')
  wsComponent.path = undefined
  wsComponent.query = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function wsSerialize (wsComponent) {
// normalize the default port
  if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === '') {
    wsComponent.port = undefined
  }

  // ensure scheme matches secure flag
  if (typeof wsComponent.secure === 'boolean') {
    wsComponent.scheme = (wsComponent.secure ? 'wss' : 'ws')
    wsComponent.secure = undefined
  }

  // reconstruct path from resource name
  if (wsComponent.resourceName) {
    const queryIndex = wsComponent.resourceName.indexOf('?')
    const path = queryIndex === -1
      ? wsComponent.resourceName
      : wsComponent.resourceName.slice(0, queryIndex)
    wsComponent.path = (path && path !== '/' ? path : undefined)
    wsComponent.query = queryIndex === -1
      ? undefined
      : wsComponent.resourceName.slice(queryIndex + 1)
    wsComponent.resourceName = undefined
  }

  // forbid fragment component
  wsComponent.fragment = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function urnParse (urnComponent, options) {
  if (!urnComponent.path) {
    urnComponent.error = 'URN can not be parsed'
    return urnComponent
  }
  const matches = urnComponent.path.match(URN_REG)
  if (matches && matches[0] === urnComponent.path) {
    const scheme = options.scheme || urnComponent.scheme || 'urn'
    urnComponent.nid = matches[1].toLowerCase()
    urnComponent.nss = matches[2]
    const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`
    const schemeHandler = getSchemeHandler(urnScheme)
    urnComponent.path = undefined

    if (schemeHandler) {
      urnComponent = schemeHandler.parse(urnComponent, options)
    }
  } else {
    urnComponent.error = urnComponent.error || 'URN can not be parsed.'
  }

  return urnComponent
}

/** @type {SchemeFn} */
function urnSerialize (urnComponent, options) {
  if (urnComponent.nid === undefined) {
    throw new Error('URN without nid cannot be serialized')
  }
  const scheme = options.scheme || urnComponent.scheme || 'urn'
  const nid = urnComponent.nid.toLowerCase()
  const urnScheme = `${scheme}:${options.nid || nid}`
  const schemeHandler = getSchemeHandler(urnScheme)

  if (schemeHandler) {
    urnComponent = schemeHandler.serialize(urnComponent, options)
  }

  const uriComponent = urnComponent
  const nss = urnComponent.nss
  uriComponent.path = `${nid || options.nid}:${nss}`

  options.skipEscape = true
  return uriComponent
}

/** @type {SchemeFn} */
function urnuuidParse (urnComponent, options) {
  const uuidComponent = urnComponent
  uuidComponent.uuid = uuidComponent.nss
  uuidComponent.nss = undefined

  if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
    uuidComponent.error = uuidComponent.error || 'UUID is not valid.'
  }

  return uuidComponent
}

/** @type {SchemeFn} */
function urnuuidSerialize (uuidComponent) {
  const urnComponent = uuidComponent
  // normalize UUID
  urnComponent.nss = (uuidComponent.uuid || '').toLowerCase()
  return urnComponent
}

const http = /** @type {SchemeHandler} */ ({
  scheme: 'http',
  domainHost: true,
  parse: httpParse,
  serialize: httpSerialize
})

const https = /** @type {SchemeHandler} */ ({
  scheme: 'https',
  domainHost: http.domainHost,
  parse: httpParse,
  serialize: httpSerialize
})

const ws = /** @type {SchemeHandler} */ ({
  scheme: 'ws',
  domainHost: true,
  parse: wsParse,
  serialize: wsSerialize
})

const wss = /** @type {SchemeHandler} */ ({
  scheme: 'wss',
  domainHost: ws.domainHost,
  parse: ws.parse,
  serialize: ws.serialize
})

const urn = /** @type {SchemeHandler} */ ({
  scheme: 'urn',
  parse: urnParse,
  serialize: urnSerialize,
  skipNormalize: true
})

const urnuuid = /** @type {SchemeHandler} */ ({
  scheme: 'urn:uuid',
  parse: urnuuidParse,
  serialize: urnuuidSerialize,
  skipNormalize: true
})

const SCHEMES = /** @type {Record<SchemeName, SchemeHandler>} */ ({
  http,
  https,
  ws,
  wss,
  urn,
  'urn:uuid': urnuuid
})

Object.setPrototypeOf(SCHEMES, null)

/**
 * @param {string|undefined} scheme
 * @returns {SchemeHandler|undefined}
 */
function getSchemeHandler (scheme) {
  return (
    scheme && (
      SCHEMES[/** @type {SchemeName} */ (scheme)] ||
      SCHEMES[/** @type {SchemeName} */(scheme.toLowerCase())])
  ) ||
    undefined
}

module.exports = {
  wsIsSecure,
  SCHEMES,
  isValidSchemeName,
  getSchemeHandler,
}


/***/ }),

/***/ 5077:
/***/ ((module) => {



/** @type {(value: string) => boolean} */
const isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu)

/** @type {(value: string) => boolean} */
const isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u)

/** @type {(value: string) => boolean} */
const isPort = RegExp.prototype.test.bind(/^\d*$/u)

/** @type {(value: string) => boolean} */
const isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu)

/** @type {(value: string) => boolean} */
const isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu)

/** @type {(value: string) => boolean} */
const isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u)

/** @type {(value: string) => boolean} */
const isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u)

/** @type {(value: string) => boolean} */
const isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u)

const BYTE_HEX = new Array(256)
{
  const HEX_DIGITS = '0123456789ABCDEF'
  for (let i = 0; i < 256; i++) {
    BYTE_HEX[i] = '%' + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 0xF]
  }
}
function percentEncodeNonAscii (cp) {
  if (cp < 0x800) {
    return BYTE_HEX[0xC0 | (cp >> 6)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  if (cp < 0x10000) {
    return BYTE_HEX[0xE0 | (cp >> 12)] +
           BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  return BYTE_HEX[0xF0 | (cp >> 18)] +
         BYTE_HEX[0x80 | ((cp >> 12) & 0x3F)] +
         BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
         BYTE_HEX[0x80 | (cp & 0x3F)]
}

/**
 * @param {Array<string>} input
 * @returns {string}
 */
function stringArrayToHexStripped (input) {
  let acc = ''
  let code = 0
  let i = 0

  for (i = 0; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (code === 48) {
      continue
    }
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
    break
  }

  for (i += 1; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
  }
  return acc
}

/** @type {(value: string) => boolean} */
const isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/)

/** @type {(value: string) => boolean} */
const isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/)

/** @type {(value: string) => boolean} */
const isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/)

/**
 * @param {string} value
 * @returns {boolean}
 */
const nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u)

/**
 * @param {string} zone
 * @returns {boolean}
 */
function isZoneIdentifier (zone) {
  if (zone.length === 0) return false

  for (let i = 0; i < zone.length; i++) {
    if (isZoneCharacter(zone[i])) continue
    if (zone[i] === '%' && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
      i += 2
      continue
    }
    return false
  }

  return true
}

/**
 * Compresses the longest run of zero hextets to "::" per RFC 5952. A run of a
 * single zero hextet is left uncompressed. On ties the leftmost run wins.
 *
 * @param {string[]} hextets
 * @returns {string}
 */
function compressIPv6ZeroRun (hextets) {
  let bestStart = -1
  let bestLength = 0
  let runStart = -1
  let runLength = 0
  for (let i = 0; i < hextets.length; i++) {
    if (hextets[i] === '0') {
      if (runStart === -1) runStart = i
      runLength++
      if (runLength > bestLength) {
        bestLength = runLength
        bestStart = runStart
      }
    } else {
      runStart = -1
      runLength = 0
    }
  }

  if (bestLength < 2) return hextets.join(':')

  const head = hextets.slice(0, bestStart).join(':')
  const tail = hextets.slice(bestStart + bestLength).join(':')
  return head + '::' + tail
}

/**
 * Validates an IPv6 address against the alternatives in RFC 3986 section
 * 3.2.2 and returns the same address with leading hextet zeroes removed.
 * An embedded IPv4 address counts as two hextets and is only valid at the end.
 *
 * @param {string} input
 * @returns {string|undefined}
 */
function normalizeIPv6Address (input) {
  const compression = input.indexOf('::')
  if (compression !== -1 && input.indexOf('::', compression + 1) !== -1) return undefined

  const left = compression === -1 ? input.split(':') : input.slice(0, compression).split(':')
  const right = compression === -1 ? [] : input.slice(compression + 2).split(':')
  if (compression !== -1) {
    if (left.length === 1 && left[0] === '') left.length = 0
    if (right.length === 1 && right[0] === '') right.length = 0
  }

  const parts = left.concat(right)
  let hextetCount = 0
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    if (part === '') return undefined

    if (part.indexOf('.') !== -1) {
      if (i !== parts.length - 1 || (compression !== -1 && right.length === 0) || !isIPv4(part)) return undefined
      hextetCount += 2
      continue
    }

    if (!isHextet(part)) return undefined
    parts[i] = parseInt(part, 16).toString(16)
    hextetCount++
  }

  if (compression === -1) {
    if (hextetCount !== 8) return undefined
    return compressIPv6ZeroRun(parts)
  }
  if (hextetCount >= 8) return undefined

  // expand "::" then re-compress the longest run for a canonical result
  const expanded = parts.slice(0, left.length)
  for (let i = hextetCount; i < 8; i++) expanded.push('0')
  for (let i = left.length; i < parts.length; i++) expanded.push(parts[i])
  return compressIPv6ZeroRun(expanded)
}

/**
 * @typedef {Object} NormalizeIPv6Result
 * @property {string} host - The normalized host.
 * @property {string} [escapedHost] - The escaped host.
 * @property {boolean} isIPV6 - Indicates if the host is an IPv6 address.
 * @property {boolean} [isIPVFuture] - Indicates if the host is an IPvFuture literal.
 * @property {boolean} [error] - Indicates if a bracketed IP literal is malformed.
 */

/**
 * Validates and normalizes a bracketed IP literal. Raw zone separators remain
 * accepted for backwards compatibility, while encoded separators and zone
 * contents follow RFC 6874.
 *
 * @param {string} host
 * @returns {NormalizeIPv6Result}
 */
function normalizeIPv6 (host) {
  const bracketed = host[0] === '[' && host[host.length - 1] === ']'
  const hasBracket = host[0] === '[' || host[host.length - 1] === ']'
  if (hasBracket && !bracketed) return { host, isIPV6: false, error: true }

  let input = bracketed ? host.slice(1, -1) : host
  if (bracketed && isIPvFuture(input)) {
    input = input.toLowerCase()
    return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true }
  }

  if (findToken(input, ':') < 2) {
    return { host, isIPV6: false, error: bracketed }
  }

  let zoneIdentifier = ''
  const zoneSeparator = input.indexOf('%')
  if (zoneSeparator !== -1) {
    const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === '%25' ? 3 : 1
    zoneIdentifier = input.slice(zoneSeparator + separatorLength)
    if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true }
    input = input.slice(0, zoneSeparator)
  }

  const address = normalizeIPv6Address(input)
  if (address === undefined) return { host, isIPV6: false, error: true }

  return {
    host: address + (zoneIdentifier ? '%' + zoneIdentifier : ''),
    escapedHost: address + (zoneIdentifier ? '%25' + zoneIdentifier : ''),
    isIPV6: true
  }
}

/**
 * @param {string} str
 * @param {string} token
 * @returns {number}
 */
function findToken (str, token) {
  let ind = 0
  for (let i = 0; i < str.length; i++) {
    if (str[i] === token) ind++
  }
  return ind
}

/**
 * @param {string} path
 * @returns {string}
 *
 * @see https://datatracker.ietf.org/doc/html/rfc3986#section-5.2.4
 */
function removeDotSegments (path) {
  let input = path
  const output = []
  let nextSlash = -1
  let len = 0

  // eslint-disable-next-line no-cond-assign
  while (len = input.length) {
    if (len === 1) {
      if (input === '.') {
        break
      } else if (input === '/') {
        output.push('/')
        break
      } else {
        output.push(input)
        break
      }
    } else if (len === 2) {
      if (input[0] === '.') {
        if (input[1] === '.') {
          break
        } else if (input[1] === '/') {
          input = input.slice(2)
          continue
        }
      } else if (input[0] === '/') {
        if (input[1] === '.' || input[1] === '/') {
          output.push('/')
          break
        }
      }
    } else if (len === 3) {
      if (input === '/..') {
        if (output.length !== 0) {
          output.pop()
        }
        output.push('/')
        break
      }
    }
    if (input[0] === '.') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(3)
          continue
        }
      } else if (input[1] === '/') {
        input = input.slice(2)
        continue
      }
    } else if (input[0] === '/') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(2)
          continue
        } else if (input[2] === '.') {
          if (input[3] === '/') {
            input = input.slice(3)
            if (output.length !== 0) {
              output.pop()
            }
            continue
          }
        }
      }
    }

    // Rule 2E: Move normal path segment to output
    if ((nextSlash = input.indexOf('/', 1)) === -1) {
      output.push(input)
      break
    } else {
      output.push(input.slice(0, nextSlash))
      input = input.slice(nextSlash)
    }
  }

  return output.join('')
}

/**
 * Removes dot segments from the path of a relative reference (a path that does
 * not start with "/") without changing what it resolves to against any base.
 * Unlike `removeDotSegments`, leading ".." segments that cannot be collapsed
 * are kept, the result never becomes root-relative, and a result that would be
 * empty or start with an empty segment is prefixed with "." (an empty path
 * means "same document" and a leading "//" would introduce an authority).
 *
 * @param {string} path
 * @returns {string}
 */
function removeDotSegmentsRelative (path) {
  if (path === '' || path[0] === '/') {
    return removeDotSegments(path)
  }

  const segments = path.split('/')
  const last = segments.length - 1
  /** @type {string[]} */
  const output = []
  let trailingDirectory = false

  for (let i = 0; i <= last; i++) {
    const segment = segments[i]
    if (segment === '.' || segment === '..') {
      if (segment === '..') {
        if (output.length !== 0 && output[output.length - 1] !== '..') {
          output.pop()
        } else {
          output.push('..')
        }
      }
      trailingDirectory = i === last
    } else {
      output.push(segment)
    }
  }

  if (trailingDirectory && output[output.length - 1] !== '..') {
    output.push('')
  }
  if (output.length === 0 || output[0] === '' || output[0].includes(':')) {
    // An empty path, a leading empty segment ("//"), or a first segment
    // containing ":" (which would be mistaken for a scheme, RFC 3986 section
    // 4.2) must stay behind a "." segment so the reference keeps its meaning.
    output.unshift('.')
  }

  return output.join('/')
}

/**
 * Re-escape RFC 3986 gen-delims that must not appear literally in the host.
 * After the URI regex parses, these characters cannot be literal in the host
 * field, so any that appear after decoding came from percent-encoding and
 * must be restored to prevent authority structure changes.
 *
 * @param {string} host
 * @param {boolean} isIP - true for IPv4/IPv6 hosts (skip colon re-escaping)
 * @returns {string}
 */
const HOST_DELIMS = { '@': '%40', '/': '%2F', '?': '%3F', '#': '%23', ':': '%3A' }
const HOST_DELIM_RE = /[@/?#:]/g
const HOST_DELIM_NO_COLON_RE = /[@/?#]/g

function reescapeHostDelimiters (host, isIP) {
  const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE
  re.lastIndex = 0
  return host.replace(re, (ch) => HOST_DELIMS[ch])
}

/**
 * Normalizes percent escapes and optionally decodes only unreserved ASCII bytes.
 * Reserved delimiters such as `%2F` stay escaped; `%2E` is unreserved.
 *
 * @param {string} input
 * @param {boolean} [decodeUnreserved=false]
 * @returns {string}
 */
function normalizePercentEncoding (input, decodeUnreserved = false) {
  if (input.indexOf('%') === -1) {
    return input
  }

  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decodeUnreserved && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    output += input[i]
  }

  return output
}

/**
 * Normalizes path data without turning reserved escapes into live path syntax.
 * Valid escapes are uppercased, raw unsafe characters are escaped, and only
 * unreserved bytes that are not `.` are decoded.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizePathEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decoded !== '.' && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isPathCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Serializes a path without rewriting reserved data. Raw RFC 3986 path
 * characters remain literal, valid escapes are preserved and uppercased, and
 * everything else is UTF-8 percent-encoded. In a path-noscheme, a colon in the
 * first segment must be escaped so the result cannot be parsed as a scheme.
 *
 * @param {string} input
 * @param {boolean} [pathNoScheme=false]
 * @returns {string}
 */
function serializePathEncoding (input, pathNoScheme = false) {
  let output = ''
  let firstSegment = pathNoScheme && input[0] !== '/'

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (ch === '/') {
      firstSegment = false
    }

    if (isPathCharacter(ch) && (ch !== ':' || !firstSegment)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Percent-encodes a URI component using its RFC 3986 literal character set.
 * Existing valid escapes are preserved and normalized to uppercase hex.
 *
 * @param {string} input
 * @param {(value: string) => boolean} isAllowed
 * @returns {string}
 */
function encodeComponent (input, isAllowed) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (isAllowed(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Encodes userinfo while preserving its RFC 3986 §3.2.1 literal characters.
 * In particular, authority delimiters such as `@`, `/`, `?`, and `#` are data.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeUserinfo (input) {
  return encodeComponent(input, isUserinfoCharacter)
}

/**
 * Encodes query data using the RFC 3986 §3.4 grammar. A literal `#` must be
 * escaped because it would otherwise begin the fragment component.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeQuery (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

/**
 * Encodes fragment data using the RFC 3986 §3.5 grammar.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeFragment (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

function isEscapeSafe (cp) {
  return (
    (cp >= 0x30 && cp <= 0x39) ||
    (cp >= 0x41 && cp <= 0x5A) ||
    (cp >= 0x61 && cp <= 0x7A) ||
    cp === 0x2A || cp === 0x2B || cp === 0x2D || cp === 0x2E ||
    cp === 0x2F || cp === 0x40 || cp === 0x5F
  )
}

/**
 * Normalizes the percent-encoding of a query or fragment component.
 *
 * Like `normalizePathEncoding`, but uses the query/fragment character set
 * (which additionally allows `?`) and decodes `.` since it has no dot-segment
 * meaning outside of a path.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizeQueryFragmentEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isQueryFragmentCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Escapes a component while preserving existing valid percent escapes.
 *
 * @param {string} input
 * @returns {string}
 */
function escapePreservingEscapes (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    output += escape(input[i])
  }

  return output
}

/**
 * @param {import('../types/index').URIComponent} component
 * @returns {string|undefined}
 */
function recomposeAuthority (component) {
  const uriTokens = []

  if (component.userinfo !== undefined) {
    uriTokens.push(encodeUserinfo(component.userinfo))
    uriTokens.push('@')
  }

  if (component.host !== undefined) {
    let host = component.host
    if (!isIPv4(host)) {
      let ipV6res = normalizeIPv6(host)
      if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
        // Decode only unreserved bytes, once. In particular, keep %25 encoded
        // so it cannot introduce a second escape during recomposition.
        host = normalizePercentEncoding(host, true)
        ipV6res = normalizeIPv6(host)
      }
      if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
        host = `[${ipV6res.escapedHost}]`
      } else {
        host = reescapeHostDelimiters(host, false)
      }
    }
    uriTokens.push(host)
  }

  if (typeof component.port === 'number' || typeof component.port === 'string') {
    const port = String(component.port)
    if (!isPort(port)) {
      throw new TypeError('URI port is malformed.')
    }
    uriTokens.push(':')
    uriTokens.push(port)
  }

  return uriTokens.length ? uriTokens.join('') : undefined
};

module.exports = {
  nonSimpleDomain,
  recomposeAuthority,
  reescapeHostDelimiters,
  normalizePercentEncoding,
  normalizePathEncoding,
  serializePathEncoding,
  normalizeQueryFragmentEncoding,
  encodeUserinfo,
  encodeQuery,
  encodeFragment,
  escapePreservingEscapes,
  removeDotSegments,
  removeDotSegmentsRelative,
  isIPv4,
  isUUID,
  normalizeIPv6,
  stringArrayToHexStripped
}


/***/ }),

/***/ 3837:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$id":"https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#","description":"Meta-schema for $data reference (JSON AnySchema extension proposal)","type":"object","required":["$data"],"properties":{"$data":{"type":"string","anyOf":[{"format":"relative-json-pointer"},{"format":"json-pointer"}]}},"additionalProperties":false}');

/***/ }),

/***/ 7216:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/applicator","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/applicator":true},"$dynamicAnchor":"meta","title":"Applicator vocabulary meta-schema","type":["object","boolean"],"properties":{"prefixItems":{"$ref":"#/$defs/schemaArray"},"items":{"$dynamicRef":"#meta"},"contains":{"$dynamicRef":"#meta"},"additionalProperties":{"$dynamicRef":"#meta"},"properties":{"type":"object","additionalProperties":{"$dynamicRef":"#meta"},"default":{}},"patternProperties":{"type":"object","additionalProperties":{"$dynamicRef":"#meta"},"propertyNames":{"format":"regex"},"default":{}},"dependentSchemas":{"type":"object","additionalProperties":{"$dynamicRef":"#meta"},"default":{}},"propertyNames":{"$dynamicRef":"#meta"},"if":{"$dynamicRef":"#meta"},"then":{"$dynamicRef":"#meta"},"else":{"$dynamicRef":"#meta"},"allOf":{"$ref":"#/$defs/schemaArray"},"anyOf":{"$ref":"#/$defs/schemaArray"},"oneOf":{"$ref":"#/$defs/schemaArray"},"not":{"$dynamicRef":"#meta"}},"$defs":{"schemaArray":{"type":"array","minItems":1,"items":{"$dynamicRef":"#meta"}}}}');

/***/ }),

/***/ 8226:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/content","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/content":true},"$dynamicAnchor":"meta","title":"Content vocabulary meta-schema","type":["object","boolean"],"properties":{"contentEncoding":{"type":"string"},"contentMediaType":{"type":"string"},"contentSchema":{"$dynamicRef":"#meta"}}}');

/***/ }),

/***/ 518:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/core","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/core":true},"$dynamicAnchor":"meta","title":"Core vocabulary meta-schema","type":["object","boolean"],"properties":{"$id":{"$ref":"#/$defs/uriReferenceString","$comment":"Non-empty fragments not allowed.","pattern":"^[^#]*#?$"},"$schema":{"$ref":"#/$defs/uriString"},"$ref":{"$ref":"#/$defs/uriReferenceString"},"$anchor":{"$ref":"#/$defs/anchorString"},"$dynamicRef":{"$ref":"#/$defs/uriReferenceString"},"$dynamicAnchor":{"$ref":"#/$defs/anchorString"},"$vocabulary":{"type":"object","propertyNames":{"$ref":"#/$defs/uriString"},"additionalProperties":{"type":"boolean"}},"$comment":{"type":"string"},"$defs":{"type":"object","additionalProperties":{"$dynamicRef":"#meta"}}},"$defs":{"anchorString":{"type":"string","pattern":"^[A-Za-z_][-A-Za-z0-9._]*$"},"uriString":{"type":"string","format":"uri"},"uriReferenceString":{"type":"string","format":"uri-reference"}}}');

/***/ }),

/***/ 4588:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/format-annotation","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/format-annotation":true},"$dynamicAnchor":"meta","title":"Format vocabulary meta-schema for annotation results","type":["object","boolean"],"properties":{"format":{"type":"string"}}}');

/***/ }),

/***/ 5707:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/meta-data","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/meta-data":true},"$dynamicAnchor":"meta","title":"Meta-data vocabulary meta-schema","type":["object","boolean"],"properties":{"title":{"type":"string"},"description":{"type":"string"},"default":true,"deprecated":{"type":"boolean","default":false},"readOnly":{"type":"boolean","default":false},"writeOnly":{"type":"boolean","default":false},"examples":{"type":"array","items":true}}}');

/***/ }),

/***/ 9547:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/unevaluated","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/unevaluated":true},"$dynamicAnchor":"meta","title":"Unevaluated applicator vocabulary meta-schema","type":["object","boolean"],"properties":{"unevaluatedItems":{"$dynamicRef":"#meta"},"unevaluatedProperties":{"$dynamicRef":"#meta"}}}');

/***/ }),

/***/ 7082:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/validation","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/validation":true},"$dynamicAnchor":"meta","title":"Validation vocabulary meta-schema","type":["object","boolean"],"properties":{"type":{"anyOf":[{"$ref":"#/$defs/simpleTypes"},{"type":"array","items":{"$ref":"#/$defs/simpleTypes"},"minItems":1,"uniqueItems":true}]},"const":true,"enum":{"type":"array","items":true},"multipleOf":{"type":"number","exclusiveMinimum":0},"maximum":{"type":"number"},"exclusiveMaximum":{"type":"number"},"minimum":{"type":"number"},"exclusiveMinimum":{"type":"number"},"maxLength":{"$ref":"#/$defs/nonNegativeInteger"},"minLength":{"$ref":"#/$defs/nonNegativeIntegerDefault0"},"pattern":{"type":"string","format":"regex"},"maxItems":{"$ref":"#/$defs/nonNegativeInteger"},"minItems":{"$ref":"#/$defs/nonNegativeIntegerDefault0"},"uniqueItems":{"type":"boolean","default":false},"maxContains":{"$ref":"#/$defs/nonNegativeInteger"},"minContains":{"$ref":"#/$defs/nonNegativeInteger","default":1},"maxProperties":{"$ref":"#/$defs/nonNegativeInteger"},"minProperties":{"$ref":"#/$defs/nonNegativeIntegerDefault0"},"required":{"$ref":"#/$defs/stringArray"},"dependentRequired":{"type":"object","additionalProperties":{"$ref":"#/$defs/stringArray"}}},"$defs":{"nonNegativeInteger":{"type":"integer","minimum":0},"nonNegativeIntegerDefault0":{"$ref":"#/$defs/nonNegativeInteger","default":0},"simpleTypes":{"enum":["array","boolean","integer","null","number","object","string"]},"stringArray":{"type":"array","items":{"type":"string"},"uniqueItems":true,"default":[]}}}');

/***/ }),

/***/ 1678:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/schema","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/core":true,"https://json-schema.org/draft/2020-12/vocab/applicator":true,"https://json-schema.org/draft/2020-12/vocab/unevaluated":true,"https://json-schema.org/draft/2020-12/vocab/validation":true,"https://json-schema.org/draft/2020-12/vocab/meta-data":true,"https://json-schema.org/draft/2020-12/vocab/format-annotation":true,"https://json-schema.org/draft/2020-12/vocab/content":true},"$dynamicAnchor":"meta","title":"Core and Validation specifications meta-schema","allOf":[{"$ref":"meta/core"},{"$ref":"meta/applicator"},{"$ref":"meta/unevaluated"},{"$ref":"meta/validation"},{"$ref":"meta/meta-data"},{"$ref":"meta/format-annotation"},{"$ref":"meta/content"}],"type":["object","boolean"],"$comment":"This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.","properties":{"definitions":{"$comment":"\\"definitions\\" has been replaced by \\"$defs\\".","type":"object","additionalProperties":{"$dynamicRef":"#meta"},"deprecated":true,"default":{}},"dependencies":{"$comment":"\\"dependencies\\" has been split and replaced by \\"dependentSchemas\\" and \\"dependentRequired\\" in order to serve their differing semantics.","type":"object","additionalProperties":{"anyOf":[{"$dynamicRef":"#meta"},{"$ref":"meta/validation#/$defs/stringArray"}]},"deprecated":true,"default":{}},"$recursiveAnchor":{"$comment":"\\"$recursiveAnchor\\" has been replaced by \\"$dynamicAnchor\\".","$ref":"meta/core#/$defs/anchorString","deprecated":true},"$recursiveRef":{"$comment":"\\"$recursiveRef\\" has been replaced by \\"$dynamicRef\\".","$ref":"meta/core#/$defs/uriReferenceString","deprecated":true}}}');

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
