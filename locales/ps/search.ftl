# لټون (templates/search.html، د base.html په سرپاڼه کې د لټون ځای،
# src/http/pages/search.rs) او د لټون ردونه (src/domain/search.rs، src/http/input/search.rs).

search-label = لټون
search-placeholder = لټون…
search-button = موندل
search-heading = لټون
search-hint = کلمې په روسي او انګلیسي ژبو کې په ټولو بڼو لټول کېږي: د «railway» لټون «railways» هم مومي. یوازې په هغو موادو کې لټون کېږي چې تاسو یې لیدلای شئ.
search-kind = ډول
search-kind-any = هر ډول
search-kind-text = متن
search-kind-paper = سند
search-kind-comment = تبصره
search-kind-decision = پرېکړه
search-kind-meeting = غونډه
# $count — د هغو موندل شویو موادو شمېر چې لوستونکی یې لیدلای شي.
search-total =
    { $count ->
        [one] { $count } مورد وموندل شو
       *[other] { $count } موارد وموندل شول
    }
search-none = په هغو موادو کې چې تاسو یې لیدلای شئ، هېڅ ونه موندل شو.

error-search-empty = د لټون لپاره یوه کلمه ولیکئ
# $max — په تورو کې حد.
error-search-too-long = لټون له { $max } تورو څخه زیات نشي کېدای
error-search-control = لټون د کلمو یوه کرښه ده
error-search-meeting = غونډه د خپلې شمېرې له مخې ښودل کېږي
# $max — په یو ځل کې ترټولو ډېرې پایلې.
error-search-limit = له ۱ څخه تر { $max } پورې بشپړ عدد
