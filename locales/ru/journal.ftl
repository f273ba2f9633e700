# Журнал группы: все изменения, новые сверху, каждая запись связана с предыдущей.

journal-title = Журнал группы { $code }
journal-breadcrumbs = Навигационная цепочка
journal-breadcrumb-groups = Группы
journal-breadcrumb-journal = Журнал
journal-heading = Журнал: { $group }
journal-lede = Все изменения, новые сверху. Каждая запись содержит хеш предыдущей, поэтому ни одну запись нельзя изменить или удалить незаметно. Записи, которые вам недоступны, показаны только хешем.
journal-empty = Записей пока нет.
journal-entry-redacted = Запись { $seq } — не входит в вашу рассылку
journal-entry-by = — { $actor }
journal-entry-by-party = — { $actor } ({ $party })
journal-actor-installation = система
journal-actor-user = пользователь { $id }
