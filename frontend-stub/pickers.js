// The search's institution and profession filters as pickers with names: filled from the paged
// institutions and professions queries (in id order) once someone is signed in, shown in name order,
// emptied when they sign out.
(function () {
  'use strict';

  var PAGE = 100;
  var generation = 0;
  var LISTS = [
    { select: 'institution', field: 'institutions' },
    { select: 'profession', field: 'professions' }
  ];

  function reset(select) {
    while (select.options.length > 1) {
      select.remove(1);
    }
    select.value = '';
  }

  function sortByName(select) {
    var options = Array.prototype.slice.call(select.options, 1);
    options.sort(function (a, b) {
      return a.textContent.localeCompare(b.textContent);
    });
    options.forEach(function (option) {
      select.appendChild(option);
    });
  }

  function load(list, after, mine) {
    var query = 'query($first: Int, $after: String) { ' + list.field
      + '(first: $first, after: $after) { edges { node { id name } } pageInfo { hasNextPage endCursor } } }';
    var select = document.getElementById(list.select);
    return window.BoomerangSession.graphql(query, { first: PAGE, after: after }).then(function (data) {
      if (mine !== generation) {
        return null; // signed out or in again meanwhile
      }
      var page = data[list.field];
      page.edges.forEach(function (edge) {
        var option = document.createElement('option');
        option.value = edge.node.id;
        option.textContent = edge.node.name;
        select.appendChild(option);
      });
      if (page.pageInfo.hasNextPage) {
        return load(list, page.pageInfo.endCursor, mine);
      }
      sortByName(select);
      return null;
    });
  }

  document.addEventListener('boomerang-session', function (event) {
    var mine = ++generation;
    LISTS.forEach(function (list) {
      var select = document.getElementById(list.select);
      reset(select);
      if (event.detail.signedIn) {
        select.setAttribute('aria-busy', 'true');
        load(list, null, mine).catch(function () {
          // The filter stays at "any"; the search still works.
        }).then(function () {
          select.removeAttribute('aria-busy');
        });
      }
    });
  });
}());
