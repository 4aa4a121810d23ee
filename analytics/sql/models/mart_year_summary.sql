-- grain: one row per assessment year: innovations, OPD coverage, digital share, targets
with opd_years as (
    select
        year,
        count(*) as n_opd,
        count(*) filter (where has_innovation) as n_opd_with_innovation,
        count(*) filter (where is_kecamatan) as n_kecamatan,
        count(*) filter (where is_kecamatan and has_innovation) as n_kecamatan_with_innovation,
        sum(n_innovations) as n_innovations,
        sum(n_digital) as n_digital,
        bool_or(has_sample) as has_sample
    from mart_opd_year
    group by year
),

final as (
    select
        o.year,
        o.n_innovations::integer as n_innovations,
        o.n_digital::integer as n_digital,
        o.n_digital / nullif(o.n_innovations, 0) as share_digital,
        o.n_opd,
        o.n_opd_with_innovation,
        o.n_opd_with_innovation / nullif(o.n_opd, 0) as opd_coverage,
        o.n_kecamatan,
        o.n_kecamatan_with_innovation,
        o.has_sample,
        t.min_score as target_score,
        t.min_opd_coverage as target_opd_coverage
    from opd_years as o
    left join target as t on t.year = o.year
)

select * from final
