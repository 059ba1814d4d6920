DROP TABLE action_item_events;
DROP TABLE action_item_assignees;
DROP TABLE action_items;
