-- The orders a list is read in, carrying every column its filters test (scope, status,
-- priority, the id an owner filter and the scope's EXISTS look up), so that choosing a page
-- is an index-only scan: walking them with heap fetches cost 10 ms for a country's first page
-- among 200,000 items, read from disk more than from memory. The page's rows are then fetched
-- by id.
CREATE INDEX action_items_due_list_idx ON action_items (due_date, number)
    INCLUDE (id, visibility, status, priority);
CREATE INDEX action_items_priority_list_idx ON action_items (priority_rank DESC, due_date, number)
    INCLUDE (id, visibility, status, priority);
CREATE INDEX action_items_newest_list_idx ON action_items (number DESC)
    INCLUDE (id, visibility, status, priority);
DROP INDEX action_items_due_idx;
DROP INDEX action_items_priority_idx;
