// "My profile": the signed-in person edits their skills (type-ahead over suggestSkills), levels,
// can-teach, wants with priorities, visibility and mentoring capacity, saved whole with
// updateMyProfile. Shown only to a sign-in that names a person. Plain DOM, no framework.
(function () {
  'use strict';

  var FIELDS = 'id visibility mentoringCapacity skills { skill { id name } level canTeach }'
    + ' wantsToLearn { skill { id name } priority }';
  var LOAD = '{ me { person { ' + FIELDS + ' } } }';
  var SAVE = 'mutation($input: MyProfileInput!) { updateMyProfile(input: $input) { ' + FIELDS + ' } }';

  var section = document.getElementById('profile');
  var form = document.getElementById('profile-form');
  var skillRows = document.querySelector('#my-skills tbody');
  var wantRows = document.querySelector('#my-wants tbody');
  var visibility = document.getElementById('my-visibility');
  var capacity = document.getElementById('my-capacity');
  var statusLine = document.getElementById('profile-status');
  var skills = [];
  var wants = [];
  var generation = 0;

  function say(message, error) {
    statusLine.textContent = message || '';
    statusLine.className = error ? 'error' : '';
  }

  function select(values, current, label, onChange) {
    var element = document.createElement('select');
    element.setAttribute('aria-label', label);
    values.forEach(function (value) {
      var option = document.createElement('option');
      option.value = String(value);
      option.textContent = String(value);
      element.appendChild(option);
    });
    element.value = String(current);
    element.addEventListener('change', function () {
      onChange(Number(element.value));
    });
    return element;
  }

  function removeButton(name, onRemove) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'secondary';
    button.textContent = 'Remove';
    button.setAttribute('aria-label', 'Remove ' + name);
    button.addEventListener('click', onRemove);
    return button;
  }

  function cell(child) {
    var td = document.createElement('td');
    td.appendChild(child);
    return td;
  }

  function nameCell(name) {
    var th = document.createElement('th');
    th.scope = 'row';
    th.textContent = name;
    return th;
  }

  function renderSkills() {
    skillRows.textContent = '';
    skills.forEach(function (skill, index) {
      var row = document.createElement('tr');
      row.dataset.skill = skill.id;
      row.appendChild(nameCell(skill.name));
      row.appendChild(cell(select([1, 2, 3, 4, 5], skill.level, 'Level of ' + skill.name, function (level) {
        skill.level = level;
      })));
      var teach = document.createElement('input');
      teach.type = 'checkbox';
      teach.checked = skill.canTeach;
      teach.setAttribute('aria-label', 'Can teach ' + skill.name);
      teach.addEventListener('change', function () {
        skill.canTeach = teach.checked;
      });
      row.appendChild(cell(teach));
      row.appendChild(cell(removeButton(skill.name, function () {
        skills.splice(index, 1);
        renderSkills();
        say(skill.name + ' removed (not saved yet).');
        document.getElementById('add-skill').focus();
      })));
      skillRows.appendChild(row);
    });
    document.getElementById('my-skills-empty').hidden = skills.length > 0;
  }

  function renderWants() {
    wantRows.textContent = '';
    wants.forEach(function (want, index) {
      var row = document.createElement('tr');
      row.dataset.skill = want.id;
      row.appendChild(nameCell(want.name));
      row.appendChild(cell(select([1, 2, 3], want.priority || 2, 'Priority of ' + want.name, function (priority) {
        want.priority = priority;
      })));
      row.appendChild(cell(removeButton(want.name, function () {
        wants.splice(index, 1);
        renderWants();
        say(want.name + ' removed (not saved yet).');
        document.getElementById('add-want').focus();
      })));
      wantRows.appendChild(row);
    });
    document.getElementById('my-wants-empty').hidden = wants.length > 0;
  }

  function show(person) {
    skills = person.skills.map(function (s) {
      return { id: s.skill.id, name: s.skill.name, level: s.level, canTeach: s.canTeach };
    });
    wants = person.wantsToLearn.map(function (w) {
      return { id: w.skill.id, name: w.skill.name, priority: w.priority };
    });
    visibility.value = person.visibility;
    capacity.value = String(person.mentoringCapacity);
    renderSkills();
    renderWants();
  }

  function focusRow(body, id) {
    var row = body.querySelector('tr[data-skill="' + CSS.escape(id) + '"]');
    var control = row && row.querySelector('select');
    if (control) {
      control.focus();
    }
  }

  window.BoomerangCombobox(document.getElementById('add-skill'),
    document.getElementById('add-skill-suggestions'), function (skill) {
      var known = skills.some(function (s) { return s.id === skill.id; });
      if (!known) {
        skills.push({ id: skill.id, name: skill.name, level: 3, canTeach: false });
        renderSkills();
      }
      say(known ? skill.name + ' is already in your skills.' : skill.name + ' added at level 3 (not saved yet).');
      focusRow(skillRows, skill.id);
    });

  window.BoomerangCombobox(document.getElementById('add-want'),
    document.getElementById('add-want-suggestions'), function (skill) {
      var known = wants.some(function (w) { return w.id === skill.id; });
      if (!known) {
        wants.push({ id: skill.id, name: skill.name, priority: 2 });
        renderWants();
      }
      say(known ? skill.name + ' is already on your list.' : skill.name + ' added at priority 2 (not saved yet).');
      focusRow(wantRows, skill.id);
    });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var places = Number(capacity.value);
    if (capacity.value.trim() === '' || !Number.isInteger(places) || places < 0 || places > 20) {
      say('Mentorships at once: give a whole number from 0 to 20.', true);
      capacity.focus();
      return;
    }
    var input = {
      skills: skills.map(function (s) { return { skill: s.id, level: s.level, canTeach: s.canTeach }; }),
      wantsToLearn: wants.map(function (w) { return { skill: w.id, priority: w.priority }; }),
      visibility: visibility.value,
      mentoringCapacity: places
    };
    var mine = generation;
    say('Saving…');
    window.BoomerangSession.graphql(SAVE, { input: input }).then(function (data) {
      if (mine === generation) {
        show(data.updateMyProfile);
        say('Saved.');
      }
    }).catch(function (error) {
      say(error.message, true);
    });
  });

  document.getElementById('profile-link').addEventListener('click', function (event) {
    if (!section.hidden) {
      event.preventDefault();
      section.scrollIntoView();
      section.focus();
    }
  });

  document.addEventListener('boomerang-session', function (event) {
    var mine = ++generation;
    skills = [];
    wants = [];
    renderSkills();
    renderWants();
    say('');
    var me = event.detail.me;
    section.hidden = true;
    if (!event.detail.signedIn || !me || !me.person) {
      return;
    }
    window.BoomerangSession.graphql(LOAD, {}).then(function (data) {
      if (mine === generation && data.me.person) {
        show(data.me.person);
        section.hidden = false;
      }
    }).catch(function (error) {
      if (mine === generation) {
        section.hidden = false;
        say(error.message, true);
      }
    });
  });
}());
