-- grain: one row per OPD (current name), with the years it existed; for templates and messages
select
    o.opd_id,
    o.name,
    o.short_name,
    o.kind,
    o.exists_from,
    o.exists_until
from opd as o
order by o.kind = 'kecamatan', o.name
