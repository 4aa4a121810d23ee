-- grain: one row per OPD per assessment year in which the OPD existed,
-- with the name it carried that year (Bappeda until 2023, Bapperida from 2024)
with opd_years as (
    select
        o.opd_id,
        y.year,
        o.name as current_name,
        o.short_name as current_short_name,
        o.kind,
        o.kecamatan_code
    from opd as o
    cross join stg_year as y
    where (o.exists_from is null or y.year >= o.exists_from)
      and (o.exists_until is null or y.year <= o.exists_until)
),

named as (
    select
        oy.*,
        p.name as period_name,
        p.short_name as period_short_name
    from opd_years as oy
    left join opd_name_period as p
        on p.opd_id = oy.opd_id
       and (p.valid_from is null or oy.year >= p.valid_from)
       and (p.valid_until is null or oy.year <= p.valid_until)
),

final as (
    select
        opd_id,
        year,
        coalesce(period_name, current_name) as opd_name,
        coalesce(period_short_name, current_short_name) as opd_short_name,
        kind as opd_kind,
        kind = 'kecamatan' as is_kecamatan,
        kecamatan_code
    from named
)

select * from final
