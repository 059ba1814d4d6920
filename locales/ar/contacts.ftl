# Contact points: the directory, one contact, the form, on duty now, the duty rota.

contacts-reach-absent = غائب اليوم
contacts-reach-on-call = مناوب الآن
contacts-reach-available = متاح الآن
contacts-reach-unavailable = غير متاح الآن
contacts-confirmed = تم التأكيد في { $date }
contacts-confirmed-by = تم التأكيد في { $date } من قِبل { $name }
contacts-stale-warning = غير محدَّث: تحقَّق منه قبل الاعتماد عليه
contacts-freshness-heading = جهات اتصال { $org }
contacts-freshness-none = لا توجد جهات اتصال بعد: لن يتمكن أحد من العثور على { $org } في صفحة «بمن تتصل الآن».
contacts-freshness-entries = { $count ->
    [zero] لا توجد قيود
    [one] قيد واحد
    [two] قيدان
    [few] { $count } قيود
    [many] { $count } قيدًا
   *[other] { $count } قيد
}
contacts-freshness-stale = { $count ->
    [zero] لا توجد قيود غير محدَّثة
    [one] قيد واحد غير محدَّث
    [two] قيدان غير محدَّثين
    [few] { $count } قيود غير محدَّثة
    [many] { $count } قيدًا غير محدَّث
   *[other] { $count } قيد غير محدَّث
} (دون تأكيد منذ { $days ->
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
})
contacts-freshness-all-confirmed = جميعها مؤكَّدة خلال آخر { $days ->
    [one] يوم
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
contacts-freshness-the-stale = القيود غير المحدَّثة
contacts-duty-rota = جدول المناوبات
contacts-add = إضافة جهة اتصال
contacts-list-separator = { "، " }

## The directory (/contacts)

contacts-directory-title = جهات الاتصال
contacts-on-duty-title = بمن تتصل الآن
contacts-filters = التصفية
contacts-organisation = الجهة
contacts-filter-all-orgs = جميع الجهات
contacts-filter-language = اللغة المحكية
contacts-filter-any-language = أي لغة
contacts-filter-available = المتاحون الآن فقط
contacts-filter-stale = القيود غير المؤكَّدة منذ { $days ->
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
} فقط
contacts-filter-submit = تصفية
contacts-count = { $count ->
    [zero] لا توجد جهات اتصال
    [one] جهة اتصال واحدة
    [two] جهتا اتصال
    [few] { $count } جهات اتصال
    [many] { $count } جهة اتصال
   *[other] { $count } جهة اتصال
}
contacts-download-org-vcards = تنزيل جهات اتصال { $org } بصيغة vCard
contacts-none-match = لا توجد جهات اتصال تطابق عوامل التصفية هذه.
contacts-name = الاسم
contacts-position = المنصب
contacts-phone = الهاتف
contacts-email = البريد الإلكتروني
contacts-languages = اللغات
contacts-now = الآن
contacts-confirmed-label = آخر تأكيد
contacts-call-order = ترتيب الاتصال
contacts-reachable = أوقات التوفر
contacts-call-order-value = ترتيب الاتصال { $order }
contacts-confirmed-by-name = من قِبل { $name }
contacts-stale = غير محدَّث

## Hours and local times

contacts-hours-always = على مدار الساعة
contacts-hours-none = لم تُحدَّد ساعات
contacts-hours-window = { $days } من { $start } إلى { $end }
contacts-hours-window-overnight = { $days } من { $start } إلى { $end } (اليوم التالي)
contacts-hours-day-range = { $first }–{ $last }
contacts-hours-in-zone = { $hours } ({ $zone })
contacts-local-time = { $time } ({ $zone })
contacts-day-short-mon = الاثنين
contacts-day-short-tue = الثلاثاء
contacts-day-short-wed = الأربعاء
contacts-day-short-thu = الخميس
contacts-day-short-fri = الجمعة
contacts-day-short-sat = السبت
contacts-day-short-sun = الأحد
contacts-day-mon = الاثنين
contacts-day-tue = الثلاثاء
contacts-day-wed = الأربعاء
contacts-day-thu = الخميس
contacts-day-fri = الجمعة
contacts-day-sat = السبت
contacts-day-sun = الأحد

## One contact (/contacts/…)

contacts-not-confirmed-since = لم تُؤكَّد منذ { $date }: قد تكون هذه البيانات قديمة.
contacts-languages-not-given = غير محدَّدة
contacts-their-time = الوقت المحلي لديه { $time }
contacts-confirmed-at-by = { $time } من قِبل { $name }
contacts-messaging = تطبيق المراسلة
contacts-save-vcard = حفظ في الهاتف (vCard)
contacts-verify = البيانات لا تزال صحيحة
contacts-edit = تعديل
contacts-absences = فترات الغياب
contacts-absences-none = لا توجد فترات غياب مقرَّرة.
contacts-absence-range = من { $from } إلى { $to }
contacts-absence-remove-label = حذف الغياب من { $from } إلى { $to }
contacts-absence-first-day = أول يوم غياب
contacts-absence-last-day = آخر يوم غياب
contacts-absence-add = إضافة غياب
contacts-remove-heading = الحذف من دليل الاتصال
contacts-remove-confirm = لم يعد { $name } جهة اتصال؛ احذف القيد ومناوباته.
contacts-remove = حذف
contacts-back-to-org = → جميع جهات اتصال { $org }

contacts-verified = شكرًا لك: تم تأكيد صحة بيانات { $name } اليوم.
contacts-delete-unconfirmed = حدِّد المربع لتأكيد حذف جهة الاتصال هذه.
contacts-deleted = تم حذف { $name } من دليل الاتصال.
contacts-absence-start-missing = أدخل اليوم الأول.
contacts-absence-end-missing = أدخل اليوم الأخير.
contacts-absence-reversed = لا يمكن أن تسبق نهاية الغياب بدايته.
contacts-absence-over = انتهت فترة الغياب هذه بالفعل.
contacts-absence-added = تم تسجيل { $name } غائبًا من { $from } إلى { $to }.
contacts-absence-removed = تم حذف غياب { $name }.

## The form to add or edit a contact

contacts-new-title = إضافة جهة اتصال
contacts-edit-title = تعديل { $name }
contacts-conflict-heading = حفظ شخص آخر جهة الاتصال هذه قبلك
contacts-conflict-text = لم تُحفَظ تغييراتك. هذه هي البيانات المحفوظة حاليًا (النسخة { $version }):
contacts-conflict-resubmit = لا يزال النموذج أدناه يحتفظ بما كتبته. أرسله مرة أخرى لاستبدال البيانات المحفوظة.
contacts-conflict-discard = تجاهل تغييراتك
contacts-form-has-errors = بعض الحقول تحتاج إلى مراجعة؛ تجد الرسائل بجانبها.
contacts-organisation-fixed = الجهة:
contacts-choose = اختر…
contacts-position-optional = المنصب (اختياري)
contacts-phones-legend = أرقام الهاتف، بدءًا بالرقم الذي يُتصَل به أولًا
contacts-phone-number-label = رقم الهاتف { $number }
contacts-phones-help = مع رمز الدولة، مثل +66 2 123 4567؛ الرقم الذي لا يتضمنه يُعَدّ رقمًا تايلانديًا.
contacts-email-optional = البريد الإلكتروني (اختياري)
contacts-messaging-optional = تطبيق المراسلة (اختياري)
contacts-languages-spoken = اللغات المحكية
contacts-languages-help = رموز اللغات أو أسماؤها بالإنجليزية، مفصولة بفواصل (,) أو مسافات: th, en, Portuguese.
contacts-call-order-help = 1 = يُتصَل به أولًا؛ ثم الرقم التالي إن لم يُجب.
contacts-time-zone = المنطقة الزمنية لجهة الاتصال
contacts-time-zone-help = الساعات أدناه وفترات الغياب محسوبة وفق هذه المنطقة الزمنية.
contacts-availability-legend = متى يمكن الاتصال به
contacts-availability-always = على مدار الساعة (خط يُرَدّ عليه دائمًا)
contacts-availability-hours = ساعات أسبوعية (أدناه)
contacts-hours-label = الساعات الأسبوعية
contacts-hours-caption = الساعات الأسبوعية: اترك اليوم فارغًا إذا تعذَّر الاتصال به فيه؛ وإذا كانت النهاية قبل البداية فالفترة تمتد إلى ما بعد منتصف الليل.
contacts-hours-day = اليوم
contacts-hours-from = من
contacts-hours-to = إلى
contacts-hours-from-label = { $day } من
contacts-hours-to-label = { $day } إلى
contacts-save-changes = حفظ التغييرات
contacts-create = إضافة جهة الاتصال
contacts-cancel = إلغاء

contacts-organisation-unknown = اختر جهة من القائمة.
contacts-name-missing = أدخل اسم جهة الاتصال.
contacts-phone-numbered = الرقم { $number }: { $message }
contacts-phone-missing = أدخل رقم هاتف واحدًا على الأقل للاتصال به.
contacts-phone-too-many = أدخل خمسة أرقام هاتف على الأكثر.
contacts-call-order-invalid = أدخل رقمًا من 1 (يُتصَل به أولًا) إلى 99.
contacts-availability-unknown = اختر «على مدار الساعة» أو الساعات الأسبوعية.
contacts-hours-missing = أدخل ساعات يوم واحد على الأقل، أو اختر «على مدار الساعة».
contacts-hours-both-times = أدخل الوقتين كليهما ليوم { $day } بصيغة HH:MM، أو اترك كليهما فارغين.
contacts-hours-end-equals-start = يجب أن تختلف النهاية عن البداية. للخط الذي يُرَدّ عليه دائمًا، اختر «على مدار الساعة».
contacts-added = تمت إضافة { $name }.
contacts-saved = تم حفظ { $name }.

## Who to call now (/contacts/on-duty)

contacts-on-duty-intro = لكل جهة: جهة الاتصال المناوبة؛ وإلا فالخطوط التي يُرَدّ عليها على مدار الساعة؛ وإلا فأول جهة اتصال تشمل ساعاتُها الوقتَ الحالي.
contacts-on-duty-narrow = حصر العرض في جهة واحدة
contacts-on-duty-every-org = كل الجهات
contacts-on-duty-show = عرض
contacts-on-duty-show-all = عرض كل الجهات
contacts-on-duty-no-such-org = لا توجد جهة نشطة بهذا الرمز.
contacts-on-duty-unreachable = { $count ->
    [zero] لا توجد جهة تخلو من شخص متاح حاليًا.
    [one] جهة واحدة ليس لديها أي شخص متاح حاليًا.
    [two] جهتان ليس لديهما أي شخص متاح حاليًا.
    [few] { $count } جهات ليس لديها أي شخص متاح حاليًا.
    [many] { $count } جهة ليس لديها أي شخص متاح حاليًا.
   *[other] { $count } جهة ليس لديها أي شخص متاح حاليًا.
}
contacts-on-duty-local-time = التوقيت المحلي: { $time }
contacts-on-duty-on-call-until = مناوب حتى { $time }
contacts-on-duty-call-first = يُتصَل به أولًا
contacts-on-duty-within-hours = ضمن ساعات عمله ({ $hours })
contacts-on-duty-nobody = لا يوجد أحد متاح الآن.
contacts-on-duty-no-contacts = لا توجد لدى هذه الجهة جهات اتصال بعد.
contacts-on-duty-none-reachable = { $count ->
    [one] جهة الاتصال الوحيدة لديها ليست مناوبة، ولا يُرَدّ عليها على مدار الساعة، وليست ضمن ساعات عملها الآن.
    [two] لا توجد بين جهتي الاتصال لديها جهة مناوبة، أو يُرَدّ عليها على مدار الساعة، أو ضمن ساعات عملها الآن.
    [few] لا توجد بين جهات الاتصال لديها ({ $count }) جهة مناوبة، أو يُرَدّ عليها على مدار الساعة، أو ضمن ساعات عملها الآن.
    [many] لا توجد بين جهات الاتصال لديها ({ $count }) جهة مناوبة، أو يُرَدّ عليها على مدار الساعة، أو ضمن ساعات عملها الآن.
   *[other] لا توجد بين جهات الاتصال لديها ({ $count }) جهة مناوبة، أو يُرَدّ عليها على مدار الساعة، أو ضمن ساعات عملها الآن.
}
contacts-on-duty-see-contacts = { $count ->
    [1] عرض جهة الاتصال
   *[other] عرض جميع جهات الاتصال لديها
}

## An organisation's duty rota (/orgs/…/duty)

contacts-rota-title = جدول مناوبات { $org }
contacts-rota-times = الأوقات وفق المنطقة الزمنية { $zone }؛ الساعة الآن { $time }.
contacts-shifts-heading = المناوبات الحالية والقادمة
contacts-shifts-none = لا توجد مناوبات مجدولة.
contacts-shifts-label = المناوبات
contacts-shift-on-call = المناوب
contacts-shift-until = حتى
contacts-shift-actions = الإجراءات
contacts-shift-now = الآن
contacts-shift-remove-label = حذف مناوبة { $name }
contacts-shift-schedule-heading = جدولة مناوبة
contacts-rota-add-contact-first = أضف جهة اتصال أولًا.
contacts-shift-schedule = جدولة
contacts-back-to-on-duty = → بمن تتصل الآن

contacts-shift-contact-unknown = اختر المناوب من القائمة.
contacts-shift-start-invalid = أدخل البداية بصيغة تاريخ ووقت، مثل 2026-12-24T20:00.
contacts-shift-end-invalid = أدخل النهاية بصيغة تاريخ ووقت، مثل 2026-12-24T20:00.
contacts-shift-time-skipped = الوقت { $date }، { $time } غير موجود في المنطقة الزمنية { $zone }، إذ تتغيَّر الساعة حينها. اختر وقتًا آخر.
contacts-shift-reversed = يجب أن تنتهي المناوبة بعد بدايتها.
contacts-shift-over = انتهت هذه المناوبة بالفعل.
contacts-shift-added = { $name } مناوب من { $from } إلى { $until }.
contacts-shift-removed = تم حذف مناوبة { $name }.

## The languages contacts speak (what the directory shows for their codes)

spoken-am = الأمهرية
spoken-ar = العربية
spoken-bn = البنغالية
spoken-de = الألمانية
spoken-en = الإنجليزية
spoken-es = الإسبانية
spoken-fa = الفارسية
spoken-fr = الفرنسية
spoken-ha = الهوسا
spoken-he = العبرية
spoken-hi = الهندية
spoken-id = الإندونيسية
spoken-it = الإيطالية
spoken-ja = اليابانية
spoken-kk = الكازاخية
spoken-km = الخميرية
spoken-ko = الكورية
spoken-lo = اللاوية
spoken-ms = الملايوية
spoken-my = البورمية
spoken-ne = النيبالية
spoken-nl = الهولندية
spoken-pl = البولندية
spoken-pt = البرتغالية
spoken-ru = الروسية
spoken-si = السنهالية
spoken-sw = السواحيلية
spoken-ta = التاميلية
spoken-th = التايلاندية
spoken-tl = الفلبينية
spoken-tr = التركية
spoken-uk = الأوكرانية
spoken-ur = الأردية
spoken-uz = الأوزبكية
spoken-vi = الفيتنامية
spoken-yo = اليوروبا
spoken-zh = الصينية
spoken-unknown = لغة غير معروفة
