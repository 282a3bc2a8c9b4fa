// A transfer's context on its date (the communities, institutions and professions of both sides)
// is kept as id lists on the transfer (fromCommunities ... toProfessions), which every reader uses.
// The FROM_CONTEXT / TO_CONTEXT edges that doubled them were never read and were about half of
// the relationships of a large store (six per transfer); imports no longer write them and this
// removes those of stores written before, in transactions of 10,000 (a store with a million
// transfers takes a few minutes, once).
MATCH (:Transfer)-[r:FROM_CONTEXT|TO_CONTEXT]->()
CALL (r) {
  DELETE r
} IN TRANSACTIONS OF 10000 ROWS;
