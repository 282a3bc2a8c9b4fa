// Whether the graph has people, and the demo load's marker if a start ever began one: its state
// ('loading' until the last write of the load, then 'loaded') and the settings it was begun with.
OPTIONAL MATCH (load:DemoLoad {key: 'demo'})
RETURN EXISTS { MATCH (:Person) } AS hasPeople,
       load.state AS state,
       load.people AS people,
       load.seed AS seed,
       load.asOf AS asOf
