// The report page's only script, inlined by the build (.ci/gen-report-assets.mjs): opens a
// record in the side panel from the DAG, the timeline or any link (also via #record=ID).
// Type-checked against the record types by src/present/report/tsconfig.json.
/** @typedef {import('../../core/record.js').LedgerRecord} LedgerRecord */
/** @typedef {import('../../core/constraints.js').RuleKind} RuleKind */
(function () {
  'use strict';
  /** @param {string} id */
  function element(id) {
    var found = document.getElementById(id);
    if (!found) throw new Error('the report page has no #' + id);
    return found;
  }
  /** @type {{ records: LedgerRecord[]; ruleKinds: readonly RuleKind[] }} */
  var data = JSON.parse(element('ledger-data').textContent || '{"records":[],"ruleKinds":[]}');
  /** @type {Record<string, LedgerRecord>} */
  var byId = {};
  data.records.forEach(function (r) {
    byId[r.id] = r;
  });
  var panel = element('panel');
  var fields = element('panel-fields');
  /** @param {string} id */
  function short(id) {
    return id.slice(0, 19);
  }
  /**
   * @param {string} label
   * @param {string | undefined} value
   * @param {string} [id] a record id the value links to
   */
  function add(label, value, id) {
    if (value === undefined || value === null || value === '') return;
    var dt = document.createElement('dt');
    dt.textContent = label;
    var dd = document.createElement('dd');
    if (id && byId[id]) {
      var a = document.createElement('a');
      a.className = 'rec';
      a.href = '#record=' + id;
      a.setAttribute('data-id', id);
      a.textContent = short(id);
      dd.appendChild(a);
    } else dd.textContent = String(value);
    fields.appendChild(dt);
    fields.appendChild(dd);
  }
  /** @param {string | null} id */
  function open(id) {
    var r = id === null ? undefined : byId[id];
    if (!r) return false;
    fields.textContent = '';
    var kind = r.type === 'verdict' ? 'verdict ' + r.verdict : r.type;
    element('panel-title').textContent = '#' + r.seq + ' ' + kind + ' ' + short(r.id);
    add('id', r.id);
    add('created', r.createdAt);
    (r.prev || []).forEach(function (p) {
      add('prev', short(p), p);
    });
    if (r.type === 'verdict') {
      var s = r.subject;
      add(
        'subject',
        s.kind +
          (s.kind === 'commit' ? ' ' + s.commit : '') +
          (s.kind === 'range' ? ' ' + s.base.slice(0, 12) + '..' + s.head.slice(0, 12) : '') +
          ', ' +
          s.entries.length +
          (s.entries.length === 1 ? ' path' : ' paths'),
      );
      add(
        'paths',
        s.entries
          .slice(0, 30)
          .map(function (e) {
            return e.status + ' ' + (e.path || '(base64)');
          })
          .join('\n') + (s.entries.length > 30 ? '\n…' : ''),
      );
      add(
        'checker',
        r.checker.id + ' (' + r.checker.kind + ')' + (r.checker.session ? ' session ' + r.checker.session : ''),
      );
      add('worker', r.worker.id + ' (' + r.worker.kind + ')');
      add('summary', r.summary);
      r.evidence.forEach(function (e) {
        add(
          'evidence',
          e.kind +
            ': ' +
            (e.kind === 'link' ? e.url : e.text) +
            ('command' in e && e.command ? ' [' + e.command + ']' : ''),
        );
        ((e.kind === 'review' && e.findings) || []).forEach(function (f) {
          add(
            'finding',
            f.severity + (f.path ? ' ' + f.path + (f.line ? ':' + f.line : '') : '') + ': ' + f.description,
          );
        });
      });
      if (r.signature) add('signature', r.signature.format);
    } else if (r.type === 'learning') {
      add('lesson', (r.negative ? 'AVOID: ' : '') + r.text);
      add('paths', r.paths.join(', '));
      add('tags', r.tags.join(', '));
      if (r.from) add('from verdict', short(r.from), r.from);
      add('by', r.author.id + ' (' + r.author.kind + ')');
    } else if (r.type === 'promotion') {
      var constraint = r.constraint;
      add('learning', short(r.learning), r.learning);
      add('constraint', constraint.id);
      add('paths', constraint.paths.join(', '));
      data.ruleKinds.forEach(function (k) {
        var rule = /** @type {Partial<Record<RuleKind, string>>} */ (constraint)[k];
        if (rule) add(k, rule);
      });
      add('by', r.author.id + ' (' + r.author.kind + ')');
    } else if (r.type === 'retirement') {
      add('constraint', r.constraint);
      add('why', r.why);
      add('learning', short(r.learning), r.learning);
      if (r.promotion) add('promotion', short(r.promotion), r.promotion);
      add('by', r.author.id + ' (' + r.author.kind + ')');
    }
    element('panel-json').textContent = JSON.stringify(r, null, 2);
    Array.prototype.forEach.call(document.querySelectorAll('.node.selected'), function (/** @type {Element} */ n) {
      n.classList.remove('selected');
    });
    var node = document.querySelector('.node[data-id="' + id + '"]');
    if (node) node.classList.add('selected');
    panel.hidden = false;
    return true;
  }
  document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target.closest('[data-id]') : null;
    if (target && open(target.getAttribute('data-id'))) {
      event.preventDefault();
      // A file:// page may not rewrite its own URL in every browser: the panel works without it.
      try {
        history.replaceState(null, '', '#record=' + target.getAttribute('data-id'));
      } catch {
        /* ignore */
      }
    }
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') panel.hidden = true;
    if (
      (event.key === 'Enter' || event.key === ' ') &&
      event.target instanceof Element &&
      event.target.classList.contains('node')
    ) {
      event.preventDefault();
      open(event.target.getAttribute('data-id'));
    }
  });
  element('panel-close').addEventListener('click', function () {
    panel.hidden = true;
  });
  var match = /^#record=(sha256:[0-9a-f]{64})$/.exec(location.hash);
  if (match) open(match[1] ?? null);
})();
