-- grain: one row per SID indicator (code and Indonesian name), in the official order
select code, name, mandatory
from sid_indicator
order by ordinal
