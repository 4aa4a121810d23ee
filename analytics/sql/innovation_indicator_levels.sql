-- grain: one row per innovation per stored SID evidence row in one assessment year ($year);
-- an innovation without evidence has one row with a null indicator_code. Absent evidence is level 0.
-- Read by analytics.scoring, which turns it into a level matrix in the method's indicator order
-- (reading the stored rows rather than mart_innovation_evidence's full cross join is faster).
with innovations as (
    select innovation_id, innovation_name, opd_id, is_sample
    from stg_innovation
    where year = $year
),

opd_names as (
    select opd_id, opd_name
    from stg_opd_year
    where year = $year
),

final as (
    select
        i.innovation_id,
        i.innovation_name,
        i.opd_id,
        coalesce(o.opd_name, i.opd_id) as opd_name,
        e.indicator_code,
        e.level,
        i.is_sample
    from innovations as i
    left join opd_names as o on o.opd_id = i.opd_id
    left join innovation_evidence as e on e.innovation_id = i.innovation_id
)

select * from final
order by innovation_id, indicator_code
