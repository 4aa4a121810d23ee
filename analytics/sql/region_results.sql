-- grain: one row per region per assessment year: every stored index result (published rows of the
-- bundled reference file and imported tables alike), with whether the load that wrote it was sample
-- data ("data contoh") and whether it came in through an import
with loads as (
    select load_id, is_sample, kind = 'import' as is_imported
    from data_load
),

final as (
    select
        r.region,
        r.province,
        r.kind,
        r.year,
        r.score::double as score,
        r.predicate,
        r.rank,
        r.rank_scope,
        r.source,
        coalesce(l.is_sample, false) as is_sample,
        coalesce(l.is_imported, false) as is_imported
    from index_result as r
    left join loads as l on l.load_id = r.load_id
)

select * from final
order by year, region
