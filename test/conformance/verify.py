#!/usr/bin/env python3
"""An independent verifier of agentops/verdict repositories, written from docs/spec.md alone.

It never reads the TypeScript implementation: it is the proof that the spec says enough to
reach the same decisions. Python 3 standard library only; it runs `git` as a subprocess.

Usage:
    python3 test/conformance/verify.py [VECTOR.json ...]   run vectors (default: all)
    python3 test/conformance/verify.py --list-skipped      the vectors it skips, and why

Implemented (spec sections):
  3  ids: JCS canonical JSON (keys in UTF-16 code-unit order, ECMAScript string escapes,
     integers), SHA-256; a lone surrogate cannot be canonicalised.
  4  the one byte form of a record file.
  5  file names: bucket and seq padding, the path a record's seq and id give.
  6  ledger integrity, rules 1-6, in the order of checks the spec gives; append-only
     against a base and commit by commit (two-parent merges against the recomputed merge,
     octopus merges against every parent); the trusted base (base records known by path;
     base-unreadable when one is read and cannot be); `.agents` / `.agents/ledger` that
     are not directories.
  7  manifests and subject digests; the change of a root commit, a commit, a two-parent
     merge (git merge-tree in a throwaway git directory, no attributes, no config) with
     the conflicts left as merge-tree wrote them, an octopus merge.
  8  coverage steps 1 (empty), 2 (an author exemption: never honoured here, as outside the
     GitHub Action), 3 (exempt paths; the trust roots never), 4-7 (no-verdict,
     verdict-fail, not-independent, policy: require.evidence, require.checkerKinds,
     rules), 9 (covered); the deciding record by (seq, createdAt as an instant, id); the
     monotonicity rule for when base records are read.
  9  the policy read from the base, parsed strictly (BOM, UTF-8, lone surrogates, duplicate
     keys, trailing data) and validated against schemas/policy.v1.schema.json; mode
     "range"; enforcement "observe"; the policy a change leaves behind (invalid-policy);
     no policy at the base; an invalid one there (exit 2).
  10 the scopes `ao verify --range A..B`, `ao verify --commit REV`, `ao ledger verify
     [--since REV]`. The working tree is read as the tree of the commit the vector puts
     it at (the runner of the other implementation checks that commit out clean).
  13 exit codes 0, 1, 2.
JSON Schema: a small validator for the keywords schemas/*.json use ($ref to $defs, type,
const, enum, properties, required, additionalProperties, pattern, minLength, maxLength,
minimum, maximum, items, minItems, maxItems, uniqueItems, oneOf, minProperties), lengths
in code points, patterns translated from ECMAScript (u flag) to Python.

Not implemented (a vector that needs one is refused, never passed): signatures (rule 7 of
section 6, step 8 of section 8), promoted constraints and the ratchet (step 7b), replayed
commits (section 8), the staged and pre-push scopes, glob syntax beyond `*`, `**` and `?`,
SHA-256 repositories' object ids (supported by git; not exercised), the 2 MiB bound on a
record read from the working tree (it is checked on the blob's size).
"""

import base64
import hashlib
import json
import math
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
VECTORS = os.path.join(HERE, "vectors")

# Vectors this verifier does not run, by name, with the part of the spec it lacks.
SKIPPED = {
    "signature-invalid": "SSHSIG signatures (spec 6 rule 7) are not implemented here",
}

LEDGER_DIR = ".agents/ledger"
LEDGER_PREFIX = b".agents/ledger/"
POLICY_PATH = ".agents/policy.json"
TRUST_ROOTS = (POLICY_PATH, ".agents/checkers")
MAX_RECORD_BYTES = 2 * 1024 * 1024
MAX_POLICY_BYTES = 256 * 1024
RECORD_SCHEMA = "agentops-verdict/record@1"


class Unsupported(Exception):
    """The vector needs a part of the spec this verifier does not implement."""


class UsageError(Exception):
    """Exit 2: an error, not a verification failure (e.g. an invalid policy at the base)."""


# --------------------------------------------------------------------------- git


class Git:
    def __init__(self, directory, env):
        self.dir = directory
        self.env = env
        self._empty_tree = None

    def run(self, args, data=None, ok=(0,), env=None):
        result = subprocess.run(["git"] + args, cwd=self.dir, env=env or self.env, input=data, capture_output=True)
        if result.returncode not in ok:
            raise RuntimeError("git %s failed (%d): %s" % (" ".join(args), result.returncode, result.stderr.decode("utf-8", "replace")))
        return result

    def out(self, args, data=None):
        return self.run(args, data).stdout

    @property
    def empty_tree(self):
        if self._empty_tree is None:
            self._empty_tree = self.out(["hash-object", "-t", "tree", "--stdin"], b"").decode().strip()
        return self._empty_tree

    def objects(self, names):
        """name -> (type, size, bytes or None when above the record bound); absent names left out."""
        if not names:
            return {}
        checked = self.out(["cat-file", "--batch-check"], "".join(n + "\n" for n in names).encode()).split(b"\n")
        found = {}
        wanted = []
        for name, line in zip(names, checked):
            parts = line.split(b" ")
            if len(parts) == 3 and parts[1] != b"missing":
                found[name] = (parts[1].decode(), int(parts[2]), None)
                if parts[1] == b"blob" and int(parts[2]) <= MAX_RECORD_BYTES:
                    wanted.append(name)
        if wanted:
            stream = self.out(["cat-file", "--batch"], "".join(n + "\n" for n in wanted).encode())
            pos = 0
            for name in wanted:
                end = stream.index(b"\n", pos)
                size = int(stream[pos:end].split(b" ")[2])
                found[name] = (found[name][0], size, stream[end + 1 : end + 1 + size])
                pos = end + 1 + size + 1
        return found

    def diff(self, old, new, prefix=None):
        """Raw entries (old mode, new mode, old id, new id, status, path bytes) from OLD to NEW."""
        args = ["diff-tree", "-r", "-z", "--no-renames", "--full-index", "--raw", old, new]
        if prefix:
            args += ["--", prefix]
        fields = self.out(args).split(b"\0")
        entries = []
        for i in range(0, len(fields) - 1, 2):
            meta = fields[i]
            if not meta.startswith(b":"):
                break
            old_mode, new_mode, old_id, new_id, status = meta[1:].decode().split(" ")
            entries.append((old_mode, new_mode, old_id, new_id, status, fields[i + 1]))
        return entries

    def ls_tree(self, rev, path=None, recursive=True):
        """(mode, type, id, path bytes) of the entries at or below `path` in `rev`."""
        args = ["ls-tree", "-z", "--full-tree"] + (["-r"] if recursive else []) + [rev]
        if path:
            args += ["--", path]
        entries = []
        for item in self.out(args).split(b"\0"):
            if not item:
                continue
            meta, name = item.split(b"\t", 1)
            mode, kind, oid = meta.decode().split(" ")
            entries.append((mode, kind, oid, name))
        return entries

    def tree_of(self, commit):
        return self.out(["rev-parse", commit + "^{tree}"]).decode().strip()

    def commits(self, rev_range):
        """[(commit, [parents])] of `git rev-list RANGE`."""
        lines = self.out(["rev-list", "--parents", rev_range]).decode().split("\n")
        return [(line.split(" ")[0], line.split(" ")[1:]) for line in lines if line]

    def parents(self, commit):
        return self.out(["rev-list", "--parents", "-n", "1", commit]).decode().split()[1:]

    def is_ancestor(self, a, b):
        return self.run(["merge-base", "--is-ancestor", a, b], ok=(0, 1)).returncode == 0

    def merge_base(self, a, b):
        result = self.run(["merge-base", a, b], ok=(0, 1))
        return result.stdout.decode().split("\n")[0].strip() or None

    def merge_tree(self, ours, theirs):
        """Spec 7: git merge-tree in a throwaway git directory. Returns (tree, conflicted paths)."""
        with tempfile.TemporaryDirectory(prefix="conformance-merge-") as scratch:
            gitdir = os.path.join(scratch, "git")
            os.makedirs(os.path.join(gitdir, "refs"))
            with open(os.path.join(gitdir, "HEAD"), "w") as f:
                f.write("ref: refs/heads/none\n")
            with open(os.path.join(gitdir, "config"), "w") as f:
                f.write("[core]\n\tbare = true\n")
            empty = os.path.join(scratch, "empty")
            open(empty, "w").close()
            objects = self.out(["rev-parse", "--path-format=absolute", "--git-path", "objects"]).decode().strip()
            env = {k: v for k, v in self.env.items() if not k.startswith("GIT_")}
            env.update(
                GIT_DIR=gitdir,
                GIT_OBJECT_DIRECTORY=objects,
                GIT_CONFIG_NOSYSTEM="1",
                GIT_CONFIG_GLOBAL=empty,
                GIT_ATTR_NOSYSTEM="1",
                GIT_NO_REPLACE_OBJECTS="1",
            )
            result = self.run(
                ["-c", "core.attributesFile=" + empty, "merge-tree", "--write-tree", "-z", "--name-only", "--no-messages", ours, theirs],
                ok=(0, 1),
                env=env,
            )
        fields = result.stdout.split(b"\0")
        tree = fields[0].decode().strip()
        conflicts = []
        for path in fields[1:]:
            if path and path not in conflicts:
                conflicts.append(path)
        return tree, (conflicts if result.returncode == 1 else [])


# --------------------------------------------------------------------------- JSON


class NotCanonical(Exception):
    pass


def js_string(text):
    """A string as ECMAScript JSON.stringify writes it (spec 3); a lone surrogate cannot be."""
    out = ['"']
    short = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
    for ch in text:
        code = ord(ch)
        if 0xD800 <= code <= 0xDFFF:
            raise NotCanonical("lone surrogate")
        if ch in short:
            out.append(short[ch])
        elif code < 0x20:
            out.append("\\u%04x" % code)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def utf16_key(key):
    # Big-endian UTF-16 bytes compare exactly as UTF-16 code units do.
    return key.encode("utf-16-be", "surrogatepass")


def scalar(value):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        # JSON that parsed to a fraction or exponent never has the canonical (integer) spelling.
        raise NotCanonical("not an integer spelling")
    if isinstance(value, str):
        return js_string(value)
    raise NotCanonical("unexpected value")


def canonical(value):
    """JCS (RFC 8785) for the values records hold."""
    if isinstance(value, dict):
        keys = sorted(value, key=utf16_key)
        return "{" + ",".join(js_string(k) + ":" + canonical(value[k]) for k in keys) + "}"
    if isinstance(value, list):
        return "[" + ",".join(canonical(v) for v in value) + "]"
    return scalar(value)


def byte_form(value, indent=""):
    """JSON.stringify(value, null, 2) with every object's keys in JCS order (spec 4)."""
    inner = indent + "  "
    if isinstance(value, dict):
        if not value:
            return "{}"
        keys = sorted(value, key=utf16_key)
        return "{\n" + ",\n".join(inner + js_string(k) + ": " + byte_form(value[k], inner) for k in keys) + "\n" + indent + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        return "[\n" + ",\n".join(inner + byte_form(v, inner) for v in value) + "\n" + indent + "]"
    return scalar(value)


def _reject_constant(name):
    raise ValueError("%s is not JSON" % name)


def parse_json(text, strict):
    """RFC 8259. strict: a duplicate key or a lone surrogate is an error (the policy);
    otherwise the last of two equal keys counts (a record, whose byte form refuses it later)."""

    def pairs(items):
        if strict:
            seen = set()
            for key, _ in items:
                if key in seen:
                    raise ValueError("duplicate key %r" % key)
                seen.add(key)
        return dict(items)

    value = json.loads(text, object_pairs_hook=pairs, parse_constant=_reject_constant)
    if strict and has_lone_surrogate(value):
        raise ValueError("a lone surrogate")
    return value


def has_lone_surrogate(value):
    if isinstance(value, str):
        return any(0xD800 <= ord(c) <= 0xDFFF for c in value)
    if isinstance(value, dict):
        return any(has_lone_surrogate(k) or has_lone_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(has_lone_surrogate(v) for v in value)
    return False


# --------------------------------------------------------------------------- JSON Schema (the subset schemas/ use)


def translate_pattern(pattern):
    """An ECMAScript pattern (u flag, no m flag) as a Python one."""
    js_space = "\\t\\n\\x0b\\x0c\\r \\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff"
    out = []
    i = 0
    in_class = False
    while i < len(pattern):
        ch = pattern[i]
        if not in_class and pattern.startswith("[\\s\\S]", i):
            out.append("(?s:.)")  # any character, whatever \s means
            i += 6
            continue
        if ch == "\\":
            nxt = pattern[i + 1]
            if nxt == "s":
                out.append(js_space if in_class else "[" + js_space + "]")
            elif nxt == "S":
                if in_class:
                    raise Unsupported("\\S inside a class")
                out.append("[^" + js_space + "]")
            elif nxt == "d":
                out.append("0-9" if in_class else "[0-9]")
            elif nxt == "w":
                out.append("A-Za-z0-9_" if in_class else "[A-Za-z0-9_]")
            elif nxt == "u":
                out.append(pattern[i : i + 6])
                i += 6
                continue
            else:
                out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
            out.append(ch)
        elif ch == "[":
            in_class = True
            out.append(ch)
            if pattern[i + 1 : i + 2] == "^":
                out.append("^")
                i += 1
        elif ch == "$":
            out.append(r"\Z")
        elif ch == ".":
            out.append("[^\\n\\r\\u2028\\u2029]")
        else:
            out.append(ch)
        i += 1
    return re.compile("".join(out))


class Schema:
    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            self.root = json.load(f)
        self.patterns = {}

    def valid(self, value, node=None):
        return self._check(value, self.root if node is None else node)

    def _type_ok(self, value, kind):
        if kind == "null":
            return value is None
        if kind == "boolean":
            return isinstance(value, bool)
        if kind == "integer":
            if isinstance(value, bool):
                return False
            return isinstance(value, int) or (isinstance(value, float) and math.isfinite(value) and value.is_integer())
        if kind == "number":
            return not isinstance(value, bool) and isinstance(value, (int, float)) and math.isfinite(value)
        if kind == "string":
            return isinstance(value, str)
        if kind == "array":
            return isinstance(value, list)
        if kind == "object":
            return isinstance(value, dict)
        raise Unsupported("schema type " + kind)

    def _check(self, value, node):
        for key, rule in node.items():
            if key in ("description", "title", "$schema", "$id", "$defs", "discriminator", "propertyName", "default", "examples"):
                continue
            if key == "$ref":
                if not rule.startswith("#/$defs/"):
                    raise Unsupported("$ref " + rule)
                if not self._check(value, self.root["$defs"][rule[len("#/$defs/") :]]):
                    return False
            elif key == "type":
                kinds = rule if isinstance(rule, list) else [rule]
                if not any(self._type_ok(value, k) for k in kinds):
                    return False
            elif key == "const":
                if not json_equal(value, rule):
                    return False
            elif key == "enum":
                if not any(json_equal(value, option) for option in rule):
                    return False
            elif key == "oneOf":
                if sum(1 for option in rule if self._check(value, option)) != 1:
                    return False
            elif key in ("properties", "required", "additionalProperties", "minProperties"):
                if not isinstance(value, dict):
                    continue
                if key == "properties":
                    for name, sub in rule.items():
                        if name in value and not self._check(value[name], sub):
                            return False
                elif key == "required":
                    if any(name not in value for name in rule):
                        return False
                elif key == "additionalProperties":
                    known = node.get("properties", {})
                    extra = [name for name in value if name not in known]
                    if rule is False and extra:
                        return False
                    if isinstance(rule, dict) and not all(self._check(value[name], rule) for name in extra):
                        return False
                elif len(value) < rule:
                    return False
            elif key in ("pattern", "minLength", "maxLength"):
                if not isinstance(value, str):
                    continue
                if key == "pattern":
                    compiled = self.patterns.get(rule) or self.patterns.setdefault(rule, translate_pattern(rule))
                    if not compiled.search(value):
                        return False
                elif key == "minLength" and len(value) < rule:
                    return False
                elif key == "maxLength" and len(value) > rule:
                    return False
            elif key in ("minimum", "maximum"):
                if isinstance(value, bool) or not isinstance(value, (int, float)):
                    continue
                if key == "minimum" and value < rule:
                    return False
                if key == "maximum" and value > rule:
                    return False
            elif key in ("items", "minItems", "maxItems", "uniqueItems"):
                if not isinstance(value, list):
                    continue
                if key == "items" and not all(self._check(v, rule) for v in value):
                    return False
                if key == "minItems" and len(value) < rule:
                    return False
                if key == "maxItems" and len(value) > rule:
                    return False
                if key == "uniqueItems" and rule:
                    seen = [json_key(v) for v in value]
                    if len(set(seen)) != len(seen):
                        return False
            else:
                raise Unsupported("schema keyword " + key)
        return True


def json_key(value):
    """A hashable form in which JSON-equal values (1 and 1.0) are equal and true is not 1."""
    if isinstance(value, bool):
        return ("bool", value)
    if isinstance(value, (int, float)):
        return ("number", float(value) if not float(value).is_integer() else int(value))
    if isinstance(value, dict):
        return ("object", tuple(sorted((k, json_key(v)) for k, v in value.items())))
    if isinstance(value, list):
        return ("array", tuple(json_key(v) for v in value))
    return (type(value).__name__, value)


def json_equal(a, b):
    return json_key(a) == json_key(b)


RECORD_SCHEMA_FILE = Schema(os.path.join(ROOT, "schemas", "record.v1.schema.json"))
POLICY_SCHEMA_FILE = Schema(os.path.join(ROOT, "schemas", "policy.v1.schema.json"))

# --------------------------------------------------------------------------- records (spec 2-6)

RECORD_NAME = re.compile(r"\A\.agents/ledger/[0-9]{4,}/[0-9]{8,}-[0-9a-f]{64}\.json\Z")


def record_path(seq, record_id):
    return "%s/%04d/%08d-%s.json" % (LEDGER_DIR, seq // 1000, seq, record_id[len("sha256:") :])


def record_id(record):
    body = {k: v for k, v in record.items() if k not in ("id", "signature")}
    return "sha256:" + hashlib.sha256(canonical(body).encode("utf-8")).hexdigest()


def path_ref(path):
    """(seq, id) that a record path names, or None when it is not one (spec 5)."""
    match = re.match(r"\A\.agents/ledger/([0-9]{4,})/([0-9]{8,})-([0-9a-f]{64})\.json\Z", path)
    if not match:
        return None
    seq = int(match.group(2))
    record = "sha256:" + match.group(3)
    return (seq, record) if record_path(seq, record) == path else None


def decode_utf8(data):
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


RAW_PATH = re.compile(rb"\A(?!/)(?![\s\S]*(?:\A|/)\.{1,2}(?:/|\Z))(?![\s\S]*//)(?![\s\S]*/\Z)[^\x00]+\Z")


def base64_path_ok(entry):
    """Spec 7: a pathBase64 is canonical base64 of bytes that are not UTF-8 and obey the path rule."""
    text = entry["pathBase64"]
    try:
        raw = base64.b64decode(text, validate=True)
    except ValueError:
        return False
    return base64.b64encode(raw).decode() == text and decode_utf8(raw) is None and bool(RAW_PATH.match(raw))


def parse_record(path, data):
    """(record, None) or (None, problem code): the checks of spec 6 rules 2-3, in the spec's order."""
    if len(data) > MAX_RECORD_BYTES:
        return None, "too-large"
    if not data:
        return None, "empty"
    if data.startswith(b"\xef\xbb\xbf"):
        return None, "bom"
    text = decode_utf8(data)
    if text is None:
        return None, "invalid-utf8"
    try:
        value = parse_json(text, strict=False)
    except ValueError:
        return None, "invalid-json"
    if not isinstance(value, dict):
        return None, "not-an-object"
    if not RECORD_SCHEMA_FILE.valid(value):
        return None, "schema"
    if value.get("type") == "verdict" and not all(base64_path_ok(e) for e in value["subject"]["entries"] if "pathBase64" in e):
        return None, "schema"
    try:
        if byte_form(value) + "\n" != text:
            return None, "not-canonical"
    except NotCanonical:
        return None, "not-canonical"
    if record_id(value) != value["id"]:
        return None, "id-mismatch"
    if record_path(value["seq"], value["id"]) != path:
        return None, "path-mismatch"
    if "signature" in value:
        raise Unsupported("signed records")
    return value, None


def check_file(path, kind, data, size):
    """A file under .agents/ledger/: (record, None) or (None, problem code) (spec 6 rules 1-3)."""
    if kind != "file":
        return None, "not-a-file"
    if not RECORD_NAME.match(path):
        return None, "stray-file"
    if size > MAX_RECORD_BYTES:
        return None, "too-large"
    return parse_record(path, data)


def file_kind(mode):
    return "file" if mode in ("100644", "100755") else "symlink" if mode == "120000" else "other"


def read_files(git, tree, entries):
    """[(path, kind, bytes, size)] for raw (mode, oid, path) entries of `tree`."""
    blobs = git.objects([oid for mode, oid, _ in entries if file_kind(mode) == "file"])
    files = []
    for mode, oid, path in entries:
        kind = file_kind(mode)
        _, size, data = blobs.get(oid, (None, 0, b"")) if kind == "file" else (None, 0, None)
        files.append((path, kind, data if data is not None else b"", size))
    return files


def check_graph(base_refs, records):
    """Spec 6 rules 4-6 for `records` on top of base records known by path {id: seq}."""
    problems = []
    seq_of = dict(base_refs)
    for record in records:
        seq_of.setdefault(record["id"], record["seq"])
    base_geneses = sorted(rid for rid, seq in base_refs.items() if seq == 0)
    geneses = list(base_geneses)
    for record in records:
        if record["type"] == "genesis" and record["id"] not in geneses:
            geneses.append(record["id"])
    genesis = None
    if geneses:
        genesis = base_geneses[0] if base_geneses else sorted(geneses)[0]
        problems += [("second-genesis", None) for g in geneses if g != genesis]
    elif records or base_refs:
        problems.append(("no-genesis", None))
    for record in records:
        if record["type"] == "genesis":
            continue
        if genesis and record["ledger"] != genesis:
            problems.append(("foreign-record", None))
        missing = [p for p in record["prev"] if p not in seq_of]
        if missing:
            problems.append(("dangling-prev", None))
        elif record["seq"] != 1 + max(seq_of[p] for p in record["prev"]):
            problems.append(("bad-seq", None))
    return problems


def text_path(raw):
    text = decode_utf8(raw)
    return text if text is not None else raw.decode("latin-1")


def append_only(entries):
    """Spec 6: anything but an addition under .agents/ledger/ breaks append-only."""
    return [
        ("record-deleted" if e[4] == "D" else "record-modified", text_path(e[5]))
        for e in entries
        if e[5].startswith(LEDGER_PREFIX) and e[4] != "A"
    ]


def broken_root(git, rev):
    """`.agents` or `.agents/ledger` in `rev` that is not a directory, if any (spec 6)."""
    for path in (".agents", LEDGER_DIR):
        found = [e for e in git.ls_tree(rev, path, recursive=False) if e[3] == path.encode()]
        if found and found[0][1] != "tree":
            return path
        if not found:
            return None
    return None


# --------------------------------------------------------------------------- manifests and changes (spec 7)


def manifest(entries):
    kept = sorted((e for e in entries if not e[5].startswith(LEDGER_PREFIX)), key=lambda e: e[5])
    lines = b"".join(("%s %s %s %s %s\t" % e[:5]).encode() + e[5] + b"\n" for e in kept)
    return kept, "sha256:" + hashlib.sha256(lines).hexdigest()


def change_of(git, commit, parents):
    """(manifest entries, digest, ledger entries) of one commit."""
    tree = git.tree_of(commit)
    if len(parents) == 2:
        merged, conflicts = git.merge_tree(parents[0], parents[1])
        entries = git.diff(merged, tree)
        ledger = [e for e in entries if e[5].startswith(LEDGER_PREFIX)]
        changed = {e[5] for e in entries}
        left = [p for p in conflicts if p not in changed and not p.startswith(LEDGER_PREFIX)]
        if left:
            from_theirs = {e[5]: e for e in git.diff(git.tree_of(parents[1]), tree)}
            from_ours = {e[5]: e for e in git.diff(git.tree_of(parents[0]), tree)}
            for path in left:
                entry = from_theirs.get(path) or from_ours.get(path)
                if entry:
                    entries.append(entry)
    else:
        entries = git.diff(git.tree_of(parents[0]) if parents else git.empty_tree, tree)
        ledger = [e for e in entries if e[5].startswith(LEDGER_PREFIX)]
        for other in parents[1:]:
            ledger += [e for e in git.diff(git.tree_of(other), tree, LEDGER_DIR + "/") if e[4] != "A"]
    kept, digest = manifest(entries)
    return kept, digest, ledger


# --------------------------------------------------------------------------- policy (spec 9)


def read_policy(git, rev):
    """The policy at `rev`: None when absent; raises ValueError (with why) when invalid."""
    objects = git.objects([rev + ":" + POLICY_PATH])
    found = objects.get(rev + ":" + POLICY_PATH)
    if not found:
        return None
    kind, size, data = found
    if kind != "blob":
        raise ValueError("not a file")
    if size > MAX_POLICY_BYTES:
        raise ValueError("too large")
    if data is None:
        data = git.out(["cat-file", "blob", rev + ":" + POLICY_PATH])
    text = decode_utf8(data)
    if text is None or text.startswith("\ufeff"):
        raise ValueError("invalid UTF-8 or a byte order mark")
    policy = parse_json(text, strict=True)
    if not POLICY_SCHEMA_FILE.valid(policy):
        raise ValueError("not valid against the policy schema")
    if any(re.match(r"\A[*?]+@", p) for p in policy.get("exempt", {}).get("authors", [])):
        raise ValueError("an exempt author pattern matches a whole domain")
    return policy


def glob_regex(glob):
    if re.search(r"[\[\]{}!()+@]", glob):
        raise Unsupported("glob syntax in " + glob)
    out = []
    i = 0
    while i < len(glob):
        if glob.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif glob.startswith("**", i):
            out.append(".*")
            i += 2
        elif glob[i] == "*":
            out.append("[^/]*")
            i += 1
        elif glob[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(glob[i]))
            i += 1
    return re.compile(r"\A" + "".join(out) + r"\Z", re.DOTALL)


def glob_match(globs, path):
    """Spec 9: a glob without "/" matches a file name at any depth; with "/", from the root."""
    for glob in globs:
        target = path if "/" in glob else path.rsplit("/", 1)[-1]
        if glob_regex(glob).match(target):
            return True
    return False


# --------------------------------------------------------------------------- coverage (spec 8)


def time_key(created):
    match = re.match(r"\A(.{19})(?:\.([0-9]{1,9}))?Z\Z", created)
    return match.group(1) + "." + (match.group(2) or "").ljust(9, "0")


def order_key(record):
    return (record["seq"], time_key(record["createdAt"]), record["id"])


def digests_named(record):
    named = {record["subject"]["digest"]}
    if record["subject"]["kind"] == "range":
        named |= {c["digest"] for c in record["subject"]["commits"]}
    return named


def latest(records, digest):
    naming = [r for r in records if r["type"] == "verdict" and digest in digests_named(r)]
    return max(naming, key=order_key) if naming else None


def decide(entries, digest, policy, records):
    """(outcome, failed rule) of one change."""
    if not entries:
        return "empty", None
    if "constraints" in policy and policy["constraints"]:
        raise Unsupported("promoted constraints")
    paths = [text_path(e[5]) for e in entries]
    # Step 2: an author exemption is honoured only in the GitHub Action; never here.
    exempt = policy.get("exempt", {}).get("paths", [])
    if exempt and not any(p in TRUST_ROOTS for p in paths) and all(glob_match(exempt, p) for p in paths):
        return "exempt", None
    record = latest(records, digest)
    if record is None:
        return "uncovered", "no-verdict"
    if record["verdict"] != "pass":
        return "uncovered", "verdict-fail"
    checker, worker = record["checker"], record["worker"]
    same_session = "session" in checker and "session" in worker and checker["session"] == worker["session"]
    if checker["id"].strip().lower() == worker["id"].strip().lower() or same_session:
        return "uncovered", "not-independent"
    kinds = {e["kind"] for e in record["evidence"]}
    require = policy.get("require", {})
    short = any(k not in kinds for k in require.get("evidence", []))
    if "checkerKinds" in require and checker["kind"] not in require["checkerKinds"]:
        short = True
    for rule in policy.get("rules", []):
        if any(glob_match(rule["paths"], p) for p in paths):
            def met(option):
                kind_ok = "checkerKind" not in option or option["checkerKind"] == checker["kind"]
                return kind_ok and ("evidence" not in option or option["evidence"] in kinds)

            if not any(met(option) for option in rule["anyOf"]):
                short = True
    if short:
        return "uncovered", "policy"
    return "covered", None


# --------------------------------------------------------------------------- scopes (spec 10)


class LedgerView:
    """The ledger of `worktree` judged against `base`: base records by path, new ones in full."""

    def __init__(self, git, base, worktree):
        self.git = git
        self.worktree = worktree
        self.problems = []
        self.base_refs = {}
        self.base_paths = {}
        if base:
            for mode, kind, oid, raw in git.ls_tree(base, LEDGER_DIR + "/"):
                ref = path_ref(text_path(raw))
                if ref:
                    self.base_refs[ref[1]] = ref[0]
                    self.base_paths[ref[1]] = text_path(raw)
        root = broken_root(git, worktree)
        changes = git.diff(base, worktree, LEDGER_DIR + "/") if base else []
        self.violations = append_only(changes)
        if root:
            self.problems.append(("not-a-file", root))
            files = []
        elif base:
            files = read_files(git, worktree, [(e[1], e[3], e[5]) for e in changes if e[5].startswith(LEDGER_PREFIX) and e[4] == "A"])
        else:
            files = read_files(git, worktree, [(m, o, p) for m, k, o, p in git.ls_tree(worktree, LEDGER_DIR + "/")])
        self.records = []
        for raw, kind, data, size in files:
            record, code = check_file(text_path(raw), kind, data, size)
            if code:
                self.problems.append((code, text_path(raw)))
            else:
                self.records.append(record)
        self.problems += check_graph(self.base_refs, self.records)

    def base_records(self, reported):
        """Every base record, read back at its path in the working tree (base-unreadable when it cannot be)."""
        paths = sorted(self.base_paths.values())
        listing = {}
        if not broken_root(self.git, self.worktree):
            listing = {text_path(e[3]): e for e in self.git.ls_tree(self.worktree, LEDGER_DIR + "/")}
        wanted = [(listing[p][0], listing[p][2], listing[p][3]) for p in paths if p in listing]
        files = read_files(self.git, self.worktree, wanted)
        readable = {}
        for raw, kind, data, size in files:
            record, code = check_file(text_path(raw), kind, data, size)
            if record:
                readable[text_path(raw)] = record
        problems = [("base-unreadable", p) for p in paths if p not in readable and p not in reported]
        return list(readable.values()), problems


def verify(git, scope, ids):
    """`ao verify --range` / `--commit`: (exit, problems, {commit: (outcome, rule, digest)}, range decision)."""
    if scope["command"] == "verify-range":
        named, head = ids[scope["base"]], ids[scope["head"]]
        commits = git.commits(named + ".." + head)
        base = named if git.is_ancestor(named, head) else (git.merge_base(named, head) or named)
        policy_rev = named
        worktree = ids[scope.get("worktree", scope["head"])]
    else:
        head = ids[scope["commit"]]
        commits = [(head, git.parents(head))]
        base = commits[0][1][0] if commits[0][1] else None
        policy_rev = base
        worktree = ids[scope.get("worktree", scope["commit"])]
    try:
        policy = read_policy(git, policy_rev) if policy_rev else None
    except ValueError as error:
        raise UsageError("invalid policy at the base: %s" % error)
    changes = [(commit,) + change_of(git, commit, parents) for commit, parents in commits]
    view = LedgerView(git, base, worktree)
    by_commit = []
    for _, _, _, ledger in changes:
        for problem in append_only(ledger):
            if problem[1] not in {p for _, p in by_commit}:
                by_commit.append(problem)
    broken = {p for _, p in by_commit}
    # One problem per record: the commit that broke append-only says more than the net diff.
    replaced = [p for p in view.problems + view.violations if p[1] in broken and p[0] in ("record-modified", "record-deleted")]
    problems = [p for p in view.problems + view.violations if p not in replaced] + by_commit
    if head != base:
        try:
            read_policy(git, head)
        except ValueError:
            problems.append(("invalid-policy", POLICY_PATH))
    decisions = {}
    range_decision = None
    observe = False
    if policy is None:
        for commit, _, digest, _ in changes:
            decisions[commit] = ("exempt", None, digest)
    else:
        observe = policy.get("enforcement") == "observe"
        if policy.get("requireSignature"):
            raise Unsupported("requireSignature")
        range_change = manifest(git.diff(base, head)) if scope["command"] == "verify-range" and commits else None
        digests = [d for _, _, d, _ in changes] + ([range_change[1]] if range_change else [])
        # Monotonicity: the base is consulted unless a new record with a seq above every base record decides.
        max_base = max(view.base_refs.values(), default=-1)
        need_base = any((latest(view.records, d) is None or latest(view.records, d)["seq"] <= max_base) for d in digests)
        records = list(view.records)
        if need_base and view.base_refs:
            base_records, unreadable = view.base_records({p for _, p in problems})
            records += base_records
            problems += unreadable
        if policy.get("mode") == "range" and range_change:
            range_decision = decide(range_change[0], range_change[1], policy, records) + (range_change[1],)
        for commit, entries, digest, _ in changes:
            if range_decision and range_decision[0] == "covered" and entries:
                decisions[commit] = ("covered", None, digest)
            else:
                decisions[commit] = decide(entries, digest, policy, records) + (digest,)
    uncovered = any(d[0] == "uncovered" for d in decisions.values())
    exit_code = 1 if problems or (uncovered and not observe) else 0
    return exit_code, problems, decisions, range_decision


def ledger_verify(git, scope, ids):
    """`ao ledger verify [--since REV]` of the working tree at scope["worktree"]."""
    worktree = ids[scope["worktree"]]
    root = broken_root(git, worktree)
    problems = []
    records = []
    if root:
        problems.append(("not-a-file", root))
    else:
        entries = git.ls_tree(worktree, LEDGER_DIR + "/", recursive=True)
        files = read_files(git, worktree, [(m, o, p) for m, k, o, p in entries])
        for raw, kind, data, size in files:
            record, code = check_file(text_path(raw), kind, data, size)
            if code:
                problems.append((code, text_path(raw)))
            else:
                records.append(record)
        problems += check_graph({}, records)
    since = ids.get(scope.get("since"))
    if since:
        problems += append_only(git.diff(since, worktree, LEDGER_DIR + "/"))
        for commit, parents in git.commits(since + ".." + worktree):
            problems += append_only(change_of(git, commit, parents)[2])
    return (1 if problems else 0), problems, None, None


# --------------------------------------------------------------------------- running vectors


def quote_path(raw):
    out = bytearray(b'"')
    for byte in raw:
        if byte in (0x22, 0x5C):
            out += bytes([0x5C, byte])
        elif byte < 0x20 or byte == 0x7F:
            out += ("\\%03o" % byte).encode()
        else:
            out.append(byte)
    return bytes(out + b'"')


def build(vector, directory, env):
    """Spec of the vector format (README): one fast-import stream; commit ids must match."""
    subprocess.run(["git", "init", "-q", "--object-format=" + vector.get("objectFormat", "sha1"), directory], env=env, check=True)
    stream = bytearray()

    def data(payload):
        stream.extend(b"data %d\n" % len(payload) + payload + b"\n")

    marks = {}
    for index, commit in enumerate(vector["commits"], 1):
        marks[commit["name"]] = index
        header = "commit refs/tags/%s\nmark :%d\nauthor %s\ncommitter %s\n"
        stream.extend((header % (commit["name"], index, commit["author"], commit["committer"])).encode())
        data(commit["message"].encode("utf-8"))
        for i, parent in enumerate(commit["parents"]):
            stream.extend(b"%s :%d\n" % (b"from" if i == 0 else b"merge", marks[parent]))
        for change in commit["changes"]:
            raw = change["path"].encode("utf-8") if "path" in change else base64.b64decode(change["pathBase64"])
            if change.get("delete"):
                stream.extend(b"D " + quote_path(raw) + b"\n")
            elif change["mode"] == "160000":
                stream.extend(b"M 160000 " + change["commit"].encode() + b" " + quote_path(raw) + b"\n")
            else:
                stream.extend(b"M " + change["mode"].encode() + b" inline " + quote_path(raw) + b"\n")
                data(change["text"].encode("utf-8") if "text" in change else base64.b64decode(change.get("base64", "")))
        stream.extend(b"\n")
    stream.extend(b"done\n")
    git = Git(directory, env)
    git.out(["fast-import", "--quiet", "--done"], bytes(stream))
    ids = {}
    for commit in vector["commits"]:
        built = git.out(["rev-parse", "refs/tags/" + commit["name"]]).decode().strip()
        if built != commit["id"]:
            raise RuntimeError("commit %s built as %s, the vector says %s" % (commit["name"], built, commit["id"]))
        ids[commit["name"]] = built
    return git, ids


def answer_of(git, check, ids):
    try:
        if check["command"] == "ledger-verify":
            exit_code, problems, decisions, range_decision = ledger_verify(git, check, ids)
        else:
            exit_code, problems, decisions, range_decision = verify(git, check, ids)
    except UsageError:
        return {"exit": 2}
    names = {v: k for k, v in ids.items()}
    answer = {"exit": exit_code, "problems": sorted({code + (" " + path if path else "") for code, path in problems})}
    if decisions is not None:
        answer["changes"] = {names.get(c, c): decision_json(d) for c, d in decisions.items()}
        if range_decision:
            answer["range"] = decision_json(range_decision)
    return answer


def decision_json(decision):
    outcome, rule, digest = decision
    out = {"outcome": outcome, "digest": digest}
    if rule:
        out["failedRule"] = rule
    return out


def differences(answer, expect):
    found = []
    if answer["exit"] != expect["exit"]:
        found.append("exit %s, expected %s" % (answer["exit"], expect["exit"]))
    if "problems" in expect:
        wanted = sorted({p["code"] + (" " + p["path"] if p.get("path") else "") for p in expect["problems"]})
        if answer.get("problems") != wanted:
            found.append("problems %s, expected %s" % (answer.get("problems"), wanted))
    for name in sorted(set(answer.get("changes", {})) | set(expect.get("changes", {}))) if "changes" in expect else []:
        if answer.get("changes", {}).get(name) != expect["changes"].get(name):
            found.append("%s: %s, expected %s" % (name, answer.get("changes", {}).get(name), expect["changes"].get(name)))
    if "range" in expect and answer.get("range") != expect["range"]:
        found.append("range: %s, expected %s" % (answer.get("range"), expect["range"]))
    return found


def run_vector(path):
    with open(path, encoding="utf-8") as f:
        vector = json.load(f)
    with tempfile.TemporaryDirectory(prefix="conformance-py-") as scratch:
        env = {k: v for k, v in os.environ.items() if k in ("PATH", "LANG", "TMPDIR", "SYSTEMROOT")}
        env.update(HOME=scratch, GIT_CONFIG_NOSYSTEM="1", GIT_CONFIG_GLOBAL=os.devnull)
        git, ids = build(vector, os.path.join(scratch, "repo"), env)
        failures = []
        for check in vector["checks"]:
            for problem in differences(answer_of(git, check, ids), check["expect"]):
                failures.append("%s: %s" % (check["name"], problem))
        return vector["name"], len(vector["checks"]), failures


def main(argv):
    if argv[1:] == ["--list-skipped"]:
        for name, why in sorted(SKIPPED.items()):
            print("%s\t%s" % (name, why))
        return 0
    paths = argv[1:] or sorted(os.path.join(VECTORS, n) for n in os.listdir(VECTORS) if n.endswith(".json"))
    names = {os.path.basename(p)[: -len(".json")] for p in paths}
    failed = passed = 0
    stale = sorted(set(SKIPPED) - {n[: -len(".json")] for n in os.listdir(VECTORS)})
    for name in stale:
        print("FAIL %s: listed as skipped, but there is no such vector" % name)
        failed += 1
    for path in paths:
        name = os.path.basename(path)[: -len(".json")]
        if name in SKIPPED:
            print("SKIP %s: %s" % (name, SKIPPED[name]))
            continue
        try:
            name, checks, failures = run_vector(path)
        except Unsupported as error:
            failures, checks = ["needs a part of the spec this verifier does not implement (%s): list it in SKIPPED" % error], 0
        except RuntimeError as error:
            failures, checks = [str(error)], 0
        if failures:
            failed += 1
            print("FAIL %s" % name)
            for failure in failures:
                print("     " + failure)
        else:
            passed += 1
            print("ok   %s (%d checks)" % (name, checks))
    skipped = len(names & set(SKIPPED))
    print("%d passed, %d failed, %d skipped (by name: %s)" % (passed, failed, skipped, ", ".join(sorted(names & set(SKIPPED))) or "none"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
