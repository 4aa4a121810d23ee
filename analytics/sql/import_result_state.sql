-- grain: one row per stored official index result of the given years, every column
select region, province, kind, year, score, predicate, rank, rank_scope, source, load_id
from index_result
where list_contains($years::integer[], year)
order by region, year
