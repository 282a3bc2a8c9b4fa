// Which of the given institutions and people exist, to name the ones that do not.
RETURN [id IN $institutions WHERE EXISTS { MATCH (:Institution {id: id}) }] AS institutions,
       [id IN $people WHERE EXISTS { MATCH (:Person {id: id}) }] AS people
