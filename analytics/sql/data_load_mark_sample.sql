-- writes: data_load, one row: the load of a generated (sample) results table marked as sample data
update data_load set is_sample = true where load_id = $load_id
