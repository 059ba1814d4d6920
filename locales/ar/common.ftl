# What every page shares: the layout, the navigation, the pager, error pages, field messages, shared names.

app-name = Liaison
layout-skip-link = الانتقال إلى المحتوى الرئيسي
layout-nav-account = الحساب
layout-nav-main = القائمة الرئيسية
layout-sign-out = تسجيل الخروج
layout-sign-in = تسجيل الدخول
nav-dashboard = الصفحة الرئيسية
nav-action-items = الإجراءات المطلوبة
nav-contacts = جهات الاتصال
nav-rescue-requests = طلبات الإنقاذ
nav-referrals = الإحالات الحدودية
nav-meetings = الاجتماعات
nav-on-duty = المناوبون الآن
nav-orgs = الجهات
nav-audit = سجل التدقيق
nav-admin-orgs = إدارة الجهات
nav-admin-rescue-areas = مناطق الإنقاذ
nav-admin-referrals = مهل الإحالات
nav-admin-emails = رسائل البريد الإلكتروني
nav-notifications = الإشعارات
nav-notifications-unread =
    { $count ->
        [one] إشعار واحد غير مقروء
        [two] إشعاران غير مقروءين
        [few] { $count } إشعارات غير مقروءة
        [many] { $count } إشعارًا غير مقروء
       *[other] { $count } إشعار غير مقروء
    }
nav-admin-users = إدارة الحسابات
layout-footer = Liaison · منصة تنسيق بين الشرطة الملكية التايلاندية والسفارات ومكتب الأمم المتحدة المعني بالمخدرات والجريمة لمكافحة مجمّعات الاحتيال والاتجار بالبشر.
layout-footer-time-zone = تُعرض الأوقات وفق المنطقة الزمنية { $zone }.
layout-language = اللغة

pager-label = الصفحات
pager-newest = → الأحدث
pager-previous = → السابق
pager-older = الأقدم ←
pager-next = التالي ←
common-page-of = الصفحة { $page } من { $pages }
common-page-of-more = الصفحة { $page } من { $pages } أو أكثر

# Error pages
error-status = خطأ { $status }
error-reference = الرقم المرجعي:
error-back-to-dashboard = العودة إلى الصفحة الرئيسية
error-not-found-title = الصفحة غير موجودة
error-not-found-text = لا يوجد شيء هنا، أو ليست لديك صلاحية الوصول إليه. تحقّق من العنوان، أو عُد إلى صفحتك الرئيسية.
error-forbidden-title = غير مسموح
error-forbidden-text = لا يسمح دورك بهذه العملية. إن كنت بحاجة إليها، فاطلبها من أحد المنسقين أو من مسؤول النظام.
error-bad-request-title = تعذّرت قراءة الطلب
error-bad-request-text = بعض البيانات المُرسَلة كان بصيغة غير سليمة أو بحجم كبير جدًا. عُد إلى الصفحة السابقة، وراجع النموذج، ثم حاول مرة أخرى.
error-csrf-title = انتهت صلاحية النموذج
error-csrf-text = حرصًا على أمانك، تعذّر قبول النموذج: فقد كان قديمًا أو ورد من موقع آخر. عُد إلى الصفحة السابقة، وأعد تحميلها، ثم أرسل النموذج مرة أخرى.
error-duplicate-title = مستخدَم من قبل
error-duplicate-text = حفظ شخص آخر الرمز نفسه أو عنوان البريد الإلكتروني نفسه قبل لحظات. عُد إلى الصفحة السابقة، وأعد تحميلها، واختر قيمة أخرى.
error-unavailable-title = الخدمة غير متاحة مؤقتًا
error-unavailable-text = يتعذّر على البوابة الوصول إلى قاعدة بياناتها في الوقت الحالي. حاول مرة أخرى بعد دقيقة؛ وإذا استمرت المشكلة، فاتصل بمسؤول النظام المناوب.
error-internal-title = حدث خطأ ما
error-internal-text = أوقف خطأ غير متوقع هذا الطلب، ولم يُغيَّر أي شيء. حاول مرة أخرى؛ وإذا تكرر ذلك، فأبلغ مسؤول النظام واذكر له الرقم المرجعي الوارد أدناه.
error-method-title = لا يمكن الوصول بهذه الطريقة
error-method-text = لا يمكن استخدام هذا العنوان على هذا النحو. عُد إلى الصفحة السابقة واستخدم الروابط والأزرار الموجودة في الصفحة.

# Beside form fields
field-too-long = { $max ->
    [one] يجب ألا يزيد النص على حرف واحد.
    [two] يجب ألا يزيد النص على حرفين.
    [few] يجب ألا يزيد النص على { $max } أحرف.
    [many] يجب ألا يزيد النص على { $max } حرفًا.
   *[other] يجب ألا يزيد النص على { $max } حرف.
}
field-no-line-breaks = احذف فواصل الأسطر ورموز التحكم.
field-no-control-characters = احذف رموز التحكم.
field-date-format = أدخل تاريخًا بصيغة 2026-12-31.
field-name-missing = أدخل اسمًا.
field-time-zone-unknown = اختر منطقة زمنية من القائمة، مثل Asia/Bangkok.
field-email-missing = أدخل عنوان بريد إلكتروني.
field-email-too-long = لا يزيد عنوان البريد الإلكتروني على 254 حرفًا.
field-email-invalid = أدخل عنوان بريد إلكتروني بصيغة name@embassy.example.
field-org-kind-unknown = اختر: منسق أو دولة أو مراقب.
field-org-code-invalid = استخدم ما بين 2 و16 من الحروف اللاتينية أو الأرقام أو الشرطات، على أن يبدأ الرمز بحرف (مثل BRA أو CCIB).
field-country-code-invalid = استخدم رمز الدولة المكوَّن من حرفين وفق معيار ISO (مثل BR أو TZ).
field-password-too-short = { $min ->
    [one] استخدم حرفًا واحدًا على الأقل؛ فبضع كلمات لا رابط بينها تصنع كلمة مرور قوية يسهل تذكّرها.
    [two] استخدم حرفين على الأقل؛ فبضع كلمات لا رابط بينها تصنع كلمة مرور قوية يسهل تذكّرها.
    [few] استخدم { $min } أحرف على الأقل؛ فبضع كلمات لا رابط بينها تصنع كلمة مرور قوية يسهل تذكّرها.
    [many] استخدم { $min } حرفًا على الأقل؛ فبضع كلمات لا رابط بينها تصنع كلمة مرور قوية يسهل تذكّرها.
   *[other] استخدم { $min } حرف على الأقل؛ فبضع كلمات لا رابط بينها تصنع كلمة مرور قوية يسهل تذكّرها.
}
field-password-common = كلمة المرور هذه واردة في قائمة كلمات المرور الشائعة الاستخدام؛ اختر كلمة مرور أخرى.
field-password-has-email = لا تُدرج عنوان بريدك الإلكتروني في كلمة المرور.
field-phone-invalid = رقم الهاتف هذا غير صالح. اكتبه مسبوقًا برمز الدولة، مثل +66 2 123 4567.
field-phone-missing = أدخل رقم هاتف، مثل +66 2 123 4567.
field-phone-characters = لا يجوز أن يحتوي رقم الهاتف إلا على أرقام ومسافات وشرطات ونقاط وأقواس، وعلامة + في بدايته.
field-languages-too-many = { $max ->
    [one] اذكر لغة واحدة على الأكثر (أدخلت { $count }). أبقِ على اللغة التي تستخدمها جهة الاتصال أثناء المناوبة.
    [two] اذكر لغتين على الأكثر (أدخلت { $count }). أبقِ على اللغات التي تستخدمها جهة الاتصال أثناء المناوبة.
    [few] اذكر { $max } لغات على الأكثر (أدخلت { $count }). أبقِ على اللغات التي تستخدمها جهة الاتصال أثناء المناوبة.
    [many] اذكر { $max } لغة على الأكثر (أدخلت { $count }). أبقِ على اللغات التي تستخدمها جهة الاتصال أثناء المناوبة.
   *[other] اذكر { $max } لغة على الأكثر (أدخلت { $count }). أبقِ على اللغات التي تستخدمها جهة الاتصال أثناء المناوبة.
}
field-languages-unknown = { $count ->
    [one] لغة غير معروفة: { $listed }. استخدم رموزًا من حرفين، مثل th أو en أو pt.
    [two] لغتان غير معروفتان: { $listed }. استخدم رموزًا من حرفين، مثل th أو en أو pt.
    [few] لغات غير معروفة: { $listed }. استخدم رموزًا من حرفين، مثل th أو en أو pt.
    [many] لغات غير معروفة: { $listed }. استخدم رموزًا من حرفين، مثل th أو en أو pt.
   *[other] لغات غير معروفة: { $listed }. استخدم رموزًا من حرفين، مثل th أو en أو pt.
}
field-status-unknown = اختر حالة من القائمة.
field-priority-unknown = اختر: منخفضة أو عادية أو مرتفعة أو عاجلة.
field-visibility-unknown = اختر: مشترك أو مقيَّد.

# Names that several areas show
org-kind-coordinator = منسق
org-kind-country = دولة
org-kind-observer = مراقب
status-open = مفتوح
status-in-progress = قيد التنفيذ
status-blocked = متوقف
status-done = منجز
status-cancelled = ملغى
priority-low = منخفضة
priority-normal = عادية
priority-high = مرتفعة
priority-urgent = عاجلة
visibility-shared = مشترك مع جميع المشاركين
visibility-restricted = مقيَّد بالجهات المكلفة والمنسقين والمراقبين
