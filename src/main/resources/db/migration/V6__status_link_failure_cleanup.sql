-- Lets the guard drop old counting windows without scanning the whole table.
CREATE INDEX status_link_failure_by_window ON status_link_failure (window_start);
