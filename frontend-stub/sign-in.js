// Who is asking. With the development sign-in (GET api/dev/login answers), the page offers the
// demo's people and roles and keeps the token it gets in this tab's sessionStorage; without it,
// the organisation's sign-in in front of the service adds the token. Every GraphQL request of the
// page goes through graphql() below, which sends the token. Plain DOM, no framework.
(function () {
  'use strict';

  var KEY = 'boomerang.token';
  var ME = '{ me { person { id name careerStage } roles scopes } }';
  var account = document.getElementById('account');
  var signInForm = document.getElementById('sign-in');
  var personSelect = document.getElementById('sign-in-person');
  var roleSelect = document.getElementById('sign-in-role');
  var tryLine = document.getElementById('sign-in-try');
  var elsewhere = document.getElementById('sign-in-elsewhere');
  var signedIn = document.getElementById('signed-in');
  var signedInName = document.getElementById('signed-in-name');
  var signedInRoles = document.getElementById('signed-in-roles');
  var statusLine = document.getElementById('account-status');
  var devLogin = false;
  var people = [];

  function token() {
    return sessionStorage.getItem(KEY);
  }

  function say(message, error) {
    statusLine.textContent = message || '';
    statusLine.className = error ? 'error' : '';
  }

  function graphql(query, variables) {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/graphql-response+json, application/json' };
    var sent = token();
    if (sent) {
      headers.Authorization = 'Bearer ' + sent;
    }
    return fetch('graphql', {
      method: 'POST',
      headers: headers,
      body: JSON.stringify({ query: query, variables: variables })
    }).then(function (response) {
      if (response.status === 401 && sent && sent === token()) {
        // The service restarted (development tokens die with it) or the token expired.
        signOut('Your sign-in is no longer accepted: sign in again.');
      }
      return response.json();
    }).then(function (answer) {
      if (answer.errors && answer.errors.length) {
        throw new Error(answer.errors.map(function (e) { return e.message; }).join(' '));
      }
      return answer.data;
    });
  }

  // Tells the page's parts (search, pickers, profile, mentoring, programmes) who is signed in now: me is the answer of
  // the me query, or null.
  function announce(isSignedIn, me) {
    // The parts shown only to someone signed in (the search form and its answers on the
    // search page); the coordinator's page shows its own parts when the event below says so.
    Array.prototype.forEach.call(document.querySelectorAll('[data-signed-in]'), function (part) {
      part.hidden = !isSignedIn;
    });
    var coordinating = isSignedIn && me.roles.some(function (role) {
      return role === 'COORDINATOR' || role === 'ADMIN';
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-coordinators]'), function (link) {
      link.hidden = !coordinating;
    });
    document.dispatchEvent(new CustomEvent('boomerang-session',
      { detail: { signedIn: isSignedIn, me: isSignedIn ? me : null } }));
  }

  function showSignIn() {
    signedIn.hidden = true;
    signInForm.hidden = !devLogin;
    elsewhere.hidden = devLogin;
    announce(false);
  }

  function showSignedIn(me) {
    signedInName.textContent = me.person ? me.person.name
      : (me.roles.length ? 'a person this network does not know' : 'an integration client');
    var what = me.roles.length ? me.roles : me.scopes;
    signedInRoles.textContent = what.length ? '(' + what.join(', ').toLowerCase() + ')' : '';
    signInForm.hidden = true;
    elsewhere.hidden = true;
    signedIn.hidden = false;
    announce(true, me);
  }

  function refresh() {
    if (devLogin && !token()) {
      showSignIn();
      return;
    }
    graphql(ME, {}).then(function (data) {
      showSignedIn(data.me);
    }).catch(function (error) {
      showSignIn();
      if (!devLogin) {
        say(error.message, true);
      }
    });
  }

  function signOut(message) {
    sessionStorage.removeItem(KEY);
    say(message || '', !!message);
    showSignIn();
  }

  function chosen() {
    return people[personSelect.selectedIndex];
  }

  function describe() {
    var person = chosen();
    tryLine.textContent = person ? person.whatToTry : '';
    if (person && person.roles.length) {
      roleSelect.value = person.roles[0];
    }
  }

  function fill(list) {
    people = list.people;
    personSelect.textContent = '';
    people.forEach(function (person) {
      var option = document.createElement('option');
      option.value = person.id;
      option.textContent = person.name + ' (' + person.careerStage.toLowerCase().replace('_', ' ')
        + (person.institution ? ', ' + person.institution : '') + ')';
      personSelect.appendChild(option);
    });
    roleSelect.textContent = '';
    list.roles.forEach(function (role) {
      var option = document.createElement('option');
      option.value = role;
      option.textContent = role.charAt(0) + role.slice(1).toLowerCase();
      roleSelect.appendChild(option);
    });
    if (!people.length) {
      say('Nobody to sign in as yet: the demo network is not loaded.', true);
    }
    describe();
  }

  personSelect.addEventListener('change', describe);

  signInForm.addEventListener('submit', function (event) {
    event.preventDefault();
    var person = chosen();
    if (!person) {
      return;
    }
    say('Signing in…');
    fetch('api/dev/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify({ person: person.id, roles: [roleSelect.value] })
    }).then(function (response) {
      return response.json().then(function (answer) {
        if (!response.ok) {
          throw new Error(answer.message);
        }
        return answer;
      });
    }).then(function (answer) {
      sessionStorage.setItem(KEY, answer.token);
      say('');
      refresh();
    }).catch(function (error) {
      say(error.message, true);
    });
  });

  document.getElementById('sign-out').addEventListener('click', function () {
    signOut();
  });

  fetch('api/dev/login', { headers: { 'Accept': 'application/json' } }).then(function (response) {
    return response.ok ? response.json() : null;
  }).catch(function () {
    return null;
  }).then(function (list) {
    devLogin = !!list;
    if (list) {
      fill(list);
    }
    refresh();
  });

  window.BoomerangSession = { graphql: graphql, token: token };
}());
