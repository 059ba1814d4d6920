# Action items: the lists, one item, the form, the workload boxes.

items-col-reference = الرقم المرجعي
items-col-title = العنوان
items-col-owed-by = الجهات المكلفة
items-col-due = تاريخ الاستحقاق
items-col-priority = الأولوية
items-col-status = الحالة
items-restricted-badge = مقيَّد
items-overdue-label = متأخر
items-workload-open = { $count ->
    [one] { $count } إجراء مفتوح
    [two] { $count } إجراءان مفتوحان
    [few] { $count } إجراءات مفتوحة
    [many] { $count } إجراءً مفتوحًا
   *[other] { $count } إجراء مفتوح
}
items-workload-overdue = { $count ->
    [one] { $count } إجراء متأخر
    [two] { $count } إجراءان متأخران
    [few] { $count } إجراءات متأخرة
    [many] { $count } إجراءً متأخرًا
   *[other] { $count } إجراء متأخر
}
items-workload-none-overdue = لا يوجد إجراء متأخر
items-workload-nothing-owed = لا شيء مطلوب حاليًا.
items-workload-all-open = جميع الإجراءات المفتوحة المسندة إلى { $org }
items-workload-the-overdue = المتأخرة منها
items-owed-by-org = الإجراءات المطلوبة من { $org }

# The list
items-new = إجراء مطلوب جديد
items-filters = عوامل التصفية
items-filter-not-closed = غير مغلق (مفتوح، قيد التنفيذ، متوقف)
items-filter-any-status = جميع الحالات
items-filter-any-org = جميع الجهات
items-filter-any-priority = جميع الأولويات
items-filter-due-by = يستحق في موعد أقصاه
items-filter-text = يحتوي العنوان أو الوصف على
items-filter-sort = الترتيب حسب
items-sort-due = تاريخ الاستحقاق، الأقرب أولًا
items-sort-priority = الأولوية، الأكثر إلحاحًا أولًا
items-sort-newest = الأحدث أولًا
items-filter-overdue = الإجراءات المتأخرة فقط
items-filter-submit = تصفية
# How many items match the filters.
items-count = { $count ->
    [one] { $count } إجراء مطلوب
    [two] { $count } إجراءان مطلوبان
    [few] { $count } إجراءات مطلوبة
    [many] { $count } إجراءً مطلوبًا
   *[other] { $count } إجراء مطلوب
}
# A large list is counted only up to a cap: there are more than $count items.
items-count-more = أكثر من { $count } إجراء مطلوب
items-download-csv = تنزيل هذه القائمة بصيغة CSV
items-none-match = لا توجد إجراءات مطلوبة تطابق عوامل التصفية هذه.

# One item
items-priority-line = { $priority ->
    [low] أولوية منخفضة
    [normal] أولوية عادية
    [high] أولوية مرتفعة
   *[urgent] أولوية عاجلة
}
# $date is the due date.
items-due-on = يستحق في { $date }
items-person = الشخص المسؤول
items-nobody-named = لم يُحدَّد أحد
items-visibility = نطاق الاطلاع
items-last-changed = آخر تعديل
items-no-description = لا يوجد وصف.
items-edit-or-reassign = تعديل أو إعادة تكليف
items-status-heading = تغيير الحالة
items-status-new = الحالة الجديدة
items-status-comment = تعليق (اختياري)
items-status-submit = تغيير الحالة
items-status-conflict-heading = عدّل شخص آخر هذا الإجراء قبلك
items-status-conflict-not-saved = لم يُحفظ تغيير الحالة الذي أجريته.
# $status is the item's status now (shown in bold), $version its version number.
items-status-conflict-now = حالة الإجراء الآن: { $status } (النسخة { $version })؛ ويبيّن السجل الزمني أدناه ما جرى.
items-status-conflict-kept = احتُفظ بتعليقك واختيارك في النموذج: أعد الإرسال إن كانا لا يزالان صالحين.
items-timeline = السجل الزمني
# Each timeline entry starts with the person's name and organisation, followed by one of these.
items-timeline-created = أنشأ الإجراء
# $from and $to are status names; $to is shown in bold.
items-timeline-moved = غيّر حالته من { $from } إلى { $to }
items-timeline-edited = عدّله
items-timeline-commented = علّق عليه
# Under "edited it", one line per change.
items-change-title = العنوان: من «{ $from }» إلى «{ $to }»
items-change-description = عُدِّل الوصف
items-change-assignees = الجهات المكلفة: من { $from } إلى { $to }
items-change-person = الشخص المسؤول: من { $from } إلى { $to }
# Stands for $from or $to of items-change-person when no person was named.
items-change-nobody = لا أحد
items-change-due-date = تاريخ الاستحقاق: من { $from } إلى { $to }
items-change-priority = الأولوية: من { $from } إلى { $to }
items-change-visibility = نطاق الاطلاع: من { $from } إلى { $to }
items-change-nothing = حُفظ دون تغييرات
items-comment-heading = إضافة تعليق
items-comment-label = التعليق
# Keep the Markdown syntax (**bold**) as it is: it shows how to write bold.
items-markdown-help = صيغة Markdown: **خط عريض**، قوائم، روابط.
items-comment-submit = إضافة التعليق
items-back-to-list = → جميع الإجراءات المطلوبة

# A status inside a sentence (items-status-changed, items-status-not-allowed).
items-status-word-open = مفتوح
items-status-word-in-progress = قيد التنفيذ
items-status-word-blocked = متوقف
items-status-word-done = منجز
items-status-word-cancelled = ملغى
# $reference is the item's reference (AI-0042); $status one of the items-status-word-* above.
items-status-changed = حالة الإجراء { $reference } الآن: { $status }.
items-status-not-allowed = لا يمكن نقل إجراء حالته «{ $from }» إلى الحالة «{ $to }».
items-comment-missing = اكتب تعليقًا.
items-comment-added = أُضيف التعليق إلى { $reference }.

# The form
# $reference is the item's reference (AI-0042).
items-edit-title = تعديل { $reference }
items-edit-conflict-heading = حفظ شخص آخر هذا الإجراء قبلك
# $version is the item's version number.
items-edit-conflict-text = لم تُحفظ تعديلاتك. هذه هي القيم المحفوظة حاليًا (النسخة { $version }):
items-edit-conflict-kept = لا يزال النموذج أدناه يحتوي على ما أدخلته. أرسله مرة أخرى لاستبدال القيم المحفوظة.
# A link back to the item, leaving the form.
items-edit-conflict-discard = تجاهُل تعديلاتك
items-description = الوصف
items-form-has-errors = بعض الحقول تحتاج إلى تصحيح، والرسائل معروضة بجانبها.
items-description-help = صيغة Markdown: **خط عريض**، قوائم، روابط. يظهر الوصف لكل من يمكنه الاطلاع على الإجراء.
# Before the organisations that owe the item, when the user cannot choose them.
items-owed-by-fixed = الجهات المكلفة:
items-assignees-legend = الجهات المكلفة (جهة واحدة أو أكثر)
items-person-label = الشخص المسؤول (اختياري)
items-person-nobody = لم يُحدَّد أحد
items-person-help = يجب أن ينتمي إلى إحدى الجهات المكلفة بالإجراء.
items-due-date = تاريخ الاستحقاق
items-save = حفظ التغييرات
items-create = إنشاء الإجراء المطلوب
items-cancel = إلغاء
items-created = أُنشئ الإجراء المطلوب { $reference }.
items-saved = حُفظ الإجراء المطلوب { $reference }.

# Beside the form's fields
items-title-missing = أدخل عنوانًا.
items-due-date-missing = أدخل تاريخ الاستحقاق.
items-due-date-past = اختر تاريخ استحقاق اعتبارًا من اليوم فصاعدًا.
items-assignees-missing = اختر جهة واحدة على الأقل.
# $codes lists the organisation codes typed (BRA, NOPE), $count how many there are.
items-assignees-unknown = { $count ->
    [one] لا يمكن تكليف الجهة { $codes } بأي عمل: اختر من القائمة سفارات أو وحدات شرطة مفعّلة.
    [two] لا يمكن تكليف الجهتين { $codes } بأي عمل: اختر من القائمة سفارات أو وحدات شرطة مفعّلة.
    [few] لا يمكن تكليف الجهات { $codes } بأي عمل: اختر من القائمة سفارات أو وحدات شرطة مفعّلة.
    [many] لا يمكن تكليف الجهات { $codes } بأي عمل: اختر من القائمة سفارات أو وحدات شرطة مفعّلة.
   *[other] لا يمكن تكليف الجهات { $codes } بأي عمل: اختر من القائمة سفارات أو وحدات شرطة مفعّلة.
}
items-person-not-assignable = اختر شخصًا ينتمي إلى إحدى الجهات المكلفة، أو «لم يُحدَّد أحد».

# An item made from a meeting's decision.
items-from-decision = القرار { $number } من اجتماع «{ $meeting }»
items-from-decision-link = الاطلاع عليه في المحضر
items-from-decision-description = يُنفِّذ القرار { $number } الصادر عن اجتماع «{ $meeting }».
items-decision = القرار المنفَّذ
