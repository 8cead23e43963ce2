// Shows and hides a task form's fields the way Camunda Tasklist does for "conditional.hide". The server evaluates every
// expression with Camunda's FEEL engine (forms module, Conditions); this script mirrors the forms' own shapes:
// comparisons of a field with a string literal, `=outcome != "reject"`, or of a checkbox with a boolean,
// `=appealed != true`, and `list contains(actions, "x")` or its `not(...)`, joined by `and` / `or`. An expression outside
// that never hides its field here, and the server still judges it. A hidden field's inputs are disabled: the browser
// neither checks nor sends them (the server ignores them).
(function () {
  "use strict";
  var COMPARISON = /^\s*(\w+)\s*(=|!=)\s*(?:"([^"]*)"|(true|false))\s*$/;
  var CONTAINS = /^\s*(not\(\s*)?list contains\(\s*(\w+)\s*,\s*"([^"]*)"\s*\)(\s*\))?\s*$/;

  function valuesOf(form, key) {
    var values = [];
    Array.prototype.forEach.call(form.elements, function (el) {
      if (el.name !== key || el.disabled) return;
      if ((el.type === "radio" || el.type === "checkbox") && !el.checked) return;
      if (el.value && el.value.trim() !== "") values.push(el.value.trim());
    });
    return values;
  }

  function compare(part, form) {
    var c = CONTAINS.exec(part);
    if (c && !!c[1] === !!c[4]) {
      return (valuesOf(form, c[2]).indexOf(c[3]) >= 0) !== !!c[1];
    }
    var m = COMPARISON.exec(part);
    if (!m) return null;
    var actual = valuesOf(form, m[1]);
    var equal = m[4] !== undefined
      ? (actual.length === 1 && ["true", "on", "yes"].indexOf(actual[0]) >= 0) === (m[4] === "true")
      : actual.length === 1 && actual[0] === m[3];
    return (m[2] === "=") === equal;
  }

  function hidden(expression, form) {
    if (!expression || expression.trim().charAt(0) !== "=") return false;
    var alternatives = expression.trim().substring(1).split(/\s+or\s+/);
    for (var i = 0; i < alternatives.length; i++) {
      var parts = alternatives[i].split(/\s+and\s+/);
      var all = true;
      for (var j = 0; j < parts.length; j++) {
        var result = compare(parts[j], form);
        if (result === null) return false;
        all = all && result;
      }
      if (all) return true;
    }
    return false;
  }

  function update(form) {
    var locked = form.querySelector("fieldset[disabled]") !== null;
    // twice: a field can depend on one that was just shown or hidden
    for (var pass = 0; pass < 2; pass++) {
      form.querySelectorAll("[data-hide-if]").forEach(function (group) {
        var hide = hidden(group.getAttribute("data-hide-if"), form);
        group.hidden = hide;
        group.classList.toggle("d-none", hide);
        if (!locked) {
          group.querySelectorAll("input, select, textarea").forEach(function (el) {
            el.disabled = hide;
          });
        }
      });
    }
  }

  function init() {
    document.querySelectorAll("form.task-form").forEach(function (form) {
      update(form);
      form.addEventListener("change", function () { update(form); });
      form.addEventListener("input", function () { update(form); });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
