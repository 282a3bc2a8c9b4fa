// A read that keeps the database busy for minutes and returns one row: for tests of time limits.
UNWIND range(1, 2000000000) AS n
WITH n
WHERE n < 0
RETURN count(n) AS count
