# ایمیل: اطلاعیه‌هایی که به نشانی کاربر و به زبان او فرستاده می‌شوند (src/mail/mod.rs).
mail-subject-asked-consensus = [{ $group }] موضع شما درخواست می‌شود: { $title }
mail-subject-asked-silence = [{ $group }] روند سکوت آغاز شد: { $title }
mail-subject-deadline = [{ $group }] یک روز تا پایان مهلت: { $title }
mail-subject-adopted = [{ $group }] تصمیم تصویب شد: { $symbol } { $title }
mail-asked-consensus = رئیس دور اجماع را دربارهٔ «{ $title }» آغاز کرد. از طرف { $party } درخواست می‌شود که موضع خود را تا { $deadline } ثبت کند.
mail-asked-silence = رئیس «{ $title }» را تا { $deadline } تحت روند سکوت قرار داد. اگر تا آن زمان هیچ طرف عضو سکوت را نشکند، متن تصویب‌شده شمرده می‌شود.
mail-deadline-consensus = دور اجماع دربارهٔ «{ $title }» در { $deadline } پایان می‌یابد. موضع طرف { $party } هنوز ثبت نشده است.
mail-deadline-silence = روند سکوت دربارهٔ «{ $title }» در { $deadline } پایان می‌یابد. اگر تا آن زمان هیچ طرف عضو سکوت را نشکند، متن تصویب‌شده شمرده می‌شود.
mail-adopted = گروه در { $date } «{ $title }» را به‌عنوان تصمیم { $symbol } تصویب کرد.
mail-marking = نشانه محرمیت: { $classification }
mail-excerpt = بخشی از متن:
mail-not-quoted = این متن نشانه محرمیتی بالاتر از غیرمحرم دارد و از این رو در ایمیل نقل نمی‌شود.
mail-open = باز کردن در مجلس: { $link }
mail-footer = می‌توانید در پروفایل خود انتخاب کنید که کدام اطلاعیه‌ها یا خلاصهٔ روزانه را دریافت کنید: { $link }
mail-digest-subject = مجلس: خلاصهٔ روزانه ({ $count })
mail-digest-intro = اطلاعیه‌ها از زمان خلاصهٔ پیشین:
