// The demo network is loaded only into a graph without people.
RETURN EXISTS { MATCH (:Person) } AS hasPeople
