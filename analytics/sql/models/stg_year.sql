-- grain: one row per assessment year that has any innovation or SPD evidence
with years as (
    select distinct year from innovation
    union
    select distinct year from spd_evidence
),

final as (
    select year from years
)

select * from final
