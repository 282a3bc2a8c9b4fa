// GraphiQL on this service's schema. It sends the token of the search page's sign-in (kept in this
// tab's sessionStorage), so sign in on the page first, in the same tab; or put a token of your own
// in the Headers panel: {"Authorization": "Bearer <token>"}.
(function () {
  'use strict';

  var token = sessionStorage.getItem('boomerang.token');
  var defaultQuery = (token ? '' : '# Not signed in: sign in on the search page (/) in this tab first, or give\n'
      + '# {"Authorization": "Bearer <token>"} in the Headers panel below.\n')
    + '# Run with the play button (Ctrl-Enter).\n'
    + '# The book icon on the left opens the documentation.\n'
    + '{ me { person { name } roles } people(first: 50) { edges { node { id name careerStage } } } }\n';
  var fetcher = GraphiQL.createFetcher({
    url: '/graphql',
    headers: token ? { Authorization: 'Bearer ' + token } : {}
  });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: defaultQuery, defaultEditorToolsVisibility: true })
  );
}());
