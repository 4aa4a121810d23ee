-- grain: one row: how many sample innovations the given assessment years hold
select count(*) as n
from innovation
where is_sample and list_contains($years::integer[], year)
