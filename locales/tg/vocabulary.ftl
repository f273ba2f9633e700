# Калимаҳои соҳаи предметӣ (src/http/vocabulary.rs): `<оила>-<калимаи нигоҳдошташуда>`.

marking-banner-unclassified = ҒАЙРИМАХФӢ
marking-banner-restricted = БАРОИ ИСТИФОДАИ ХИЗМАТӢ
marking-banner-confidential = КОНФИДЕНСИАЛӢ

classification-unclassified = ғайримахфӣ
classification-restricted = барои истифодаи хизматӣ
classification-confidential = конфиденсиалӣ

distribution-public = дастрасии умумӣ
distribution-group = тамоми гурӯҳ
distribution-members = тарафҳои узв
distribution-listed = тарафҳои зикршуда
distribution-national = танҳо ҳайати худ

role-envoy = намояндаи махсус
role-deputy = муовин
role-delegate = аъзои ҳайат
role-expert = коршинос
role-secretariat = котибот

standing-member = узв
standing-observer = нозир
standing-guest = меҳмон

text-kind-joint-statement = изҳороти муштарак
text-kind-decision = қарор
text-kind-minutes = суратмаҷлис
text-kind-roadmap = нақшаи роҳ
text-kind-chairs-summary = хулосаи раис
text-kind-non-paper = ҳуҷҷати ғайрирасмӣ

procedure-kind-consensus = даври консенсус
procedure-kind-silence = тартиби хомӯшӣ

position-concur = розигӣ
position-concur-with-statement = розигӣ бо изҳорот
position-stand-aside = худдорӣ
position-ad-referendum = ad referendum (то тасдиқ)
position-object = эътироз

answer-concur = розигӣ
answer-concur-with-statement = розигӣ бо изҳорот
answer-stand-aside = худдорӣ
answer-ad-referendum = ad referendum (то тасдиқ)
answer-object = эътироз
answer-no-objection-heard = эътирозе баён нашуд (қайди раис)

outcome-open = кушода
outcome-adopted = қабул шуд
outcome-not-adopted = қабул нашуд
outcome-withdrawn = бозхонда шуд
outcome-superseded = иваз шуд

meeting-format-envoys = намояндагони махсус
meeting-format-senior-officials = шахсони мансабдори баландпоя
meeting-format-experts = коршиносон
meeting-format-ministers = вазирон
meeting-format-extraordinary = ғайринавбатӣ

meeting-status-planned = банақшагирифташуда
meeting-status-convened = кушодашуда
meeting-status-concluded = анҷомёфта
meeting-status-cancelled = бекоршуда
