// The demo load's last write: everything of the network is in the graph.
MATCH (load:DemoLoad {key: 'demo'})
SET load.state = 'loaded'
