-- grain: one row per assessment year with innovation data: innovations, digital share and OPD
-- coverage for the OPD in scope ($opd_id / $opd_kind) and the chosen $jenis / $tahapan (null = all),
-- with the goals of that year
-- counted from stg_* rather than mart_opd_year: the jenis / tahapan filters reach below that mart's
-- grain (tests/test_build.py checks that both agree when nothing is filtered)
with years as (
    select year from stg_year
),

opd_years as (
    select *
    from stg_opd_year
    where ($opd_id is null or opd_id = $opd_id)
      and ($opd_kind is null or opd_kind = $opd_kind)
      and year in (select year from years)
),

innovations as (
    select opd_id, year, is_digital, is_sample
    from stg_innovation
    where ($jenis is null or jenis = $jenis)
      and ($tahapan is null or tahapan = $tahapan)
),

per_opd as (
    select
        o.year,
        o.opd_id,
        o.is_kecamatan,
        count(i.opd_id) as n_innovations,
        count(i.opd_id) filter (where i.is_digital) as n_digital,
        coalesce(bool_or(i.is_sample), false) as has_sample
    from opd_years as o
    left join innovations as i
        on i.opd_id = o.opd_id
       and i.year = o.year
    group by o.year, o.opd_id, o.is_kecamatan
),

per_year as (
    select
        year,
        sum(n_innovations)::integer as n_innovations,
        sum(n_digital)::integer as n_digital,
        count(*)::integer as n_opd,
        count(*) filter (where n_innovations > 0)::integer as n_opd_with_innovation,
        count(*) filter (where is_kecamatan)::integer as n_kecamatan,
        count(*) filter (where is_kecamatan and n_innovations > 0)::integer as n_kecamatan_with_innovation,
        count(*) filter (where not is_kecamatan)::integer as n_opd_only,
        count(*) filter (where not is_kecamatan and n_innovations > 0)::integer as n_opd_only_with_innovation,
        bool_or(has_sample) as has_sample
    from per_opd
    group by year
),

final as (
    select
        p.year,
        p.n_innovations,
        p.n_digital,
        p.n_innovations - p.n_digital as n_non_digital,
        p.n_digital / nullif(p.n_innovations, 0) as share_digital,
        p.n_opd,
        p.n_opd_with_innovation,
        p.n_opd_with_innovation / nullif(p.n_opd, 0) as opd_coverage,
        p.n_kecamatan,
        p.n_kecamatan_with_innovation,
        p.n_kecamatan_with_innovation / nullif(p.n_kecamatan, 0) as kecamatan_coverage,
        p.n_opd_only,
        p.n_opd_only_with_innovation,
        p.n_opd_only_with_innovation / nullif(p.n_opd_only, 0) as opd_only_coverage,
        p.has_sample,
        t.min_score::double as target_score,
        t.min_opd_coverage::double as target_opd_coverage
    from per_year as p
    left join target as t on t.year = p.year
)

select * from final
order by year
