-- A program page's related programs (portal.programs.ProgramPageReader) take the first few
-- of a subtype and of a district in id order; these indexes give them in that order, so the
-- reading stops at the limit instead of sorting every program of the subtype or district.
create index program_subtype_link_subtype_program_idx on program_subtype_link (subtype_key, program_id);
create index program_district_id_idx on program (district_code, id);
