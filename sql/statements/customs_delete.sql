-- expected_occasions is rewritten as a whole on each refresh
delete from expected_occasions
