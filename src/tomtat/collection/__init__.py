"""From a crawl to stories: ingest pages in parallel, fold near-duplicates across the
collection, group the rest into stories, summarize each (`tomtat stories`)."""
