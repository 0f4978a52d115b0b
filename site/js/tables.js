// Sortable and filterable tables: a progressive enhancement with no dependencies.
// Without JavaScript every table stays a plain, complete, readable table.
//
// Sorting: in any <table data-sortable>, each <th scope="col"> of the head becomes a sort
// button. A click sorts the body rows by that column, ascending, a second click descending;
// the header carries aria-sort. A cell is compared by its data-sort-value when it has one (a
// plain number such as "1234.5", for cells printed in a locale format like "1 234,5") and by
// its text otherwise; two numbers compare as numbers, texts by the page language's collation.
//
// Filtering: an <input data-filter-table="<table id>"> keeps only the body rows whose text
// contains what is typed (case-insensitive). The visible count is announced in a live region:
// the element named by the input's data-filter-status (an id), or one made after the input.
// Its text comes from the input's data-count-text, with {shown} and {total} replaced, because
// all UI strings are translated in site/i18n/*.yaml, not here. A filter input that is useless
// without JavaScript may be marked hidden (itself or an enclosing [data-filter-box]); it is
// shown here. Only the body rows (<tbody>) move: a totals row belongs in <tfoot>. Body cells
// may span columns but not rows.
(function () {
  "use strict";

  var lang = document.documentElement.lang || undefined;
  var collator = new Intl.Collator(lang, { numeric: true, sensitivity: "base" });

  // The cell of `row` under the column that starts at `column`, counting colspans.
  function cellAt(row, column) {
    var position = 0;
    for (var i = 0; i < row.cells.length; i++) {
      var cell = row.cells[i];
      if (column < position + cell.colSpan) return position === column ? cell : null;
      position += cell.colSpan;
    }
    return null;
  }

  // The column each head cell starts at, counting the colspans and rowspans of the cells
  // before and above it (a head of two rows: a year spanning "planned" and "achieved").
  function headColumns(head) {
    var columns = new Map();
    var taken = [];
    for (var r = 0; r < head.rows.length; r++) {
      taken[r] = taken[r] || [];
      var position = 0;
      for (var i = 0; i < head.rows[r].cells.length; i++) {
        var cell = head.rows[r].cells[i];
        while (taken[r][position]) position++;
        columns.set(cell, position);
        for (var down = 0; down < Math.max(cell.rowSpan, 1); down++) {
          taken[r + down] = taken[r + down] || [];
          for (var across = 0; across < cell.colSpan; across++)
            taken[r + down][position + across] = true;
        }
        position += cell.colSpan;
      }
    }
    return columns;
  }

  function sortKey(cell) {
    if (!cell) return { empty: true };
    var raw = cell.hasAttribute("data-sort-value")
      ? cell.getAttribute("data-sort-value")
      : cell.textContent;
    var text = raw.trim();
    if (text === "") return { empty: true };
    var number = Number(text);
    return isFinite(number) ? { number: number } : { text: text };
  }

  // Empty cells go last either way; numbers come before texts.
  function compareKeys(a, b, direction) {
    if (a.empty || b.empty) return (a.empty ? 1 : 0) - (b.empty ? 1 : 0);
    var order;
    if (a.number !== undefined && b.number !== undefined) order = a.number - b.number;
    else if (a.number !== undefined) order = -1;
    else if (b.number !== undefined) order = 1;
    else order = collator.compare(a.text, b.text);
    return order * direction;
  }

  function sortBy(table, header, column) {
    var direction = header.getAttribute("aria-sort") === "ascending" ? -1 : 1;
    var headers = table.tHead.querySelectorAll("th[aria-sort]");
    for (var h = 0; h < headers.length; h++) headers[h].removeAttribute("aria-sort");
    header.setAttribute("aria-sort", direction === 1 ? "ascending" : "descending");

    for (var b = 0; b < table.tBodies.length; b++) {
      var body = table.tBodies[b];
      var rows = Array.prototype.map.call(body.rows, function (row, index) {
        return { row: row, key: sortKey(cellAt(row, column)), index: index };
      });
      rows.sort(function (x, y) {
        return compareKeys(x.key, y.key, direction) || x.index - y.index;
      });
      var fragment = document.createDocumentFragment();
      rows.forEach(function (entry) {
        fragment.appendChild(entry.row);
      });
      body.appendChild(fragment);
    }
  }

  function makeSortable(table) {
    if (!table.tHead) return;
    var columns = headColumns(table.tHead);
    var headers = table.tHead.querySelectorAll('th[scope="col"]');
    Array.prototype.forEach.call(headers, function (header) {
      if (header.colSpan > 1 || header.querySelector("button")) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      while (header.firstChild) button.appendChild(header.firstChild);
      header.appendChild(button);
      button.addEventListener("click", function () {
        sortBy(table, header, columns.get(header));
      });
    });
  }

  function fill(template, shown, total) {
    return template.replace(/\{shown\}/g, String(shown)).replace(/\{total\}/g, String(total));
  }

  // The row's cells joined by spaces, so a match never spans two cells.
  function rowText(row) {
    return Array.prototype.map
      .call(row.cells, function (cell) {
        return cell.textContent.trim();
      })
      .join(" ")
      .toLocaleLowerCase(lang);
  }

  function makeFilter(input) {
    var table = document.getElementById(input.getAttribute("data-filter-table"));
    if (!table || table.tagName !== "TABLE") return;
    var status = document.getElementById(input.getAttribute("data-filter-status") || "");
    if (!status) {
      status = document.createElement("p");
      status.className = "filter-status";
      input.insertAdjacentElement("afterend", status);
    }
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    var template = input.getAttribute("data-count-text") || "{shown} / {total}";

    var box = input.closest("[data-filter-box]");
    if (box) box.hidden = false;
    input.hidden = false;

    function apply() {
      var query = input.value.trim().toLocaleLowerCase(lang);
      var shown = 0;
      var total = 0;
      for (var b = 0; b < table.tBodies.length; b++) {
        var rows = table.tBodies[b].rows;
        for (var r = 0; r < rows.length; r++) {
          var match = rowText(rows[r]).indexOf(query) !== -1;
          rows[r].hidden = !match;
          total++;
          if (match) shown++;
        }
      }
      status.textContent = fill(template, shown, total);
    }
    input.addEventListener("input", apply);
    if (input.value) apply();
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("table[data-sortable]"), makeSortable);
    Array.prototype.forEach.call(document.querySelectorAll("input[data-filter-table]"), makeFilter);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
