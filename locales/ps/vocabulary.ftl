# د کاري ساحې کلمې (src/http/vocabulary.rs): `<کورنۍ>-<ساتل شوې کلمه>`.

marking-banner-unclassified = غیرمحرم
marking-banner-restricted = محدود — د رسمي کارونې لپاره
marking-banner-confidential = محرم

classification-unclassified = غیرمحرم
classification-restricted = محدود
classification-confidential = محرم

distribution-public = عامه لاسرسی
distribution-group = ټول ګروپ
distribution-members = غړي اړخونه
distribution-listed = ټاکل شوي اړخونه
distribution-national = یوازې خپل پلاوی

role-envoy = ځانګړی استازی
role-deputy = مرستیال
role-delegate = د پلاوي غړی
role-expert = کارپوه
role-secretariat = دارالانشاء

standing-member = غړی
standing-observer = کتونکی
standing-guest = مېلمه

text-kind-joint-statement = ګډه اعلامیه
text-kind-decision = پرېکړه
text-kind-minutes = صورت جلسه
text-kind-roadmap = د لارې نقشه
text-kind-chairs-summary = د رییس لنډیز
text-kind-non-paper = غیررسمي سند

procedure-kind-consensus = د اجماع پړاو
procedure-kind-silence = د چوپتیا بهیر

position-concur = موافقه
position-concur-with-statement = موافقه له اعلامیې سره
position-stand-aside = نه یوځای کېدل
position-ad-referendum = ad referendum (د پلازمېنې د تایید په شرط)
position-object = اعتراض

answer-concur = موافقه
answer-concur-with-statement = موافقه له اعلامیې سره
answer-stand-aside = نه یوځای کېدل
answer-ad-referendum = ad referendum (د پلازمېنې د تایید په شرط)
answer-object = اعتراض
answer-no-objection-heard = هېڅ اعتراض وانه ورېدل شو (د رییس یادښت)

outcome-open = روان
outcome-adopted = تصویب شوی
outcome-not-adopted = تصویب نه شوی
outcome-withdrawn = بېرته اخیستل شوی
outcome-superseded = بدل شوی

meeting-format-envoys = ځانګړي استازي
meeting-format-senior-officials = لوړپوړي چارواکي
meeting-format-experts = کارپوهان
meeting-format-ministers = وزیران
meeting-format-extraordinary = فوق‌العاده

meeting-status-planned = پلان شوې
meeting-status-convened = دایره شوې
meeting-status-concluded = پای ته رسېدلې
meeting-status-cancelled = لغوه شوې
