-- grain: one row per spelling an OPD is known by (id, name, short name, alias, earlier name,
-- kecamatan name), for matching the opd column of an import file. `own` marks the OPD's own
-- names (id, name and short name, and a name of a period for the years it held, valid_from to
-- valid_until); any other spelling is an alias, shown in the import preview as an interpretation.
with spellings as (
    select opd_id, opd_id as spelling, true as own, null::integer as valid_from, null::integer as valid_until
    from opd
    union all
    select opd_id, name, true, null, null from opd
    union all
    select opd_id, short_name, true, null, null from opd
    union all
    select opd_id, alias, false, null, null from opd_alias
    union all
    select opd_id, name, true, valid_from, valid_until from opd_name_period
    union all
    select opd_id, short_name, true, valid_from, valid_until from opd_name_period
    union all
    select o.opd_id, k.name, false, null, null
    from opd as o inner join kecamatan as k on k.code = o.kecamatan_code
),

final as (
    select distinct opd_id, spelling, own, valid_from, valid_until
    from spellings
    where spelling is not null
)

select * from final order by opd_id, spelling, own desc
