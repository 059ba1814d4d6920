## Notifications: the list, the navigation's count, the preferences on the account page,
## following an action item, the emails, the morning digest, and the administrators' page of
## undelivered emails.

notifications-title = الإشعارات
notifications-help = ما يخصّك ويخصّ جهتك، الأحدث أولًا. يصلك كل إشعار بالبريد الإلكتروني أيضًا ما لم تختر غير ذلك.
notifications-preferences-link = اختيار ما يصلك بالبريد الإلكتروني
notifications-none = لا توجد إشعارات بعد. ستُبلَّغ هنا عندما يُسنَد إليك إجراء مطلوب، أو تصل إحالة حدودية أو طلب إنقاذ يخص دولتك، أو يُعمَّم محضر.
notifications-unread = جديد
notifications-open = فتح
notifications-mark-read = وضع علامة «مقروء»
notifications-mark-all-read = وضع علامة «مقروء» على الكل
notifications-link = الانتقال إلى القيد دون وضع علامة «مقروء» على الإشعار
notifications-all-read =
    { $count ->
        [0] لم يكن هناك أي إشعار غير مقروء.
        [one] وُضعت علامة «مقروء» على إشعار واحد.
        [two] وُضعت علامة «مقروء» على إشعارين.
        [few] وُضعت علامة «مقروء» على { $count } إشعارات.
        [many] وُضعت علامة «مقروء» على { $count } إشعارًا.
       *[other] وُضعت علامة «مقروء» على { $count } إشعار.
    }
notifications-unreadable = إشعار لا يستطيع هذا الإصدار من Liaison قراءته.

## The kinds, as the list and the preferences name them.
notifications-kind-unknown = نوع آخر من الإشعارات
notifications-kind-item-assigned = إسناد إجراء مطلوب إلى جهتي أو إليّ
notifications-kind-item-status = تغيّر حالة إجراء مطلوب أتابعه
notifications-kind-item-comment = تعليق أحدهم على إجراء مطلوب أتابعه
notifications-kind-referral-filed = تقديم إحالة حدودية تخص دولتي
notifications-kind-referral-escalated = عدم تأكيد استلام إحالة حدودية في الوقت المحدد (التصعيد)
notifications-kind-referral-acknowledged = تأكيد سفارة استلام إحالة حدودية قدّمتُها
notifications-kind-rescue-filed = تقديم طلب إنقاذ يخص دولتي
notifications-kind-rescue-moved = تغيّر حالة طلب إنقاذ يخص دولتي
notifications-kind-minutes-circulated = تعميم محضر اجتماع تشارك فيه جهتي لإبداء التعليقات
notifications-kind-minutes-approved = اعتماد محضر اجتماع تشارك فيه جهتي
notifications-kind-digest = كل صباح في الساعة 08:00: إجراءات جهتي المتأخرة أو التي تستحق خلال يومين

## What happened. Only references and codes: never a person's details.
notifications-item-assigned = أسندت الجهة { $by } الإجراء { $reference } إلى { $org }.
notifications-item-assigned-to-you = أسندت الجهة { $by } إليك الإجراء { $reference }.
notifications-item-status = حالة الإجراء { $reference } الآن: { $status } ({ $by }).
notifications-item-comment = علّقت الجهة { $by } على الإجراء { $reference }.
notifications-referral-filed = قدّمت الجهة { $by } الإحالة الحدودية { $reference } الخاصة بدولتك. يُرجى تأكيد استلامها.
notifications-referral-acknowledged = أكّدت الجهة { $by } استلام الإحالة الحدودية { $reference }.
notifications-referral-flagged = لم يُؤكَّد استلام الإحالة الحدودية { $reference } قبل انقضاء مهلتها. يُرجى تأكيد استلامها الآن.
notifications-referral-escalated = لا يزال استلام الإحالة الحدودية { $reference } غير مؤكَّد بعد انقضاء ضعف مهلتها: وقد أُدرجت في لوحة التصعيد لدى المنسقين.
notifications-referral-estimate-passed = انقضى الموعد الذي توقعته السفارة للإحالة الحدودية { $reference } دون نتيجة.
notifications-rescue-filed = قدّمت الجهة { $by } طلب الإنقاذ { $reference } الخاص بدولتك.
notifications-rescue-moved = أصبح طلب الإنقاذ { $reference } في حالة «{ $status }» ({ $by }).
notifications-minutes-circulated = عُمِّم محضر اجتماع «{ $meeting }» لإبداء التعليقات.
notifications-minutes-approved = اعتُمد محضر اجتماع «{ $meeting }».
notifications-digest =
    { $org }: { $overdue ->
        [zero] لا يوجد إجراء متأخر
        [one] إجراء واحد متأخر
        [two] إجراءان متأخران
        [few] { $overdue } إجراءات متأخرة
        [many] { $overdue } إجراءً متأخرًا
       *[other] { $overdue } إجراء متأخر
    }، { $soon ->
        [zero] ولا يوجد إجراء يستحق خلال يومين
        [one] وإجراء واحد يستحق خلال يومين
        [two] وإجراءان يستحقان خلال يومين
        [few] و{ $soon } إجراءات تستحق خلال يومين
        [many] و{ $soon } إجراءً يستحق خلال يومين
       *[other] و{ $soon } إجراء يستحق خلال يومين
    }.
notifications-digest-line-overdue = { $reference }: متأخر منذ { $date } ({ $status })
notifications-digest-line-due = { $reference }: يستحق في { $date } ({ $status })
notifications-digest-more =
    { $count ->
        [one] …وإجراء واحد آخر.
        [two] …وإجراءان آخران.
        [few] …و{ $count } إجراءات أخرى.
        [many] …و{ $count } إجراءً آخر.
       *[other] …و{ $count } إجراء آخر.
    }

## Emails.
notifications-email-subject = Liaison: { $what }
notifications-email-open = افتحه في Liaison:
notifications-email-footer-account = تصلك هذه الرسالة بناءً على إعدادات الإشعارات الخاصة بك في Liaison. لاختيار ما يصلك بالبريد الإلكتروني:
notifications-email-footer-duty = تصلك هذه الرسالة بصفتك جهة اتصال تابعة للجهة { $org } في دليل الاتصال على مدار الساعة في Liaison.

## Preferences, on the account page.
notifications-preferences-heading = الإشعارات
notifications-preferences-legend = بالبريد الإلكتروني أيضًا (تصلك الإشعارات دائمًا في البوابة)
notifications-preferences-escalations = تصلك إشعارات تصعيد الإحالات الحدودية بالبريد الإلكتروني أيضًا في جميع الأحوال: فهناك من ينتظر عند الحدود.
notifications-preferences-save = حفظ إعدادات الإشعارات
notifications-preferences-saved = حُفظت إعدادات الإشعارات الخاصة بك.

## Following an action item.
notifications-follow = متابعة
notifications-unfollow = إلغاء المتابعة
notifications-follow-help = تابِع هذا الإجراء لتصلك إشعارات بالتعليقات عليه وبتغيّرات حالته.
notifications-following-help = تصلك إشعارات بالتعليقات على هذا الإجراء وبتغيّرات حالته.
notifications-following = أنت تتابع الإجراء { $reference }.
notifications-not-following = لم تعد تتابع الإجراء { $reference }.

## Administrators: emails that did not go.
notifications-admin-title = رسائل البريد الإلكتروني غير المُسلَّمة
notifications-admin-help = رسائل تعذّر إرسالها بعد آخر محاولة، أو لم تُرسَل قط لعدم إعداد خادم SMTP. أعد محاولة إرسال الرسالة بعد معالجة السبب.
notifications-admin-waiting =
    { $count ->
        [0] لا توجد رسالة بانتظار الإرسال.
        [one] رسالة واحدة بانتظار المحاولة التالية.
        [two] رسالتان بانتظار المحاولة التالية.
        [few] { $count } رسائل بانتظار المحاولة التالية.
        [many] { $count } رسالةً بانتظار المحاولة التالية.
       *[other] { $count } رسالة بانتظار المحاولة التالية.
    }
notifications-admin-none = أُرسلت جميع الرسائل.
notifications-admin-col-queued = في قائمة الانتظار منذ
notifications-admin-col-recipient = إلى
notifications-admin-col-subject = الموضوع
notifications-admin-col-reason = سبب عدم الإرسال
notifications-admin-col-actions = العمليات
notifications-admin-never-sent = لم تُرسَل: لم يُعَدّ أي خادم SMTP.
notifications-admin-failed =
    { $count ->
        [one] تعذّر الإرسال بعد محاولة واحدة:
        [two] تعذّر الإرسال بعد محاولتين:
        [few] تعذّر الإرسال بعد { $count } محاولات:
        [many] تعذّر الإرسال بعد { $count } محاولةً:
       *[other] تعذّر الإرسال بعد { $count } محاولة:
    }
notifications-admin-retry = إعادة المحاولة
notifications-admin-retried = سيُعاد إرسال الرسالة إلى { $recipient }.

## The escalation board.
notifications-board-undelivered = رسائل تصعيد تعذّر تسليمها بالبريد الإلكتروني
notifications-board-undelivered-help = لم تصل رسائل البريد الإلكتروني إلى جهات الاتصال أدناه. اتصل بها هاتفيًا.
notifications-board-undelivered-to = إلى { $recipient }
notifications-board-undelivered-admin = عرض رسائل البريد الإلكتروني غير المُسلَّمة
