// Write-locks skills until the transaction ends (setting and removing a property changes nothing
// but takes the lock): a transaction that adds BROADER links locks the skills it links and every
// skill above them before it looks for cycles, so two transactions whose links would close a cycle
// together cannot both pass the check.
CYPHER replan=skip
UNWIND $ids AS id
MATCH (s:Skill {id: id})
SET s._lock = true
REMOVE s._lock
RETURN count(s) AS locked
