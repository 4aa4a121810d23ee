-- grain: one row per SPD indicator with stored evidence in one assessment year ($year); absent rows are level 0
with final as (
    select
        indicator_code,
        level,
        is_sample
    from spd_evidence
    where year = $year
)

select * from final
order by indicator_code
