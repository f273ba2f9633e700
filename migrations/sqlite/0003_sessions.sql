-- A decision taken in session (DOMAIN.md §4.3): the silence procedure that asks the absent
-- member parties names the round held in the room.
ALTER TABLE procedures ADD COLUMN parent_id BIGINT REFERENCES procedures (id);
