# Rescue requests: the list, one request, the filing form, the workflow, operations, the areas.

## Names of statuses, urgencies and sexes
rescue-status-submitted = مقدَّم
rescue-status-under-review = قيد المراجعة
rescue-status-located = تم تحديد المكان
rescue-status-rescue-in-progress = الإنقاذ قيد التنفيذ
rescue-status-rescued = تم الإنقاذ
rescue-status-repatriated = تمت الإعادة إلى الوطن
rescue-status-closed = مغلق
rescue-status-unable-to-locate = تعذّر تحديد المكان
rescue-status-withdrawn = مسحوب
rescue-urgency-life-at-risk = خطر على الحياة
rescue-urgency-urgent = عاجل
rescue-urgency-routine = عادي
rescue-sex-female = أنثى
rescue-sex-male = ذكر
rescue-sex-unspecified = غير مذكور

## The list (/rescue-requests)
rescue-new = تقديم طلب إنقاذ
rescue-counts-label = الطلبات حسب الحالة
# A count that stopped at a cap: there are more than $count.
rescue-count-capped = { $count }+
rescue-count-more = أكثر من { $count } طلب
rescue-count = { $count ->
    [one] { $count } طلب
    [two] { $count } طلبان
    [few] { $count } طلبات
    [many] { $count } طلبًا
   *[other] { $count } طلب
}
rescue-filters = عوامل التصفية
rescue-filter-open = قيد المعالجة (لم تنتهِ بعد)
rescue-filter-any-status = جميع الحالات
rescue-filter-any-urgency = جميع درجات الاستعجال
rescue-filter-any-area = جميع المناطق
rescue-filter-any-country = جميع الجنسيات
rescue-filter-reference = الرقم المرجعي
rescue-filter-submit = تصفية
rescue-filter-not-a-reference = هذا ليس رقمًا مرجعيًا مثل RR-2026-0001. للبحث عن رقم جواز سفر، استخدم البحث برقم جواز السفر.
rescue-passport-search = البحث برقم جواز السفر
rescue-passport-search-help = الرقم كاملًا كما هو. يُرسَل مع النموذج، ولا يظهر أبدًا في عنوان الصفحة.
rescue-passport-search-submit = بحث
rescue-passport-results = الطلبات التي تحمل رقم جواز السفر هذا، في جميع الحالات.
rescue-passport-results-back = العودة إلى القائمة
rescue-download-csv = تنزيل بصيغة CSV (دون بيانات شخصية)
rescue-none-match = لا توجد طلبات إنقاذ تطابق عوامل التصفية هذه.
rescue-col-reference = الرقم المرجعي
rescue-col-person = الشخص
rescue-col-nationality = الجنسية
rescue-col-urgency = درجة الاستعجال
rescue-col-status = الحالة
rescue-col-area = المنطقة
rescue-col-unit = الوحدة التايلاندية
rescue-col-filed = تاريخ التقديم
rescue-unassigned = لم تُكلَّف وحدة

## One request
rescue-conflict-heading = تغيّر هذا الطلب بينما كنت تتخذ قرارك
# $status is the request's status now.
rescue-conflict-text = لم تُنفَّذ الخطوة التي اخترتها: الطلب الآن في حالة «{ $status }». اطّلع على السجل الزمني أدناه، ثم اختر من جديد.
rescue-possible-duplicate = تكرار محتمل مع:
rescue-last-contact = آخر اتصال
rescue-not-known = غير معروف
rescue-none-given = لم يُذكر
rescue-operation = عملية الإنقاذ
rescue-no-operation = دون عملية إنقاذ
rescue-last-changed = آخر تعديل
rescue-person-heading = بيانات الشخص
rescue-full-name = الاسم الكامل
rescue-other-names = أسماء أخرى أو أسماء مستعارة
rescue-sex = الجنس
rescue-age = تاريخ الميلاد أو العمر
# $age is a number of years.
rescue-approximate-age = { $age ->
    [one] نحو { $age } سنة
    [two] نحو { $age } سنتين
    [few] نحو { $age } سنوات
    [many] نحو { $age } سنة
   *[other] نحو { $age } سنة
}
rescue-passport = رقم جواز السفر
rescue-phones = أرقام الهاتف
rescue-handles = حسابات تطبيقات المراسلة
rescue-family-contact = الاتصال بالأسرة
rescue-situation-heading = الوضع
rescue-last-known-location = آخر مكان معروف
rescue-compound = المجمّع أو الشبكة
rescue-recruitment = طريقة التجنيد
rescue-circumstances = الملابسات
rescue-edit = تحديث البيانات
rescue-redacted = لا تُعرض البيانات الشخصية للمراقبين.
rescue-steps-heading = الخطوات التالية
# A button: $status is where the step takes the request.
rescue-step-to = نقل إلى «{ $status }»
rescue-step-place = أين عُثر على الشخص؟
rescue-step-reason = السبب
rescue-step-outcome = النتيجة
rescue-step-reopen-reason = لماذا يُعاد فتح الطلب؟
rescue-step-place-missing = اذكر المكان الذي عُثر فيه على الشخص.
rescue-step-reason-missing = اذكر السبب، فهو يُدوَّن في السجل الزمني.
# $from and $to are statuses.
rescue-step-not-allowed = لا يمكن نقل طلب في حالة «{ $from }» إلى حالة «{ $to }».
rescue-step-taken = أصبح الطلب { $reference } في حالة «{ $status }».
rescue-assign-heading = التكليف
rescue-officer = الضابط
rescue-no-officer = لم يُحدَّد ضابط
rescue-officer-help = يظهر هنا ضباط الوحدة المحفوظة؛ لاختيار ضابط من وحدة أخرى، احفظ الوحدة الجديدة أولًا.
rescue-assign-submit = حفظ التكليف
rescue-assign-unit-unknown = اختر وحدة تايلاندية من القائمة.
rescue-assign-officer-unknown = اختر ضابطًا من الوحدة المختارة.
rescue-assigned = حُفظ تكليف الطلب { $reference }.
rescue-operation-submit = حفظ عملية الإنقاذ
rescue-operation-unknown = اختر عملية من القائمة.
rescue-operation-set = حُفظت عملية الإنقاذ الخاصة بالطلب { $reference }.
rescue-timeline = السجل الزمني
# Each timeline entry starts with the person's name and organisation, followed by one of these.
rescue-timeline-filed = قدّم الطلب
rescue-timeline-moved = نقله إلى حالة
rescue-timeline-noted = أضاف ملاحظة
rescue-timeline-edited = حدّث البيانات:
rescue-timeline-assigned = حدّد التكليف
rescue-timeline-operation = غيّر عملية الإنقاذ
rescue-note-heading = إضافة ملاحظة
rescue-note-label = الملاحظة
rescue-note-submit = إضافة الملاحظة
rescue-note-missing = اكتب الملاحظة أولًا.
rescue-note-added = أُضيفت الملاحظة إلى الطلب { $reference }.
rescue-viewings-heading = من اطّلع على هذه الحالة
rescue-viewings-none = لم يفتح أحد البيانات الشخصية بعد.
rescue-viewings-count = { $count ->
    [one] مرة واحدة
    [two] مرتان
    [few] { $count } مرات
    [many] { $count } مرة
   *[other] { $count } مرة
}
rescue-viewings-last = آخرها
rescue-back-to-list = → جميع طلبات الإنقاذ

## The form
rescue-new-intro = تُشفَّر جميع البيانات المتعلقة بالشخص قبل تخزينها. ولا يطّلع عليها إلا دولتك ومنسقو الشرطة التايلاندية، ويُسجَّل كل اطلاع عليها.
rescue-edit-title = تحديث الطلب { $reference }
rescue-edit-conflict-heading = حفظ شخص آخر هذا الطلب قبلك
rescue-edit-conflict-text = لم تُحفَظ تغييراتك: الطلب الآن في النسخة { $version }. بياناته كما هي محفوظة الآن:
rescue-edit-conflict-kept = ما كتبته باقٍ أدناه؛ وإذا حفظت مرة أخرى فسيحلّ محلّ البيانات المحفوظة.
rescue-edit-conflict-discard = تجاهل تغييراتك
rescue-form-has-errors = بعض الحقول تحتاج إلى مراجعة، وهي مميَّزة أدناه.
rescue-choose = اختر…
rescue-other-names-help = الألقاب، والأسماء المستخدمة داخل المجمّع، والتهجئات الأخرى للاسم.
rescue-date-of-birth = تاريخ الميلاد
rescue-age-help = أدخل تاريخ الميلاد، أو العمر التقريبي إذا كانت الأسرة لا تعرف تاريخ الميلاد.
rescue-approximate-age-label = العمر التقريبي
rescue-phones-help = رقم واحد في كل سطر، مع رمز الدولة، مثل +95 9 123 456 789.
rescue-handles-help = LINE وWhatsApp وTelegram وFacebook وما شابهها، مع الاسم الظاهر فيها.
rescue-family-contact-help = من أبلغ عن الحالة، وكيف يمكن التواصل معه.
rescue-save = حفظ
rescue-file = تقديم الطلب
rescue-filed = قُدِّم طلب الإنقاذ { $reference }.
rescue-saved = حُفظ الطلب { $reference }.
rescue-field-nationality-unknown = اختر جنسية الشخص من القائمة.
rescue-field-full-name-missing = أدخل الاسم الكامل للشخص.
rescue-field-sex-unknown = اختر أحد الخيارات.
rescue-field-date-future = هذا التاريخ في المستقبل.
rescue-field-age-missing = أدخل تاريخ الميلاد أو العمر التقريبي.
rescue-field-age-invalid = أدخل العمر بالسنوات، من 1 إلى 120.
rescue-field-passport-invalid = يتكوّن رقم جواز السفر من 5 إلى 20 حرفًا أو رقمًا.
# $phone is what was typed, $reason why it is not a number.
rescue-field-phone-invalid = { $phone }: { $reason }
rescue-field-phones-too-many = { $max ->
    [one] أدخل رقمًا واحدًا على الأكثر.
    [two] أدخل رقمين على الأكثر.
    [few] أدخل { $max } أرقام على الأكثر.
    [many] أدخل { $max } رقمًا على الأكثر.
   *[other] أدخل { $max } رقم على الأكثر.
}
rescue-field-location-missing = صِف آخر مكان معروف، ولو على وجه التقريب.
rescue-field-area-unknown = اختر منطقة من القائمة.
rescue-field-urgency-unknown = حدِّد درجة الاستعجال.
rescue-field-status-unknown = اختر حالة من القائمة.

## Operations (/rescue-operations)
rescue-operations-title = عمليات الإنقاذ
rescue-operations-intro = تجمع العملية الواحدة طلبات مداهمة واحدة، أيًّا كانت جنسيات الأشخاص. ولا ترى كل دولة فيها إلا رعاياها.
rescue-operations-none = لا توجد عمليات بعد.
rescue-operation-new = عملية جديدة
rescue-operation-name = الاسم
rescue-operation-planned-on = الموعد المقرَّر
rescue-operation-notes = ملاحظات
rescue-operation-notes-help = المكان والزمان، وصفًا بالكلمات. لا تذكر أسماء، فهي مدوَّنة في الطلبات.
rescue-operation-create = إنشاء العملية
rescue-operation-name-missing = أدخل اسمًا للعملية.
rescue-operation-created = أُنشئت العملية { $name }.
rescue-operation-planned = مقرَّرة في { $date }
rescue-operation-not-planned = لم يُحدَّد موعد
rescue-operation-requests = الطلبات المدرجة في هذه العملية
rescue-operation-empty = لا يوجد في هذه العملية أي طلب من الطلبات التي يمكنك الاطلاع عليها.
rescue-operations-back = → جميع العمليات

## The areas (/admin/rescue-areas)
rescue-areas-intro = المناطق التي يمكن ذكرها في الطلب. لا تُعرض المناطق الموقوفة عند تقديم طلب جديد، أما الطلبات التي تذكرها فتبقى محتفظة بها. وتبقى منطقة «أخرى» متاحة دائمًا.
rescue-area-state = الوضع
rescue-area-other = أخرى
rescue-area-change = تغيير
rescue-area-offered-state = متاحة
rescue-area-retired-state = موقوفة
rescue-area-retire = إيقاف
rescue-area-offer = إعادة الإتاحة
rescue-area-retire-label = إيقاف: { $name }
rescue-area-offer-label = إعادة الإتاحة: { $name }
rescue-area-new = منطقة جديدة
rescue-area-add = إضافة المنطقة
rescue-area-name-missing = أدخل اسم المنطقة.
rescue-area-name-taken = هذه المنطقة موجودة في القائمة بالفعل.
rescue-area-added = أُضيفت المنطقة { $name }.
rescue-area-offered = أصبحت المنطقة متاحة من جديد.
rescue-area-retired = أُوقفت المنطقة، ولم تعد تُعرض عند تقديم الطلبات.
