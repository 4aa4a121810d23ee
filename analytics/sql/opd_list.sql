-- grain: one row per OPD (kecamatan included), with its current name and kind, in display order
with final as (
    select
        opd_id,
        name as opd_name,
        short_name as opd_short_name,
        kind as opd_kind,
        kind = 'kecamatan' as is_kecamatan
    from opd
)

select * from final
order by is_kecamatan, opd_kind, opd_name
