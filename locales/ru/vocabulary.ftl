# Слова предметной области (src/http/vocabulary.rs): `<семейство>-<хранимое слово>`.

marking-banner-unclassified = НЕСЕКРЕТНО
marking-banner-restricted = ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ
marking-banner-confidential = КОНФИДЕНЦИАЛЬНО

classification-unclassified = несекретно
classification-restricted = для служебного пользования
classification-confidential = конфиденциально

distribution-public = открытый доступ
distribution-group = вся группа
distribution-members = стороны-члены
distribution-listed = указанные стороны
distribution-national = только своя делегация

role-envoy = спецпредставитель
role-deputy = заместитель
role-delegate = член делегации
role-expert = эксперт
role-secretariat = секретариат

standing-member = член
standing-observer = наблюдатель
standing-guest = гость

text-kind-joint-statement = совместное заявление
text-kind-decision = решение
text-kind-minutes = протокол
text-kind-roadmap = дорожная карта
text-kind-chairs-summary = резюме председателя
text-kind-non-paper = неофициальный документ

procedure-kind-consensus = раунд консенсуса
procedure-kind-silence = процедура умолчания

position-concur = согласие
position-concur-with-statement = согласие с заявлением
position-stand-aside = неприсоединение
position-ad-referendum = ad referendum (до утверждения)
position-object = возражение

answer-concur = согласие
answer-concur-with-statement = согласие с заявлением
answer-stand-aside = неприсоединение
answer-ad-referendum = ad referendum (до утверждения)
answer-object = возражение
answer-no-objection-heard = возражений не поступило (отметка председателя)

outcome-open = открыта
outcome-adopted = принято
outcome-not-adopted = не принято
outcome-withdrawn = отозвано
outcome-superseded = заменено

meeting-format-envoys = спецпредставители
meeting-format-senior-officials = старшие должностные лица
meeting-format-experts = эксперты
meeting-format-ministers = министры
meeting-format-extraordinary = внеочередное

meeting-status-planned = запланировано
meeting-status-convened = открыто
meeting-status-concluded = завершено
meeting-status-cancelled = отменено
