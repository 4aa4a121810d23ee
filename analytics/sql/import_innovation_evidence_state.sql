-- grain: one row per stored evidence level of an innovation of the given assessment years
select e.innovation_id, e.indicator_code, e.level
from innovation_evidence as e
inner join innovation as i on i.innovation_id = e.innovation_id
where list_contains($years::integer[], i.year)
order by e.innovation_id, e.indicator_code
