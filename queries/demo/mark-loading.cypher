// Written before the demo's first write: a start that finds it still 'loading' completes the load.
MERGE (load:DemoLoad {key: 'demo'})
SET load.state = 'loading',
    load.people = $people,
    load.seed = $seed,
    load.asOf = $asOf
