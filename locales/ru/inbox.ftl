# Входящие: что требует внимания стороны читателя сейчас и что было решено недавно.

inbox-title = Входящие
inbox-heading = Входящие
inbox-lede = Вопросы, требующие сейчас вашего участия или участия вашей стороны, и решения последних двух недель.
inbox-empty = Сейчас ничего не требует вашего участия.

## Отметка каждого пункта

inbox-label-needs-your-party = требуется ответ вашей стороны
inbox-label-deadline-soon = срок истекает в течение 24 часов
inbox-label-open = открыта
inbox-label-adopted = принято
inbox-label-not-adopted = не принято
inbox-label-silence-broken = молчание нарушено

## Что требуется от читателя

inbox-detail-position-needed = Требуется позиция вашей стороны.
inbox-detail-under-silence = Действует процедура умолчания: чтобы решение было принято, сохраняйте молчание; чтобы возразить, нарушьте молчание.
inbox-detail-open = { $kind ->
    [silence] Процедура умолчания открыта.
   *[consensus] Процедура достижения консенсуса открыта.
}
inbox-detail-adopted = Решение принято.
inbox-detail-silence-broken = Молчание нарушено стороной { $party }.
inbox-closed = Дата завершения: { $when }.
inbox-deadline = Срок: { $when }.
