# Пошта: пайдаланушының мекенжайына оның тілінде жіберілетін хабарламалар (src/mail/mod.rs).
mail-subject-asked-consensus = [{ $group }] Ұстанымыңыз сұралады: { $title }
mail-subject-asked-silence = [{ $group }] Үнсіздік рәсімі ашылды: { $title }
mail-subject-deadline = [{ $group }] Мерзімнің бітуіне бір тәулік қалды: { $title }
mail-subject-adopted = [{ $group }] Шешім қабылданды: { $symbol } { $title }
mail-asked-consensus = Төраға «{ $title }» мәтіні бойынша консенсус раундын ашты. { $party } тарапынан өз ұстанымын { $deadline } дейін тіркеу сұралады.
mail-asked-silence = Төраға «{ $title }» мәтінін { $deadline } дейін үнсіздік рәсіміне қойды. Осы мерзімге дейін мүше тараптардың ешқайсысы үнсіздікті бұзбаса, мәтін қабылданды деп есептеледі.
mail-deadline-consensus = «{ $title }» мәтіні бойынша консенсус раунды { $deadline } аяқталады. { $party } тарапының ұстанымы әлі тіркелген жоқ.
mail-deadline-silence = «{ $title }» мәтіні бойынша үнсіздік рәсімі { $deadline } аяқталады. Осы мерзімге дейін мүше тараптардың ешқайсысы үнсіздікті бұзбаса, мәтін қабылданды деп есептеледі.
mail-adopted = Топ { $date } «{ $title }» мәтінін { $symbol } шешімі ретінде қабылдады.
mail-marking = Гриф: { $classification }
mail-excerpt = Мәтіннен үзінді:
mail-not-quoted = Мәтінде шектеулі пайдалану грифі бар, сондықтан пошта арқылы келтірілмейді.
mail-open = Majlis жүйесінде ашу: { $link }
mail-footer = Қандай хабарламаларды немесе күнделікті жинақты алатыныңызды профиліңізде таңдай аласыз: { $link }
mail-digest-subject = Majlis: күнделікті жинақ ({ $count })
mail-digest-intro = Алдыңғы жинақтан бергі хабарламалар:
