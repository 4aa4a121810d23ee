-- grain: one row per spelling an OPD is known by (id, name, short name, alias, earlier name,
-- kecamatan name), for matching the opd column of an import file
with spellings as (
    select opd_id, opd_id as spelling from opd
    union all
    select opd_id, name from opd
    union all
    select opd_id, short_name from opd
    union all
    select opd_id, alias from opd_alias
    union all
    select opd_id, name from opd_name_period
    union all
    select opd_id, short_name from opd_name_period
    union all
    select o.opd_id, k.name from opd as o inner join kecamatan as k on k.code = o.kecamatan_code
),

final as (
    select distinct opd_id, spelling from spellings where spelling is not null
)

select * from final order by opd_id, spelling
