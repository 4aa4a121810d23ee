-- grain: one row per innovation per SID indicator (a missing evidence row counts as level 0)
with innovations as (
    select innovation_id, year, opd_id, innovation_name, is_sample from stg_innovation
),

indicators as (
    select code, name, mandatory, ordinal from sid_indicator
),

final as (
    select
        i.innovation_id,
        i.year,
        i.opd_id,
        i.innovation_name,
        ind.code as indicator_code,
        ind.name as indicator_name,
        ind.mandatory,
        ind.ordinal,
        coalesce(e.level, 0) as level,
        i.is_sample
    from innovations as i
    cross join indicators as ind
    left join innovation_evidence as e
        on e.innovation_id = i.innovation_id
       and e.indicator_code = ind.code
)

select * from final
