-- grain: one row per assessment year that has any innovation or SPD evidence
select year from stg_year
order by year
