// A type-ahead over suggestSkills (or another source) as an ARIA combobox with a listbox (arrows
// move, Enter picks, Escape closes), for the search's topic, the profile's "add a skill" fields and
// the programmes page's person pickers. Plain DOM, no
// framework.
(function () {
  'use strict';

  var SUGGEST = 'query($prefix: String!) { suggestSkills(prefix: $prefix, first: 8) { id name } }';

  // input: the text field (role=combobox); list: its listbox; onChoose(skill) gets {id, name}.
  // settings.enterSubmits: Enter with no option highlighted goes on to the form (the search);
  // otherwise Enter never submits from here (the profile).
  // settings.source(prefix): a promise of [{id, name}] to offer instead of suggestSkills (the
  // programmes page's person pickers).
  window.BoomerangCombobox = function (input, list, onChoose, settings) {
    var enterSubmits = Boolean(settings && settings.enterSubmits);
    var source = (settings && settings.source) || function (prefix) {
      return window.BoomerangSession.graphql(SUGGEST, { prefix: prefix }).then(function (data) {
        return data.suggestSkills;
      });
    };
    var active = -1;
    var timer = null;
    var seq = 0;

    function close() {
      list.hidden = true;
      list.textContent = '';
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function options() {
      return list.querySelectorAll('[role=option]');
    }

    function highlight(index) {
      var all = options();
      if (!all.length) {
        return;
      }
      active = (index + all.length) % all.length;
      all.forEach(function (option, i) {
        option.setAttribute('aria-selected', i === active ? 'true' : 'false');
      });
      input.setAttribute('aria-activedescendant', all[active].id);
    }

    function choose(option) {
      var skill = { id: option.dataset.id, name: option.dataset.name };
      input.value = '';
      close();
      onChoose(skill);
    }

    function suggest() {
      var prefix = input.value;
      var mine = ++seq;
      if (!prefix.trim() || prefix.length > 200) {
        close();
        return;
      }
      source(prefix).then(function (found) {
        if (mine !== seq) {
          return; // a later keystroke already asked again
        }
        list.textContent = '';
        found.forEach(function (skill, i) {
          var option = document.createElement('li');
          option.textContent = skill.name;
          option.id = list.id + '-' + i;
          option.setAttribute('role', 'option');
          option.setAttribute('aria-selected', 'false');
          option.dataset.id = skill.id;
          option.dataset.name = skill.name;
          option.addEventListener('mousedown', function (event) {
            event.preventDefault();
            choose(option);
          });
          list.appendChild(option);
        });
        var any = found.length > 0;
        list.hidden = !any;
        input.setAttribute('aria-expanded', any ? 'true' : 'false');
        active = -1;
      }).catch(close);
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(suggest, 120);
    });

    input.addEventListener('keydown', function (event) {
      var open = !list.hidden;
      if (event.key === 'ArrowDown' && open) {
        event.preventDefault();
        highlight(active + 1);
      } else if (event.key === 'ArrowUp' && open) {
        event.preventDefault();
        highlight(active - 1);
      } else if (event.key === 'Enter') {
        if (open && active >= 0) {
          event.preventDefault();
          choose(options()[active]);
        } else if (!enterSubmits) {
          event.preventDefault();
        }
      } else if (event.key === 'Escape' && open) {
        event.preventDefault();
        close();
      }
    });

    input.addEventListener('blur', function () {
      setTimeout(close, 100);
    });

    return { close: close };
  };
}());
