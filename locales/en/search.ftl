# Search (templates/search.html, the masthead's box in base.html, src/http/pages/search.rs)
# and refusals of a search (src/domain/search.rs, src/http/input/search.rs).

search-label = Search
search-placeholder = Search…
search-button = Search
search-heading = Search
search-hint = Words in any of their forms, in Russian or English: “railway” also finds “railways”. Only what you may see is searched.
search-kind = Kind
search-kind-any = Any kind
search-kind-text = Text
search-kind-paper = Paper
search-kind-comment = Comment
search-kind-decision = Decision
search-kind-meeting = Meeting
# $count — how many records the reader may see match.
search-total = { $count ->
        [one] { $count } result
       *[other] { $count } results
    }
search-none = Nothing you may see matches these words.

error-search-empty = enter a word to search for
# $max — the limit, in characters.
error-search-too-long = a search may be at most { $max } characters
error-search-control = a search is one line of words
error-search-meeting = a meeting is named by its number
# $max — the most results at once.
error-search-limit = a whole number from 1 to { $max }
