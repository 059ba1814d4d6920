## Border referrals: a traveller stopped at a checkpoint is referred to their embassy.

## The inbox (/referrals)
referral-new = تقديم إحالة
referral-board-title = لوحة التصعيد
referral-stats-title = إحصاءات الإحالات
referral-counts-label = الإحالات حسب الحالة
referral-own-unit = تُعرض الإحالات المفتوحة التي قدّمتها وحدتك.
referral-see-all = عرض جميع الإحالات المفتوحة
referral-filters = تصفية الإحالات
referral-filter-open = مفتوحة (بانتظار تأكيد الاستلام أو النتيجة)
referral-filter-any-status = جميع الحالات
referral-filter-any-checkpoint = جميع المنافذ
referral-filter-reference = الرقم المرجعي
referral-filter-submit = عرض
referral-filter-not-a-reference = ابحث بالرقم المرجعي، مثل BR-2026-0001. لا يُبحث عن المسافرين بأسمائهم.
referral-count = { $count ->
    [one] إحالة واحدة
    [two] إحالتان
    [few] { $count } إحالات
    [many] { $count } إحالة
   *[other] { $count } إحالة
}
referral-count-more = أكثر من { $count } إحالة
referral-none-match = لا توجد إحالات مطابقة.
referral-col-reference = الرقم المرجعي
referral-col-nationality = الجنسية
referral-col-checkpoint = المنفذ
referral-col-status = الحالة
referral-col-deadline = المهلة أو النتيجة
referral-col-filed = تاريخ التقديم
referral-time-left = { $minutes ->
    [one] بقيت دقيقة واحدة
    [two] بقيت دقيقتان
    [few] بقيت { $minutes } دقائق
    [many] بقيت { $minutes } دقيقة
   *[other] بقيت { $minutes } دقيقة
}
referral-time-overdue = { $minutes ->
    [one] متأخرة منذ دقيقة واحدة
    [two] متأخرة منذ دقيقتين
    [few] متأخرة منذ { $minutes } دقائق
    [many] متأخرة منذ { $minutes } دقيقة
   *[other] متأخرة منذ { $minutes } دقيقة
}
referral-acknowledged-by = تأكيد الاستلام من { $name }
referral-escalated-badge = مُصعَّدة
referral-no-embassy = لا توجد سفارة على البوابة
referral-no-embassy-help = يتولّاها المنسقون: يتواصل قسم الشؤون الخارجية مع الدولة عبر القنوات الدبلوماسية.

## Statuses and values
referral-status-awaiting = بانتظار تأكيد الاستلام
referral-status-acknowledged = تم تأكيد الاستلام
referral-status-closed = مغلقة
referral-mode-land = برًّا
referral-mode-air = جوًّا
referral-itinerary-clear = واضح
referral-itinerary-unclear = غير واضح
referral-itinerary-none = لا يوجد
referral-disposition-held = مُستبقى لإجراء مقابلة
referral-disposition-continued = واصل رحلته
referral-risk-job-offer-online = تلقّى عرض عمل عبر الإنترنت
referral-risk-travel-paid-by-other = تكاليف السفر مدفوعة من شخص آخر
referral-risk-one-way = تذكرة ذهاب فقط
referral-risk-no-accommodation = لا يوجد حجز للإقامة
referral-risk-with-handler = برفقة وسيط يوجّهه
referral-risk-documents-held = جواز السفر أو الهاتف بحوزة شخص آخر
referral-risk-high-risk-destination = الوجهة في منطقة عالية الخطورة
referral-risk-inconsistent-answers = إجابات متناقضة
referral-outcome-continues-with-advice = تم التحدث إلى المواطن: يواصل رحلته بعد تلقّي النصح
referral-outcome-turned-back = تم التحدث إلى المواطن: يعود أدراجه
referral-outcome-asks-for-help = تم التحدث إلى المواطن: يطلب المساعدة
referral-outcome-unreachable = تعذّر التواصل مع المواطن
referral-channel-phone = الهاتف
referral-channel-line = LINE
referral-channel-whatsapp = WhatsApp
referral-call-answered = تم الرد
referral-call-no-answer = لم يُرَدّ
referral-call-wrong-number = رقم خاطئ
referral-call-message-left = تُركت رسالة

## The form (/referrals/new, /referrals/{id}/edit)
referral-new-intro = يُطلب من سفارة المسافر تأكيد الاستلام خلال { $held ->
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $held } دقائق
    [many] { $held } دقيقة
   *[other] { $held } دقيقة
} إذا كان المسافر مُستبقى لإجراء مقابلة، وخلال { $continued ->
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $continued } دقائق
    [many] { $continued } دقيقة
   *[other] { $continued } دقيقة
} إذا كان قد واصل رحلته. وتعرض الصفحة التالية بمن تتصل الآن.
referral-edit-title = تصحيح الإحالة { $reference }
referral-traveller-heading = المسافر
referral-journey-heading = الرحلة وتقييمك
referral-choose = اختر…
referral-nationality-other = جنسية أخرى (لا سفارة لها على البوابة)
referral-nationality-other-code = رمز الدولة المكوَّن من حرفين
referral-nationality-other-help = لجنسية أخرى فقط، مثل VN لفييت نام.
referral-full-name = الاسم الكامل
referral-passport-number = رقم جواز السفر
referral-date-of-birth = تاريخ الميلاد
referral-sex = الجنس
referral-phone = رقم الهاتف، إن قُدِّم
referral-checkpoint = المنفذ
referral-checkpoint-other = آخر
referral-travel-mode = طريقة السفر
referral-purpose = الغرض المُعلَن
referral-destination = الوجهة المُعلَنة
referral-itinerary = خط سير الرحلة حسب التقييم
referral-risks = مؤشرات الخطر
referral-risks-none = لم يُرصد أي مؤشر
referral-disposition = وضع المسافر
referral-file = تقديم الإحالة
referral-save = حفظ التصحيحات
referral-form-has-errors = بعض الحقول تحتاج إلى مراجعة، ويبيّن كلٌّ منها ما يجب تغييره.
referral-conflict-heading = حفظ شخص آخر هذه الإحالة قبلك
referral-conflict-text = أصبحت الإحالة الآن في النسخة { $version }. بياناتها الحالية أدناه.
referral-conflict-kept = ما كتبته باقٍ في النموذج؛ احفظه مرة أخرى ليحلّ محلّها، أو
referral-conflict-discard = عُد إلى الإحالة دون حفظ.
referral-field-nationality-unknown = اختر جنسية المسافر، أو اكتب رمزها المكوَّن من حرفين.
referral-field-full-name-missing = أدخل الاسم الكامل للمسافر.
referral-field-date-future = هذا التاريخ في المستقبل.
referral-field-checkpoint-unknown = اختر منفذًا من القائمة.
referral-field-mode-unknown = اختر: برًّا أو جوًّا.
referral-field-itinerary-unknown = حدِّد مدى وضوح خط سير الرحلة.
referral-field-risk-unknown = لم يُتعرَّف على أحد مؤشرات الخطر؛ حدِّد الخانات مرة أخرى.
referral-field-disposition-unknown = حدِّد ما إذا كان المسافر مُستبقى أو واصل رحلته.
referral-field-status-unknown = حالة غير معروفة.
referral-field-outcome-unknown = اختر النتيجة.
referral-field-channel-unknown = اختر: الهاتف أو LINE أو WhatsApp.
referral-field-call-result-unknown = اختر نتيجة الاتصال.
referral-field-estimate-unknown = اختر الوقت الذي تتوقع أن تكون قد تحدثت فيه إلى المسافر.
referral-filed = قُدِّمت الإحالة { $reference }. اتصل بالسفارة الآن.
referral-saved = حُفظت الإحالة { $reference }.

## One referral (/referrals/{id})
referral-edit = تصحيح البيانات
referral-changed-meanwhile = غيّر شخص آخر هذه الإحالة بينما كنت تتخذ قرارك؛ وهذه حالتها الآن. لم يُحفَظ شيء مما أرسلته.
referral-deadline-in = { $minutes ->
    [one] يُنتظر تأكيد الاستلام خلال دقيقة واحدة (الموعد: { $time }).
    [two] يُنتظر تأكيد الاستلام خلال دقيقتين (الموعد: { $time }).
    [few] يُنتظر تأكيد الاستلام خلال { $minutes } دقائق (الموعد: { $time }).
    [many] يُنتظر تأكيد الاستلام خلال { $minutes } دقيقة (الموعد: { $time }).
   *[other] يُنتظر تأكيد الاستلام خلال { $minutes } دقيقة (الموعد: { $time }).
}
referral-deadline-passed = { $minutes ->
    [one] تأخّر تأكيد الاستلام دقيقة واحدة (كان الموعد: { $time }).
    [two] تأخّر تأكيد الاستلام دقيقتين (كان الموعد: { $time }).
    [few] تأخّر تأكيد الاستلام { $minutes } دقائق (كان الموعد: { $time }).
    [many] تأخّر تأكيد الاستلام { $minutes } دقيقة (كان الموعد: { $time }).
   *[other] تأخّر تأكيد الاستلام { $minutes } دقيقة (كان الموعد: { $time }).
}
referral-acknowledged-line = تم تأكيد الاستلام من { $name } في { $time }.
referral-estimate-line = تتوقع السفارة أن تكون قد تحدثت إلى المسافر بحلول { $time }.
referral-closed-by-coordinators = أغلقها المنسقون.
referral-call-now = اتصل الآن بسفارة { $country }
referral-call-on-shift = مناوب حتى { $time }
referral-call-around-the-clock = متاح على مدار الساعة
referral-call-within-hours = ضمن ساعات العمل الآن
referral-call-nobody = لا يوجد الآن أحد مناوب أو ضمن ساعات العمل. اتصل بجهات الاتصال أدناه بهذا الترتيب.
referral-call-then = ثم حسب ترتيب الاتصال ({ $count })
referral-call-log = تسجيل محاولة اتصال
referral-call-contact = بمن اتصلت
referral-call-other-number = رقم آخر (اذكره في الملاحظة)
referral-call-channel = الوسيلة
referral-call-result = النتيجة
referral-call-note = ملاحظة (اختيارية)
referral-call-log-submit = تسجيل المحاولة
referral-call-contact-unknown = اختر إحدى جهات اتصال السفارة، أو رقمًا آخر.
referral-call-logged = سُجِّلت محاولة الاتصال في الإحالة { $reference }.
referral-answer-heading = ردّك
referral-estimate = تتوقع أن تكون قد تحدثت إلى المسافر
referral-estimate-within = { $minutes ->
    [one] خلال دقيقة واحدة
    [two] خلال دقيقتين
    [few] خلال { $minutes } دقائق
    [many] خلال { $minutes } دقيقة
   *[other] خلال { $minutes } دقيقة
}
referral-acknowledge = تأكيد الاستلام
referral-acknowledged = تم تأكيد استلام الإحالة { $reference }.
referral-acknowledged-already = تم تأكيد استلام هذه الإحالة من قبل.
referral-acknowledge-first = أكِّد استلام الإحالة قبل تسجيل نتيجتها.
referral-outcome = النتيجة
referral-outcome-submit = تسجيل النتيجة
referral-outcome-recorded = سُجِّلت نتيجة الإحالة { $reference }.
referral-closed-already = هذه الإحالة مغلقة.
referral-facts-heading = البيانات
referral-not-given = لم يُذكر
referral-redacted = محجوب: بيانات شخصية
referral-filed-by = التقديم
referral-filed-line = من { $org } في { $time }
referral-deadline-policy = { $minutes ->
    [one] المهلة: دقيقة واحدة
    [two] المهلة: دقيقتان
    [few] المهلة: { $minutes } دقائق
    [many] المهلة: { $minutes } دقيقة
   *[other] المهلة: { $minutes } دقيقة
}
referral-rescue-request = طلب الإنقاذ
referral-rescue-request-open = فُتح انطلاقًا من هذه الإحالة
referral-matches-heading = تطابقات رقم جواز السفر
referral-match-earlier = أُحيل سابقًا في { $date } ({ $reference })
referral-match-rescue = يطابق طلب الإنقاذ { $reference }
referral-close-heading = الإغلاق دون نتيجة من السفارة
referral-close-reason = السبب (مثلًا: تم التواصل عبر القنوات الدبلوماسية)
referral-close-submit = إغلاق الإحالة
referral-close-reason-missing = اذكر سبب إغلاق الإحالة.
referral-closed = أُغلقت الإحالة { $reference }.
referral-timeline-heading = السجل الزمني
referral-timeline-system = البوابة
referral-timeline-filed = قدّم الإحالة
referral-timeline-call = اتصال عبر { $channel } مع { $contact }: { $result }
referral-timeline-call-other = اتصال عبر { $channel } على رقم آخر: { $result }
referral-timeline-acknowledged = أكّد استلام الإحالة
referral-timeline-outcome = سجّل النتيجة: { $outcome }
referral-timeline-flagged = انقضت المهلة: أُعيد التنبيه إلى { $contacts } من جهات الاتصال و{ $members } من الأعضاء
referral-timeline-flagged-on-duty = انقضت المهلة: أُعيد التنبيه إلى { $on_duty } (المناوب)، و{ $contacts } من جهات الاتصال، و{ $members } من الأعضاء
referral-timeline-flagged-no-embassy = انقضت المهلة: لا توجد على البوابة سفارة لهذه الجنسية، فيتولى المنسقون الأمر
referral-timeline-escalated = انقضى ضعف المهلة: أُدرجت الإحالة في لوحة التصعيد لدى المنسقين
referral-timeline-estimate-passed = انقضى الموعد الذي توقعته السفارة دون نتيجة: أُعيد التنبيه
referral-timeline-closed = أغلق الإحالة
referral-timeline-edited = صحّح البيانات
referral-timeline-rescue-request = فتح طلب الإنقاذ { $reference }

## The escalation board (/referrals/escalated)
referral-board-intro = الإحالات التي لم تردّ عليها السفارات، ليتابعها قسم الشؤون الخارجية عبر القنوات الدبلوماسية.
referral-board-escalated = لم يُؤكَّد استلامها حتى انقضاء ضعف المهلة
referral-board-estimate-passed = أُكِّد استلامها، لكن الموعد المتوقع انقضى دون نتيجة
referral-board-no-embassy = لا توجد سفارة على البوابة
referral-board-none = لا يوجد.
referral-board-capped = { $count ->
    [one] تُعرض الإحالة الأولى فقط.
    [two] تُعرض الإحالتان الأوليان فقط.
    [few] تُعرض أول { $count } إحالات فقط.
    [many] تُعرض أول { $count } إحالة فقط.
   *[other] تُعرض أول { $count } إحالة فقط.
}

## The figures (/referrals/stats)
referral-stats-intro = { $weeks ->
    [one] الأسبوع الأخير، أسبوعًا بأسبوع، يبدأ كل أسبوع يوم الاثنين (بتوقيت بانكوك).
    [two] الأسبوعان الأخيران، أسبوعًا بأسبوع، يبدأ كل أسبوع يوم الاثنين (بتوقيت بانكوك).
    [few] آخر { $weeks } أسابيع، أسبوعًا بأسبوع، يبدأ كل أسبوع يوم الاثنين (بتوقيت بانكوك).
    [many] آخر { $weeks } أسبوعًا، أسبوعًا بأسبوع، يبدأ كل أسبوع يوم الاثنين (بتوقيت بانكوك).
   *[other] آخر { $weeks } أسبوع، أسبوعًا بأسبوع، يبدأ كل أسبوع يوم الاثنين (بتوقيت بانكوك).
}
referral-stats-intro-country = { $weeks ->
    [one] الأسبوع الأخير، لرعايا { $country }، أسبوعًا بأسبوع، يبدأ كل أسبوع يوم الاثنين (بتوقيت بانكوك).
    [two] الأسبوعان الأخيران، لرعايا { $country }، أسبوعًا بأسبوع، يبدأ كل أسبوع يوم الاثنين (بتوقيت بانكوك).
    [few] آخر { $weeks } أسابيع، لرعايا { $country }، أسبوعًا بأسبوع، يبدأ كل أسبوع يوم الاثنين (بتوقيت بانكوك).
    [many] آخر { $weeks } أسبوعًا، لرعايا { $country }، أسبوعًا بأسبوع، يبدأ كل أسبوع يوم الاثنين (بتوقيت بانكوك).
   *[other] آخر { $weeks } أسبوع، لرعايا { $country }، أسبوعًا بأسبوع، يبدأ كل أسبوع يوم الاثنين (بتوقيت بانكوك).
}
referral-stats-as-of = حُسبت في { $time }؛ لا يزيد عمر الأرقام على { $seconds } ثانية.
referral-stats-total = الإحالات
referral-stats-median = وسيط مدة تأكيد الاستلام
referral-stats-p90 = المئين التسعون لمدة تأكيد الاستلام
referral-stats-acknowledged = أُكِّد استلامها
referral-stats-minutes = { $minutes ->
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
referral-stats-none = لا توجد بيانات بعد
referral-stats-chart = { $weeks ->
    [one] الإحالات في الأسبوع الأخير، حسب توقيت تأكيد استلامها
    [two] الإحالات أسبوعيًا خلال الأسبوعين الأخيرين، حسب توقيت تأكيد استلامها
    [few] الإحالات أسبوعيًا خلال آخر { $weeks } أسابيع، حسب توقيت تأكيد استلامها
    [many] الإحالات أسبوعيًا خلال آخر { $weeks } أسبوعًا، حسب توقيت تأكيد استلامها
   *[other] الإحالات أسبوعيًا خلال آخر { $weeks } أسبوع، حسب توقيت تأكيد استلامها
}
referral-stats-bar = { $count ->
    [zero] أسبوع { $week }: لا توجد إحالات
    [one] أسبوع { $week }: إحالة واحدة
    [two] أسبوع { $week }: إحالتان
    [few] أسبوع { $week }: { $count } إحالات
    [many] أسبوع { $week }: { $count } إحالة
   *[other] أسبوع { $week }: { $count } إحالة
}
referral-stats-key-in-time = أُكِّد الاستلام في الموعد
referral-stats-key-late = أُكِّد الاستلام متأخرًا
referral-stats-key-unanswered = لم يُؤكَّد الاستلام
referral-stats-by-checkpoint = حسب المنفذ
referral-stats-by-nationality = حسب الجنسية
referral-stats-by-embassy = تأكيد الاستلام ضمن المهلة، حسب السفارة
referral-stats-outcomes = النتائج
referral-stats-filed = الإحالات
referral-stats-share = النسبة في الموعد
referral-stats-percent = { $share }٪
referral-stats-sum = المجموع
referral-stats-no-outcome = لا نتيجة بعد

## Administration (/admin/referral-policy)
referral-policy-heading = مهل تأكيد الاستلام
referral-policy-intro = المدة المتاحة للسفارة لتأكيد استلام الإحالة. إذا لم يُؤكَّد الاستلام عند انقضاء المهلة، يُعاد تنبيه السفارة؛ وعند انقضاء ضعف المهلة، تُدرج الإحالة في لوحة التصعيد لدى المنسقين. وتحتفظ الإحالات المقدَّمة من قبل بمهلتها.
referral-policy-held = المسافر مُستبقى لإجراء مقابلة (بالدقائق)
referral-policy-continued = المسافر واصل رحلته (بالدقائق)
referral-policy-save = حفظ المهل
referral-policy-saved = حُفظت المهل.
referral-policy-minutes-invalid = أدخل عددًا صحيحًا من الدقائق، من 5 إلى { $max }.
referral-policy-conflict = غيّر شخص آخر المهل قبلك، وأصبحت الآن (بالدقائق): { $held } و{ $continued }. قيمك باقية أدناه؛ احفظ مرة أخرى لتحلّ محلّها.
referral-checkpoints-heading = المنافذ
referral-checkpoints-intro = المنافذ التي يمكن للضابط اختيارها. لا تُعرض المنافذ الموقوفة بعد ذلك، أما الإحالات التي تذكرها فتبقى محتفظة بها. ويبقى خيار «آخر» متاحًا دائمًا.
referral-checkpoint-state = الوضع
referral-checkpoint-change = تغيير
referral-checkpoint-offered-state = متاح
referral-checkpoint-retired-state = موقوف
referral-checkpoint-retire = إيقاف
referral-checkpoint-offer = إعادة الإتاحة
referral-checkpoint-retire-label = إيقاف: { $name }
referral-checkpoint-offer-label = إعادة الإتاحة: { $name }
referral-checkpoint-new = منفذ جديد
referral-checkpoint-add = إضافة المنفذ
referral-checkpoint-name-missing = أدخل اسم المنفذ.
referral-checkpoint-name-taken = هذا المنفذ موجود في القائمة بالفعل.
referral-checkpoint-added = أُضيف المنفذ { $name }.
referral-checkpoint-offered = أصبح المنفذ متاحًا من جديد.
referral-checkpoint-retired = أُوقف المنفذ.
