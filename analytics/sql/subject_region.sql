-- grain: one row: the region this database is about (the subject), as the build stored it from
-- reference/daerah.toml
with final as (
    select
        code,
        name,
        short_name,
        kind,
        province
    from subject_region
)

select * from final
