//! What every list shares: the page size, the page asked for, the links to the neighbouring
//! pages, and query strings that keep the filters in those links.

/// Rows per page, in every list.
pub const PAGE_SIZE: i64 = 50;

/// Far beyond any real list; keeps the offset arithmetic safe from a hand-typed page number.
const MAX_PAGE: i64 = 100_000;

/// How many rows past a page's start a large list counts. Counting a whole scope costs more
/// than the page itself (3.5 ms for the 13,000 items a country member may read, measured on
/// the benchmark's data, against 0.4 ms for the page), and "1,000+ items" tells a reader as
/// much as "13,406 items".
pub const COUNT_CAP: i64 = 1_000;

/// Where a list stands: the page shown (1-based), how many pages and rows match, and the
/// links to the previous and next pages, with the filters kept. One pager partial
/// (`templates/macros/lists.html`) shows it under every list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pagination {
    pub page: i64,
    pub pages: i64,
    pub total: i64,
    /// The list was counted to a cap ([`COUNT_CAP`]) and holds more than `total` rows.
    pub more: bool,
    pub prev: Option<String>,
    pub next: Option<String>,
    /// A keyset list (the audit log) knows no page numbers: its links go to the newest rows
    /// and to older ones.
    pub keyset: bool,
}

impl Pagination {
    /// The page asked for in a query string: 1 when absent or unreadable, and bounded so an
    /// absurd number cannot make the database skip millions of rows.
    pub fn requested(param: Option<&str>) -> i64 {
        param
            .and_then(|p| p.trim().parse::<i64>().ok())
            .unwrap_or(1)
            .clamp(1, MAX_PAGE)
    }

    /// The rows a page starts after.
    pub fn offset(page: i64) -> i64 {
        (page.clamp(1, MAX_PAGE) - 1) * PAGE_SIZE
    }

    /// Page `page` of `total` rows; `href` makes the link to another page number.
    pub fn new(page: i64, total: i64, href: impl Fn(i64) -> String) -> Pagination {
        let pages = (total.max(0) + PAGE_SIZE - 1) / PAGE_SIZE;
        Pagination {
            page,
            pages,
            total,
            // Beyond the end (a stale bookmark), "previous" leads back to the last real page.
            prev: (page > 1 && pages > 0).then(|| href((page - 1).min(pages))),
            next: (page < pages).then(|| href(page + 1)),
            more: false,
            keyset: false,
        }
    }

    /// The most rows to count for `page` of a large list ([`Pagination::counted`]).
    pub fn count_limit(page: i64) -> i64 {
        Pagination::offset(page) + COUNT_CAP + 1
    }

    /// Page `page` of a list whose rows were counted up to [`Pagination::count_limit`]:
    /// reaching it means there are more, and the pages go on past those counted.
    pub fn counted(page: i64, counted: i64, href: impl Fn(i64) -> String) -> Pagination {
        let more = counted >= Pagination::count_limit(page);
        let total = if more { counted - 1 } else { counted };
        let mut pagination = Pagination::new(page, total, &href);
        if more {
            pagination.more = true;
            pagination.next = Some(href(page + 1));
        }
        pagination
    }

    /// A keyset list's links: back to the newest rows when not on them, and to older ones
    /// when there are more.
    pub fn keyset(newest: Option<String>, older: Option<String>) -> Pagination {
        Pagination {
            prev: newest,
            next: older,
            keyset: true,
            ..Pagination::default()
        }
    }

    /// Whether there is anywhere to go: a single page needs no pager.
    pub fn is_needed(&self) -> bool {
        self.prev.is_some() || self.next.is_some()
    }
}

/// A list's query string, so filters survive in links (next page, export): the filters that
/// are set, then the page.
pub struct ListQuery(url::form_urlencoded::Serializer<'static, String>);

impl ListQuery {
    pub fn new() -> ListQuery {
        ListQuery(url::form_urlencoded::Serializer::new(String::new()))
    }

    /// A pair written even when empty.
    pub fn always(mut self, name: &str, value: &str) -> ListQuery {
        self.0.append_pair(name, value);
        self
    }

    /// A filter, written when set.
    pub fn set(self, name: &str, value: &str) -> ListQuery {
        if value.is_empty() {
            self
        } else {
            self.always(name, value)
        }
    }

    /// A checkbox filter, written as `name=1` when ticked.
    pub fn flag(self, name: &str, on: bool) -> ListQuery {
        if on { self.always(name, "1") } else { self }
    }

    /// The page, left out for the first.
    pub fn page(self, page: i64) -> ListQuery {
        if page > 1 {
            self.always("page", &page.to_string())
        } else {
            self
        }
    }

    pub fn finish(mut self) -> String {
        self.0.finish()
    }
}

/// A list's search text as typed into its filter: trimmed, without control characters, at
/// most 40 characters (a reference is fewer).
pub fn search_text(q: Option<String>) -> String {
    q.unwrap_or_default()
        .trim()
        .chars()
        .filter(|c| !c.is_control())
        .take(40)
        .collect()
}

/// A list's country filter: two letters, in capitals; anything else filters nothing.
pub fn country_filter(country: Option<String>) -> Option<String> {
    let country = country.unwrap_or_default().trim().to_ascii_uppercase();
    (country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase())).then_some(country)
}

impl Default for ListQuery {
    fn default() -> ListQuery {
        ListQuery::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requested_pages_are_one_based_and_bounded() {
        assert_eq!(Pagination::requested(None), 1);
        assert_eq!(Pagination::requested(Some("abc")), 1);
        assert_eq!(Pagination::requested(Some("0")), 1);
        assert_eq!(Pagination::requested(Some(" 3 ")), 3);
        assert_eq!(Pagination::requested(Some("9223372036854775807")), MAX_PAGE);
        assert_eq!(Pagination::offset(1), 0);
        assert_eq!(Pagination::offset(3), 2 * PAGE_SIZE);
    }

    #[test]
    fn a_list_counted_to_its_cap_says_there_are_more() {
        let href = |p: i64| format!("/x?page={p}");
        let exact = Pagination::counted(1, 120, href);
        assert_eq!((exact.total, exact.pages, exact.more), (120, 3, false));
        let capped = Pagination::counted(1, Pagination::count_limit(1), href);
        assert_eq!((capped.total, capped.more), (COUNT_CAP, true));
        assert_eq!(capped.next.as_deref(), Some("/x?page=2"));
        // On the last counted page there is still a next one.
        let last = Pagination::counted(20, Pagination::count_limit(20), href);
        assert_eq!(last.total, 19 * PAGE_SIZE + COUNT_CAP);
        assert_eq!(last.next.as_deref(), Some("/x?page=21"));
    }

    #[test]
    fn links_go_to_the_neighbours_that_exist() {
        let href = |p: i64| format!("/x?page={p}");
        let first = Pagination::new(1, 120, href);
        assert_eq!((first.pages, first.prev.as_deref()), (3, None));
        assert_eq!(first.next.as_deref(), Some("/x?page=2"));
        let last = Pagination::new(3, 120, href);
        assert_eq!(last.prev.as_deref(), Some("/x?page=2"));
        assert_eq!(last.next, None);
        let single = Pagination::new(1, 50, href);
        assert_eq!(single.pages, 1);
        assert!(!single.is_needed());
        let empty = Pagination::new(1, 0, href);
        assert_eq!(empty.pages, 0);
        // Beyond the end (a stale bookmark): back to the last real page, nothing after it.
        let beyond = Pagination::new(7, 120, href);
        assert_eq!(beyond.prev.as_deref(), Some("/x?page=3"));
        assert_eq!(beyond.next, None);
    }

    #[test]
    fn query_strings_keep_the_filters_that_are_set() {
        let query = ListQuery::new()
            .always("status", "")
            .set("org", "BRA")
            .set("q", "")
            .flag("overdue", true)
            .page(2)
            .finish();
        assert_eq!(query, "status=&org=BRA&overdue=1&page=2");
        assert_eq!(ListQuery::new().set("q", "a&b").page(1).finish(), "q=a%26b");
    }
}
