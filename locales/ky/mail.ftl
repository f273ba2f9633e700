# Почта: колдонуучунун дарегине анын тилинде жөнөтүлүүчү билдирүүлөр (src/mail/mod.rs).
mail-subject-asked-consensus = [{ $group }] Позицияңыз суралууда: { $title }
mail-subject-asked-silence = [{ $group }] Унчукпоо жол-жобосу ачылды: { $title }
mail-subject-deadline = [{ $group }] Мөөнөттүн бүтүшүнө бир сутка калды: { $title }
mail-subject-adopted = [{ $group }] Чечим кабыл алынды: { $symbol } { $title }
mail-asked-consensus = Төрага «{ $title }» тексти боюнча консенсус раундун ачты. { $party } тарабынан өз позициясын { $deadline } чейин каттоо суралат.
mail-asked-silence = Төрага «{ $title }» текстин { $deadline } чейин унчукпоо жол-жобосуна койду. Ушул мөөнөткө чейин мүчө тараптардын бири да унчукпоону бузбаса, текст кабыл алынды деп эсептелет.
mail-deadline-consensus = «{ $title }» тексти боюнча консенсус раунду { $deadline } аяктайт. { $party } тарабынын позициясы азырынча катталган жок.
mail-deadline-silence = «{ $title }» тексти боюнча унчукпоо жол-жобосу { $deadline } аяктайт. Ушул мөөнөткө чейин мүчө тараптардын бири да унчукпоону бузбаса, текст кабыл алынды деп эсептелет.
mail-adopted = Топ { $date } «{ $title }» текстин { $symbol } чечими катары кабыл алды.
mail-marking = Гриф: { $classification }
mail-excerpt = Тексттен үзүндү:
mail-not-quoted = Текстте чектелген пайдалануу грифи бар, ошондуктан почта аркылуу келтирилбейт.
mail-open = Majlis системасында ачуу: { $link }
mail-footer = Кайсы билдирүүлөрдү же күнүмдүк жыйынтыкты аларыңызды профилиңизде тандай аласыз: { $link }
mail-digest-subject = Majlis: күнүмдүк жыйынтык ({ $count })
mail-digest-intro = Мурунку жыйынтыктан берки билдирүүлөр:
