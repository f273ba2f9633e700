# Келген каттар: окурмандын тарабынан азыр эмне талап кылынат жана жакында эмне чечилди.

inbox-title = Келген каттар
inbox-heading = Келген каттар
inbox-lede = Азыр сиздин же тарабыңыздын катышуусун талап кылган маселелер жана акыркы эки жумада кабыл алынган чечимдер.
inbox-empty = Азыр сиздин катышууңузду талап кылган эч нерсе жок.

## Ар бир пункттун белгиси

inbox-label-needs-your-party = тарабыңыздын жообу күтүлүүдө
inbox-label-deadline-soon = мөөнөтү 24 сааттын ичинде бүтөт
inbox-label-open = ачык
inbox-label-adopted = кабыл алынды
inbox-label-not-adopted = кабыл алынган жок
inbox-label-silence-broken = унчукпоо бузулду

## Пункт окурмандан эмнени талап кылат

inbox-detail-position-needed = Тарабыңыздын позициясы талап кылынат.
inbox-detail-under-silence = Унчукпоо жол-жобосу колдонулууда: чечим кабыл алынышы үчүн унчукпаңыз же каршылык билдирип, унчукпоону бузуңуз.
# $kind: consensus же silence — жол-жобонун түрү.
inbox-detail-open = { $kind ->
    [silence] Унчукпоо жол-жобосу ачык.
   *[consensus] Консенсус раунду ачык.
}
inbox-detail-adopted = Чечим кабыл алынды.
# $party: унчукпоону бузган тараптын коду.
inbox-detail-silence-broken = Унчукпоону { $party } бузду.
# $when: күнү жана убактысы.
inbox-closed = Жабылган убактысы: { $when }.
inbox-deadline = Мөөнөтү: { $when }.
