// The day a plan's mentorships start: fixed by the first attempt to publish it, so that publishing again
// (after a failure between the mentorships and the mark) states exactly the same mentorships.
MATCH (a:AssignmentPlan {id: $id})
SET a.publishOn = coalesce(a.publishOn, $today)
RETURN a.publishOn AS day
