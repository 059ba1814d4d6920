# Meetings: the agenda, attendance, minutes, decisions and calendars.

meetings-new = اجتماع جديد
meetings-create = إنشاء الاجتماع
meetings-save = حفظ الاجتماع
meetings-cancel = إلغاء
meetings-edit = تعديل الاجتماع
meetings-edit-title = تعديل «{ $title }»
meetings-created = أُنشئ الاجتماع «{ $title }».
meetings-saved = حُفظ الاجتماع «{ $title }».
meetings-form-has-errors = بعض الحقول تحتاج إلى مراجعة، وما أدخلته باقٍ في النموذج.
meetings-conflict-heading = غيّر شخص آخر هذا الاجتماع قبلك
meetings-conflict-text = حفظ شخص آخر الاجتماع أثناء تعديلك له (وأصبح الآن في النسخة { $version }). وهذه بياناته الحالية:
meetings-conflict-kept = لا تزال تغييراتك في النموذج أدناه؛ وحفظها يحلّ محلّ النسخة المعروضة أعلاه.
meetings-conflict-discard = تجاهُل تغييراتك وعرض الاجتماع بحالته الحالية.

meetings-when-label = الاجتماعات المعروضة
meetings-upcoming = الاجتماعات المقبلة
meetings-past = الاجتماعات السابقة
meetings-count = { $count ->
    [one] اجتماع واحد
    [two] اجتماعان
    [few] { $count } اجتماعات
    [many] { $count } اجتماعًا
   *[other] { $count } اجتماع
}
meetings-count-more = أكثر من { $count } اجتماع
meetings-none-upcoming = لا توجد اجتماعات مقرَّرة.
meetings-none-past = لا توجد اجتماعات سابقة.
meetings-col-when = الموعد
meetings-col-title = العنوان
meetings-col-place = المكان
meetings-col-participants = المشاركون
meetings-col-minutes = المحضر
meetings-yours = بمشاركة جهتك
meetings-online = عبر الإنترنت
meetings-place-none = غير محدَّد
meetings-participant-count = { $count ->
    [one] جهة واحدة
    [two] جهتان
    [few] { $count } جهات
    [many] { $count } جهةً
   *[other] { $count } جهة
}

meetings-starts = البداية
meetings-ends = النهاية
meetings-ended = انتهى
meetings-time-zone = المنطقة الزمنية لهذه الأوقات
meetings-time-zone-help = تُدخَل الأوقات وفق هذه المنطقة الزمنية، ويراها كل مستخدم وفق منطقته الزمنية.
meetings-video-url = رابط الاتصال المرئي
meetings-chair = رئيس الاجتماع
meetings-chair-help = اسم من يرأس الاجتماع ومنصبه.
meetings-chair-none = لم يُحدَّد
meetings-participants-legend = الجهات المشاركة
meetings-title-missing = أدخل عنوان الاجتماع.
meetings-starts-missing = أدخل موعد بدء الاجتماع.
meetings-ends-missing = أدخل موعد انتهاء الاجتماع.
meetings-time-format = أدخل تاريخًا ووقتًا بصيغة 2026-12-15 10:00.
meetings-time-skipped = هذا الوقت غير موجود في هذه المنطقة الزمنية (بسبب تغيير التوقيت في ذلك الحين).
meetings-ends-before-start = يجب أن ينتهي الاجتماع بعد موعد بدئه.
meetings-too-long = لا تزيد مدة الاجتماع على سبعة أيام.
meetings-video-url-invalid = أدخل عنوانًا إلكترونيًا يبدأ بـ https://.
meetings-participants-missing = اختر جهة مشاركة واحدة على الأقل.
meetings-participants-unknown = { $count ->
    [one] الرمز { $codes } لا يعود إلى أي جهة مفعَّلة.
    [two] الرمزان { $codes } لا يعودان إلى أي جهة مفعَّلة.
    [few] الرموز { $codes } لا تعود إلى أي جهة مفعَّلة.
    [many] الرموز { $codes } لا تعود إلى أي جهة مفعَّلة.
   *[other] الرموز { $codes } لا تعود إلى أي جهة مفعَّلة.
}

meetings-agenda = جدول الأعمال
meetings-agenda-help = سطر واحد لكل بند، بترتيب تناوله في الاجتماع. اترك السطر فارغًا لحذف البند؛ ولإضافة أسطر أخرى، احفظ ثم عُد إلى التعديل.
meetings-agenda-row-title = البند { $row }
meetings-agenda-presenter = الجهة المقدِّمة
meetings-agenda-presenter-none = لا جهة بعينها
meetings-agenda-minutes = المدة المقرَّرة (بالدقائق)
meetings-agenda-notes = ملاحظات
meetings-agenda-row-wrong = البند { $row } من جدول الأعمال: { $problem }
meetings-agenda-title-missing = أدخل عنوانه.
meetings-agenda-minutes-invalid = يجب أن تكون المدة المقرَّرة عددًا من الدقائق بين 1 و600.
meetings-agenda-presenter-not-participant = الجهة { $code } لا تشارك في الاجتماع.
meetings-agenda-too-long = لا يزيد عدد بنود جدول الأعمال على { $max }.
meetings-agenda-empty = لا يوجد جدول أعمال بعد.
meetings-agenda-presented-by = المقدِّم: { $org }
meetings-agenda-planned = { $minutes ->
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}

meetings-local-time = وفق المنطقة الزمنية للاجتماع
meetings-local-time-value = { $time } ({ $zone })
meetings-open-minutes = المحضر والقرارات
meetings-add-to-calendar = إضافة إلى تقويمي (.ics)
meetings-record-attendance = تسجيل الحضور
meetings-back-to-meeting = العودة إلى الاجتماع
meetings-back-to-minutes = العودة إلى المحضر

meetings-participants-heading = المشاركون والحضور
meetings-present-summary = الجهات الحاضرة: { $orgs } من أصل { $total }، ويمثّلها { $people ->
    [one] شخص واحد
    [two] شخصان
    [few] { $people } أشخاص
    [many] { $people } شخصًا
   *[other] { $people } شخص
}.
meetings-attendance-not-recorded = لم يُسجَّل الحضور بعد.
meetings-col-organisation = الجهة
meetings-col-attendance = الحضور
meetings-col-people = الحاضرون
meetings-attendance-unrecorded = لم يُسجَّل
meetings-attendance-present = حاضر
meetings-attendance-absent = غائب
meetings-attendance-excused = معتذر
meetings-attendance-unknown = اختر: حاضر أو غائب أو معتذر.
meetings-attendance-title = الحضور: { $title }
meetings-attendance-help = حدِّد لكل جهة ما إذا كانت قد حضرت، ومن حضر عنها: اختر حساباتها، أو اكتب الأسماء.
meetings-attendance-accounts = حسابات { $org }
meetings-attendance-people = حاضرون آخرون
meetings-attendance-people-help = شخص واحد في كل سطر، بصيغة «الاسم، المنصب».
meetings-attendance-save = حفظ الحضور
meetings-attendance-saved = حُفظ الحضور.
meetings-attendance-conflict = سجّل شخص آخر الحضور أثناء عملك؛ وما أدخلته لا يزال في النموذج، وحفظه يحلّ محلّ ما سجّله.
meetings-attendance-absent-with-people = الجهة { $org } مسجَّلة بوصفها «غائب» أو «معتذر»، لكن أُدرج لها حاضرون.
meetings-attendee-wrong = { $org }: { $problem }
meetings-attendee-name-missing = يجب أن يتضمن كل سطر اسمًا قبل الفاصلة.
meetings-attendees-too-many = { $org }: لا يزيد عدد الحاضرين على { $max }.
meetings-attendee-account-unknown = أحد الحسابات المحدَّدة لا ينتمي إلى جهة مشاركة.

meetings-carried-over = إجراءات مرحَّلة من اجتماعات سابقة
meetings-carried-over-help = الإجراءات المطلوبة التي لا تزال مفتوحة من قرارات اجتماعات سابقة مع الجهات نفسها.
meetings-carried-over-none = لا توجد إجراءات مرحَّلة من اجتماعات سابقة.
meetings-carried-over-more = { $count ->
    [zero] لا يُعرض أي إجراء مطلوب، وتظهر البقية تباعًا.
    [one] يُعرض إجراء مطلوب واحد هو الأقرب تاريخَ استحقاق، وتظهر البقية بعد إنجازه.
    [two] يُعرض إجراءان مطلوبان هما الأقرب تاريخَ استحقاق، وتظهر البقية بعد إنجازهما.
    [few] تُعرض { $count } إجراءات مطلوبة هي الأقرب تاريخَ استحقاق، وتظهر البقية تباعًا مع إنجاز هذه الإجراءات.
    [many] يُعرض { $count } إجراءً مطلوبًا هي الأقرب تاريخَ استحقاق، وتظهر البقية تباعًا مع إنجاز هذه الإجراءات.
   *[other] يُعرض { $count } إجراء مطلوب، وهي الأقرب تاريخَ استحقاق، وتظهر البقية تباعًا مع إنجاز هذه الإجراءات.
}
meetings-col-item = الإجراء المطلوب
meetings-col-owed-by = الجهات المكلفة
meetings-col-due = تاريخ الاستحقاق
meetings-col-status = الحالة
meetings-col-decision = القرار
meetings-decision-of = القرار { $number } من اجتماع «{ $meeting }»
meetings-overdue = متأخر

meetings-minutes-title = المحضر: { $title }
meetings-minutes = المحضر
meetings-minutes-state-draft = مسودة
meetings-minutes-state-circulated = معمَّم لإبداء التعليقات
meetings-minutes-state-approved = معتمد
meetings-minutes-state-unknown = اختر حالة للمحضر.
meetings-minutes-empty = لم يُكتب شيء بعد.
meetings-minutes-edit = تعديل المحضر
meetings-minutes-help = صيغة Markdown: **خط عريض**، قوائم تبدأ بـ «-»، روابط. تُحذف الصور والبرامج النصية.
meetings-minutes-save = حفظ المحضر
meetings-minutes-saved = حُفظ المحضر.
meetings-minutes-circulate = تعميم المحضر لإبداء التعليقات
meetings-minutes-circulated = عُمِّم المحضر: يمكن للمشاركين الآن إضافة تعليقاتهم بجانبه.
meetings-minutes-approve = اعتماد المحضر
meetings-minutes-approve-help = بعد اعتماد المحضر، يُقفل هو وقراراته؛ وتُضاف التصحيحات في صورة ملاحق.
meetings-minutes-approved = اعتُمد المحضر وأُقفل.
meetings-minutes-locked = هذا المحضر معتمد ومُقفل؛ ولم يُغيَّر شيء. يُضاف التصحيح في صورة ملحق.
meetings-minutes-stale = غيّر شخص آخر المحضر أثناء عملك؛ ولم يُحفظ شيء. وما كتبته باقٍ في المحرر أسفل النص الحالي.
meetings-draft-help = مسودة، لا يزال المنسقون يكتبونها؛ وتُعمَّم على المشاركين لإبداء تعليقاتهم قبل اعتمادها.
meetings-circulated-help = معمَّم لإبداء التعليقات: يمكن للمشاركين التعليق أدناه قبل أن يعتمده أحد المنسقين.
meetings-approved-by = اعتمده { $name } في { $time }.
meetings-approved-at = اعتُمد في { $time }.
meetings-approved-locked = المحضر مُقفل.
meetings-print = طباعة سجل الاجتماع

meetings-decisions = القرارات
meetings-decisions-none = لم تُسجَّل أي قرارات.
meetings-decision-number = القرار { $number }
meetings-decision-new = تسجيل قرار
meetings-decision-help = بالصيغة المتفق عليها، في جملة أو جملتين (Markdown).
meetings-decision-record = تسجيل القرار
meetings-decision-recorded = سُجِّل القرار { $number }.
meetings-decision-missing = أدخل نص القرار.
meetings-decision-make-item = إنشاء إجراء مطلوب من هذا القرار
meetings-decision-reword = إعادة صياغة القرار
meetings-decision-save = حفظ الصياغة
meetings-decision-reworded = أُعيدت صياغة القرار { $number }.
meetings-progress = أُنجز { $done } من أصل { $total }
meetings-progress-overdue = أُنجز { $done } من أصل { $total }، والمتأخر منها { $overdue }
meetings-progress-none = لا توجد إجراءات مطلوبة بعد.

meetings-comments = التعليقات
meetings-comments-none = لا توجد تعليقات.
meetings-comment-label = تعليقك على المحضر
meetings-comment-add = إضافة التعليق
meetings-comment-added = أُضيف التعليق.
meetings-comment-missing = اكتب تعليقك.
meetings-comments-closed = لا تُقبل التعليقات إلا أثناء تعميم المحضر؛ ولم يُضَف شيء.
meetings-comments-after-circulation = يمكن للمشاركين التعليق بعد تعميم المحضر.
meetings-comments-closed-approved = اعتُمد المحضر، وأُغلق باب التعليقات.

meetings-addenda = الملاحق
meetings-addenda-none = لا توجد ملاحق.
meetings-addendum-label = إضافة ملحق
meetings-addendum-help = تصحيح للمحضر المعتمد، يُؤرَّخ ويُذيَّل باسمك.
meetings-addendum-add = إضافة الملحق
meetings-addendum-added = أُضيف الملحق.
meetings-addendum-missing = اكتب نص الملحق.
meetings-addendum-before-approval = الملاحق تصحّح المحاضر المعتمدة؛ وهذا المحضر لم يُعتمد بعد، فعدِّله مباشرة.
meetings-addendum-signed = ملحق من { $name } ({ $org })، { $time }

meetings-print-help = استخدم أمر الطباعة في متصفحك؛ يتسع سجل الاجتماع لصفحات بحجم A4.
meetings-print-chair = برئاسة { $chair }
meetings-print-printed = طُبع في { $date }.

meetings-ics-local-times = { $starts } – { $ends } ({ $zone })
meetings-ics-chair = رئيس الاجتماع: { $chair }
meetings-ics-video = رابط الاتصال المرئي: { $url }
meetings-feed-name = اجتماعات Liaison
meetings-feed-heading = اشتراك التقويم
meetings-feed-help = عنوان خاص يمكن لتطبيق التقويم لديك الاشتراك فيه، ويضم كل اجتماع يحق لك الاطلاع عليه. ويستطيع أي شخص لديه هذا العنوان قراءة اجتماعاتك، فلا تُطلع عليه أحدًا.
meetings-feed-new = عنوان اشتراك التقويم الجديد الخاص بك
meetings-feed-url = عنوان الاشتراك
meetings-feed-shown-once = انسخه الآن: فلن يُعرض إلا هذه المرة. وإنشاء عنوان جديد يُبطل هذا العنوان.
meetings-feed-made-at = لديك عنوان اشتراك أُنشئ في { $time }.
meetings-feed-none = ليس لديك عنوان اشتراك.
meetings-feed-make = إنشاء عنوان اشتراك
meetings-feed-replace = إنشاء عنوان جديد (يُبطل العنوان القديم)
meetings-feed-revoke = إلغاء العنوان
meetings-feed-revoked = لم يعد عنوان اشتراك التقويم الخاص بك صالحًا.

meetings-dashboard-next = الاجتماع المقبل:
meetings-dashboard-none = لا يوجد اجتماع مقرَّر.
meetings-dashboard-overdue-heading = قرارات لها إجراءات مطلوبة متأخرة
meetings-dashboard-overdue-count = { $count ->
    [one] إجراء متأخر واحد
    [two] إجراءان متأخران
    [few] { $count } إجراءات متأخرة
    [many] { $count } إجراءً متأخرًا
   *[other] { $count } إجراء متأخر
}
