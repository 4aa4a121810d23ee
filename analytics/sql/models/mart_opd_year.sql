-- grain: one row per OPD per assessment year (OPD without innovations included, with zeros)
with opd_years as (
    select * from stg_opd_year
),

counts as (
    select
        opd_id,
        year,
        count(*) as n_innovations,
        count(*) filter (where is_digital) as n_digital,
        bool_or(is_sample) as has_sample
    from stg_innovation
    group by opd_id, year
),

final as (
    select
        o.*,
        coalesce(c.n_innovations, 0) as n_innovations,
        coalesce(c.n_digital, 0) as n_digital,
        coalesce(c.n_innovations, 0) > 0 as has_innovation,
        coalesce(c.has_sample, false) as has_sample
    from opd_years as o
    left join counts as c
        on c.opd_id = o.opd_id
       and c.year = o.year
)

select * from final
