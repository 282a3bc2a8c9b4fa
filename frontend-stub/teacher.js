// One search result's teacher: "Profile and ask for mentoring" opens what the signed-in person may
// see of the teacher (person(id): null when the profile is not visible to them) and a form that asks
// for mentoring in the result's skills with a message (requestMentorship). Plain DOM, no framework.
(function () {
  'use strict';

  var PROFILE = 'query($id: ID!) { person(id: $id) { id name careerStage bio'
    + ' professions { name } affiliations { institution { name } to }'
    + ' skills { skill { id name } level canTeach } } }';
  var ASK = 'mutation($input: MentorshipRequestInput!) { requestMentorship(input: $input) { id state } }';
  var count = 0;

  function text(tag, content, className) {
    var element = document.createElement(tag);
    element.textContent = content;
    if (className) {
      element.className = className;
    }
    return element;
  }

  function stage(name) {
    return name ? name.toLowerCase().replace('_', ' ') : '';
  }

  // The result's skills that the teacher offers to teach, each once, best first.
  function teachable(match) {
    var seen = {};
    return match.skills.filter(function (s) {
      if (!s.canTeach || seen[s.skill.id]) {
        return false;
      }
      seen[s.skill.id] = true;
      return true;
    }).map(function (s) { return s.skill; });
  }

  function showProfile(panel, person) {
    var about = document.createElement('div');
    about.className = 'profile-card';
    about.appendChild(text('h4', person.name));
    var facts = document.createElement('ul');
    facts.className = 'facts';
    facts.appendChild(text('li', 'Career stage: ' + stage(person.careerStage)));
    var professions = person.professions.map(function (p) { return p.name; });
    if (professions.length) {
      facts.appendChild(text('li', professions.join(', ')));
    }
    var places = person.affiliations.filter(function (a) { return !a.to; })
      .map(function (a) { return a.institution.name; });
    if (places.length) {
      facts.appendChild(text('li', places.join(', ')));
    }
    about.appendChild(facts);
    if (person.bio) {
      about.appendChild(text('p', person.bio));
    }
    var offers = person.skills.filter(function (s) { return s.canTeach; });
    if (offers.length) {
      about.appendChild(text('p', 'Offers to teach: ' + offers.map(function (s) {
        return s.skill.name + ' (level ' + s.level + ')';
      }).join(', ')));
    }
    panel.appendChild(about);
  }

  function askForm(panel, match, n) {
    var skills = teachable(match);
    var form = document.createElement('form');
    form.className = 'ask';
    form.noValidate = true;
    var fieldset = document.createElement('fieldset');
    fieldset.appendChild(text('legend', 'Ask ' + match.person.name + ' for mentoring in'));
    var boxes = skills.map(function (skill, i) {
      var label = document.createElement('label');
      var box = document.createElement('input');
      box.type = 'checkbox';
      box.value = skill.id;
      box.checked = i === 0;
      label.appendChild(box);
      label.appendChild(document.createTextNode(' ' + skill.name));
      fieldset.appendChild(label);
      return box;
    });
    var field = document.createElement('div');
    field.className = 'field message';
    var label = text('label', 'Message');
    label.htmlFor = 'ask-message-' + n;
    var message = document.createElement('textarea');
    message.id = 'ask-message-' + n;
    message.maxLength = 2000;
    message.rows = 3;
    field.appendChild(label);
    field.appendChild(message);
    fieldset.appendChild(field);
    form.appendChild(fieldset);
    var send = text('button', 'Ask for mentoring');
    send.type = 'submit';
    form.appendChild(send);
    var status = text('p', '', 'form-status');
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    form.appendChild(status);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var chosen = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
      if (!chosen.length) {
        status.className = 'form-status error';
        status.textContent = 'Tick at least one skill to ask about.';
        return;
      }
      var input = { to: match.person.id, skills: chosen, message: message.value.trim() || null };
      status.className = 'form-status';
      status.textContent = 'Sending…';
      send.disabled = true;
      window.BoomerangSession.graphql(ASK, { input: input }).then(function () {
        status.textContent = 'Request sent: ' + match.person.name
          + ' will find it on their mentoring page, and you on yours.';
      }).catch(function (error) {
        send.disabled = false;
        status.className = 'form-status error';
        status.textContent = error.message;
      });
    });
    if (!skills.length) {
      send.disabled = true;
      status.textContent = match.person.name + ' does not offer to teach these skills.';
    }
    panel.appendChild(form);
  }

  function open(panel, match, n) {
    panel.textContent = '';
    var status = text('p', 'Loading the profile…', 'form-status');
    status.setAttribute('role', 'status');
    panel.appendChild(status);
    window.BoomerangSession.graphql(PROFILE, { id: match.person.id }).then(function (data) {
      panel.textContent = '';
      if (!data.person) {
        panel.appendChild(text('p', 'This profile is not visible to you.', 'hint'));
        return;
      }
      showProfile(panel, data.person);
      askForm(panel, match, n);
    }).catch(function (error) {
      status.className = 'form-status error';
      status.textContent = error.message;
    });
  }

  // The button and its panel for one search result.
  function card(match) {
    var n = ++count;
    var wrapper = document.createElement('div');
    wrapper.className = 'teacher';
    var toggle = text('button', 'Profile and ask for mentoring', 'secondary');
    toggle.type = 'button';
    toggle.setAttribute('aria-expanded', 'false');
    toggle.setAttribute('aria-controls', 'teacher-' + n);
    toggle.setAttribute('aria-label', 'Profile of ' + match.person.name + ' and ask for mentoring');
    var panel = document.createElement('div');
    panel.id = 'teacher-' + n;
    panel.className = 'teacher-panel';
    panel.hidden = true;
    toggle.addEventListener('click', function () {
      var opening = panel.hidden;
      panel.hidden = !opening;
      toggle.setAttribute('aria-expanded', opening ? 'true' : 'false');
      if (opening) {
        open(panel, match, n);
      }
    });
    wrapper.appendChild(toggle);
    wrapper.appendChild(panel);
    return wrapper;
  }

  window.BoomerangTeacher = { card: card };
}());
