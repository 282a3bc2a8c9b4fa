// The names of every institution and profession (a few hundred at most), for the reasons and the
// answers of the in-memory teacher index.
RETURN COLLECT { MATCH (i:Institution) RETURN [i.id, i.name] } AS institutions,
       COLLECT { MATCH (x:Profession) RETURN [x.id, x.name] } AS professions
