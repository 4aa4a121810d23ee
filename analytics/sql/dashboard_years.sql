-- grain: one row per assessment year the dashboard can show: a year with innovation data, or a year
-- with an official result for the subject region $subject_region (newest first; has_data says
-- which of the two)
with data_years as (
    select year from stg_year
),

official_years as (
    select distinct year from index_result where region = $subject_region
),

final as (
    select
        y.year,
        y.year in (select year from data_years) as has_data,
        y.year in (select year from official_years) as has_official
    from (select year from data_years union select year from official_years) as y
)

select * from final
order by year desc
