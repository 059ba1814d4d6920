CREATE INDEX action_items_due_idx ON action_items (due_date, number);
CREATE INDEX action_items_priority_idx ON action_items (priority_rank DESC, due_date, number);
DROP INDEX action_items_newest_list_idx;
DROP INDEX action_items_priority_list_idx;
DROP INDEX action_items_due_list_idx;
