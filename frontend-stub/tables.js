// Sortable tables with a CSV download, for the coordinator's page: the brokers, the gaps and the
// places are tables too, for screen readers, keyboards and printing. A column whose header has a
// data-key sorts by that key of the rows (data-type="number" sorts numerically) and goes into the
// CSV. Plain DOM, no framework.
(function () {
  'use strict';

  // A cell a spreadsheet would run as a formula gets a quote in front, as the service's
  // research export does (OWASP's advice on CSV injection).
  function neutralised(value) {
    var text = value === null || value === undefined ? '' : String(value);
    return /^[=+\-@\t\r]/.test(text) ? '\'' + text : text;
  }

  function quoted(text) {
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function csvOf(headers, lines) {
    return [headers].concat(lines).map(function (cells) {
      return cells.map(function (cell) {
        return quoted(neutralised(cell));
      }).join(',');
    }).join('\r\n') + '\r\n';
  }

  function download(name, type, content) {
    var url = URL.createObjectURL(content instanceof Blob ? content : new Blob([content], { type: type }));
    var link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }

  // table: a <table> with <thead> headers as described above; render(row) gives the cells of one
  // row, in column order (strings or nodes).
  function sortableTable(table, render) {
    var headers = Array.prototype.slice.call(table.querySelectorAll('thead th'));
    var body = table.querySelector('tbody');
    var rows = [];
    var sortKey = null;
    var ascending = true;

    function compare(key, numeric) {
      return function (a, b) {
        var x = a[key];
        var y = b[key];
        var order = numeric ? (Number(x) - Number(y)) : String(x).localeCompare(String(y));
        return ascending ? order : -order;
      };
    }

    function draw() {
      var shown = rows.slice();
      if (sortKey) {
        var header = headers.filter(function (h) { return h.dataset.key === sortKey; })[0];
        shown.sort(compare(sortKey, header.dataset.type === 'number'));
      }
      body.textContent = '';
      shown.forEach(function (row) {
        var tr = document.createElement('tr');
        render(row).forEach(function (cell, i) {
          var td = document.createElement(i === 0 ? 'th' : 'td');
          if (i === 0) {
            td.scope = 'row';
          }
          if (cell instanceof Node) {
            td.appendChild(cell);
          }
          else {
            td.textContent = cell;
          }
          tr.appendChild(td);
        });
        body.appendChild(tr);
      });
      headers.forEach(function (h) {
        if (h.dataset.key) {
          h.setAttribute('aria-sort', h.dataset.key === sortKey ? (ascending ? 'ascending' : 'descending') : 'none');
        }
      });
    }

    headers.forEach(function (header) {
      if (!header.dataset.key) {
        return;
      }
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      while (header.firstChild) {
        button.appendChild(header.firstChild);
      }
      header.appendChild(button);
      button.addEventListener('click', function () {
        // A first click sorts numbers largest first and names from A; a second click reverses.
        ascending = sortKey === header.dataset.key ? !ascending : header.dataset.type !== 'number';
        sortKey = header.dataset.key;
        draw();
      });
    });

    return {
      show: function (list) {
        rows = list.slice();
        draw();
      },
      rows: function () {
        return rows.slice();
      },
      csv: function () {
        var keyed = headers.filter(function (h) { return h.dataset.key; });
        return csvOf(keyed.map(function (h) { return h.textContent.trim(); }), rows.map(function (row) {
          return keyed.map(function (h) { return row[h.dataset.key]; });
        }));
      }
    };
  }

  window.BoomerangTables = { sortable: sortableTable, download: download, csv: csvOf, neutralised: neutralised };
}());
