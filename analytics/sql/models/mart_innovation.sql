-- grain: one row per innovation per assessment year, with the OPD as named that year
with innovations as (
    select * from stg_innovation
),

opd_years as (
    select * from stg_opd_year
),

final as (
    select
        i.*,
        o.opd_name,
        o.opd_short_name,
        o.opd_kind,
        o.is_kecamatan
    from innovations as i
    inner join opd_years as o
        on o.opd_id = i.opd_id
       and o.year = i.year
)

select * from final
