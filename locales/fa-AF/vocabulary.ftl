# کلمات حوزه کاری (src/http/vocabulary.rs): `<خانواده>-<کلمه ذخیره‌شده>`.

marking-banner-unclassified = غیرمحرم
marking-banner-restricted = محدود — برای استفاده رسمی
marking-banner-confidential = محرم

classification-unclassified = غیرمحرم
classification-restricted = محدود
classification-confidential = محرم

distribution-public = دسترسی عام
distribution-group = تمام گروه
distribution-members = طرف‌های عضو
distribution-listed = طرف‌های مشخص‌شده
distribution-national = تنها هیئت خودی

role-envoy = نماینده خاص
role-deputy = معاون
role-delegate = عضو هیئت
role-expert = متخصص
role-secretariat = دارالانشاء

standing-member = عضو
standing-observer = ناظر
standing-guest = مهمان

text-kind-joint-statement = اعلامیه مشترک
text-kind-decision = فیصله
text-kind-minutes = صورت‌جلسه
text-kind-roadmap = نقشه راه
text-kind-chairs-summary = خلاصه رئیس
text-kind-non-paper = سند غیررسمی

procedure-kind-consensus = دور اجماع
procedure-kind-silence = روند سکوت

position-concur = موافقت
position-concur-with-statement = موافقت همراه با اعلامیه
position-stand-aside = عدم پیوستن
position-ad-referendum = ad referendum (مشروط به تأیید پایتخت)
position-object = اعتراض

answer-concur = موافقت
answer-concur-with-statement = موافقت همراه با اعلامیه
answer-stand-aside = عدم پیوستن
answer-ad-referendum = ad referendum (مشروط به تأیید پایتخت)
answer-object = اعتراض
answer-no-objection-heard = اعتراضی شنیده نشد (یادداشت رئیس)

outcome-open = جاری
outcome-adopted = تصویب‌شده
outcome-not-adopted = تصویب‌نشده
outcome-withdrawn = مستردشده
outcome-superseded = جایگزین‌شده

meeting-format-envoys = نمایندگان خاص
meeting-format-senior-officials = مقامات ارشد
meeting-format-experts = متخصصین
meeting-format-ministers = وزرا
meeting-format-extraordinary = فوق‌العاده

meeting-status-planned = پلان‌شده
meeting-status-convened = دایرشده
meeting-status-concluded = ختم‌شده
meeting-status-cancelled = لغوشده
