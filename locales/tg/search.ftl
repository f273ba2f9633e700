# Ҷустуҷӯ (templates/search.html, майдони ҷустуҷӯ дар сарлавҳаи base.html,
# src/http/pages/search.rs) ва радди ҷустуҷӯ (src/domain/search.rs,
# src/http/input/search.rs).

search-label = Ҷустуҷӯ
search-placeholder = Ҷустуҷӯ…
search-button = Ёфтан
search-heading = Ҷустуҷӯ
search-hint = Калимаҳо бо забонҳои русӣ ва англисӣ дар ҳамаи шаклҳояшон ҷустуҷӯ мешаванд: дархости «railway» «railways»-ро низ меёбад. Танҳо маводе, ки ба шумо дастрас аст, ҷустуҷӯ мешавад.
search-kind = Намуд
search-kind-any = Ҳар намуд
search-kind-text = Матн
search-kind-paper = Ҳуҷҷат
search-kind-comment = Шарҳ
search-kind-decision = Қарор
search-kind-meeting = Ҷаласа
# $count — шумораи маводи ёфташудае, ки ба хонанда дастрас аст.
search-total = { $count ->
        [one] { $count } мавод ёфт шуд
       *[other] { $count } мавод ёфт шуд
    }
search-none = Дар байни маводи ба шумо дастрас чизе ёфт нашуд.

error-search-empty = барои ҷустуҷӯ калима ворид кунед
# $max — ҳад бо аломатҳо.
error-search-too-long = дархости ҷустуҷӯ набояд аз { $max } аломат зиёд бошад
error-search-control = дархости ҷустуҷӯ як сатр калима аст
error-search-meeting = ҷаласа бо рақамаш нишон дода мешавад
# $max — бештарин шумораи натиҷаҳо дар як маротиба.
error-search-limit = адади бутун аз 1 то { $max }
