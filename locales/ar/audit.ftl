# The audit log page (/audit), for coordinators, observers and administrators.

audit-title = سجل التدقيق
audit-intro = جميع التغييرات التي تجري في Liaison، الأحدث أولًا. لا يمكن تعديل القيود أو حذفها إطلاقًا.
audit-filters = عوامل التصفية
audit-actor = المنفِّذ (البريد الإلكتروني)
audit-organisation = الجهة
audit-action = العملية
# The first option of a filter: no filtering.
audit-all = الكل
audit-from = من (تاريخ)
audit-to = إلى (تاريخ، ضمنًا)
audit-filter = تصفية
audit-clear-filters = مسح عوامل التصفية
audit-table-label = أحداث التدقيق
audit-when = الوقت
audit-who = المنفِّذ
audit-what = الحدث
# The column with the IP address the change came from.
audit-ip = المصدر
# The actor of an event with no signed-in person (a failed sign-in, the command line).
audit-system = النظام
audit-empty = لا توجد قيود تطابق عوامل التصفية هذه.

# Problems with the filters
audit-from-invalid = يجب أن يكون تاريخ البداية بصيغة 2026-11-28.
audit-to-invalid = يجب أن يكون تاريخ النهاية بصيغة 2026-11-28.
audit-org-unknown = اختر جهة من القائمة.
audit-action-unknown = اختر عملية من القائمة.

# The kinds of event, in the action filter and the table
audit-action-sign-in = تسجيل الدخول
audit-action-sign-in-failed = تعذّر تسجيل الدخول
audit-action-second-factor-failed = رفض رمز عامل المصادقة الثاني
audit-action-recovery-code-used = استخدام رمز استرداد
audit-action-second-factor-enrolled = إعداد عامل المصادقة الثاني
audit-action-recovery-codes-issued = إصدار رموز استرداد
audit-action-second-factor-reset = إعادة تعيين عامل المصادقة الثاني
audit-action-sign-out = تسجيل الخروج
audit-action-password-changed = تغيير كلمة المرور
audit-action-password-change-failed = تعذّر تغيير كلمة المرور
audit-action-session-revoked = إنهاء جلسة
audit-action-time-zone-changed = تغيير المنطقة الزمنية
audit-action-language-changed = تغيير اللغة
audit-action-organisation-created = إنشاء جهة
audit-action-organisation-updated = تعديل بيانات جهة
audit-action-organisation-deactivated = تعطيل جهة
audit-action-organisation-activated = تفعيل جهة
audit-action-user-created = إنشاء حساب
audit-action-user-updated = تعديل حساب
audit-action-user-deactivated = تعطيل حساب
audit-action-user-activated = تفعيل حساب
audit-action-user-password-reset = إعادة تعيين كلمة المرور من قِبل مسؤول النظام
audit-action-action-item-created = إنشاء إجراء مطلوب
audit-action-action-item-updated = تعديل إجراء مطلوب
audit-action-action-item-status-changed = تغيير حالة إجراء مطلوب
audit-action-action-item-commented = تعليق على إجراء مطلوب
audit-action-contact-created = إضافة جهة اتصال
audit-action-contact-updated = تعديل جهة اتصال
audit-action-contact-verified = تأكيد جهة اتصال
audit-action-contact-deleted = حذف جهة اتصال
audit-action-contact-absence-added = تسجيل غياب لجهة اتصال
audit-action-contact-absence-removed = حذف غياب لجهة اتصال
audit-action-duty-shift-added = إضافة مناوبة
audit-action-duty-shift-removed = حذف مناوبة
audit-action-rescue-request-filed = تقديم طلب إنقاذ
audit-action-rescue-request-viewed = الاطلاع على البيانات الشخصية لطلب إنقاذ
audit-action-rescue-request-updated = تعديل طلب إنقاذ
audit-action-rescue-request-status-changed = تغيير حالة طلب إنقاذ
audit-action-rescue-request-noted = إضافة ملاحظة إلى طلب إنقاذ
audit-action-rescue-request-assigned = تحديد التكليف بطلب إنقاذ
audit-action-rescue-requests-exported = تصدير طلبات إنقاذ
audit-action-rescue-operation-created = إنشاء عملية إنقاذ
audit-action-rescue-operation-changed = تغيير طلبات عملية إنقاذ
audit-action-rescue-area-created = إضافة منطقة إنقاذ
audit-action-rescue-area-changed = تعديل منطقة إنقاذ
audit-action-referral-filed = تقديم إحالة حدودية
audit-action-referral-viewed = الاطلاع على بيانات مسافر
audit-action-referral-updated = تصحيح إحالة حدودية
audit-action-referral-call-logged = تسجيل محاولة اتصال
audit-action-referral-acknowledged = تأكيد استلام إحالة حدودية
audit-action-referral-outcome-recorded = تسجيل نتيجة إحالة
audit-action-referral-closed = إغلاق إحالة حدودية
audit-action-referral-flagged = إعادة التنبيه بإحالة عند انقضاء مهلتها
audit-action-referral-escalated = تصعيد إحالة إلى المنسقين
audit-action-referral-estimate-passed = انقضاء الموعد الذي توقعته السفارة
audit-action-referral-policy-changed = تغيير مهل الإحالات
audit-action-referral-checkpoint-created = إضافة منفذ
audit-action-referral-checkpoint-changed = تعديل منفذ
audit-action-meeting-created = إنشاء اجتماع
audit-action-meeting-updated = تعديل اجتماع
audit-action-meeting-attendance-recorded = تسجيل حضور اجتماع
audit-action-minutes-saved = حفظ محضر
audit-action-minutes-circulated = تعميم محضر
audit-action-minutes-approved = اعتماد محضر
audit-action-minutes-commented = تعليق على محضر
audit-action-minutes-addendum-added = إضافة ملحق إلى محضر
audit-action-decision-recorded = تسجيل قرار
audit-action-decision-reworded = إعادة صياغة قرار
audit-action-calendar-feed-made = إنشاء عنوان اشتراك في التقويم
audit-action-calendar-feed-revoked = إلغاء عنوان اشتراك في التقويم
audit-action-notifications-read = وضع علامة «مقروء» على إشعارات
audit-action-notification-preferences-changed = تغيير إعدادات الإشعارات
audit-action-action-item-followed = متابعة إجراء مطلوب
audit-action-action-item-unfollowed = إلغاء متابعة إجراء مطلوب
audit-action-email-sent = إرسال رسالة بريد إلكتروني
audit-action-email-failed = تعذّر إرسال رسالة بريد إلكتروني
audit-action-email-retried = إعادة إدراج رسالة بريد إلكتروني في قائمة الانتظار

## سلسلة التجزئة
audit-chain-heading = سلامة السجل
audit-chain-verified = تم التحقق من سلامة جميع الأحداث حتى الحدث رقم { $event }، في { $when }.
audit-chain-not-checked = لم تُفحص السلسلة بعد؛ إذ تفحص البوابة الأحداث الجديدة كل بضع دقائق.
audit-chain-broken = السلسلة منقطعة عند الحدث رقم { $event }: فقد عُدِّل حدث أو حُذف خارج البوابة.
audit-chain-found-at = اكتُشف ذلك في { $when }.
audit-chain-full-check = آخر فحص للسجل كاملًا بواسطة «liaison audit verify»: { $when }.
audit-chain-no-full-check = لم يُفحص السجل كاملًا قط باستخدام «liaison audit verify».
