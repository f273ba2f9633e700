# Издөө (templates/search.html, base.html башындагы издөө талаасы,
# src/http/pages/search.rs) жана издөөдөн баш тартуу (src/domain/search.rs,
# src/http/input/search.rs).

search-label = Издөө
search-placeholder = Издөө…
search-button = Табуу
search-heading = Издөө
search-hint = Сөздөр орус жана англис тилдеринде бардык формаларында изделет: «железная дорога» суроосу «железной дороги» дегенди да табат. Сизге жеткиликтүү материалдар гана изделет.
search-kind = Түрү
search-kind-any = Каалаган түрү
search-kind-text = Текст
search-kind-paper = Документ
search-kind-comment = Комментарий
search-kind-decision = Чечим
search-kind-meeting = Жыйын
# $count — окурманга жеткиликтүү табылган материалдардын саны.
search-total = { $count ->
        [one] { $count } материал табылды
       *[other] { $count } материал табылды
    }
search-none = Сизге жеткиликтүү материалдардын арасынан эч нерсе табылган жок.

error-search-empty = издөө үчүн сөз киргизиңиз
# $max — белгилер менен берилген чек.
error-search-too-long = издөө суроосу { $max } белгиден ашпашы керек
error-search-control = издөө суроосу бир сап сөздөн турат
error-search-meeting = жыйын өзүнүн номери менен көрсөтүлөт
# $max — бир жолку эң көп натыйжа.
error-search-limit = 1ден { $max } чейинки бүтүн сан
