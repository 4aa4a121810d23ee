-- grain: one row per OPD per assessment year (OPD without a matching innovation included, with 0),
-- for the OPD in scope ($opd_id / $opd_kind, null = all) counting only innovations of the chosen
-- $jenis and $tahapan (null = all)
-- counted from stg_* rather than mart_opd_year: the jenis / tahapan filters reach below that mart's
-- grain (tests/test_build.py checks that both agree when nothing is filtered)
with opd_years as (
    select *
    from stg_opd_year
    where ($opd_id is null or opd_id = $opd_id)
      and ($opd_kind is null or opd_kind = $opd_kind)
),

innovations as (
    select opd_id, year, is_digital, is_sample
    from stg_innovation
    where ($jenis is null or jenis = $jenis)
      and ($tahapan is null or tahapan = $tahapan)
),

counts as (
    select
        opd_id,
        year,
        count(*) as n_innovations,
        count(*) filter (where is_digital) as n_digital,
        bool_or(is_sample) as has_sample
    from innovations
    group by opd_id, year
),

final as (
    select
        o.opd_id,
        o.year,
        o.opd_name,
        o.opd_short_name,
        o.opd_kind,
        o.is_kecamatan,
        coalesce(c.n_innovations, 0)::integer as n_innovations,
        coalesce(c.n_digital, 0)::integer as n_digital,
        coalesce(c.n_innovations, 0) > 0 as has_innovation,
        coalesce(c.has_sample, false) as has_sample
    from opd_years as o
    left join counts as c
        on c.opd_id = o.opd_id
       and c.year = o.year
)

select * from final
order by year, is_kecamatan, n_innovations desc, opd_name
